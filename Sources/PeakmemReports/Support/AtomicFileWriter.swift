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
    public struct WriteError: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        /// The error of a failed write of `path` into `directory`
        /// (``AtomicFileWriter/reason(_:creating:)``).
        init(path: String, error: Error, directory: URL) {
            self.init(path: path, reason: AtomicFileWriter.reason(error, creating: directory))
        }
    }

    /// Why `path` cannot be written, found before any work is done (a long run that could
    /// not save its results): an ancestor that is a file, or `path` itself being a directory
    /// when a file is to be written (a file when a directory is); nil when nothing is in the way.
    public static func obstacle(toWriting path: String, asDirectory: Bool = false) -> String? {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue != asDirectory {
            return isDirectory.boolValue ? "cannot write \(path): is a directory" : "cannot write \(path): \(url.path) is a file, not a directory"
        }
        return fileInTheWay(of: url.deletingLastPathComponent()).map { "cannot write \(path): \($0) is a file, not a directory" }
    }

    /// The nearest existing one of `directory` and its ancestors when it is a file, not a
    /// directory; nil when it is a directory.
    static func fileInTheWay(of directory: URL) -> String? {
        var ancestor = directory.standardizedFileURL
        while ancestor.path != "/" {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
                return isDirectory.boolValue ? nil : ancestor.path
            }
            ancestor.deleteLastPathComponent()
        }
        return nil
    }

    /// Why creating `directory` or writing into it failed, in words: the directory or
    /// ancestor that is a file, else the system's error (`Permission denied`, `No space left on
    /// device`) rather than Foundation's "The operation could not be completed".
    static func reason(_ error: Error, creating directory: URL) -> String {
        if let file = fileInTheWay(of: directory) { return "\(file) is a file, not a directory" }
        var current: NSError? = error as NSError
        while let nsError = current {
            if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
            current = nsError.userInfo[NSUnderlyingErrorKey] as? NSError
        }
        if !FileManager.default.fileExists(atPath: directory.path) { return "no directory \(directory.path)" }
        return error.localizedDescription
    }

    /// Writes `files` (paths relative to `directory` → contents) into `directory`, creating it
    /// and any subdirectory as needed.
    public static func write(_ files: [String: String], into directory: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: directory)
        do { try manager.createDirectory(at: target, withIntermediateDirectories: true) } catch {
            throw WriteError(path: directory, error: error, directory: target)
        }
        let staging = target.appendingPathComponent(".peakmem-staging-\(getpid())-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: staging) }
        for (relative, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = staging.appendingPathComponent(relative)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } catch {
                throw WriteError(path: target.appendingPathComponent(relative).path, error: error, directory: url.deletingLastPathComponent())
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
                throw WriteError(path: final.path, error: error, directory: final.deletingLastPathComponent())
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
        do { try write([url.lastPathComponent: text], into: url.deletingLastPathComponent().path) } catch let error as WriteError {
            throw WriteError(path: path, reason: error.reason)
        }
    }
}
