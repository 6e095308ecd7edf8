extension NDArray {
    /// `np.clip(a, min, max, out=out)` as NumPy 2.4.6's `_methods._clip` computes it:
    ///
    /// - for an integer array, a Python int bound at or beyond the dtype's range is dropped
    ///   (so `np.clip(uint8_array, -5, 300)` is valid: NEP 50 would refuse the ints);
    /// - no bound left: `np.positive(a)` (a copy); only `max`: `np.minimum(a, max)`; only
    ///   `min`: `np.maximum(a, min)`;
    /// - both: the `clip` ufunc, `min(max(x, lo), hi)` per element in the common dtype of the
    ///   three (Python scalars weak, NEP 50), NaN propagating from any of them. When both
    ///   bounds are constant along a run (scalars, or broadcast), NumPy's constant loop runs:
    ///   `x < lo → lo`, `x > hi → hi` (so `-0.0` stays `-0.0`), and a NaN bound fills the run
    ///   with NaN.
    ///
    /// Memory: one result of the broadcast shape (order K, as other ufuncs), nothing with
    /// `out`; inputs of another dtype are converted block by block.
    public static func clip(_ a: NDArray, min lower: Operand?, max upper: Operand?, out: NDArray? = nil) throws(EngineError) -> NDArray {
        var lower = lower, upper = upper
        if let (low, high) = a.dtype.integerRange {
            if case .scalar(.int(let v))? = lower, v <= low { lower = nil }
            if case .scalar(.int(let v))? = upper, v >= high { upper = nil }
        }
        switch (lower, upper) {
        case (nil, nil): return try apply(.positive, a, out: out)
        case (nil, let upper?): return try apply(.minimum, .array(a), upper, out: out)
        case (let lower?, nil): return try apply(.maximum, .array(a), lower, out: out)
        case (let lower?, let upper?): return try clipBoth(a, lower, upper, out: out)
        }
    }

    /// The three-operand `clip` ufunc.
    private static func clipBoth(_ a: NDArray, _ lower: Operand, _ upper: Operand, out: NDArray?) throws(EngineError) -> NDArray {
        let operands: [Operand] = [.array(a), lower, upper]
        var strong = a.dtype
        for case .array(let bound) in operands { strong = DType.promote(strong, bound.dtype) }
        var common = strong
        for case .scalar(let scalar) in operands { common = common.promoted(withScalar: scalar.kind) }
        for case .scalar(.int(let value)) in operands where common.isInteger && !common.contains(value) {
            throw .integerOutOfBounds(value: value, dtype: common)
        }
        var shapes = operands.map(\.shape)
        if let out { shapes.append(out.shape) }
        let shape = try broadcastShape(shapes)
        let result = try ufuncResult(out: out, shape: shape, dtype: common, order: preferredOrder(operands), ufunc: "clip")
        let separated = try operands.map { (operand) throws(EngineError) in try operand.separated(from: out) }
        try common.dispatch(ClipExecution(x: separated[0], lower: separated[1], upper: separated[2], out: result))
        return result
    }
}

extension DType {
    /// `np.iinfo(self).min, .max` for the integer dtypes; nil for bool and floats.
    var integerRange: (Int64, Int64)? {
        switch self {
        case .uint8: (0, 255)
        case .int32: (Int64(Int32.min), Int64(Int32.max))
        case .int64: (Int64.min, Int64.max)
        default: nil
        }
    }
}

/// NumPy's clip loops (numpy/_core/src/umath/clip.cpp) for the compute type `T`.
private struct ClipExecution: DTypeVisitor {
    let x: Operand
    let lower: Operand
    let upper: Operand
    let out: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let cells = (ScalarCell<T>(x), ScalarCell<T>(lower), ScalarCell<T>(upper))
        let lanes = [x.lane(broadcastTo: out.shape, cell: cells.0), lower.lane(broadcastTo: out.shape, cell: cells.1),
                     upper.lane(broadcastTo: out.shape, cell: cells.2)]
        let plan = StridedLoop(shape: out.shape, strides: [out.strides] + lanes.map(\.strides))
        let block = ElementwiseKernel.blockLength
        let scratch = ElementwiseKernel.Scratch()
        let outType = out.dtype
        try plan.forEachRun(bases: [out.baseAddress] + lanes.map(\.base)) { p, s, n throws(EngineError) in
            func source(_ k: Int, _ buffer: UnsafeMutableRawPointer) -> ElementwiseKernel.BlockSource<T> {
                .init(.init(pointer: p[k], stride: s[k], dtype: lanes[k - 1].dtype), runLength: n, buffer: buffer)
            }
            let values = source(1, scratch.a), lows = source(2, scratch.b), highs = source(3, scratch.c)
            let o = ElementwiseKernel.Lane(pointer: p[0], stride: s[0], dtype: outType)
            // Results go straight into `out` when it holds T contiguously, else through a block.
            let direct = outType == T.dtype && s[0] == MemoryLayout<T>.stride
            // Both bounds constant along the run: NumPy's constant loop, the bounds read once.
            let constant = s[2] == 0 && s[3] == 0
            var done = 0
            while done < n {
                let m = Swift.min(block, n - done)
                let v = values.block(from: done, count: m), lo = lows.block(from: done, count: m), hi = highs.block(from: done, count: m)
                let staged = direct ? (p[0] + done * s[0]).assumingMemoryBound(to: T.self) : scratch.out.assumingMemoryBound(to: T.self)
                if constant {
                    let l = lo[0], h = hi[0]
                    if l != l || h != h {
                        // A NaN bound (floats only) fills the run with it.
                        let fill = l != l ? l : h
                        for i in 0..<m { staged[i] = fill }
                    } else {
                        // The same results as the general loop for integers (NumPy's integer
                        // constant loop is `_NPY_CLIP`); for floats `-0.0` stays `-0.0`.
                        for i in 0..<m {
                            var e = v[i]
                            if T.less(e, l) { e = l }
                            if T.less(h, e) { e = h }
                            staged[i] = e
                        }
                    }
                } else {
                    for i in 0..<m {
                        // _NPY_MIN(_NPY_MAX(x, lo), hi), a NaN first operand winning each step.
                        let e = v[i]
                        let raised = e != e ? e : (T.less(lo[i], e) ? e : lo[i])
                        staged[i] = raised != raised ? raised : (T.less(raised, hi[i]) ? raised : hi[i])
                    }
                }
                if !direct { ElementwiseKernel.store(staged, count: m, to: o, at: done) }
                done += m
            }
        }
        withExtendedLifetime((cells.0, cells.1, cells.2, x, lower, upper)) {}
    }
}
