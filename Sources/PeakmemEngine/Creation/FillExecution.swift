/// Writes one value into every element of an array, for its element type `T`.
struct FillExecution: DTypeVisitor {
    let target: NDArray
    let value: Scalar

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let v = value.value(as: T.self)
        let plan = StridedLoop(shape: target.shape, strides: [target.strides])
        try plan.forEachRun(bases: [target.baseAddress]) { p, s, n throws(EngineError) in
            if s[0] == MemoryLayout<T>.stride {
                p[0].assumingMemoryBound(to: T.self).update(repeating: v, count: n)
            } else {
                var q = p[0]
                for _ in 0..<n { q.storeBytes(of: v, as: T.self); q += s[0] }
            }
        }
    }
}

/// Fills a new 1-d array with `start + i·step`, for its element type `T`. All-integer
/// arguments are computed in int64 (exact), others in float64 as NumPy's `arange` does.
struct ArangeFill: DTypeVisitor {
    let result: NDArray
    let start: Double
    let step: Double
    let integers: Bool
    let intStart: Scalar
    let intStep: Scalar

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let p = result.baseAddress.assumingMemoryBound(to: T.self)
        if integers {
            let a = intStart.value(as: Int64.self), b = intStep.value(as: Int64.self)
            for i in 0..<result.size { p[i] = T(intCast: a &+ Int64(i) &* b) }
        } else {
            for i in 0..<result.size { p[i] = T(floatCast: start + Double(i) * step) }
        }
    }
}
