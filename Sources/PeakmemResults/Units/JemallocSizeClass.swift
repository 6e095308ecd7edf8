/// jemalloc's size classes: the bytes a request of `n` bytes occupies (what jemalloc's
/// `stats.allocated` counts and `nallocx(n, 0)` returns), computed without linking jemalloc.
///
/// jemalloc 5 (Debian 12's 5.3, 16-byte quantum, 4 KiB pages, four classes per doubling):
/// - `n` ≤ 8: 8 (the tiny class);
/// - 8 < `n` ≤ 128: the next multiple of 16;
/// - `n` > 128: with 2^k < `n` ≤ 2^(k+1), the next multiple of 2^(k−2) — four classes in
///   each doubling, so a request is rounded up by less than a quarter of its size: 3.12 GB
///   becomes 3 221 225 472 B (2^31 + 2 · 2^29: +96.5 MiB), 100 KiB becomes 112 KiB.
///
/// The engine allocates buffers of 2 MiB and more aligned to 2 MiB and smaller ones to 64
/// bytes; for sizes of 4 KiB and more the alignment does not change the class (jemalloc pads
/// the mapping, not the counted size), so the rounding of an array buffer is
/// `usableSize(of: bytes) − bytes` (checked against `nallocx` in `JemallocSizeClassTests`).
public enum JemallocSizeClass {
    /// The size class of a request of `bytes` bytes (0 counts as 1, as `malloc(0)` does).
    public static func usableSize(of bytes: Int) -> Int {
        let request = max(bytes, 1)
        if request <= 8 { return 8 }
        if request <= 128 { return (request + 15) & ~15 }
        let k = Int.bitWidth - 1 - (request - 1).leadingZeroBitCount  // 2^k < request ≤ 2^(k+1)
        let spacing = 1 << (k - 2)
        let (padded, overflow) = request.addingReportingOverflow(spacing - 1)
        return overflow ? request : padded & ~(spacing - 1)
    }

    /// The bytes jemalloc adds to a request of `bytes` by rounding it up to its class.
    public static func rounding(of bytes: Int) -> Int { usableSize(of: bytes) - max(bytes, 1) }
}
