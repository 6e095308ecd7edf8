import PeakmemEngine

extension FunctionRegistry {
    /// Matrix products. `np.dot` of two 2-D arrays follows the scenario's semantics
    /// (`numpy-2`: C/F operands to BLAS without copies, syrk for `X·Xᵀ`; `numpy-1.7`: every
    /// non-C-contiguous operand copied first); other dimensions are not supported yet and say so.
    func registerNumpyLinalg() {
        register("numpy.dot", [.required("a"), .required("b"), .optional("out")],
                 summary: "the matrix product of two 2-D arrays (BLAS gemm/syrk, NumPy's copy rules per semantics)") { a, context throws(RuntimeError) in
            guard a.isNone("out") else { throw RuntimeError("NotImplementedError", "dot(out=...) is not supported yet") }
            let left = try a.array("a"), right = try a.array("b")
            guard left.ndim == 2, right.ndim == 2 else {
                throw RuntimeError("NotImplementedError",
                                   "dot of \(left.ndim)-d and \(right.ndim)-d arrays is not supported yet; only 2-d × 2-d")
            }
            let semantics = ProductSemantics(rawValue: context.semantics) ?? .numpy2
            return .array(try engine { try NDArray.dot2D(left, right, semantics: semantics) })
        }
    }
}
