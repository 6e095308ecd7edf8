extension NDArray {
    /// `np.where(condition, x, y)`: `x` where the condition is true (nonzero), else `y`, with
    /// the three broadcast together.
    ///
    /// The result's dtype is NumPy's `result_type(x, y)` with NEP 50: two arrays promote; a
    /// Python scalar is *weak* and takes an array's dtype when its kind allows (`where(c, f32, 0.5)`
    /// is float32, `where(c, u8, 300)` uint8 with 300 cast as C casts, to 44, as NumPy does
    /// without an error); two Python scalars give their default dtypes promoted (`where(c, 1, 0)`
    /// is int64). The condition may be of any dtype.
    ///
    /// Memory, as NumPy's `PyArray_Where`: the result only, `size · itemsize` bytes (in Fortran
    /// order when every array operand of more than one dimension is Fortran- and not
    /// C-contiguous); operands of another dtype are converted block by block.
    ///
    /// - Throws: ``EngineError/broadcastMismatch(_:)`` naming the three shapes.
    public static func `where`(_ condition: Operand, _ x: Operand, _ y: Operand) throws(EngineError) -> NDArray {
        let shape = try broadcastShape([condition.shape, x.shape, y.shape])
        let resultType: DType
        switch (x, y) {
        case (.array(let a), .array(let b)): resultType = DType.promote(a.dtype, b.dtype)
        case (.array(let a), .scalar(let s)), (.scalar(let s), .array(let a)): resultType = a.dtype.promoted(withScalar: s.kind)
        case (.scalar(let s), .scalar(let t)): resultType = DType.promote(s.defaultDType, t.defaultDType)
        }
        let result = try NDArray(empty: shape, dtype: resultType, order: preferredOrder([condition, x, y]))
        try resultType.dispatch(WhereExecution(condition: condition, x: x, y: y, out: result))
        return result
    }
}

/// Runs `np.where` for the result's element type `T`: the condition is read as booleans, `x`
/// and `y` as `T`, block by block when their dtypes differ.
private struct WhereExecution: DTypeVisitor {
    let condition: Operand
    let x: Operand
    let y: Operand
    let out: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let cellC = ScalarCell<Bool>(condition), cellX = ScalarCell<T>(x), cellY = ScalarCell<T>(y)
        let c = condition.lane(broadcastTo: out.shape, cell: cellC)
        let a = x.lane(broadcastTo: out.shape, cell: cellX), b = y.lane(broadcastTo: out.shape, cell: cellY)
        let plan = StridedLoop(shape: out.shape, strides: [out.strides, c.strides, a.strides, b.strides])
        let scratch = ElementwiseKernel.Scratch()
        let blockLength = ElementwiseKernel.blockLength
        try plan.forEachRun(bases: [out.baseAddress, c.base, a.base, b.base]) { p, s, n in
            let flags = ElementwiseKernel.BlockSource<Bool>(.init(pointer: p[1], stride: s[1], dtype: c.dtype), runLength: n, buffer: scratch.out)
            let xs = ElementwiseKernel.BlockSource<T>(.init(pointer: p[2], stride: s[2], dtype: a.dtype), runLength: n, buffer: scratch.a)
            let ys = ElementwiseKernel.BlockSource<T>(.init(pointer: p[3], stride: s[3], dtype: b.dtype), runLength: n, buffer: scratch.b)
            var done = 0
            while done < n {
                let count = Swift.min(blockLength, n - done)
                let f = flags.block(from: done, count: count), u = xs.block(from: done, count: count), v = ys.block(from: done, count: count)
                let target = p[0] + done * s[0]
                if s[0] == MemoryLayout<T>.stride {
                    let typed = target.assumingMemoryBound(to: T.self)
                    for i in 0..<count { typed[i] = f[i] ? u[i] : v[i] }
                } else {
                    for i in 0..<count { (target + i * s[0]).storeBytes(of: f[i] ? u[i] : v[i], as: T.self) }
                }
                done += count
            }
        }
        withExtendedLifetime((cellC, cellX, cellY, condition, x, y)) {}
    }
}
