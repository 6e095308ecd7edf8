/// A SciPy compressed sparse matrix (`csr_matrix` or `csc_matrix`): three 1-D arrays, as
/// SciPy holds them, whose buffers are ordinary ledger-counted ``ArrayStorage``s.
///
/// In CSR format row `i` holds the entries `data[indptr[i] ..< indptr[i+1]]` at the columns
/// `indices[indptr[i] ..< indptr[i+1]]`; CSC is the same with rows and columns exchanged
/// (`indptr` runs over columns, `indices` are row numbers). `indices` and `indptr` are int32
/// while every dimension and `nnz` fit (SciPy's `get_index_dtype`), else int64.
///
/// Memory: `data` (`itemsize · nnz` bytes), `indices` (`4 · nnz`) and `indptr`
/// (`4 · (major + 1)`), shared — never copied — by ``transposed`` (SciPy's `.T`).
public struct CompressedSparseMatrix: Sendable {
    /// Which dimension `indptr` compresses.
    public enum Format: String, Sendable, Hashable {
        /// Compressed sparse rows (`csr_matrix`).
        case csr
        /// Compressed sparse columns (`csc_matrix`).
        case csc
    }

    /// The storage format.
    public let format: Format
    /// The matrix shape `(rows, columns)`.
    public let shape: [Int]
    /// The stored values, 1-D.
    public let data: NDArray
    /// The minor index of each stored value, 1-D int32 or int64.
    public let indices: NDArray
    /// Where each major line starts in `data`/`indices`, 1-D of length `major + 1`.
    public let indptr: NDArray

    /// Creates a matrix from its parts; the caller guarantees their consistency (see
    /// ``init(format:data:indices:indptr:shape:)`` for the checked form).
    init(format: Format, shape: [Int], data: NDArray, indices: NDArray, indptr: NDArray) {
        self.format = format
        self.shape = shape
        self.data = data
        self.indices = indices
        self.indptr = indptr
    }

    /// The element type.
    public var dtype: DType { data.dtype }
    /// The number of stored values (SciPy's `nnz`: `indptr[-1]`).
    public var nnz: Int { indptr.size == 0 ? 0 : Int(indexValue(indptr, at: indptr.size - 1)) }
    /// The number of lines `indptr` runs over: rows for CSR, columns for CSC.
    public var majorCount: Int { format == .csr ? shape[0] : shape[1] }

    /// The transpose (SciPy's `.T`): the same three arrays read in the other format, so a CSR
    /// matrix's transpose is a CSC matrix and nothing is allocated.
    public var transposed: CompressedSparseMatrix {
        CompressedSparseMatrix(format: format == .csr ? .csc : .csr, shape: shape.reversed(), data: data,
                               indices: indices, indptr: indptr)
    }

    /// The index dtype SciPy chooses for a matrix of `shape` with `nnz` stored values: int32
    /// while every value fits, else int64.
    static func indexDType(shape: [Int], nnz: Int) -> DType {
        (shape + [nnz]).allSatisfy { $0 <= Int(Int32.max) } ? .int32 : .int64
    }

    /// Element `position` of a 1-D int32/int64 index array.
    func indexValue(_ array: NDArray, at position: Int) -> Int64 {
        let address = array.baseAddress + position * array.strides[0]
        return array.dtype == .int32 ? Int64(address.load(as: Int32.self)) : address.load(as: Int64.self)
    }
}
