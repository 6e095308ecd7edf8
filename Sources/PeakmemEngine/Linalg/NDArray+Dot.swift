extension NDArray {
    /// `np.dot(a, b)` for operands of one or two dimensions: a 1-D operand is read as a row
    /// (on the left) or a column (on the right) and the result loses that dimension, so
    /// matrix·vector gives a vector and vector·vector a 0-d array. Memory as ``dot2D(_:_:semantics:)``:
    /// the result (`m·n·itemsize` bytes) plus the copies the semantics ask for; vectors are
    /// views and never copied.
    public static func dot(_ a: NDArray, _ b: NDArray, semantics: ProductSemantics = .numpy2) throws(EngineError) -> NDArray {
        guard (1...2).contains(a.ndim), (1...2).contains(b.ndim) else {
            throw .invalidArgument("dot of \(a.ndim)-d and \(b.ndim)-d arrays is not supported yet")
        }
        let left = a.ndim == 1 ? NDArray(storage: a.storage, dtype: a.dtype, shape: [1, a.shape[0]], strides: [0, a.strides[0]], offset: a.offset) : a
        let right = b.ndim == 1 ? NDArray(storage: b.storage, dtype: b.dtype, shape: [b.shape[0], 1], strides: [b.strides[0], 0], offset: b.offset) : b
        if a.ndim == 1, b.ndim == 1, a.shape[0] != b.shape[0] {
            throw .invalidArgument("shapes \(EngineError.shapeText(a.shape)) and \(EngineError.shapeText(b.shape)) not aligned: \(a.shape[0]) (dim 0) != \(b.shape[0]) (dim 0)")
        }
        let product = try dot2D(left, right, semantics: semantics)
        var shape: [Int] = []
        if a.ndim == 2 { shape.append(product.shape[0]) }
        if b.ndim == 2 { shape.append(product.shape[1]) }
        return try product.reshape(shape)
    }

    /// `np.dot(a, b)` for 2-D operands (`a` m×k, `b` k×n), with NumPy's memory behaviour.
    ///
    /// Memory: the result, m×n of the promoted dtype in C order, is always allocated
    /// (`m·n·itemsize` bytes) and zeroed first, as NumPy does. Under ``ProductSemantics/numpy2``
    /// an operand that is neither C- nor Fortran-contiguous is copied to C order first (its
    /// `nbytes`, freed when the product is done); under ``ProductSemantics/numpy17`` every
    /// operand that is not C-contiguous is. Operands of another dtype than the result's are
    /// converted (a copy of the converted size, as NumPy's `PyArray_FromAny` makes).
    ///
    /// float32 and float64 use `sgemm`/`dgemm` (`ssyrk`/`dsyrk` for `A·Aᵀ` under numpy-2);
    /// integer and boolean products run a plain triple loop in the result dtype, as NumPy's
    /// non-BLAS `dot` does.
    public static func dot2D(_ a: NDArray, _ b: NDArray, semantics: ProductSemantics = .numpy2) throws(EngineError) -> NDArray {
        guard a.ndim == 2, b.ndim == 2 else { throw .invalidArgument("dot2D needs two 2-D arrays") }
        let (m, k) = (a.shape[0], a.shape[1]), (k2, n) = (b.shape[0], b.shape[1])
        guard k == k2 else {
            throw .invalidArgument("shapes \(EngineError.shapeText(a.shape)) and \(EngineError.shapeText(b.shape)) not aligned: \(k) (dim 1) != \(k2) (dim 0)")
        }
        let type = DType.promote(a.dtype, b.dtype)
        let left = try a.blasOperand(type, semantics: semantics)
        let right = try b.blasOperand(type, semantics: semantics)
        let result = try NDArray.zeros([m, n], dtype: type)
        guard m > 0, n > 0 else { return result }
        if type.isFloatingPoint, k > 0 {
            try GEMMProduct(a: left, b: right, c: result, useSyrk: semantics == .numpy2 && left.isTransposeOf(right)).run()
        } else if k > 0 {
            try type.dispatch(LoopProduct(a: left, b: right, c: result))
        }
        return result
    }

    /// This array as a BLAS operand of `dtype`: itself when its layout can be handed to BLAS
    /// under `semantics` and its dtype is `dtype`, else a C-ordered copy.
    func blasOperand(_ dtype: DType, semantics: ProductSemantics) throws(EngineError) -> NDArray {
        let usable: Bool
        switch semantics {
        case .numpy2: usable = isCContiguous || isFContiguous
        case .numpy17: usable = isCContiguous
        }
        if usable && self.dtype == dtype { return self }
        return try astype(dtype, order: .c)
    }

    /// True when `self` and `other` are the same buffer read as a matrix and its transpose
    /// (NumPy's test for using `syrk`: same data pointer, swapped shape and strides, and one of
    /// them read transposed).
    func isTransposeOf(_ other: NDArray) -> Bool {
        ndim == 2 && other.ndim == 2 && baseAddress == other.baseAddress && shape == other.shape.reversed()
            && strides == other.strides.reversed() && isCContiguous != other.isCContiguous
    }

    /// How BLAS reads this 2-D array without a copy, or nil when it cannot (NumPy's
    /// `is_blasable2d` in either orientation): as stored when its columns are one element apart
    /// and its rows a whole number of elements at least a row long apart (leading dimension =
    /// the row stride), else transposed when the same holds with rows and columns exchanged.
    /// A dimension of length 1 places no condition on its stride.
    var blasLayout: BLAS.Matrix? {
        let (rows, columns) = (shape[0], shape[1])
        let (s0, s1) = (strides[0], strides[1])
        let item = itemSize
        if (columns == 1 || s1 == item), rows == 1 || (s0 % item == 0 && s0 / item >= Swift.max(columns, 1)) {
            return BLAS.Matrix(base: baseAddress, transposed: false, leadingDimension: rows == 1 ? Swift.max(columns, 1) : s0 / item)
        }
        if (rows == 1 || s0 == item), columns == 1 || (s1 % item == 0 && s1 / item >= Swift.max(rows, 1)) {
            return BLAS.Matrix(base: baseAddress, transposed: true, leadingDimension: columns == 1 ? Swift.max(rows, 1) : s1 / item)
        }
        return nil
    }

    /// ``blasLayout`` of an array the caller knows BLAS can read.
    var blasMatrix: BLAS.Matrix { blasLayout! }
}

/// One `gemm` (or `syrk` + mirror) call computing `c = a·b` for float32 or float64 operands
/// that are C- or Fortran-contiguous.
struct GEMMProduct {
    let a: NDArray
    let b: NDArray
    let c: NDArray
    let useSyrk: Bool

    func run() throws(EngineError) {
        let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
        let double = c.dtype == .float64
        let ldc = m > 1 ? c.strides[0] / c.itemSize : Swift.max(n, 1)
        if useSyrk {
            if double {
                BLAS.dsyrk(n: m, k: k, alpha: 1, a: a.blasMatrix, beta: 0, c: c.baseAddress, ldc: ldc)
            } else {
                BLAS.ssyrk(n: m, k: k, alpha: 1, a: a.blasMatrix, beta: 0, c: c.baseAddress, ldc: ldc)
            }
            double ? mirrorUpper(Double.self, n, ldc) : mirrorUpper(Float.self, n, ldc)
        } else if double {
            BLAS.dgemm(m: m, n: n, k: k, alpha: 1, a: a.blasMatrix, b: b.blasMatrix, beta: 0, c: c.baseAddress, ldc: ldc)
        } else {
            BLAS.sgemm(m: m, n: n, k: k, alpha: 1, a: a.blasMatrix, b: b.blasMatrix, beta: 0, c: c.baseAddress, ldc: ldc)
        }
        withExtendedLifetime((a, b)) {}
    }

    /// Copies the upper triangle that `syrk` computed into the lower one (rows `ldc` apart).
    private func mirrorUpper<T: ArrayElement>(_: T.Type, _ n: Int, _ ldc: Int) {
        let p = c.baseAddress.assumingMemoryBound(to: T.self)
        for i in 0..<n {
            for j in 0..<i { p[i * ldc + j] = p[j * ldc + i] }
        }
    }
}

/// The non-BLAS product `c = a·b` in the result's element type (integers wrap), for any
/// strides of `a`, `b` and `c`; every element of `c` is written (it need not be zeroed).
struct LoopProduct: DTypeVisitor {
    let a: NDArray
    let b: NDArray
    let c: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
        let (as0, as1, bs0, bs1) = (a.strides[0], a.strides[1], b.strides[0], b.strides[1])
        let (cs0, cs1) = (c.strides[0], c.strides[1])
        for i in 0..<m {
            for j in 0..<n {
                var sum = T(intCast: 0)
                for l in 0..<k {
                    let x: T = ElementReader<T>.read(a.baseAddress + i * as0 + l * as1, dtype: a.dtype)
                    let y: T = ElementReader<T>.read(b.baseAddress + l * bs0 + j * bs1, dtype: b.dtype)
                    sum = T.add(sum, T.multiply(x, y))
                }
                (c.baseAddress + i * cs0 + j * cs1).storeBytes(of: sum, as: T.self)
            }
        }
        withExtendedLifetime((a, b)) {}
    }
}
