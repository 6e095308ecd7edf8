/// One call of a `numpy.linalg` generalized ufunc (`umath_linalg`), with NumPy 2.4.6's buffers.
///
/// `numpy.linalg` computes every real dtype in float64 (`_commonType`: the signature is
/// `d->d`), so NumPy's ufunc machinery first makes a float64 copy of each operand that is not
/// float64 (the iterator's temporary, NumPy's allocator), in operand order; then it allocates the
/// float64 outputs (C order, batch shape + core shape); then the loop `malloc`s one work buffer
/// for the whole call (its layout depends on the routine: the Fortran-ordered operand copies,
/// LAPACK's pivots as 8-byte `fortran_int`s — NumPy's wheels use ILP64 OpenBLAS — and LAPACK
/// workspace), walks the batch copying each matrix into the buffer (`linearize_matrix`), calls
/// LAPACK and copies the results out (`delinearize_matrix`), and frees the buffer. The casts are
/// freed when the ufunc returns; the Python wrapper then converts the outputs to the result
/// dtype (`astype(float32)` when every operand was float32: a new array, the float64 output
/// freed after it).
///
/// Here the work buffer is an ``ArrayStorage`` of the same byte count (the ledger counts it;
/// the engine's allocator really provides it); pivots are LP64 `Int32`s written into the first
/// half of NumPy's 8-byte-per-pivot area.
struct LinalgGufunc {
    /// The operands as float64 stacks of matrices (or vectors), in operand order.
    let operands: [NDArray]
    /// The broadcast batch shape of the operands' leading dimensions.
    let batch: [Int]
    /// Each operand's number of core dimensions.
    let coreDimensions: [Int]

    /// The dtype NumPy returns for operands of these dtypes: float32 when every operand is
    /// float32, float64 otherwise (`_commonType`).
    static func resultType(_ arrays: [NDArray]) -> DType {
        arrays.allSatisfy { $0.dtype == .float32 } ? .float32 : .float64
    }

    /// NumPy's `_assert_stacked_square`: at least two dimensions, the last two equal.
    static func assertStackedSquare(_ a: NDArray) throws(EngineError) {
        guard a.ndim >= 2 else {
            throw .linearAlgebra("\(a.ndim)-dimensional array given. Array must be at least two-dimensional")
        }
        guard a.shape[a.ndim - 1] == a.shape[a.ndim - 2] else {
            throw .linearAlgebra("Last 2 dimensions of the array must be square")
        }
    }

    /// Casts the operands (a float64 copy of each one that is not float64, in order, as the
    /// ufunc's iterator makes them) and broadcasts their batch dimensions; `coreDimensions[i]`
    /// trailing dimensions of operand i are its core.
    init(_ arrays: [NDArray], coreDimensions: [Int]) throws(EngineError) {
        var cast: [NDArray] = []
        for array in arrays {
            guard !array.dtype.isComplex else {
                throw .unsupportedDType("numpy.linalg's LAPACK functions on complex arrays are not supported yet (real dtypes only)")
            }
            cast.append(array.dtype == .float64 ? array : try array.astype(.float64))
        }
        operands = cast
        self.coreDimensions = coreDimensions
        batch = try NDArray.broadcastShape(zip(cast, coreDimensions).map { Array($0.shape.dropLast($1)) })
    }

    /// The byte offset (from the storage's base) of each batch index's core block in `array`,
    /// broadcast over ``batch``, in C order of the batch.
    func batchOffsets(_ array: NDArray, coreDimensions: Int) throws(EngineError) -> [Int] {
        let strides = Array(array.broadcastStrides(to: batch + array.shape.suffix(coreDimensions)).dropLast(coreDimensions))
        var offsets: [Int] = []
        offsets.reserveCapacity(batch.reduce(1, *))
        let base = array.storage.base
        try StridedLoop(shape: batch, strides: [strides], cOrder: true).forEachRun(bases: [array.baseAddress]) { pointers, steps, count in
            for index in 0..<count { offsets.append(base.distance(to: pointers[0]) + index * steps[0]) }
        }
        return offsets
    }

    /// The `rows × columns` matrix of `array`'s storage at byte `offset`, with `array`'s last two strides.
    static func matrix(of array: NDArray, at offset: Int, _ rows: Int, _ columns: Int) -> NDArray {
        NDArray(storage: array.storage, dtype: array.dtype, shape: [rows, columns], strides: Array(array.strides.suffix(2)), offset: offset)
    }

    /// A column-major `rows × columns` float64 matrix inside `buffer`, `byteOffset` bytes in.
    static func fortranMatrix(in buffer: ArrayStorage, at byteOffset: Int, _ rows: Int, _ columns: Int) -> NDArray {
        NDArray(storage: buffer, dtype: .float64, shape: [rows, columns], strides: [8, 8 * Swift.max(rows, 1)], offset: byteOffset)
    }

    /// Writes NaN into every element of the float64 matrix view `matrix` (`nan_matrix`: the
    /// result of a matrix LAPACK could not factor).
    static func fillNaN(_ matrix: NDArray) {
        let (rows, columns) = (matrix.shape[0], matrix.shape[1])
        for row in 0..<rows {
            for column in 0..<columns {
                (matrix.baseAddress + row * matrix.strides[0] + column * matrix.strides[1]).storeBytes(of: Double.nan, as: Double.self)
            }
        }
    }

    /// Converts a float64 output to the result dtype, as the Python wrapper's
    /// `astype(result_t, copy=False)` does.
    static func converted(_ output: NDArray, to type: DType) throws(EngineError) -> NDArray {
        type == .float64 ? output : try output.astype(type)
    }
}
