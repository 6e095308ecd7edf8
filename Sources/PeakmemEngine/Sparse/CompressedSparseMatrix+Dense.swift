extension CompressedSparseMatrix {
    /// `toarray()`: the dense matrix, a new zero-filled array (`rows·columns·itemsize` bytes,
    /// NumPy's `np.zeros`) in C order for CSR and Fortran order for CSC (SciPy fills the
    /// transpose of a C array for CSC), with duplicate entries summed as SciPy's
    /// `csr_todense` does.
    public func toarray() throws(EngineError) -> NDArray {
        let result = try NDArray.zeros(shape, dtype: dtype, order: format == .csr ? .c : .fortran)
        let lines = format == .csr ? result : result.T
        try dtype.dispatch(SparseScatter(matrix: self, target: lines))
        return result
    }

    /// The parts as the C-contiguous arrays of one element and one index type that the kernels
    /// read, as SciPy's sparsetools thunk converts them (`PyArray_FROM_OTF(C_CONTIGUOUS)`):
    /// each part that is not already so is copied (its `size · itemsize` bytes, alive while the
    /// caller holds the result).
    func kernelParts(_ elementType: DType) throws(EngineError) -> (data: NDArray, indices: NDArray, indptr: NDArray) {
        let indexType: DType = indices.dtype == .int32 && indptr.dtype == .int32 ? .int32 : .int64
        let pointers = try indptr.astype(indexType, order: .c, copy: false)
        let lines = try indices.astype(indexType, order: .c, copy: false)
        return (data: try data.astype(elementType, order: .c, copy: false), indices: lines, indptr: pointers)
    }
}

/// `target[line, indices[k]] += data[k]` for every stored entry of `matrix`, `target` being the
/// major-by-minor view of a zeroed dense array.
private struct SparseScatter: DTypeVisitor {
    let matrix: CompressedSparseMatrix
    let target: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let parts = try matrix.kernelParts(T.dtype)
        if parts.indices.dtype == .int32 { scatter(T.self, Int32.self, parts) } else { scatter(T.self, Int64.self, parts) }
    }

    private func scatter<T: ArrayElement, I: FixedWidthInteger & ArrayElement>(
        _: T.Type, _: I.Type, _ parts: (data: NDArray, indices: NDArray, indptr: NDArray)
    ) {
        let data = parts.data.baseAddress.assumingMemoryBound(to: T.self)
        let indices = parts.indices.baseAddress.assumingMemoryBound(to: I.self)
        let indptr = parts.indptr.baseAddress.assumingMemoryBound(to: I.self)
        let (rowStride, columnStride) = (target.strides[0], target.strides[1])
        for line in 0..<target.shape[0] {
            let row = target.baseAddress + line * rowStride
            for k in Int(indptr[line])..<Int(indptr[line + 1]) {
                let address = row + Int(indices[k]) * columnStride
                address.storeBytes(of: T.add(address.load(as: T.self), data[k]), as: T.self)
            }
        }
        withExtendedLifetime(parts) {}
    }
}
