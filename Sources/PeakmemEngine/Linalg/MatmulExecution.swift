import PeakmemResults
/// The batched loop of one `np.matmul`: for every batch index β, `out[β] = a[β]·b[β]`, with
/// `a[β]` m×n, `b[β]` n×p and `out[β]` m×p, as NumPy's `matmul.c.src` runs it.
///
/// - float32/float64 with a vector side (`m = 1` or `p = 1`, `n > 1`): `gemv`
///   (``MatrixVectorProduct``) when NumPy hands that case to BLAS (`gemv`, or `dot` for
///   `m = p = 1`);
/// - float32/float64 with `m, n, p > 1`: one `gemm` per batch index (`syrk` for `A @ Aᵀ` of one
///   2-D buffer). A matrix BLAS cannot read in place (see ``BLAS/Matrix``) is gathered, batch
///   index after batch index, into one scratch buffer of `itemsize · (m·n if a needs it + n·p
///   if b needs it)` bytes, allocated through the ledger once for the call and freed at its end
///   (NumPy ≥ 2.3 `malloc`s the same buffer);
/// - everything else (integers, booleans, `n = 1`, vector operands BLAS cannot read):
///   the loop kernel, reading the operands through their strides, without copies.
///
/// `out` is C-ordered with shape `batch + [m, p]`; `a` and `b` broadcast over `batch`. The batch
/// is walked with pointers (``StridedLoop``), without views per batch index except where a
/// kernel takes arrays (gathering, the loop kernel).
struct MatmulExecution {
    let a: NDArray
    let b: NDArray
    let out: NDArray
    let batch: [Int]

    func run() throws(EngineError) {
        let (m, n, p) = (a.shape[a.ndim - 2], a.shape[a.ndim - 1], b.shape[b.ndim - 1])
        let float = out.dtype == .float32 || out.dtype == .float64
        if let product = MatrixVectorProduct(a: a, b: b, out: out, batch: batch) {
            try product.run()
        } else if float, m > 1, n > 1, p > 1 {
            try runGEMM(m: m, n: n, p: p)
        } else {
            try runLoop(m: m, n: n, p: p)
        }
        withExtendedLifetime((a, b, out)) {}
    }

    /// The batch traversal; its operands are `out`, `a`, `b`, in that order.
    private func batchLoop(m: Int, n: Int, p: Int) -> StridedLoop {
        StridedLoop(shape: batch, strides: [Array(out.strides.dropLast(2)), Array(a.broadcastStrides(to: batch + [m, n]).dropLast(2)),
                                            Array(b.broadcastStrides(to: batch + [n, p]).dropLast(2))])
    }

    /// The `rows × columns` matrix of `array` (a stack of matrices) that starts at `address`.
    private func matrix(of array: NDArray, at address: UnsafeMutableRawPointer, _ rows: Int, _ columns: Int) -> NDArray {
        NDArray(storage: array.storage, dtype: array.dtype, shape: [rows, columns], strides: Array(array.strides.suffix(2)),
                offset: array.storage.base.distance(to: address))
    }

    private func runGEMM(m: Int, n: Int, p: Int) throws(EngineError) {
        let item = out.itemSize
        let left = matrix(of: a, at: a.baseAddress, m, n), right = matrix(of: b, at: b.baseAddress, n, p)
        let (aLayout, bLayout) = (left.blasLayout, right.blasLayout)
        if batch.isEmpty, aLayout != nil, bLayout != nil {
            try GEMMProduct(a: left, b: right, c: out, useSyrk: left.isTransposeOf(right)).run()
            return
        }
        let scratchBytes = item * ((aLayout == nil ? m * n : 0) + (bLayout == nil ? n * p : 0))
        let scratch = scratchBytes > 0
            ? try Ledger.current.withRole(.scratch) { () throws(EngineError) in try ArrayStorage(byteCount: scratchBytes) } : nil
        let gathered = { (rows: Int, columns: Int, offset: Int) in
            NDArray(storage: scratch!, dtype: out.dtype, shape: [rows, columns],
                    strides: NDArray.contiguousStrides(shape: [rows, columns], itemSize: item, order: .c), offset: offset)
        }
        let gatheredA = aLayout == nil ? gathered(m, n, 0) : nil
        let gatheredB = bLayout == nil ? gathered(n, p, aLayout == nil ? m * n * item : 0) : nil
        let ldc = out.strides[out.ndim - 2] / item
        try batchLoop(m: m, n: n, p: p).forEachRun(bases: [out.baseAddress, a.baseAddress, b.baseAddress]) { pointers, steps, count throws(EngineError) in
            for index in 0..<count {
                let (target, x, y) = (pointers[0] + index * steps[0], pointers[1] + index * steps[1], pointers[2] + index * steps[2])
                var left = aLayout?.rebased(to: x), right = bLayout?.rebased(to: y)
                if let gatheredA {
                    try matrix(of: a, at: x, m, n).assign(to: gatheredA)
                    left = gatheredA.blasLayout
                }
                if let gatheredB {
                    try matrix(of: b, at: y, n, p).assign(to: gatheredB)
                    right = gatheredB.blasLayout
                }
                BLAS.gemm(out.dtype, m: m, n: p, k: n, alpha: 1, a: left!, b: right!, beta: 0, c: target, ldc: ldc)
            }
        }
        withExtendedLifetime(scratch) {}
    }

    private func runLoop(m: Int, n: Int, p: Int) throws(EngineError) {
        try batchLoop(m: m, n: n, p: p).forEachRun(bases: [out.baseAddress, a.baseAddress, b.baseAddress]) { pointers, steps, count throws(EngineError) in
            for index in 0..<count {
                let target = matrix(of: out, at: pointers[0] + index * steps[0], m, p)
                try out.dtype.dispatch(LoopProduct(a: matrix(of: a, at: pointers[1] + index * steps[1], m, n),
                                                   b: matrix(of: b, at: pointers[2] + index * steps[2], n, p), c: target))
            }
        }
    }
}
