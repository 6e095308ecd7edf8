/// The two truth reductions: `np.all` (`logical_and.reduce`) and `np.any` (`logical_or.reduce`).
public enum TruthReduction: String, Sendable {
    case all, any

    /// NumPy's ufunc name, for messages.
    var ufuncName: String { self == .all ? "logical_and" : "logical_or" }
}

extension NDArray {
    /// `np.all(a, axis=axes, out=out, keepdims=keepdims)` / `np.any(...)`: NumPy's
    /// `logical_and.reduce` / `logical_or.reduce` with `dtype=bool`. Each element counts as
    /// true when nonzero (NaN included), converted block by block; the reduction starts from
    /// True (all) or False (any), so an empty reduction gives that value.
    ///
    /// Memory: the boolean result only (one byte per output element; nothing with `out`). An
    /// `out` of another dtype receives the booleans cast (1/0), through a buffer the ledger
    /// does not count (NumPy casts through its iterator's buffer).
    public static func truthReduce(_ kind: TruthReduction, _ a: NDArray, axes: [Int]?, out: NDArray? = nil,
                                   keepdims: Bool = false) throws(EngineError) -> NDArray {
        let op: BinaryOperator = kind == .any ? .maximum : .minimum
        let identity = Scalar.bool(kind == .all)
        let reduced = try normalize(axes: axes, ndim: a.ndim)
        guard let out, out.dtype != .bool else {
            if let out { try checkReductionOutput(out, a, reduced, keepdims: keepdims, name: kind.ufuncName) }
            return try reduce(op, a, axes: reduced, dtype: .bool, out: out, keepdims: keepdims, identity: identity)
        }
        try checkReductionOutput(out, a, reduced, keepdims: keepdims, name: kind.ufuncName)
        try out.checkWritable("output array is read-only")
        let staged = try uncounted { () throws(EngineError) in
            try reduce(op, a, axes: reduced, dtype: .bool, out: nil, keepdims: keepdims, identity: identity)
        }
        try staged.assign(to: out)
        return out
    }

    /// `np.argmax(a, axis=axis, out=out, keepdims=keepdims)` (`largest: true`) or `np.argmin`,
    /// as NumPy 2.4.6's `_PyArray_ArgMinMaxCommon` computes it: the index of the first
    /// largest (smallest) element along `axis` — of the flattened array for nil — where a
    /// NaN counts as the extreme (the first NaN wins), as an int64 (`intp`) array.
    ///
    /// Memory, NumPy's: with `axis` nil the array is raveled (a C-order copy unless it is
    /// C-contiguous); the axis is then moved last (a view) and the array made C-contiguous:
    /// a full copy whenever that view is not (`np.argmax(X, axis=0)` of a C array copies `X`;
    /// `axis=-1` of a C array does not). The copy lives during the operation; the result
    /// (8 bytes per output element) is allocated while it exists. With `out`: nothing more
    /// when `out` is a C-contiguous int64 array, else an int64 copy of it written back.
    ///
    /// - Throws: NumPy's `ValueError`s ("attempt to get argmax of an empty sequence",
    ///   "output array does not match result of np.argmax."), an axis out of bounds, an `out`
    ///   whose dtype does not cast safely to int64 (`TypeError`).
    public static func argExtremum(largest: Bool, _ a: NDArray, axis: Int?, out: NDArray? = nil,
                                   keepdims: Bool = false) throws(EngineError) -> NDArray {
        let name = largest ? "argmax" : "argmin"
        // PyArray_CheckAxis: None and 0-d arrays are raveled (a view when C-contiguous).
        var source = axis == nil || a.ndim == 0 ? try a.ravel() : a
        let resolved = try normalize(axis: axis ?? (source.ndim - 1), ndim: source.ndim)
        if resolved != source.ndim - 1 {
            var permutation = Array(0..<source.ndim)
            permutation.remove(at: resolved)
            permutation.append(resolved)
            source = try source.transpose(permutation)
        }
        if !source.isCContiguous || (try? source.checkWritable()) == nil {
            source = try source.copy(order: .c)
        }
        var outShape = Array(source.shape.dropLast())
        if keepdims {
            if axis == nil || a.ndim == 0 {
                outShape = [Int](repeating: 1, count: a.ndim)
            } else {
                outShape = a.shape
                outShape[resolved] = 1
            }
        }
        let length = source.shape.last ?? 1
        guard length > 0 else { throw .invalidArgument("attempt to get \(name) of an empty sequence") }
        let result: NDArray
        if let out {
            guard out.shape == outShape else { throw .invalidArgument("output array does not match result of np.\(name).") }
            try out.checkWritable("output array is read-only")
            guard out.dtype.canCastSafely(to: .int64) else {
                throw .castingRefused("Cannot cast array data from dtype('\(out.dtype)') to dtype('int64') according to the rule 'safe'")
            }
            result = out.dtype == .int64 && out.isCContiguous ? out : try NDArray(empty: outShape, dtype: .int64)
        } else {
            result = try NDArray(empty: outShape, dtype: .int64)
        }
        try source.dtype.dispatch(ArgExtremumExecution(largest: largest, source: source, length: length, result: result))
        if let out, out.storage !== result.storage {
            try result.assign(to: out)
            return out
        }
        return result
    }

    /// Checks a reduction's `out=` shape, with NumPy's message naming the ufunc.
    static func checkReductionOutput(_ out: NDArray, _ a: NDArray, _ reduced: [Int], keepdims: Bool, name: String) throws(EngineError) {
        let expected = reducedShape(a.shape, axes: reduced, keepdims: keepdims)
        guard out.shape == expected else {
            throw .badOutput("output parameter for reduction operation \(name) has the wrong shape \(EngineError.shapeText(out.shape)), expected \(EngineError.shapeText(expected))")
        }
    }

    /// Runs `body` with a private ledger, for buffers that stand for NumPy's iterator buffers
    /// (which are not array data and not in the ledger).
    static func uncounted<T>(_ body: () throws(EngineError) -> T) throws(EngineError) -> T {
        let result: Result<T, EngineError> = Ledger.$current.withValue(Ledger()) {
            Result { () throws(EngineError) -> T in try body() }
        }
        return try result.get()
    }
}

/// The index of the extreme element of each run of `length` consecutive elements of a
/// C-contiguous `source`, into `result` (C-contiguous int64): NumPy's `@TYPE@_argmax` /
/// `_argmin` — the first occurrence of the extreme, the first NaN for floats (a value
/// unequal to itself), `False < True` for booleans.
private struct ArgExtremumExecution: DTypeVisitor {
    let largest: Bool
    let source: NDArray
    let length: Int
    let result: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        // The comparison chosen once, not per element: `replaces(best, v)` is true when `v`
        // is the new extreme.
        if largest {
            scan(T.self) { best, v in T.less(best, v) }
        } else {
            scan(T.self) { best, v in T.less(v, best) }
        }
        withExtendedLifetime((source, result)) {}
    }

    @inline(__always)
    private func scan<T: ArrayElement>(_: T.Type, _ replaces: (T, T) -> Bool) {
        let rows = result.size
        let input = UnsafePointer<T>(source.baseAddress.assumingMemoryBound(to: T.self))
        let output = result.baseAddress.assumingMemoryBound(to: Int64.self)
        for row in 0..<rows {
            let values = input + row * length
            var best = values[0], index = 0
            if best == best {
                for i in 1..<length {
                    let v = values[i]
                    if v != v {
                        index = i
                        break
                    }
                    if replaces(best, v) {
                        best = v
                        index = i
                    }
                }
            }
            output[row] = Int64(index)
        }
    }
}
