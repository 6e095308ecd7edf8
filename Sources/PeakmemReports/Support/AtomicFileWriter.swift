import Foundation
import PeakmemResults

/// Writes a set of files so that a reader never sees a half-written one, nor a mix of an old
/// and a new set (``write(_:into:)``: the whole directory is rebuilt beside the old one and
/// swapped in with one rename). Files of the directory that are not in the set (a committed
/// `baseline.json`, charts of other scenarios) are carried over unchanged. When a write fails
/// before the swap, nothing in the target directory has changed.
package enum AtomicFileWriter {
    /// An error writing reports.
    package struct WriteError: Error, Equatable, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "cannot write \(path): \(reason)" }

        package init(path: String, reason: String) {
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
    package static func obstacle(toWriting path: String, asDirectory: Bool = false) -> String? {
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
    /// and any subdirectory as needed, so that a reader (or a kill at any moment) sees either
    /// the old set or the new one, never a mix.
    ///
    /// The new directory is built beside the old one, as `.NAME.peakmem-staging-<pid>-<uuid>`:
    /// the old directory's other entries hard-linked into it (copied where a link cannot be
    /// made), the new files written; then the two are swapped with one
    /// `renameat2(RENAME_EXCHANGE)` and the old tree, now under the staging name, removed.
    /// Staging folders of killed writers are removed first (``AbandonedFolders``). Where the
    /// swap cannot be used — the directory is the working directory or holds it, its parent
    /// cannot be written, or the file system refuses the exchange — the files are staged
    /// inside `directory` and renamed one by one (each file atomic, the set not).
    package static func write(_ files: [String: String], into directory: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath()
        do { try manager.createDirectory(at: target, withIntermediateDirectories: true) } catch {
            throw WriteError(path: directory, error: error, directory: target)
        }
        let parent = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent).peakmem-staging-"
        AbandonedFolders.remove(in: parent, prefix: prefix)
        AbandonedFolders.remove(in: target, prefix: stagingPrefix)
        let cwd = URL(fileURLWithPath: manager.currentDirectoryPath).standardizedFileURL.resolvingSymlinksInPath().path
        let holdsWorkingDirectory = cwd == target.path || cwd.hasPrefix(target.path + "/")
        if !holdsWorkingDirectory, let exchange = RenameExchange.function {
            let staging = parent.appendingPathComponent("\(prefix)\(getpid())-\(UUID().uuidString)")
            if (try? manager.createDirectory(at: staging, withIntermediateDirectories: false)) != nil {
                defer { try? manager.removeItem(at: staging) }
                try linkEntries(of: target, into: staging, except: Set(files.keys), relative: "")
                try writeFiles(files, into: staging, reportedUnder: target)
                if exchange(AT_FDCWD, staging.path, AT_FDCWD, target.path, RenameExchange.flag) == 0 { return }
                let code = errno
                guard code == EINVAL || code == ENOSYS || code == EXDEV else {
                    throw WriteError(path: directory, reason: String(cString: strerror(code)))
                }
            }
        }
        try replaceFileByFile(files, in: target, directory: directory)
    }

    /// The name of a staging folder inside a directory (``replaceFileByFile(_:in:directory:)``,
    /// and writers before the swap existed); the writer's pid follows.
    static let stagingPrefix = ".peakmem-staging-"

    /// Hard-links (or copies) every entry under `source` into `destination`, recreating
    /// folders, except the paths in `excluded` (relative to the top) and staging folders.
    private static func linkEntries(of source: URL, into destination: URL, except excluded: Set<String>, relative: String) throws {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: source.path) else { return }
        for name in names where !name.hasPrefix(stagingPrefix) {
            let path = relative.isEmpty ? name : "\(relative)/\(name)"
            guard !excluded.contains(path) else { continue }
            let from = source.appendingPathComponent(name), to = destination.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: from.path, isDirectory: &isDirectory) || (try? manager.destinationOfSymbolicLink(atPath: from.path)) != nil else { continue }
            do {
                if isDirectory.boolValue, (try? manager.destinationOfSymbolicLink(atPath: from.path)) == nil {
                    try manager.createDirectory(at: to, withIntermediateDirectories: false)
                    try linkEntries(of: from, into: to, except: excluded, relative: path)
                } else if link(from.path, to.path) != 0 {
                    try manager.copyItem(at: from, to: to)
                }
            } catch {
                throw WriteError(path: from.path, reason: "cannot carry it into the new report set: \(reason(error, creating: destination))")
            }
        }
    }

    /// Writes each file under `root` (creating folders); errors name the final path under `target`.
    private static func writeFiles(_ files: [String: String], into root: URL, reportedUnder target: URL) throws {
        let manager = FileManager.default
        for (relative, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw WriteError(path: target.appendingPathComponent(relative).path, reason: "is a directory")
            }
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } catch {
                // The obstacle as it stands in the target directory, not in the staging copy.
                let why = reason(error, creating: url.deletingLastPathComponent()).replacingOccurrences(of: root.path, with: target.path)
                throw WriteError(path: target.appendingPathComponent(relative).path, reason: why)
            }
        }
    }

    /// The fallback: every file staged inside `target`, then renamed over its path one by one.
    private static func replaceFileByFile(_ files: [String: String], in target: URL, directory: String) throws {
        let manager = FileManager.default
        let staging = target.appendingPathComponent("\(stagingPrefix)\(getpid())-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: staging) }
        try writeFiles(files, into: staging, reportedUnder: target)
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

    /// Writes one file atomically: a temporary file beside it (`.NAME.peakmem-staging-<pid>-…`),
    /// renamed over it. Temporary files of killed writers are removed first.
    package static func write(_ text: String, to path: String) throws {
        let manager = FileManager.default
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do { try manager.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw WriteError(path: path, error: error, directory: folder)
        }
        let prefix = ".\(url.lastPathComponent).peakmem-staging-"
        AbandonedFolders.remove(in: folder, prefix: prefix)
        AbandonedFolders.remove(in: folder, prefix: stagingPrefix)
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw WriteError(path: path, reason: "is a directory")
        }
        let temporary = folder.appendingPathComponent("\(prefix)\(getpid())-\(UUID().uuidString)")
        do { try Data(text.utf8).write(to: temporary) } catch {
            throw WriteError(path: path, error: error, directory: folder)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw WriteError(path: path, reason: reason)
        }
    }
}

/// glibc's `renameat2`, which Swift's Glibc module does not export: looked up once with
/// `dlsym`; nil where the C library lacks it.
enum RenameExchange {
    typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `RENAME_EXCHANGE` (linux/fs.h): swap the two paths atomically.
    static let flag: UInt32 = 1 << 1

    nonisolated(unsafe) static let function: Function? = {
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()
}
