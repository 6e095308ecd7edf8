import PeakmemEngine

extension FunctionRegistry {
    /// `scipy.linalg.blas.dgemm/sgemm` and `dsyrk/ssyrk` with SciPy's f2py signatures and
    /// memory: Fortran-contiguous operands of the routine's dtype are used in place, any other
    /// is copied to a Fortran-ordered array of that dtype; the result is a new zero-filled
    /// Fortran-ordered array, or `c` (itself with `overwrite_c` when it already fits, else a
    /// copy). `?syrk` writes one triangle only.
    func registerScipyBLAS() {
        for precision in BLASPrecision.allCases {
            let p = precision.rawValue
            register("scipy.linalg.blas.\(p)gemm",
                     [.required("alpha"), .required("a"), .required("b"), .optional("beta", .float(0)), .optional("c"),
                      .optional("trans_a", .int(0)), .optional("trans_b", .int(0)), .optional("overwrite_c", .int(0))],
                     summary: "alpha·op(a)·op(b) + beta·c in \(precision.dtype) (F-ordered result; non-F operands copied, as f2py)") { a, _ throws(RuntimeError) in
                let alpha = try a.double("alpha"), beta = try a.double("beta")
                let left = try a.array("a"), right = try a.array("b"), c = try a.optionalArray("c")
                let transA = try a.bool("trans_a"), transB = try a.bool("trans_b"), overwrite = try a.bool("overwrite_c")
                return .array(try engine {
                    try NDArray.gemm(precision, alpha: alpha, a: left, b: right, beta: beta, c: c,
                                     transA: transA, transB: transB, overwriteC: overwrite)
                })
            }
            register("scipy.linalg.blas.\(p)syrk",
                     [.required("alpha"), .required("a"), .optional("beta", .float(0)), .optional("c"),
                      .optional("trans", .int(0)), .optional("lower", .int(0)), .optional("overwrite_c", .int(0))],
                     summary: "one triangle of alpha·op(a)·op(a)ᵀ + beta·c in \(precision.dtype) (upper unless lower=1)") { a, _ throws(RuntimeError) in
                let alpha = try a.double("alpha"), beta = try a.double("beta")
                let operand = try a.array("a"), c = try a.optionalArray("c")
                let trans = try a.bool("trans"), lower = try a.bool("lower"), overwrite = try a.bool("overwrite_c")
                return .array(try engine {
                    try NDArray.syrk(precision, alpha: alpha, a: operand, beta: beta, c: c, trans: trans, lower: lower,
                                     overwriteC: overwrite)
                })
            }
        }
    }
}
