extension NDArray {
    /// `np.histogram(a, bins, range, density, weights)`: how many elements of `a` (or the sum of
    /// their `weights`) fall in each bin, and the bin edges. Bins are half-open `[e_k, e_k+1)`
    /// except the last, which is closed; values outside the range are left out.
    ///
    /// As NumPy 2.4.6's `numpy/lib/_histograms_impl.py`, including its order of work: `a` (and
    /// `weights`) raveled; for a count of bins, the range from `range` or `a.min()`/`a.max()`
    /// (widened by ½ on each side when empty) and `np.linspace` edges; then blocks of 65 536
    /// elements:
    /// - equal bins: `keep = (block >= first) & (block <= last)` (the block taken by `keep`
    ///   unless all true), the block cast to the edges' dtype, `f = (block - first) / (last -
    ///   first) * bins` (temporaries elided from 256 KiB on, as CPython's operators do), indices
    ///   `f.astype(intp)` corrected by one where `f` hit the last edge or fell ~1 ulp beside an
    ///   edge (`indices[mask] -= 1` and `+= 1` through `edges[indices]`), `np.bincount(...)`
    ///   added into the counts;
    /// - bin edges: the block sorted (a copy) and `searchsorted` of the edges accumulated into
    ///   cumulative counts (with weights: `argsort`, the sorted values and weights, their
    ///   `cumsum` behind a zero, gathered at the edges' positions), and `np.diff` of them.
    ///
    /// Memory: as NumPy's, block by block: each block's temporaries (the `keep` mask, `f`,
    /// `indices`, the decrement and increment masks, the gathered edges; or the sorted copy) are
    /// held, as the loop's Python variables hold them, until the next block rebinds them and until
    /// the function returns; so the peak holds about three float64 blocks (1.5 MiB) and a few
    /// masks beside the counts, the edges and a raveled copy of a non-contiguous `a`.
    /// `density=True` divides by `n.sum()` and the widths.
    ///
    /// - Throws: `ValueError` for `bins < 1`, a decreasing edge array, `range` with `min > max`
    ///   or non-finite ends, a non-finite autodetected range, weights of another shape.
    public static func histogram(_ a: NDArray, bins: HistogramBins, range: (Double, Double)? = nil, density: Bool = false,
                                 weights: NDArray? = nil) throws(EngineError) -> (counts: NDArray, edges: NDArray) {
        if let weights, weights.shape != a.shape { throw .invalidArgument("weights should have the same shape as a.") }
        guard a.dtype != .bool && a.dtype != .float32 else {
            throw .unsupportedDType("np.histogram of a \(a.dtype) array is not supported yet: convert it to float64")
        }
        let w = try weights?.ravel(order: .c)
        let values = try a.ravel(order: .c)
        let edges: NDArray
        var uniform: (first: Double, last: Double, count: Int)?
        switch bins {
        case .count(let count):
            guard count >= 1 else { throw .invalidArgument("`bins` must be positive, when an integer") }
            let (first, last) = try outerEdges(values, range)
            edges = try linspace(first, last, count: count + 1).values
            try checkIncreasing(edges, strictly: true, count: count)
            uniform = (first, last, count)
        case .edges(let given):
            guard given.ndim == 1 else { throw .invalidArgument("`bins` must be 1d, when an array") }
            edges = given
            try checkIncreasing(edges, strictly: false, count: 0)
        }
        let countType = w?.dtype ?? .int64
        let counts: NDArray
        if let (first, last, number) = uniform {
            counts = try uniformHistogram(values, w, edges: edges, first: first, last: last, bins: number, countType: countType)
        } else {
            counts = try sortedHistogram(values, w, edges: edges, countType: countType)
        }
        guard density else { return (counts, edges) }
        let widths = try diff(edges).astype(.float64, order: .keep, copy: true)
        let perWidth = try apply(.divide, .array(counts), .array(widths))
        let total = try reduce(.add, counts, axes: nil).element([], as: Double.self)
        return (try TemporaryElision.apply(.divide, .array(perWidth), aIsTemporary: true, .scalar(.float(total)), bIsTemporary: false), edges)
    }

    /// NumPy's `_get_outer_edges`: the range, or the data's min and max, widened by ½ on each
    /// side when they are equal.
    private static func outerEdges(_ a: NDArray, _ range: (Double, Double)?) throws(EngineError) -> (Double, Double) {
        var first: Double, last: Double
        if let range {
            (first, last) = range
            guard first <= last else { throw .invalidArgument("max must be larger than min in range parameter.") }
            guard first.isFinite && last.isFinite else {
                throw .invalidArgument("supplied range of [\(first), \(last)] is not finite")
            }
        } else if a.size == 0 {
            (first, last) = (0, 1)
        } else {
            first = try reduce(.minimum, a, axes: nil).element([], as: Double.self)
            last = try reduce(.maximum, a, axes: nil).element([], as: Double.self)
            guard first.isFinite && last.isFinite else {
                throw .invalidArgument("autodetected range of [\(first), \(last)] is not finite")
            }
        }
        if first == last {
            first -= 0.5
            last += 0.5
        }
        return (first, last)
    }

    /// `np.any(edges[:-1] >= edges[1:])` (or `>`): NumPy's check of the edges, with its mask.
    private static func checkIncreasing(_ edges: NDArray, strictly: Bool, count: Int) throws(EngineError) {
        let n = edges.shape[0]
        guard n > 1 else { return }
        let lower = try edges.view(at: [.slice(start: nil, stop: -1, step: nil)])
        let upper = try edges.view(at: [.slice(start: 1, stop: nil, step: nil)])
        let mask = try apply(strictly ? .greaterEqual : .greater, .array(lower), .array(upper))
        guard mask.countNonzero() == 0 else {
            throw .invalidArgument(strictly ? "Too many bins for data range. Cannot create \(count) finite-sized bins."
                                            : "`bins` must increase monotonically, when an array")
        }
    }

    /// The Python variables of NumPy's block loop, which keep their arrays until rebound.
    private final class BlockVariables {
        var block: NDArray?
        var blockWeights: NDArray?
        var keep: NDArray?
        var fractional: NDArray?
        var indices: NDArray?
        var decrement: NDArray?
        var increment: NDArray?
        var sorted: NDArray?
        var order: NDArray?
        var sortedWeights: NDArray?
        var cumulativeWeights: NDArray?
        var positions: NDArray?
    }

    /// The equal-bins loop of `np.histogram`.
    private static func uniformHistogram(_ a: NDArray, _ weights: NDArray?, edges: NDArray, first: Double, last: Double,
                                         bins: Int, countType: DType) throws(EngineError) -> NDArray {
        let counts = try NDArray(empty: [bins], dtype: countType, zeroed: true)
        let denominator = last - first
        let v = BlockVariables()
        for start in stride(from: 0, to: a.shape[0], by: histogramBlock) {
            let slice = IndexItem.slice(start: start, stop: start + histogramBlock, step: nil)
            v.block = try a.view(at: [slice])
            v.blockWeights = try weights?.view(at: [slice])
            v.keep = try apply(.greaterEqual, .array(v.block!), .scalar(.float(first)))
            do {
                let below = try apply(.lessEqual, .array(v.block!), .scalar(.float(last)))
                _ = try apply(.bitwiseAnd, .array(v.keep!), .array(below), out: v.keep!)
            }
            if v.keep!.countNonzero() != v.keep!.size {
                v.block = try v.block!.gather([.array(v.keep!)])
                if let w = v.blockWeights { v.blockWeights = try w.gather([.array(v.keep!)]) }
            }
            v.block = try v.block!.astype(edges.dtype, order: .keep, copy: false)
            do {
                var f = try apply(.subtract, .array(v.block!), .scalar(.float(first)))
                f = try TemporaryElision.apply(.divide, .array(f), aIsTemporary: true, .scalar(.float(denominator)), bIsTemporary: false)
                v.fractional = try TemporaryElision.apply(.multiply, .array(f), aIsTemporary: true, .scalar(.int(Int64(bins))), bIsTemporary: false)
            }
            v.indices = try v.fractional!.astype(.int64, order: .keep, copy: true)
            try addWhere(v.indices!, try apply(.equal, .array(v.indices!), .scalar(.int(Int64(bins)))), -1)
            do {
                let atIndices = try edges.gather([.array(v.indices!)])
                v.decrement = try apply(.less, .array(v.block!), .array(atIndices))
            }
            try addWhere(v.indices!, v.decrement!, -1)
            do {
                var next: NDArray? = try apply(.add, .array(v.indices!), .scalar(.int(1)))
                var atNext: NDArray? = try edges.gather([.array(next!)])
                next = nil
                var above: NDArray? = try apply(.greaterEqual, .array(v.block!), .array(atNext!))
                atNext = nil
                let notLast = try apply(.notEqual, .array(v.indices!), .scalar(.int(Int64(bins - 1))))
                let increment = try TemporaryElision.apply(.bitwiseAnd, .array(above!), aIsTemporary: true, .array(notLast), bIsTemporary: true)
                above = nil
                withExtendedLifetime(notLast) {}
                v.increment = increment
            }
            try addWhere(v.indices!, v.increment!, 1)
            do {
                let binCounts = try bincount(v.indices!, weights: v.blockWeights, minlength: bins)
                let converted = try binCounts.astype(countType, order: .keep, copy: true)
                _ = try apply(.add, .array(counts), .array(converted), out: counts)
            }
        }
        withExtendedLifetime(v) {}
        return counts
    }

    /// The bin-edges loop of `np.histogram` (cumulative counts by sorting each block).
    private static func sortedHistogram(_ a: NDArray, _ weights: NDArray?, edges: NDArray, countType: DType) throws(EngineError) -> NDArray {
        let cumulative = try NDArray(empty: edges.shape, dtype: countType, zeroed: true)
        let zero = try weights.map { (_) throws(EngineError) in try NDArray(empty: [1], dtype: countType, zeroed: true) }
        let v = BlockVariables()
        for start in stride(from: 0, to: a.shape[0], by: histogramBlock) {
            let slice = IndexItem.slice(start: start, stop: start + histogramBlock, step: nil)
            if let weights, let zero {
                v.block = try a.view(at: [slice])
                v.blockWeights = try weights.view(at: [slice])
                v.order = try argsort(v.block!, axis: -1)
                v.sorted = try v.block!.gather([.array(v.order!)])
                v.sortedWeights = try v.blockWeights!.gather([.array(v.order!)])
                do {
                    let sums = try accumulate(.add, v.sortedWeights!, axis: 0)
                    v.cumulativeWeights = try concatenate([zero, sums], axis: 0)
                }
                v.positions = try searchInclusive(v.sorted!, edges)
                let gathered = try v.cumulativeWeights!.gather([.array(v.positions!)])
                _ = try apply(.add, .array(cumulative), .array(gathered), out: cumulative)
            } else {
                v.sorted = try sort(try a.view(at: [slice]), axis: -1)
                let positions = try searchInclusive(v.sorted!, edges)
                _ = try apply(.add, .array(cumulative), .array(positions), out: cumulative)
            }
        }
        withExtendedLifetime(v) {}
        return try diff(cumulative)
    }

    /// NumPy's `_search_sorted_inclusive`: `searchsorted` of all edges but the last from the
    /// left, of the last from the right, concatenated.
    private static func searchInclusive(_ sorted: NDArray, _ edges: NDArray) throws(EngineError) -> NDArray {
        let left = try searchsorted(sorted, edges.view(at: [.slice(start: nil, stop: -1, step: nil)]), right: false)
        let right = try searchsorted(sorted, edges.view(at: [.slice(start: -1, stop: nil, step: nil)]), right: true)
        return try concatenate([left, right], axis: 0)
    }

    /// `indices[mask] += step` as CPython runs it: the selected elements gathered into a new
    /// array, changed in place, and written back.
    private static func addWhere(_ indices: NDArray, _ mask: NDArray, _ step: Int64) throws(EngineError) {
        let selected = try indices.gather([.array(mask)])
        _ = try apply(.add, .array(selected), .scalar(.int(step)), out: selected)
        try indices.scatter(.array(selected), at: [.array(mask)])
    }

    /// NumPy's `BLOCK` in `np.histogram`.
    static let histogramBlock = 65_536
}
