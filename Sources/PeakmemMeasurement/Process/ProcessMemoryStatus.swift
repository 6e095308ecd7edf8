/// The kernel's resident-memory figures for this process, from `/proc/self/status`, in bytes.
///
/// Both count pages physically present in RAM for the whole process (all threads): anonymous
/// memory, file-backed pages (the executable and libraries) and shared memory. Pages that were
/// allocated but never touched are not resident, so an untouched `malloc` does not show here.
public struct ProcessMemoryStatus: Sendable, Hashable, Codable {
    /// `VmRSS`: the resident set size now, in bytes (the kernel reports kB = 1024 bytes).
    public var vmRSS: Int
    /// `VmHWM`: the largest `VmRSS` since the process started or since the last reset through
    /// `/proc/self/clear_refs` (see ``ProcessMemory/resetPeak()``), in bytes.
    public var vmHWM: Int

    /// Creates a status from byte counts.
    public init(vmRSS: Int, vmHWM: Int) {
        self.vmRSS = vmRSS
        self.vmHWM = vmHWM
    }

    private enum CodingKeys: String, CodingKey {
        case vmRSS = "vm_rss"
        case vmHWM = "vm_hwm"
    }
}
