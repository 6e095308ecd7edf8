#if canImport(Glibc)
import Glibc
#endif

/// An open file descriptor with whole-buffer reads and writes that retry partial transfers
/// and `EINTR`. Every error message names the path and the system's reason (`strerror`).
/// The descriptor is closed by ``close()`` or, if that was not called (an error path), when the
/// object goes away.
final class PosixFile {
    private(set) var descriptor: Int32
    let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    /// Opens `path` for reading.
    static func open(reading path: String) throws(EngineError) -> PosixFile {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure("cannot open '\(path)' for reading") }
        return PosixFile(descriptor: fd, path: path)
    }

    /// Creates `path`, which must not exist, for writing (mode `0666` less the umask, as
    /// Python's `open(path, 'wb')` creates files).
    static func create(writing path: String) throws(EngineError) -> PosixFile {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw failure("cannot create '\(path)'") }
        return PosixFile(descriptor: fd, path: path)
    }

    deinit {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
    }

    /// Closes the file, reporting a failure (which for a written file can mean lost data).
    func close() throws(EngineError) {
        let fd = descriptor
        descriptor = -1
        guard Glibc.close(fd) == 0 else { throw Self.failure("cannot close '\(path)'") }
    }

    /// The file's size in bytes, or nil when it is not a regular file (a pipe, a device).
    func regularFileSize() throws(EngineError) -> Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Self.failure("cannot stat '\(path)'") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Reads up to `count` bytes into `buffer`, fewer only at the end of the file; returns the
    /// number read.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(EngineError) -> Int {
        var done = 0
        while done < count {
            let n = Glibc.read(descriptor, buffer + done, Swift.min(count - done, 1 << 30))
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.failure("cannot read '\(path)'")
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Reads up to `count` bytes and returns them (fewer at the end of the file).
    func read(count: Int) throws(EngineError) -> [UInt8] {
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: Swift.max(count, 1), alignment: 1)
        defer { buffer.deallocate() }
        let n = try read(into: buffer, count: count)
        return Array(UnsafeRawBufferPointer(start: buffer, count: n))
    }

    /// Writes all `count` bytes of `buffer`.
    func write(_ buffer: UnsafeRawPointer, count: Int) throws(EngineError) {
        var done = 0
        while done < count {
            let n = Glibc.write(descriptor, buffer + done, Swift.min(count - done, 1 << 30))
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.failure("cannot write '\(path)'")
            }
            done += n
        }
    }

    /// Writes all of `bytes`.
    func write(_ bytes: [UInt8]) throws(EngineError) {
        let outcome = bytes.withUnsafeBytes { raw in
            Result { () throws(EngineError) in
                if let base = raw.baseAddress { try write(base, count: raw.count) }
            }
        }
        try outcome.get()
    }

    /// `message: <strerror(errno)>` as a file error (``EngineError/fileNotFound(_:)`` for
    /// `ENOENT`).
    static func failure(_ message: String) -> EngineError {
        let code = errno
        let text = "\(message): \(String(cString: strerror(code)))"
        return code == ENOENT ? .fileNotFound(text) : .file(text)
    }
}
