extension NDArray {
    /// The quantiles requested of ``quantile(_:q:axis:method:keepdims:)``: their values in
    /// [0, 1] (percentiles already divided by 100), their shape (`[]` for one), and whether
    /// they came as a Python `int`/`float` (NumPy's `weak_q`: a float32 input then
    /// interpolates in float32 and gives a float32 result), and whether their dtype is an
    /// integer one (`np.quantile(a, [0, 1])`: NumPy's `linear` method then takes the order
    /// statistics without interpolating, in the input's dtype).
    public struct Quantiles: Sendable {
        public var values: [Double]
        public var shape: [Int]
        public var isPythonScalar: Bool
        public var isIntegral: Bool

        public init(values: [Double], shape: [Int], isPythonScalar: Bool, isIntegral: Bool = false) {
            self.values = values
            self.shape = shape
            self.isPythonScalar = isPythonScalar
            self.isIntegral = isIntegral
        }
    }

    /// `np.quantile(a, q, axis=, method=, keepdims=)` (and `np.percentile` with `q / 100`),
    /// NumPy 2.4.6's `_quantile`: the result has shape `q.shape + ` the shape of `a` without
    /// `axis` (every axis for `axis: nil`).
    ///
    /// Memory, in NumPy's order: the copy the function works in (`a.flatten()` for
    /// `axis=None`, else `a.copy()` in C order), partitioned along the axis (a lane buffer
    /// when the lanes are strided); for a float input the boolean "lane has a NaN" array of
    /// the lanes' shape (with `overwriteInput`, `a` itself — raveled — is partitioned); then for the interpolating methods `previous` and `next`
    /// (`arr[indices]`, result-sized), `diff = next - previous`, `diff·gamma` (freed once
    /// added), the result, `diff·(1 - gamma)` (freed), and `diff`, `previous`, `next` freed;
    /// for `lower`/`higher`/`nearest` only the result (`np.take`, in the input's dtype).
    /// When the result is a single value NumPy works on scalars: only the result's 8 bytes.
    /// The copy is freed at the end. Arrays of `q`'s own size (index and weight arrays of a
    /// few elements) are not modelled.
    ///
    /// - Throws: `invalidArgument` for an empty array or a bool input (NumPy's `TypeError`).
    public static func quantile(_ a: NDArray, q: Quantiles, axis: Int?, method: QuantileMethod,
                                keepdims: Bool = false, overwriteInput: Bool = false) throws(EngineError) -> NDArray {
        guard a.dtype != .bool else {
            throw .unsupportedTypes(operation: "subtract", .bool, .bool)
        }
        let resolvedAxis = try axis.map { (value) throws(EngineError) in try normalize(axis: value, ndim: a.ndim) }
        let work: NDArray
        if overwriteInput {
            work = resolvedAxis == nil ? try a.ravel() : a
        } else {
            work = resolvedAxis == nil ? try a.flatten() : try a.copy(order: .c)
        }
        let axisInWork = resolvedAxis ?? 0
        let n = work.shape[axisInWork]
        guard n > 0 else { throw .invalidArgument("quantile of an empty array is not supported") }
        var permutation = Array(0..<work.ndim)
        permutation.remove(at: axisInWork)
        permutation.insert(axisInWork, at: 0)
        let moved = try work.transpose(permutation)
        try moved.partitionInPlace(kth: [0, -1], axis: 0)
        let restShape = Array(moved.shape.dropFirst())
        let resultShape = q.shape + restShape
        let floatInput = a.dtype.isFloatingPoint
        // slices_having_nans = np.isnan(arr[-1, ...]): a NaN sorts last.
        let nanLanes: NDArray? = floatInput ? try NDArray(empty: restShape, dtype: .bool) : nil
        let picksIndex = method.picksIndex || (method == .linear && q.isIntegral)
        let resultType: DType = picksIndex ? a.dtype
            : (a.dtype == .float32 && q.isPythonScalar ? .float32 : .float64)
        let scalarResult = resultShape.isEmpty
        var temporaries: [NDArray] = []
        if !picksIndex && !scalarResult {
            temporaries.append(try NDArray(empty: resultShape, dtype: a.dtype))      // previous
            temporaries.append(try NDArray(empty: resultShape, dtype: a.dtype))      // next
            temporaries.append(try NDArray(empty: resultShape, dtype: a.dtype))      // diff
            _ = try NDArray(empty: resultShape, dtype: resultType)                    // diff * gamma, freed
        }
        let result = try NDArray(empty: resultShape, dtype: resultType)
        if !picksIndex && !scalarResult {
            _ = try NDArray(empty: resultShape, dtype: resultType)                    // diff * (1 - gamma), freed
        }
        try a.dtype.dispatch(QuantileExecution(sorted: moved, q: q, method: method, picksIndex: picksIndex, result: result, nanLanes: nanLanes))
        temporaries.removeAll()
        withExtendedLifetime((work, nanLanes)) {}
        if keepdims {
            var kept = a.shape
            if let resolvedAxis { kept[resolvedAxis] = 1 } else { kept = kept.map { _ in 1 } }
            return try result.reshape(q.shape + kept)
        }
        return result
    }
}

/// Reads the order statistics of every lane (axis 0 of `sorted`, whose lanes are sorted) and
/// writes each quantile into `result` (C order: the quantile's index, then the lane's).
private struct QuantileExecution: DTypeVisitor {
    let sorted: NDArray
    let q: NDArray.Quantiles
    let method: QuantileMethod
    let picksIndex: Bool
    let result: NDArray
    let nanLanes: NDArray?

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let n = sorted.shape[0], stride = sorted.strides[0]
        let lanes = sorted.laneOffsets(axis: 0)
        let base = sorted.storage.base
        if let nanLanes {
            let flags = nanLanes.baseAddress.assumingMemoryBound(to: Bool.self)
            for (l, start) in lanes.enumerated() {
                let last = base.load(fromByteOffset: start + (n - 1) * stride, as: T.self)
                flags[l] = last != last
            }
        }
        var position = 0
        for qValue in q.values {
            let index = method.virtualIndex(n: n, q: qValue)
            for start in lanes {
                func value(_ k: Int) -> T { base.load(fromByteOffset: start + k * stride, as: T.self) }
                let last = value(n - 1)
                let laneHasNaN = last != last
                if picksIndex {
                    let k = index.isNaN ? n - 1 : Swift.min(Swift.max(Int(index), 0), n - 1)
                    store(laneHasNaN ? T(floatCast: .nan) : value(k), at: position)
                } else {
                    // NumPy's _get_indexes: above the last index or NaN → the last value; below 0 → the first.
                    var previousIndex = index.rounded(.down)
                    var lower = Int(exactly: previousIndex) ?? (n - 1), upper = lower + 1
                    if index.isNaN || index >= Double(n - 1) {
                        lower = n - 1; upper = n - 1; previousIndex = -1
                    } else if index < 0 {
                        lower = 0; upper = 0; previousIndex = 0
                    }
                    let gamma = method.gamma(virtualIndex: index, previous: previousIndex)
                    let interpolated = lerp(value(lower), value(upper), gamma)
                    store(laneHasNaN ? .nan : interpolated, at: position)
                }
                position += 1
            }
        }
    }

    /// NumPy's `_lerp`: `a + diff·t`, or `b - diff·(1 - t)` where `t >= 0.5`, with
    /// `diff = b - a` in the input's dtype and the rest in the result's.
    private func lerp<T: ArrayElement>(_ a: T, _ b: T, _ t: Double) -> Double {
        let diff = T.subtract(b, a)
        if result.dtype == .float32 {
            let d = Float(diff.doubleValue), x = Float(a.doubleValue), y = Float(b.doubleValue)
            return Double(t >= 0.5 ? y - d * Float(1 - t) : x + d * Float(t))
        }
        let d = diff.doubleValue, x = a.doubleValue, y = b.doubleValue
        return t >= 0.5 ? y - d * (1 - t) : x + d * t
    }

    private func store<T: ArrayElement>(_ value: T, at position: Int) {
        result.baseAddress.storeBytes(of: value, toByteOffset: position * result.itemSize, as: T.self)
    }

    private func store(_ value: Double, at position: Int) {
        if result.dtype == .float32 {
            result.baseAddress.storeBytes(of: Float(value), toByteOffset: position * 4, as: Float.self)
        } else {
            result.baseAddress.storeBytes(of: value, toByteOffset: position * 8, as: Double.self)
        }
    }
}
