import PeakmemEngine

extension FunctionRegistry {
    /// `scipy.sparse.csr_matrix` from a dense array or from `(data, indices, indptr)`, with
    /// SciPy's buffers (see ``CompressedSparseMatrix``), and the methods of CSR matrices and of
    /// the CSC matrices their `.T` gives.
    func registerScipySparse() {
        for type in ["csr_matrix", "csc_matrix"] {
            declare(objectType: type, attributes: ScipySparseMatrix.attributeNames)
        }
        declare("scipy.sparse.csr_matrix", returns: "csr_matrix")
        register("scipy.sparse.csr_matrix", [.required("arg1"), .optional("shape"), .optional("dtype"), .optional("copy", .bool(false))],
                 summary: "a CSR sparse matrix from a dense array (SciPy's COO-then-compress buffers) or from (data, indices, indptr) (the arrays kept, converted only to the index dtype SciPy picks, or copied with copy=True)") { a, _ throws(RuntimeError) in
            let shape = a.isNone("shape") ? nil : try a.shape("shape")
            let dtype = try a.dtype("dtype"), copy = try a.bool("copy")
            if case .tuple(let parts) = a["arg1"] {
                guard parts.count == 3 else {
                    throw .unsupported("csr_matrix((data, (row, col))) is not supported yet; pass a dense array or (data, indices, indptr)")
                }
                let data = try parts[0].asArray(for: "csr_matrix() data"), indices = try parts[1].asArray(for: "csr_matrix() indices")
                let indptr = try parts[2].asArray(for: "csr_matrix() indptr")
                let matrix = try engine { () throws(EngineError) -> CompressedSparseMatrix in
                    let values = try data.astype(dtype ?? data.dtype, copy: copy)
                    let built = try CompressedSparseMatrix(data: values, indices: indices, indptr: indptr, shape: shape)
                    guard copy else { return built }
                    // SciPy's np.array(part, copy=True, dtype=idx_dtype): one new array per part;
                    // a part the construction converted to the index dtype is new already.
                    let newIndices = built.indices.dtype == indices.dtype ? try built.indices.copy() : built.indices
                    let newIndptr = built.indptr.dtype == indptr.dtype ? try built.indptr.copy() : built.indptr
                    return try CompressedSparseMatrix(data: built.data, indices: newIndices, indptr: newIndptr, shape: built.shape)
                }
                return .object(ScipySparseMatrix(matrix))
            }
            if case .object(let object) = a["arg1"], object is ScipySparseMatrix {
                throw .unsupported("csr_matrix(sparse matrix) is not supported yet; pass a dense array or (data, indices, indptr)")
            }
            let dense = try a.array("arg1")
            let matrix = try engine { () throws(EngineError) -> CompressedSparseMatrix in
                let source = try dense.astype(dtype ?? dense.dtype, copy: false)
                let built = try CompressedSparseMatrix(dense: source)
                if let shape, shape != built.shape {
                    throw .invalidArgument("shape \(EngineError.shapeText(shape)) does not match the array's \(EngineError.shapeText(built.shape))")
                }
                return built
            }
            return .object(ScipySparseMatrix(matrix))
        }
        for type in ["csr_matrix", "csc_matrix"] {
            register("\(type).toarray", [.optional("order"), .optional("out")],
                     summary: "the dense matrix (np.zeros, then the entries; C order for CSR, F for CSC)") { a, _ throws(RuntimeError) in
                guard a.isNone("order"), a.isNone("out") else { throw .unsupported("toarray(order=, out=) is not supported yet") }
                let matrix = try a.sparseReceiver()
                return .array(try engine { try matrix.matrix.toarray() })
            }
            register("\(type).dot", [.positional("other")], summary: "self @ other for a dense other") { a, _ throws(RuntimeError) in
                let matrix = try a.sparseReceiver()
                guard let result = try matrix.product(a["other"], reflected: false) else {
                    throw .typeError("\(matrix.typeName).dot() of \(a["other"].typeName) is not supported")
                }
                return result
            }
            register("\(type).transpose", [], summary: "the transpose, a view in the other format (as .T)") { a, _ throws(RuntimeError) in
                .object(ScipySparseMatrix(try a.sparseReceiver().matrix.transposed))
            }
        }
    }
}

extension Arguments {
    /// The receiver as a sparse matrix (for `csr_matrix.`/`csc_matrix.` methods).
    func sparseReceiver() throws(RuntimeError) -> ScipySparseMatrix {
        guard case .object(let object) = receiver, let matrix = object as? ScipySparseMatrix else {
            throw .typeError("\(function)() needs a sparse matrix receiver, not \(receiver.typeName)")
        }
        return matrix
    }
}
