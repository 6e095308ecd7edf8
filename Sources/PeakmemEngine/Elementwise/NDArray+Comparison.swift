extension NDArray {
    /// `np.allclose(a, b, rtol, atol, equal_nan)`: true when `|a − b| ≤ atol + rtol·|b|` for
    /// every broadcast pair (computed in float64), NaN equal to NaN only with `equalNaN`, an
    /// infinity equal only to the same infinity. Allocates no array buffer.
    public static func allclose(_ a: NDArray, _ b: NDArray, rtol: Double = 1e-05, atol: Double = 1e-08,
                                equalNaN: Bool = false) throws(EngineError) -> Bool {
        let shape = try broadcastShape([a.shape, b.shape])
        var close = true
        try visitPairs(a, b, shape: shape) { x, y in
            if x.isNaN || y.isNaN {
                if !(equalNaN && x.isNaN && y.isNaN) { close = false }
            } else if x.isInfinite || y.isInfinite {
                if x != y { close = false }
            } else if abs(x - y) > atol + rtol * abs(y) {
                close = false
            }
            return close
        }
        return close
    }

    /// `np.array_equal(a, b)`: same shape and every element equal (NaN never equals NaN).
    public static func arrayEqual(_ a: NDArray, _ b: NDArray) throws(EngineError) -> Bool {
        guard a.shape == b.shape else { return false }
        var equal = true
        if a.dtype.isFloatingPoint || b.dtype.isFloatingPoint {
            try visitPairs(a, b, shape: a.shape) { x, y in equal = x == y; return equal }
        } else {
            try visitIntegerPairs(a, b) { x, y in equal = x == y; return equal }
        }
        return equal
    }

    /// True when some element is negative.
    func anyNegative() throws(EngineError) -> Bool {
        var found = false
        try NDArray.visitIntegerPairs(self, self) { x, _ in found = x < 0; return !found }
        return found
    }

    /// Calls `body` with each broadcast pair of elements as doubles, in traversal order,
    /// until it returns false.
    public static func visitPairs(_ a: NDArray, _ b: NDArray, shape: [Int], _ body: (Double, Double) -> Bool) throws(EngineError) {
        let plan = StridedLoop(shape: shape, strides: [a.broadcastStrides(to: shape), b.broadcastStrides(to: shape)])
        var going = true
        try plan.forEachRun(bases: [a.baseAddress, b.baseAddress]) { p, s, n throws(EngineError) in
            guard going else { return }
            for i in 0..<n where going {
                going = body(ElementReader<Double>.read(p[0] + i * s[0], dtype: a.dtype),
                             ElementReader<Double>.read(p[1] + i * s[1], dtype: b.dtype))
            }
        }
    }

    /// As ``visitPairs(_:_:shape:_:)`` with the elements as exact int64 values.
    static func visitIntegerPairs(_ a: NDArray, _ b: NDArray, _ body: (Int64, Int64) -> Bool) throws(EngineError) {
        let shape = try broadcastShape([a.shape, b.shape])
        let plan = StridedLoop(shape: shape, strides: [a.broadcastStrides(to: shape), b.broadcastStrides(to: shape)])
        var going = true
        try plan.forEachRun(bases: [a.baseAddress, b.baseAddress]) { p, s, n throws(EngineError) in
            guard going else { return }
            for i in 0..<n where going {
                going = body(ElementReader<Int64>.read(p[0] + i * s[0], dtype: a.dtype),
                             ElementReader<Int64>.read(p[1] + i * s[1], dtype: b.dtype))
            }
        }
    }
}
