import PeakmemEngine

extension FunctionRegistry {
    /// Matrix products. `np.dot` of 1-D and 2-D arrays follows the scenario's semantics
    /// (`numpy-2`: C/F operands to BLAS without copies, syrk for `X·Xᵀ`; `numpy-1.7`: every
    /// non-C-contiguous operand copied first); `np.matmul`/`@` follows NumPy 2 (batches
    /// broadcast, strided operands gathered into one scratch buffer); `out=` as NumPy checks
    /// it. `a.dot(b)` is `np.dot(a, b)`.
    func registerNumpyLinalg() {
        register("numpy.dot", [.required("a"), .required("b"), .optional("out")],
                 summary: "the dot product: matrices and vectors through BLAS gemm/syrk with NumPy's copy rules per semantics, N-d as the sum over a's last and b's second-to-last axis") { a, context throws(RuntimeError) in
            let left = try a.array("a"), right = try a.array("b")
            var out: NDArray?
            if !a.isNone("out") {
                guard case .array(let array) = a["out"] else { throw .typeError("'out' must be an array") }
                out = array
            }
            let semantics = context.semantics
            let result = try engine { try NDArray.dot(left, right, out: out, semantics: semantics) }
            return try ArrayOperations.unwrap(result, out: out)
        }
        register("ndarray.dot", [.positional("b"), .optional("out")], summary: "np.dot(a, b)") { a, context throws(RuntimeError) in
            var keywords: [(name: String, value: Value)] = []
            if !a.isNone("out") { keywords.append(("out", a["out"])) }
            return try context.registry.call("numpy.dot", positional: [a.receiver, a["b"]], keywords: keywords, context: context)
        }
        register("numpy.matmul", [.positional("x1"), .positional("x2"), .keyword("out")],
                 summary: "the matrix product with batch broadcasting (x1 @ x2; NumPy 2's copy and scratch rules)") { a, _ throws(RuntimeError) in
            let left = try a.array("x1"), right = try a.array("x2")
            if let out = try a.output() { return .array(try engine { try NDArray.matmul(left, right, out: out) }) }
            return try ArrayOperations.unwrap(try engine { try NDArray.matmul(left, right) })
        }
        register("numpy.tensordot", [.required("a"), .required("b"), .optional("axes", .int(2))],
                 summary: "the sum over axes of a against axes of b (transpose + reshape + dot, as NumPy)") { a, context throws(RuntimeError) in
            let left = try a.array("a"), right = try a.array("b")
            let semantics = context.semantics
            var pair: [Value]?
            if case .tuple(let items) = a["axes"] { pair = items }
            if case .list(let storage) = a["axes"] { pair = storage.elements }
            if let pair {
                guard pair.count == 2 else { throw .valueError("tensordot() axes must be an int or a pair of axis sequences") }
                let first = try pair[0].asShape(for: "tensordot() axes"), second = try pair[1].asShape(for: "tensordot() axes")
                return try ArrayOperations.unwrap(try engine { try NDArray.tensordot(left, right, axes: first, second, semantics: semantics) })
            }
            let count = try a.int("axes")
            return try ArrayOperations.unwrap(try engine { try NDArray.tensordot(left, right, axes: count, semantics: semantics) })
        }
        register("numpy.kron", [.required("a"), .required("b")],
                 summary: "the Kronecker product (one broadcasting multiply and a reshape, as NumPy 2)") { a, _ throws(RuntimeError) in
            let left = try a.array("a"), right = try a.array("b")
            return .array(try engine { try NDArray.kron(left, right) })
        }
        register("numpy.outer", [.required("a"), .required("b"), .optional("out")],
                 summary: "the outer product of the flattened inputs") { a, _ throws(RuntimeError) in
            guard a.isNone("out") else { throw .unsupported("outer(out=...) is not supported yet") }
            let left = try a.array("a"), right = try a.array("b")
            return .array(try engine { try NDArray.outer(left, right) })
        }
    }
}
