extension NDArray {
    /// `np.allclose(a, b, rtol, atol, equal_nan)`: true when `|a − b| ≤ atol + rtol·|b|` for
    /// every broadcast pair (computed in float64), NaN equal to NaN only with `equalNaN`, an
    /// infinity equal only to the same infinity. Allocates no array buffer.
    public static func allclose(_ a: NDArray, _ b: NDArray, rtol: Double = 1e-05, atol: Double = 1e-08,
                                equalNaN: Bool = false) throws(EngineError) -> Bool {
        var close = true
        try visitPairs(a, b, as: Double.self) { x, y in
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
            try visitPairs(a, b, as: Double.self) { x, y in equal = x == y; return equal }
        } else {
            try visitPairs(a, b, as: Int64.self) { x, y in equal = x == y; return equal }
        }
        return equal
    }

    /// True when some element is negative.
    func anyNegative() throws(EngineError) -> Bool {
        var found = false
        try NDArray.visitPairs(self, self, as: Int64.self) { x, _ in found = x < 0; return !found }
        return found
    }

    /// Calls `body` with each broadcast pair of elements converted to `T` (doubles, or
    /// int64 for exact integer comparisons), in traversal order, until it returns false.
    /// Allocates no array buffer.
    public static func visitPairs<T: ArrayElement>(_ a: NDArray, _ b: NDArray, as _: T.Type,
                                                   _ body: (T, T) -> Bool) throws(EngineError) {
        let shape = try broadcastShape([a.shape, b.shape])
        let plan = StridedLoop(shape: shape, strides: [a.broadcastStrides(to: shape), b.broadcastStrides(to: shape)])
        var going = true
        try plan.forEachRun(bases: [a.baseAddress, b.baseAddress]) { p, s, n throws(EngineError) in
            guard going else { return }
            for i in 0..<n where going {
                going = body(ElementReader<T>.read(p[0] + i * s[0], dtype: a.dtype),
                             ElementReader<T>.read(p[1] + i * s[1], dtype: b.dtype))
            }
        }
    }
}
