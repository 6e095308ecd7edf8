extension NDArray {
    /// `np.<ufunc>.outer(a, b)`: `op` applied to every pair of elements, the result of shape
    /// `a.shape + b.shape` with `result[i..., j...] = op(a[i...], b[j...])`.
    ///
    /// As NumPy's `ufunc_outer`: `a` reshaped to `a.shape + (1,) * b.ndim` (a view: only length-1
    /// dimensions are added) and the ufunc called on it and `b`, broadcasting. Memory: the
    /// result only (NumPy's iterator buffers for the broadcast operands, 2 × 64 000 bytes at
    /// 8000-element results, are not in its data domain and not in the ledger).
    public static func outer(_ op: BinaryOperator, _ a: NDArray, _ b: NDArray) throws(EngineError) -> NDArray {
        let expanded = a.view(shape: a.shape + [Int](repeating: 1, count: b.ndim),
                              strides: a.strides + [Int](repeating: 0, count: b.ndim), offset: a.offset)
        return try apply(op, .array(expanded), .array(b))
    }
}
