import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The data buffer behind one or more arrays: a block of raw bytes owned by exactly one
/// storage object and freed when the last array (or view) that refers to it goes away.
///
/// This is the Swift twin of the data buffer NumPy allocates with `PyDataMem_UserNEW`: the
/// buffer of an array and all its views, freed by reference counting (ARC here, CPython's
/// reference counts there), so buffer lifetimes follow CPython's.
///
/// Every storage reports to the ``Ledger`` the bytes NumPy would request: `nbytes`, or 1 for
/// an array without elements. Buffers are 64-byte aligned, those of at least 4 MiB
/// (``hugePageThreshold``) 2 MiB aligned (``hugePageAlignment``), zeroed ones (calloc) at
/// least 16-byte aligned as NumPy's are; the alignment is not counted.
///
/// Sendable (unchecked): the descriptor (`base`, `byteCount`, the ledger, the mapping) never
/// changes, and the ledger locks its own accounts; the bytes behind `base` are written by one
/// thread at a time — the interpreter's, or the threads of one fused evaluation on disjoint
/// ranges, joined before the interpreter goes on.
public final class ArrayStorage: @unchecked Sendable {
    /// The start of the buffer.
    public let base: UnsafeMutableRawPointer
    /// The bytes recorded in the ledger for this buffer.
    public let byteCount: Int
    private let ledger: Ledger
    /// The buffer's number in its ledger, which keeps its provenance (0 for file mappings).
    let serial: Int
    /// The file mapping behind the buffer, for a file-backed array (``MappedFile``); nil for
    /// heap buffers.
    let mapping: MappedFile?

    /// Allocates `byteCount` bytes (at least 1) from the process allocator and records them,
    /// with their provenance (the ledger's current site and role).
    ///
    /// - Parameters:
    ///   - zeroed: when true the bytes are zero (calloc), so pages stay untouched until
    ///     written, as with NumPy's `np.zeros`.
    ///   - dtype: the dtype of the array the buffer is for (nil for a raw buffer).
    ///   - shape: the shape of that array (nil for a raw buffer).
    public init(byteCount: Int, zeroed: Bool = false, dtype: DType? = nil, shape: [Int]? = nil,
                ledger: Ledger = .current) throws(EngineError) {
        let bytes = Swift.max(byteCount, 1)
        // jemalloc maps with MAP_NORESERVE where the kernel overcommits, so a request no
        // machine could hold would "succeed" and then be touched until the OOM killer came;
        // glibc's malloc (NumPy's) is refused by the kernel's overcommit heuristic instead.
        guard bytes <= ArrayStorage.largestAllocation else { throw EngineError.outOfMemory(bytes: bytes) }
        let (raisedPeak, serial) = try ledger.reserve(bytes: bytes, dtype: dtype, shape: shape)
        var pointer: UnsafeMutableRawPointer?
        if zeroed {
            pointer = calloc(1, bytes)
        } else {
            var raw: UnsafeMutableRawPointer?
            let alignment = bytes >= ArrayStorage.hugePageThreshold ? ArrayStorage.hugePageAlignment : 64
            if posix_memalign(&raw, alignment, bytes) == 0 { pointer = raw }
        }
        guard let pointer else {
            ledger.cancelReservation(bytes: bytes, serial: serial)
            throw EngineError.outOfMemory(bytes: bytes)
        }
        if bytes >= ArrayStorage.hugePageThreshold { ArrayStorage.adviseHugePages(pointer, bytes) }
        self.base = pointer
        self.byteCount = bytes
        self.ledger = ledger
        self.serial = serial
        self.mapping = nil
        if raisedPeak { ledger.reportHighWater() }
    }

    /// The largest single allocation the kernel's default overcommit heuristic grants: the
    /// machine's RAM plus swap (`MemTotal` + `SwapTotal` of `/proc/meminfo`; the physical
    /// pages when that cannot be read). NumPy's `malloc` of more fails (`MemoryError`); the
    /// engine refuses it the same way before asking jemalloc.
    public static let largestAllocation: Int = {
        if let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) {
            var kibibytes = 0
            for line in text.split(separator: "\n") where line.hasPrefix("MemTotal:") || line.hasPrefix("SwapTotal:") {
                kibibytes += line.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            }
            if kibibytes > 0 { return kibibytes * 1024 }
        }
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), pageSize = sysconf(Int32(_SC_PAGESIZE))
        return pages > 0 && pageSize > 0 ? pages * pageSize : Int.max
    }()

    /// A storage over mapped file pages: `base` is inside `mapping`, which the storage unmaps
    /// (recording it in `ledger`'s mapped account) when it goes away.
    init(mapping: MappedFile, base: UnsafeMutableRawPointer, byteCount: Int, ledger: Ledger) {
        self.base = base
        self.byteCount = byteCount
        self.ledger = ledger
        self.serial = 0
        self.mapping = mapping
    }

    /// Notes in the ledger that an array of this buffer was bound to `name` (the first name
    /// stays): a result bound to a name, not a temporary.
    public func recordBinding(_ name: String) {
        if serial != 0 { ledger.recordBinding(serial: serial, name: name) }
    }

    /// Notes in the ledger that an operator computed its result into this buffer in place
    /// (temporary elision), at the ledger's current site.
    public func recordReuse() {
        if serial != 0 { ledger.recordReuse(serial: serial) }
    }

    /// NumPy asks the kernel for transparent huge pages on data buffers of at least 4 MiB
    /// (`madvise(MADV_HUGEPAGE)` in its default allocator, when `np.core.multiarray._get_madvise_hugepage()`
    /// is on, as it is on Linux ≥ 4.6); the engine does the same, so that first touches cost
    /// and RSS grows as NumPy's do.
    static let hugePageThreshold = 4 << 20

    /// The alignment of the (uninitialised) buffers that are advised: the 2 MiB of a huge page.
    ///
    /// The kernel maps a huge page only where a whole aligned 2 MiB region lies in an advised
    /// range; elsewhere each 4 KiB page is faulted alone, which costs far more per byte.
    /// NumPy's buffers of 4–32 MiB lie end to end in glibc's heap, where the advised ranges of
    /// neighbours meet and nearly every region is whole; jemalloc's extents carry unadvised
    /// slack between them (size classes, a page of cache-oblivious offset), so unaligned
    /// buffers lose a partial region at each end to 4 KiB faults. Aligned, only the tail region
    /// past the last whole 2 MiB is faulted in small pages. The RSS does not change: huge pages
    /// cover only regions inside the buffer. (The fault counts and times behind this are in
    /// docs/research/elementwise-timing.md.)
    static let hugePageAlignment = 2 << 20

    /// `madvise(MADV_HUGEPAGE)` on the pages of `[pointer, pointer + bytes)`, the partial
    /// last one included as NumPy's advice includes it (its length is rounded up to pages).
    private static func adviseHugePages(_ pointer: UnsafeMutableRawPointer, _ bytes: Int) {
        guard let (start, length) = advisedPages(pointer, bytes) else { return }
        _ = madvise(start, length, MADV_HUGEPAGE)
    }

    /// Takes the advice of ``adviseHugePages(_:_:)`` back before the buffer is freed, when
    /// the kernel gives huge pages only where advised (``TransparentHugePages/madviseOnly``).
    ///
    /// The advice stays on the address range, not on the buffer: memory the allocator keeps
    /// and hands out again for smaller buffers (every freed block under 32 MiB in a worker,
    /// ``WorkerHeapPolicy``) would otherwise be faulted in 2 MiB at a time, and a 1 MB
    /// array would raise the RSS by 2 MiB (rgb-cmyk-lookup/lookup-table's `rss_increment`,
    /// docs/research/elementwise-timing.md §2). `MADV_NOHUGEPAGE` marks the range as never
    /// huge, which in `madvise` mode is what an unadvised range is; in `always` mode it would
    /// not be, so the advice is then left.
    private static func withdrawHugePageAdvice(_ pointer: UnsafeMutableRawPointer, _ bytes: Int) {
        guard TransparentHugePages.current == .madviseOnly, let (start, length) = advisedPages(pointer, bytes) else { return }
        _ = madvise(start, length, MADV_NOHUGEPAGE)
    }

    /// The pages of `[pointer, pointer + bytes)` from the first whole one to the end of the
    /// last, partial or not (it belongs to the same allocation: jemalloc's large extents are
    /// whole pages): their start and length, nil when there is none.
    private static func advisedPages(_ pointer: UnsafeMutableRawPointer, _ bytes: Int) -> (UnsafeMutableRawPointer, Int)? {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (Int(bitPattern: pointer) + page - 1) / page * page
        let end = (Int(bitPattern: pointer) + bytes + page - 1) / page * page
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return nil }
        return (aligned, end - start)
    }

    deinit {
        if let mapping {
            mapping.unmap(recordingIn: ledger)
            return
        }
        // Recorded first: the buffer is gone for the program from this instant, even if
        // returning a large block to the system takes the allocator a while.
        ledger.recordDeallocation(bytes: byteCount, serial: serial)
        if byteCount >= ArrayStorage.hugePageThreshold { ArrayStorage.withdrawHugePageAdvice(base, byteCount) }
        free(base)
    }
}
