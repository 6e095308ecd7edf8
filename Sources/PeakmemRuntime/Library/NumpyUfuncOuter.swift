import PeakmemEngine

extension FunctionRegistry {
    /// The ufunc method `outer` of every binary ufunc scenario code can call (`np.add.outer`,
    /// `np.multiply.outer`, `np.maximum.outer`, ...): see
    /// ``PeakmemEngine/NDArray/outer(_:_:_:)``. Registered after the ufuncs themselves.
    func registerNumpyUfuncOuter() {
        for op in PeakmemEngine.BinaryOperator.allCases where entry("numpy.\(op.rawValue)") != nil {
            register("numpy.\(op.rawValue).outer", [.required("A"), .required("B"), .keyword("out"), .keyword("dtype")],
                     summary: "\(op.rawValue) of every pair (a, b): a result of shape A.shape + B.shape") { a, _ throws(RuntimeError) in
                guard a.isNone("out"), a.isNone("dtype") else {
                    throw .unsupported("np.\(op.rawValue).outer(out=, dtype=) is not supported yet")
                }
                let left = try a.array("A"), right = try a.array("B")
                return try ArrayOperations.unwrap(try engine { try NDArray.outer(op, left, right) })
            }
        }
    }
}
