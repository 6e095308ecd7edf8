#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The kernel's view of this process's memory: resident set size and its high-water mark,
/// read from `/proc/self`, and the reset of that high-water mark.
///
/// The instance keeps `/proc/self/status` and `/proc/self/statm` open and rereads them with
/// `pread` at offset 0 (the kernel regenerates the text on every read from the start), parsed
/// by hand, without Foundation: ``residentBytes()`` reads into a buffer on the stack and
/// allocates nothing, so the sampler can call it every tick; ``status()`` reads
/// into a buffer allocated once with the instance, so it allocates nothing either (a heap
/// temporary would disturb the jemalloc figures it is read beside). `/proc/self` is resolved
/// when the instance is created, so an instance describes the process that created it.
///
/// Thread safety: any number of threads may read at once; `pread` does not move a shared file
/// offset, and a lock serialises the use of the status buffer.
public final class ProcessMemory: Sendable {
    /// The file with `VmRSS` and `VmHWM` (kB).
    public static let statusPath = "/proc/self/status"
    /// The file whose second field is the resident set size in pages.
    public static let statmPath = "/proc/self/statm"
    /// The file to which writing `5` resets `VmHWM` to the current `VmRSS` (Linux ≥ 4.0).
    public static let clearRefsPath = "/proc/self/clear_refs"

    /// The page size of the system, in bytes (`sysconf(_SC_PAGESIZE)`).
    public let pageSize: Int

    private let statusDescriptor: Int32
    private let statmDescriptor: Int32
    /// Storage for one read of `/proc/self/status` (about 1.4 KB here), allocated once.
    private let statusBuffer = Mutex(UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 16_384))

    /// Opens `/proc/self/status` and `/proc/self/statm` and checks that both parse.
    public init() throws(ProcessMemoryError) {
        pageSize = sysconf(Int32(_SC_PAGESIZE))
        statusDescriptor = try Self.open(Self.statusPath)
        do {
            statmDescriptor = try Self.open(Self.statmPath)
        } catch {
            close(statusDescriptor)
            throw error
        }
        _ = try status()
        _ = try residentBytes()
    }

    deinit {
        close(statusDescriptor)
        close(statmDescriptor)
        statusBuffer.withLock { $0.deallocate() }
    }

    /// `VmRSS` and `VmHWM` now, in bytes, from one read of `/proc/self/status`.
    public func status() throws(ProcessMemoryError) -> ProcessMemoryStatus {
        try statusBuffer.withLock { (buffer) throws(ProcessMemoryError) -> ProcessMemoryStatus in
            let text = try Self.readAll(statusDescriptor, into: buffer, path: Self.statusPath)
            guard let rss = Self.kilobyteField("VmRSS:", in: text) else {
                throw .parseFailure(Self.statusPath, field: "VmRSS")
            }
            guard let hwm = Self.kilobyteField("VmHWM:", in: text) else {
                throw .parseFailure(Self.statusPath, field: "VmHWM")
            }
            return ProcessMemoryStatus(vmRSS: rss * 1024, vmHWM: hwm * 1024)
        }
    }

    /// The resident set size now, in bytes: the resident field of `/proc/self/statm` (pages)
    /// times ``pageSize``. The kernel computes it from the same counters as `VmRSS`, so the two
    /// agree; this read allocates nothing.
    public func residentBytes() throws(ProcessMemoryError) -> Int {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { (buffer) throws(ProcessMemoryError) -> Int in
            let text = try Self.readAll(statmDescriptor, into: buffer, path: Self.statmPath)
            // "size resident shared text lib data dt": skip the first field.
            var index = 0
            while index < text.count, text[index] != UInt8(ascii: " ") { index += 1 }
            guard let pages = Self.decimal(in: text, from: index) else {
                throw .parseFailure(Self.statmPath, field: "resident")
            }
            return pages.value * pageSize
        }
    }

    /// Resets the kernel's high-water mark `VmHWM` to the current `VmRSS`, by writing `5` to
    /// `/proc/self/clear_refs`. Afterwards `VmHWM` is the peak resident set size from now on.
    public func resetPeak() throws(ProcessMemoryError) {
        let descriptor = try Self.open(Self.clearRefsPath, flags: O_WRONLY)
        defer { close(descriptor) }
        var five = UInt8(ascii: "5")
        let written = write(descriptor, &five, 1)
        guard written == 1 else {
            let code = errno
            if code == EACCES || code == EPERM { throw .permissionDenied(Self.clearRefsPath) }
            throw .writeFailed(Self.clearRefsPath, errno: code)
        }
    }
}
