import PeakmemResults


/// Why a variant's RSS increment differs from its exact peak increment, in words with the
/// figures that show it.
///
/// The difference `rss_increment − peak_increment` is split with the sampled jemalloc figures:
/// - `jemalloc_allocated_peak − peak_increment`: jemalloc's size-class rounding of the arrays
///   live at the peak (``JemallocSizeClass``: each buffer of the peak anatomy made by the run
///   occupies its size class, up to a quarter more than its bytes), and the rest heap memory
///   that is not array data (the interpreter's objects, Swift runtime allocations);
/// - `jemalloc_resident_peak − jemalloc_allocated_peak`: pages jemalloc holds resident beyond
///   what is allocated (freed blocks not yet purged, size-class rounding);
/// - `rss_increment − jemalloc_resident_peak`: pages that became resident without jemalloc's
///   resident figure growing — memory outside malloc (OpenBLAS's per-thread work buffers, which
///   it maps itself, thread stacks) and, when arrays were live at the start, their pages touched
///   for the first time during the run (jemalloc counts an untouched large block as resident
///   from its allocation on, the kernel only once it is written: an `np.empty` or `out=`
///   buffer made in the setup) — or, when negative, allocated pages never touched (calloc'd
///   zeros, `np.empty`) or reused from pages already resident before the run.
package enum GapExplanation {
    /// Gaps smaller than this are reported as agreement (page rounding and sampling noise).
    package static let negligible = 256.0 * 1024

    /// One sentence (or a few) for `variant`; nil when the figures are missing (a failed run).
    package static func explain(_ variant: VariantResult) -> String? {
        let f = variant.figures
        guard variant.status == .ok, let exact = f["peak_increment"], let rss = f["rss_increment"] else { return nil }
        let gap = rss - exact
        let size = FigureFormatting.size
        var text = "RSS increment \(size(rss)) vs exact peak increment \(size(exact)) (\(FigureFormatting.change(gap, of: .rssIncrement))). "
        if abs(gap) < negligible {
            return text + "They agree to within page rounding: every array byte was touched and nothing else grew."
        }
        var parts: [String] = []
        if let allocated = f["jemalloc_allocated_peak"], let resident = f["jemalloc_resident_peak"] {
            let held = resident - allocated, outside = rss - resident
            var other = allocated - exact
            let rounding = Double(sizeClassRounding(variant))
            if other > 0, rounding >= negligible {
                let share = min(rounding, other)
                let biggest = variant.peakAnatomy?.runAllocations.first.map { buffer in
                    ", e.g. \(FigureFormatting.grouped(buffer.bytes)) B to \(FigureFormatting.grouped(JemallocSizeClass.usableSize(of: buffer.bytes))) B"
                } ?? ""
                parts.append("\(size(share)) of jemalloc's size-class rounding of the arrays live at the peak (each buffer occupies its size class\(biggest))")
                other -= share
            }
            if abs(other) >= negligible {
                parts.append(other > 0 ? "\(size(other)) of heap memory other than arrays (interpreter objects, runtime allocations)"
                             : "the sampler saw \(size(-other)) less allocated heap than the exact peak (a peak shorter than the sampling interval)")
            }
            if held >= negligible {
                parts.append("\(size(held)) of pages jemalloc kept resident beyond what was allocated (allocator retention of freed blocks)")
            }
            if outside >= negligible {
                let threads = variant.runs.first?.openblasThreads ?? 0
                let blas = "OpenBLAS work buffers mapped by BLAS itself\(threads > 0 ? ", \(threads) thread\(threads == 1 ? "" : "s")" : ""), thread stacks"
                let liveAtStart = Double(variant.runs.first?.baseline.ledgerLive ?? 0)
                if liveAtStart >= negligible {
                    parts.append("\(size(outside)) of pages that became resident without jemalloc's resident figure growing: arrays made before the run and first written during it (\(size(liveAtStart)) of arrays were live at its start, e.g. `np.empty` or `out=` buffers from the setup) or memory outside malloc (\(blas))")
                } else {
                    parts.append("\(size(outside)) outside malloc (\(blas))")
                }
            } else if outside <= -negligible {
                parts.append("\(size(-outside)) of allocated pages that never became resident (untouched pages: calloc'd zeros or `np.empty`, or pages reused from memory already resident before the run)")
            }
        }
        if parts.isEmpty {
            parts.append(gap > 0 ? "memory outside the arrays (allocator retention, BLAS buffers)"
                         : "array pages never touched or reused from memory already resident")
        }
        text += (gap > 0 ? "RSS is higher: " : "RSS is lower: ") + parts.joined(separator: "; ") + "."
        return text
    }

    /// The bytes jemalloc adds by rounding the run's buffers live at the peak up to their size
    /// classes (the listed buffers of the peak anatomy; 0 without one).
    static func sizeClassRounding(_ variant: VariantResult) -> Int {
        (variant.peakAnatomy?.runAllocations ?? []).reduce(0) { $0 + JemallocSizeClass.rounding(of: $1.bytes) }
    }
}
