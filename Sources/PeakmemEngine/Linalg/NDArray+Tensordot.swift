import PeakmemResults

extension NDArray {
    /// `np.tensordot(a, b, axes=(axesA, axesB))`: the sum over `a`'s `axesA` against `b`'s
    /// `axesB`, computed as NumPy's Python implementation does it: `a` transposed to
    /// (free axes, summed axes) and reshaped to 2-D, `b` to (summed axes, free axes), one
    /// `np.dot`, and the result reshaped to `a`'s free shape + `b`'s free shape.
    ///
    /// Memory therefore is NumPy's: each reshape copies (`nbytes`) exactly when NumPy's reshape
    /// rule says the transposed operand cannot be viewed as 2-D, the dot allocates its result
    /// (and the copies its semantics ask for), and the final reshape is a view.
    public static func tensordot(_ a: NDArray, _ b: NDArray, axes axesA: [Int], _ axesB: [Int],
                                 semantics: Semantics = .numpy2) throws(EngineError) -> NDArray {
        guard axesA.count == axesB.count else { throw .invalidArgument("shape-mismatch for sum") }
        var summedA: [Int] = [], summedB: [Int] = []
        for (x, y) in zip(axesA, axesB) {
            let i = try normalize(axis: x, ndim: a.ndim), j = try normalize(axis: y, ndim: b.ndim)
            guard a.shape[i] == b.shape[j] else { throw .invalidArgument("shape-mismatch for sum") }
            summedA.append(i); summedB.append(j)
        }
        let freeA = (0..<a.ndim).filter { !summedA.contains($0) }
        let freeB = (0..<b.ndim).filter { !summedB.contains($0) }
        let n = summedA.map { a.shape[$0] }.reduce(1, *)
        let left = try a.transpose(freeA + summedA).reshape([freeA.map { a.shape[$0] }.reduce(1, *), n])
        let right = try b.transpose(summedB + freeB).reshape([n, freeB.map { b.shape[$0] }.reduce(1, *)])
        let product = try dot(left, right, semantics: semantics)
        return try product.reshape(freeA.map { a.shape[$0] } + freeB.map { b.shape[$0] })
    }

    /// `np.tensordot(a, b, axes=k)`: the last `k` axes of `a` against the first `k` of `b`.
    public static func tensordot(_ a: NDArray, _ b: NDArray, axes count: Int = 2,
                                 semantics: Semantics = .numpy2) throws(EngineError) -> NDArray {
        guard count >= 0, count <= a.ndim, count <= b.ndim else { throw .invalidArgument("shape-mismatch for sum") }
        return try tensordot(a, b, axes: Array((a.ndim - count)..<a.ndim), Array(0..<count), semantics: semantics)
    }

    /// `np.kron(a, b)` for arrays of equal dimension: the block matrix of `a[i, j] · b`, computed
    /// as NumPy 2 does — one broadcasting multiply of `a` expanded to (a₀, 1, a₁, 1, …) with `b`
    /// expanded to (1, b₀, 1, b₁, …), then a reshape. Memory: the product, `size(a)·size(b)`
    /// elements, is the only full-size buffer when the operands are C-contiguous; otherwise
    /// the final reshape copies it, as NumPy's does.
    public static func kron(_ a: NDArray, _ b: NDArray) throws(EngineError) -> NDArray {
        let ndim = Swift.max(a.ndim, b.ndim)
        let left = try a.reshape([Int](repeating: 1, count: ndim - a.ndim) + a.shape)
        let right = try b.reshape([Int](repeating: 1, count: ndim - b.ndim) + b.shape)
        let expandedA = try left.reshape(left.shape.flatMap { [$0, 1] })
        let expandedB = try right.reshape(right.shape.flatMap { [1, $0] })
        let product = try apply(.multiply, .array(expandedA), .array(expandedB))
        return try product.reshape(zip(left.shape, right.shape).map { $0 * $1 })
    }

    /// `np.outer(a, b)`: `a.ravel()[:, None] * b.ravel()[None, :]`. Memory: a C-ordered copy of
    /// each operand that is not C-contiguous (the ravel), and the `size(a)·size(b)` result.
    public static func outer(_ a: NDArray, _ b: NDArray) throws(EngineError) -> NDArray {
        let column = try a.ravel().reshape([a.size, 1])
        let row = try b.ravel().reshape([1, b.size])
        return try apply(.multiply, .array(column), .array(row))
    }
}
