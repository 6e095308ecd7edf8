import PeakmemResults

extension NDArray {
    /// `np.dot(a, b, out=)` with NumPy's shapes and memory behaviour.
    ///
    /// Shapes: 0-d operands multiply (`np.dot(X, 2.0)`); 1-D and 2-D ones are vectors and
    /// matrices (a 1-D operand is a row on the left, a column on the right, and the result
    /// loses that dimension); with an operand of more dimensions the result is the sum over the
    /// last axis of `a` and the second-to-last of `b` (the last of a 1-D `b`):
    /// `dot(a, b)[i, j, k, m] = Σₙ a[i, j, n]·b[k, n, m]`, of shape
    /// `a.shape[:-1] + b.shape[:-2] + b.shape[-1:]`.
    ///
    /// Memory, in NumPy's order (`PyArray_MatrixProduct2`, `cblas_matrixproduct`):
    /// 1. each operand whose dtype is not the result's is converted (a copy of the converted
    ///    size, in its own memory order);
    /// 2. float operands of at most 2 dimensions with a negative stride or a zero stride on a
    ///    dimension longer than 1 are copied (C order, or F when Fortran-contiguous; numpy-1.7
    ///    does not count zero strides);
    /// 3. the result, C order, zero-filled on the BLAS path (`a.size`-independent:
    ///    `result.size · itemsize` bytes) — or nothing with `out`, which must be C-contiguous,
    ///    of the result's dtype and shape (NumPy's `ValueError`s otherwise); an `out` sharing
    ///    a buffer with an operand gets a temporary of the result's size, copied back at the end;
    /// 4. for a matrix·matrix product, `b` then `a` is copied to C order when it is neither C-
    ///    nor Fortran-contiguous (numpy-1.7: when it is not C-contiguous); for matrix·vector the
    ///    matrix when it is neither. Vectors are never copied.
    ///
    /// Every copy is freed when the product is done: the peak is Σ copies + result. float32
    /// and float64 matrices use `sgemm`/`dgemm` (`ssyrk`/`dsyrk` for `A·Aᵀ` of one buffer under
    /// numpy-2); integers, booleans and operands of more than 2 dimensions run loops without
    /// further copies and without zeroing the result, as NumPy's generic `dot` does.
    public static func dot(_ a: NDArray, _ b: NDArray, out: NDArray? = nil,
                           semantics: Semantics = .numpy2) throws(EngineError) -> NDArray {
        let type = DType.promote(a.dtype, b.dtype)
        var x = a.dtype == type ? a : try a.castCopy(operand: 0, to: type)
        var y = b.dtype == type ? b : try b.castCopy(operand: 1, to: type)
        if x.ndim == 0 || y.ndim == 0 {
            let result = try dotOutput(x.ndim == 0 ? y.shape : x.shape, type, out: out, inputs: [a, b], zeroed: false)
            _ = try apply(.multiply, .array(x), .array(y), out: result)
            return try finishDot(result, out: out)
        }
        let matchAxis = y.ndim >= 2 ? y.ndim - 2 : 0
        guard x.shape[x.ndim - 1] == y.shape[matchAxis] else {
            throw .invalidArgument("shapes \(EngineError.shapeText(a.shape)) and \(EngineError.shapeText(b.shape)) not aligned: \(x.shape[x.ndim - 1]) (dim \(x.ndim - 1)) != \(y.shape[matchAxis]) (dim \(matchAxis))")
        }
        let shape = Array(x.shape.dropLast()) + Array(y.shape.prefix(Swift.max(y.ndim - 2, 0))) + (y.ndim >= 2 ? [y.shape[y.ndim - 1]] : [])
        guard x.ndim <= 2, y.ndim <= 2 else {
            let result = try dotOutput(shape, type, out: out, inputs: [a, b], zeroed: false)
            try type.dispatch(GeneralDot(a: x, b: y, out: result))
            return try finishDot(result, out: out)
        }
        let blas = type.isFloatingPoint
        if blas, x.hasBadStrides(semantics) { x = try x.layoutCopy(operand: 0, order: .any) }
        if blas, y.hasBadStrides(semantics) { y = try y.layoutCopy(operand: 1, order: .any) }
        let result = try dotOutput(shape, type, out: out, inputs: [a, b], zeroed: blas)
        let matrixProduct = x.isMatrix && y.isMatrix
        if blas, y.isMatrix, !y.usableByBLAS(semantics, matrixProduct: matrixProduct) { y = try y.layoutCopy(operand: 1, order: .c) }
        if blas, x.isMatrix, !x.usableByBLAS(semantics, matrixProduct: matrixProduct) { x = try x.layoutCopy(operand: 0, order: .c) }
        let (m, k, n) = (x.ndim == 2 ? x.shape[0] : 1, x.shape[x.ndim - 1], y.ndim == 2 ? y.shape[1] : 1)
        let left = x.ndim == 1 ? x.asRowMatrix : x, right = y.ndim == 1 ? y.asColumnMatrix : y
        let target = NDArray(storage: result.storage, dtype: type, shape: [m, n], strides: [n * result.itemSize, result.itemSize], offset: result.offset)
        if m > 0, n > 0 {
            if k == 0 {
                try target.fill(.int(0))
            } else if blas {
                try GEMMProduct(a: left, b: right, c: target, useSyrk: semantics == .numpy2 && left.isTransposeOf(right)).run()
            } else {
                try type.dispatch(LoopProduct(a: left, b: right, c: target))
            }
        }
        withExtendedLifetime((x, y)) {}
        return try finishDot(result, out: out)
    }

    /// The array `np.dot` writes: a new C-ordered array (zero-filled when `zeroed`), or `out`
    /// after NumPy's checks — or, when `out` shares a buffer with an input, a temporary
    /// like it that ``finishDot(_:out:)`` copies back.
    private static func dotOutput(_ shape: [Int], _ type: DType, out: NDArray?, inputs: [NDArray],
                                  zeroed: Bool) throws(EngineError) -> NDArray {
        guard let out else { return try NDArray(empty: shape, dtype: type, zeroed: zeroed) }
        guard out.ndim == shape.count, out.dtype == type, out.isCContiguous else {
            throw .badOutput("output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)")
        }
        guard out.shape == shape else { throw .badOutput("output array has wrong dimensions") }
        if inputs.contains(where: { $0.storage === out.storage }) {
            return try NDArray(empty: shape, dtype: type)
        }
        if zeroed { try out.fill(.int(0)) }
        return out
    }

    /// `out` after a product written to `result` (copying a temporary back), or `result`.
    private static func finishDot(_ result: NDArray, out: NDArray?) throws(EngineError) -> NDArray {
        guard let out else { return result }
        if result.storage !== out.storage { try result.assign(to: out) }
        return out
    }

    /// NumPy's `_bad_strides` for `np.dot`: a negative stride, or (numpy-2 only) a zero stride
    /// on a dimension longer than 1.
    func hasBadStrides(_ semantics: Semantics) -> Bool {
        zip(shape, strides).contains { length, stride in
            stride < 0 || (semantics == .numpy2 && stride == 0 && length > 1)
        }
    }

    /// This 1-D array as a `1 × n` matrix (a view; the row stride is 0).
    var asRowMatrix: NDArray {
        NDArray(storage: storage, dtype: dtype, shape: [1, shape[0]], strides: [0, strides[0]], offset: offset)
    }

    /// This 1-D array as an `n × 1` matrix (a view; the column stride is 0).
    var asColumnMatrix: NDArray {
        NDArray(storage: storage, dtype: dtype, shape: [shape[0], 1], strides: [strides[0], 0], offset: offset)
    }

    /// A 2-D operand `np.dot` treats as a matrix (NumPy's `_select_matrix_shape`): neither
    /// dimension is 1.
    var isMatrix: Bool { ndim == 2 && shape[0] != 1 && shape[1] != 1 }

    /// Whether `np.dot` hands this matrix to BLAS without the contiguity copy: C- or
    /// F-contiguous, or (numpy-1.7, matrix·matrix) C-contiguous only.
    func usableByBLAS(_ semantics: Semantics, matrixProduct: Bool) -> Bool {
        semantics == .numpy17 && matrixProduct ? isCContiguous : isCContiguous || isFContiguous
    }

    /// True when `self` and `other` are the same buffer read as a matrix and its transpose
    /// (NumPy's test for using `syrk`: same data pointer, swapped shape and strides, and one of
    /// them read transposed).
    func isTransposeOf(_ other: NDArray) -> Bool {
        ndim == 2 && other.ndim == 2 && baseAddress == other.baseAddress && shape == other.shape.reversed()
            && strides == other.strides.reversed() && isCContiguous != other.isCContiguous
    }

    /// How BLAS reads this 2-D array without a copy, or nil when it cannot (NumPy's
    /// `is_blasable2d` in either orientation; see ``BLAS/Matrix/init(base:rows:columns:rowStride:columnStride:itemSize:)``).
    var blasLayout: BLAS.Matrix? {
        BLAS.Matrix(base: baseAddress, rows: shape[0], columns: shape[1], rowStride: strides[0], columnStride: strides[1], itemSize: itemSize)
    }

    /// ``blasLayout`` of an array the caller knows BLAS can read.
    var blasMatrix: BLAS.Matrix { blasLayout! }
}

/// One `gemm` (or `syrk` + mirror, or `gemv` for a matrix·vector product) call computing
/// `c = a·b` for float32 or float64 operands that BLAS can read.
struct GEMMProduct {
    let a: NDArray
    let b: NDArray
    let c: NDArray
    let useSyrk: Bool

    func run() throws(EngineError) {
        let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
        let dtype = c.dtype
        let ldc = m > 1 ? c.strides[0] / c.itemSize : Swift.max(n, 1)
        if useSyrk {
            BLAS.syrk(dtype, n: m, k: k, alpha: 1, a: a.blasMatrix, beta: 0, c: c.baseAddress, ldc: ldc)
            dtype == .float64 ? mirrorUpper(Double.self, n, ldc) : mirrorUpper(Float.self, n, ldc)
        } else if n == 1, m > 1, b.strides[0] > 0, c.strides[0] > 0 {
            // matrix · vector: gemv, as NumPy's cblas_matrixproduct calls it.
            BLAS.gemv(dtype, rows: m, columns: k, alpha: 1, a: a.blasMatrix, x: b.baseAddress, incx: b.strides[0] / b.itemSize,
                      beta: 0, y: c.baseAddress, incy: c.strides[0] / c.itemSize)
        } else if m == 1, n > 1, a.strides[1] > 0, c.strides[1] > 0 {
            // vector · matrix: gemv on op(B)ᵀ.
            BLAS.gemv(dtype, rows: n, columns: k, alpha: 1, a: b.blasMatrix.transposedOperand, x: a.baseAddress,
                      incx: a.strides[1] / a.itemSize, beta: 0, y: c.baseAddress, incy: c.strides[1] / c.itemSize)
        } else {
            BLAS.gemm(dtype, m: m, n: n, k: k, alpha: 1, a: a.blasMatrix, b: b.blasMatrix, beta: 0, c: c.baseAddress, ldc: ldc)
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

/// NumPy's generic `dot` loop for operands of more than two dimensions: every element of the
/// C-contiguous `out` is the sum over `a`'s last axis against `b`'s second-to-last (its only
/// axis when 1-D), read through the strides as they are — nothing is copied.
struct GeneralDot: DTypeVisitor {
    let a: NDArray
    let b: NDArray
    let out: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let k = a.shape[a.ndim - 1], aStep = a.strides[a.ndim - 1]
        let matchAxis = b.ndim >= 2 ? b.ndim - 2 : 0
        let bStep = b.strides[matchAxis]
        var bShape = b.shape, bStrides = b.strides
        bShape.remove(at: matchAxis); bStrides.remove(at: matchAxis)
        let aOffsets = Self.offsets(Array(a.shape.dropLast()), Array(a.strides.dropLast()))
        let bOffsets = Self.offsets(bShape, bStrides)
        let target = out.baseAddress.assumingMemoryBound(to: T.self)
        let (aBase, bBase) = (a.baseAddress, b.baseAddress)
        var index = 0
        for aOffset in aOffsets {
            for bOffset in bOffsets {
                var sum = T(intCast: 0)
                for l in 0..<k {
                    let x = (aBase + aOffset + l * aStep).load(as: T.self)
                    let y = (bBase + bOffset + l * bStep).load(as: T.self)
                    sum = T.add(sum, T.multiply(x, y))
                }
                target[index] = sum
                index += 1
            }
        }
        withExtendedLifetime((a, b)) {}
    }

    /// The byte offsets of every index of `shape`, in C order.
    static func offsets(_ shape: [Int], _ strides: [Int]) -> [Int] {
        var result = [0]
        for (length, stride) in zip(shape, strides) {
            result = result.flatMap { base in (0..<length).map { base + $0 * stride } }
        }
        return result
    }
}
