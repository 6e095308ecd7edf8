import Testing

/// The parent of every suite that reads or changes process-wide memory state (jemalloc's
/// statistics, the resident set, the kernel's high-water mark, the sampler thread): its
/// `.serialized` trait applies to all nested suites, so they never run concurrently with each
/// other and one test's allocations cannot show in another's figures.
@Suite(.serialized)
struct ProcessWide {}

/// Keeps the optimiser from deleting an allocation, a write or a free whose result is never
/// read: the pointer escapes into a function the compiler may not look into.
enum OpaqueSink {
    @inline(never) @_optimize(none)
    static func consume(_ pointer: UnsafeMutableRawPointer?) {}
}

/// 2^20 bytes.
let mebibyte = 1 << 20

/// The tolerance of comparisons of process-wide heap figures: suites outside ``ProcessWide``
/// (and other test targets) run in parallel and allocate and free small objects, so jemalloc's
/// totals move by a few kilobytes between two reads even when the test itself is still.
let heapSlack = 1 << 20

/// The tolerance of comparisons of the kernel's resident figures: the kernel keeps RSS in
/// per-CPU counters whose sum is read approximately (off by up to ~100 KiB here).
let residentSlack = 1 << 20
