import Foundation

/// Writes a set of files so that a reader never sees a half-written one.
///
/// Every file is first written in full into a fresh temporary directory inside the target
/// directory (same file system), then each is moved over its final path with `rename(2)`,
/// which replaces atomically. Files of the directory that are not in the set (a committed
/// `baseline.json`, charts of other scenarios) are left alone. When a write fails before the
/// renames, nothing in the target directory has changed.
public enum AtomicFileWriter {
    /// An error writing reports.
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `files` (paths relative to `directory` → contents) into `directory`, creating it
    /// and any subdirectory as needed.
    public static func write(_ files: [String: String], into directory: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: directory)
        do { try manager.createDirectory(at: target, withIntermediateDirectories: true) } catch {
            throw WriteError(path: directory, reason: error.localizedDescription)
        }
        let staging = target.appendingPathComponent(".peakmem-staging-\(getpid())-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: staging) }
        for (relative, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = staging.appendingPathComponent(relative)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } catch {
                throw WriteError(path: target.appendingPathComponent(relative).path, reason: error.localizedDescription)
            }
        }
        // Every target directory first, so that a path that cannot be written stops the write
        // before any file is replaced.
        for relative in files.keys.sorted() {
            let final = target.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            do {
                try manager.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw WriteError(path: final.path, reason: error.localizedDescription)
            }
            if manager.fileExists(atPath: final.path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw WriteError(path: final.path, reason: "is a directory")
            }
        }
        for relative in files.keys.sorted() {
            let final = target.appendingPathComponent(relative)
            guard rename(staging.appendingPathComponent(relative).path, final.path) == 0 else {
                throw WriteError(path: final.path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Writes one file atomically (a temporary file beside it, renamed over it).
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try write([url.lastPathComponent: text], into: url.deletingLastPathComponent().path)
    }
}
