import PeakmemResults

extension NDArray {
    /// `np.linalg.matrix_power(a, n)` for each square matrix of the stack `a`, step for step as
    /// NumPy 2.4.6's `_linalg.py`: n = 0 an uninitialised array like `a` filled from `eye` (a
    /// temporary identity); n < 0 starts from ``inv(_:)``; n = 1 returns `a` itself (or the
    /// inverse); n = 2, 3 one or two matmuls; larger n squares `z` and multiplies it into the
    /// result bit by bit from the lowest, each new product made while the previous `z` or result
    /// is alive, as CPython frees it on rebinding.
    public static func matrixPower(_ a: NDArray, _ n: Int) throws(EngineError) -> NDArray {
        try LinalgGufunc.assertStackedSquare(a)
        if n == 0 {
            let result = try NDArray(empty: a.shape, dtype: a.dtype)
            let identity = try eye(a.shape[a.ndim - 1], dtype: a.dtype)
            try identity.assign(to: result)
            return result
        }
        let base = n < 0 ? try inv(a) : a
        var remaining = Swift.abs(n)
        switch remaining {
        case 1: return base
        case 2: return try matmul(base, base)
        case 3: return try matmul(matmul(base, base), base)
        default: break
        }
        var z: NDArray?, result: NDArray?
        while remaining > 0 {
            if let current = z { z = try matmul(current, current) } else { z = base }
            let bit = remaining % 2
            remaining /= 2
            if bit == 1 {
                if let current = result { result = try matmul(current, z!) } else { result = z }
            }
        }
        return result!
    }

    /// `np.linalg.multi_dot(arrays)`: the product of two or more arrays (the first may be 1-D, a
    /// row; the last 1-D, a column; the others 2-D) in NumPy's order — `dot(a, b)` for two, the
    /// cheaper of `(AB)C` and `A(BC)` for three (`_multi_dot_three`), else the optimal
    /// parenthesisation of the matrix-chain recurrence (Cormen §15.2, NumPy's
    /// `_multi_dot_matrix_chain_order`, ties resolved towards the first split). Each product is
    /// ``dot(_:_:out:semantics:)`` with its copy rules; an intermediate lives until the product
    /// that consumes it returns. A 1-D first and last operand give a 0-d result, one of them a
    /// 1-D (raveled) result.
    public static func multiDot(_ arrays: [NDArray], semantics: Semantics = .numpy2) throws(EngineError) -> NDArray {
        guard arrays.count >= 2 else { throw .invalidArgument("Expecting at least two arrays.") }
        if arrays.count == 2 { return try dot(arrays[0], arrays[1], semantics: semantics) }
        var operands = arrays
        let (firstIsVector, lastIsVector) = (arrays[0].ndim == 1, arrays[arrays.count - 1].ndim == 1)
        if firstIsVector { operands[0] = try arrays[0].reshape([1, arrays[0].size]) }
        if lastIsVector { operands[operands.count - 1] = try arrays[arrays.count - 1].reshape([1, arrays[arrays.count - 1].size]).T }
        for operand in operands where operand.ndim != 2 {
            throw .linearAlgebra("\(operand.ndim)-dimensional array given. Array must be two-dimensional")
        }
        let result: NDArray
        if operands.count == 3 {
            let (a, b, c) = (operands[0], operands[1], operands[2])
            let (a0, a1b0, b1c0, c1) = (a.shape[0], a.shape[1], c.shape[0], c.shape[1])
            let leftFirst = a0 * b1c0 * (a1b0 + c1) < a1b0 * c1 * (a0 + b1c0)
            result = leftFirst ? try dot(dot(a, b, semantics: semantics), c, semantics: semantics)
                               : try dot(a, dot(b, c, semantics: semantics), semantics: semantics)
        } else {
            let split = chainOrder(operands.map(\.shape[0]) + [operands[operands.count - 1].shape[1]])
            func product(_ i: Int, _ j: Int) throws(EngineError) -> NDArray {
                i == j ? operands[i] : try dot(product(i, split[i][j]), product(split[i][j] + 1, j), semantics: semantics)
            }
            result = try product(0, operands.count - 1)
        }
        if firstIsVector && lastIsVector { return try result.reshape([]) }
        if firstIsVector || lastIsVector { return try result.ravel() }
        return result
    }

    /// The split points of the optimal matrix-chain parenthesisation for dimensions `p`
    /// (matrix i is p[i]×p[i+1]): `split[i][j]` is the k at which the product of matrices i…j
    /// splits. Costs are compared in Double, as NumPy's float64 cost table compares them.
    private static func chainOrder(_ p: [Int]) -> [[Int]] {
        let n = p.count - 1
        var cost = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        var split = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
        for length in 1..<n {
            for i in 0..<(n - length) {
                let j = i + length
                cost[i][j] = .infinity
                for k in i..<j {
                    let q = cost[i][k] + cost[k + 1][j] + Double(p[i] * p[k + 1] * p[j + 1])
                    if q < cost[i][j] {
                        cost[i][j] = q
                        split[i][j] = k
                    }
                }
            }
        }
        return split
    }
}
