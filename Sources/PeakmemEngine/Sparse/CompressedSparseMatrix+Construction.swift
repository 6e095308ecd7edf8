#if canImport(Glibc)
import Glibc
#endif

extension CompressedSparseMatrix {
    /// `scipy.sparse.csr_matrix(dense)`: the nonzero entries of a 2-D array (a 1-D array is one
    /// row), in row order, with SciPy 1.17's memory behaviour.
    ///
    /// SciPy builds a COO matrix first, then compresses it (`_coo_base.__init__`,
    /// `_coo_to_compressed`); the ledger sees the same buffers in the same order:
    /// 1. `dense.nonzero()`: one `(nnz, 2)` int64 block, `16·nnz` bytes;
    /// 2. the COO row and column arrays (`idx·nnz` each, idx = 4 for int32 indices) and its
    ///    data (`itemsize·nnz`), then the nonzero block is freed;
    /// 3. `indptr` (`idx·(rows+1)`), `indices` (`idx·nnz`) and `data` (`itemsize·nnz`), then the
    ///    COO arrays are freed.
    ///
    /// So the peak increment is `(16 + 2·idx + itemsize)·nnz` (`(24 + itemsize)·nnz` with int32
    /// indices; step 3 is smaller unless rows ≫ nnz, and the ledger takes the larger) and
    /// `idx·(rows+1) + (idx + itemsize)·nnz` is retained.
    public init(dense: NDArray) throws(EngineError) {
        let matrix: NDArray
        switch dense.ndim {
        case 2: matrix = dense
        case 1: matrix = NDArray(storage: dense.storage, dtype: dense.dtype, shape: [1, dense.shape[0]],
                                 strides: [dense.shape[0] * dense.itemSize, dense.strides[0]], offset: dense.offset)
        default: throw .invalidArgument("expected dimension <= 2 array or matrix")
        }
        self = try matrix.dtype.dispatch(DenseCompression(dense: matrix))
    }

    /// `csr_matrix((data, indices, indptr), shape=shape)` (or `csc_matrix`): the three arrays
    /// as they are — no copy — when `indices` and `indptr` already have the index dtype SciPy
    /// chooses (int32 unless a dimension or a value needs int64); otherwise each is converted
    /// (a copy of `size · idx` bytes, retained). Without `shape`, the major count is
    /// `len(indptr) - 1` and the minor one `max(indices) + 1`.
    ///
    /// The parts are checked as SciPy's `check_format` does (1-D, sizes, `indptr` starting at 0
    /// and not decreasing) and, beyond SciPy, every index against the minor dimension, so that
    /// a bad index is an error rather than a wrong read.
    public init(format: Format = .csr, data: NDArray, indices: NDArray, indptr: NDArray, shape: [Int]?) throws(EngineError) {
        guard data.ndim == 1, indices.ndim == 1, indptr.ndim == 1 else {
            throw .invalidArgument("data, indices, and indptr should be 1-D")
        }
        guard !indices.dtype.isFloatingPoint, !indptr.dtype.isFloatingPoint, indices.dtype != .bool, indptr.dtype != .bool else {
            throw .invalidArgument("indices and indptr should have integer dtype")
        }
        let indexValues = indices.elements(as: Int64.self), pointerValues = indptr.elements(as: Int64.self)
        let resolved: [Int]
        if let shape {
            guard shape.count == 2, shape.allSatisfy({ $0 >= 0 }) else { throw .invalidArgument("invalid shape \(EngineError.shapeText(shape))") }
            resolved = shape
        } else {
            guard indptr.size > 0 else { throw .invalidArgument("unable to infer matrix dimensions") }
            let minor = Int(indexValues.max().map { $0 + 1 } ?? 0)
            resolved = format == .csr ? [indptr.size - 1, minor] : [minor, indptr.size - 1]
        }
        let major = format == .csr ? resolved[0] : resolved[1], minor = format == .csr ? resolved[1] : resolved[0]
        guard indptr.size == major + 1 else {
            throw .invalidArgument("index pointer size \(indptr.size) should be \(major + 1)")
        }
        guard indices.size == data.size else { throw .invalidArgument("indices and data should have the same size") }
        guard pointerValues.first == 0 else { throw .invalidArgument("index pointer should start with 0") }
        guard let last = pointerValues.last, last <= Int64(indices.size) else {
            throw .invalidArgument("Last value of index pointer should be less than the size of index and data arrays")
        }
        guard zip(pointerValues, pointerValues.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            throw .invalidArgument("index pointer values must form a non-decreasing sequence")
        }
        guard indexValues.prefix(Int(last)).allSatisfy({ $0 >= 0 && $0 < Int64(minor) }) else {
            throw .invalidArgument("column index exceeds matrix dimensions")
        }
        // get_index_dtype((indices, indptr), maxval=max(shape), check_contents=True)
        let fits = resolved.allSatisfy { $0 <= Int(Int32.max) }
            && (indexValues + pointerValues).allSatisfy { $0 >= Int64(Int32.min) && $0 <= Int64(Int32.max) }
        let indexType: DType = (indices.dtype == .int32 && indptr.dtype == .int32) || fits ? .int32 : .int64
        self.init(format: format, shape: resolved, data: data,
                  indices: try indices.astype(indexType, copy: false), indptr: try indptr.astype(indexType, copy: false))
    }
}

/// The COO-then-compress construction of ``CompressedSparseMatrix/init(dense:)`` for one
/// element type.
private struct DenseCompression: DTypeVisitor {
    let dense: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) -> CompressedSparseMatrix {
        let (rows, columns) = (dense.shape[0], dense.shape[1])
        let (rowStride, columnStride) = (dense.strides[0], dense.strides[1])
        let base = dense.baseAddress
        let zero = T(intCast: 0)
        var nnz = 0
        for i in 0..<rows {
            let row = base + i * rowStride
            for j in 0..<columns where row.load(fromByteOffset: j * columnStride, as: T.self) != zero { nnz += 1 }
        }
        let indexType = CompressedSparseMatrix.indexDType(shape: [rows, columns], nnz: nnz)
        if indexType == .int32 {
            return try compress(T.self, Int32.self, nnz: nnz)
        }
        return try compress(T.self, Int64.self, nnz: nnz)
    }

    private func compress<T: ArrayElement, I: FixedWidthInteger & ArrayElement>(_: T.Type, _: I.Type, nnz: Int)
        throws(EngineError) -> CompressedSparseMatrix
    {
        let (rows, columns) = (dense.shape[0], dense.shape[1])
        let (rowStride, columnStride) = (dense.strides[0], dense.strides[1])
        let base = dense.baseAddress
        let zero = T(intCast: 0)
        let indexSize = MemoryLayout<I>.size, itemSize = MemoryLayout<T>.size
        // Phase 1: M.nonzero() (one (nnz, 2) int64 block), the COO rows and columns in the index
        // dtype and M[coords], filled in one scan; the nonzero block is freed when this scope ends.
        let (cooRows, cooColumns, cooData) = try { () throws(EngineError) -> (ArrayStorage, ArrayStorage, ArrayStorage) in
            let coordinates = try ArrayStorage(byteCount: 16 * nnz)
            let rowStorage = try ArrayStorage(byteCount: indexSize * nnz)
            let columnStorage = try ArrayStorage(byteCount: indexSize * nnz)
            let dataStorage = try ArrayStorage(byteCount: itemSize * nnz)
            let pairs = coordinates.base.assumingMemoryBound(to: Int64.self)
            let v = dataStorage.base.assumingMemoryBound(to: T.self)
            var position = 0
            for i in 0..<rows {
                let row = base + i * rowStride
                for j in 0..<columns {
                    let value = row.load(fromByteOffset: j * columnStride, as: T.self)
                    if value != zero {
                        pairs[2 * position] = Int64(i)
                        pairs[2 * position + 1] = Int64(j)
                        v[position] = value
                        position += 1
                    }
                }
            }
            let r = rowStorage.base.assumingMemoryBound(to: I.self), c = columnStorage.base.assumingMemoryBound(to: I.self)
            for n in 0..<nnz {
                r[n] = I(truncatingIfNeeded: pairs[2 * n]); c[n] = I(truncatingIfNeeded: pairs[2 * n + 1])
            }
            withExtendedLifetime(coordinates) {}
            return (rowStorage, columnStorage, dataStorage)
        }()
        // Phase 2: _coo_to_compressed — indptr, indices, data (coo_tocsr), then the COO arrays go.
        // The entries of nonzero() come row by row, so coo_tocsr's counting sort keeps their
        // order: indices and data are the COO columns and values as they are.
        let indptr = try NDArray(empty: [rows + 1], dtype: I.dtype)
        let indices = try NDArray(empty: [nnz], dtype: I.dtype)
        let data = try NDArray(empty: [nnz], dtype: T.dtype)
        let p = indptr.baseAddress.assumingMemoryBound(to: I.self)
        let r = cooRows.base.assumingMemoryBound(to: I.self)
        for i in 0...rows { p[i] = 0 }
        for n in 0..<nnz { p[Int(r[n]) + 1] += 1 }
        for i in 0..<rows { p[i + 1] += p[i] }
        memcpy(indices.baseAddress, cooColumns.base, indexSize * nnz)
        memcpy(data.baseAddress, cooData.base, itemSize * nnz)
        withExtendedLifetime((cooRows, cooColumns, cooData)) {}
        return CompressedSparseMatrix(format: .csr, shape: [rows, columns], data: data, indices: indices, indptr: indptr)
    }
}
