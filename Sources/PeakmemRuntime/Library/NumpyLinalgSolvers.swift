import PeakmemEngine

extension FunctionRegistry {
    /// `numpy.linalg` on LAPACK (real dtypes; NumPy computes float32 in float64 and converts):
    /// `norm`, `solve`, `inv`, `det`, `slogdet`, `cholesky`, `svd`, `lstsq`, `pinv`,
    /// `matrix_rank`, `cond`, `eigh`, `eigvalsh`, `matrix_power`, `multi_dot`, `outer`, and `np.linalg.LinAlgError`, the class `except` catches their
    /// errors with. Each allocates what NumPy 2.4.6 allocates,
    /// including `umath_linalg`'s malloc'd work buffers (see the engine's ``NDArray/inv(_:)``).
    func registerNumpyLinalgSolvers() {
        register(constant: "numpy.linalg.LinAlgError", .object(ExceptionClass.named("LinAlgError")))
        register("numpy.linalg.norm", [.required("x"), .optional("ord"), .optional("axis"), .optional("keepdims", .bool(false))],
                 summary: "vector and matrix norms (ord, axis, keepdims) with NumPy's temporaries") { a, _ throws(RuntimeError) in
            let x = try a.array("x")
            let order = try Self.normOrder(a["ord"])
            let axes = try Reductions.axes(a["axis"], function: "norm")
            let keepdims = try a.bool("keepdims")
            return try ArrayOperations.unwrap(try engine { try NDArray.norm(x, order: order, axes: axes, keepdims: keepdims) })
        }
        register("numpy.linalg.solve", [.required("a"), .required("b")],
                 summary: "x with a @ x = b (LAPACK gesv; b a vector or a stack of matrices; batches broadcast)") { a, _ throws(RuntimeError) in
            let left = try a.array("a"), right = try a.array("b")
            return .array(try engine { try NDArray.solve(left, right) })
        }
        register("numpy.linalg.inv", [.required("a")],
                 summary: "the inverse of each matrix of a stack (LAPACK gesv against the identity)") { a, _ throws(RuntimeError) in
            let matrix = try a.array("a")
            return .array(try engine { try NDArray.inv(matrix) })
        }
        register("numpy.linalg.det", [.required("a")],
                 summary: "the determinant of each matrix of a stack (LU factorization, LAPACK getrf)") { a, _ throws(RuntimeError) in
            let matrix = try a.array("a")
            return try ArrayOperations.unwrap(try engine { try NDArray.det(matrix) })
        }
        register("numpy.linalg.slogdet", [.required("a")],
                 summary: "(sign, logabsdet) of the determinant of each matrix of a stack") { a, _ throws(RuntimeError) in
            let matrix = try a.array("a")
            let (sign, logabsdet) = try engine { try NDArray.slogdet(matrix) }
            return .tuple([try ArrayOperations.unwrap(sign), try ArrayOperations.unwrap(logabsdet)])
        }
        register("numpy.linalg.cholesky", [.required("a"), .keyword("upper", .bool(false))],
                 summary: "the Cholesky factor L (or U with upper=True) of each matrix of a stack (LAPACK potrf)") { a, _ throws(RuntimeError) in
            let matrix = try a.array("a")
            let upper = try a.bool("upper")
            return .array(try engine { try NDArray.cholesky(matrix, upper: upper) })
        }
        register("numpy.linalg.svd", [.required("a"), .optional("full_matrices", .bool(true)), .optional("compute_uv", .bool(true)),
                                      .optional("hermitian", .bool(false))],
                 summary: "the singular value decomposition (u, s, vh) of each matrix of a stack (LAPACK gesdd), or s alone") { a, _ throws(RuntimeError) in
            let matrix = try a.array("a")
            guard try !a.bool("hermitian") else { throw .unsupported("svd(hermitian=True) goes through eigh, which the Swift engine does not compute yet") }
            if try !a.bool("compute_uv") { return .array(try engine { try NDArray.singularValues(matrix) }) }
            let full = try a.bool("full_matrices")
            let factors = try engine { try NDArray.svd(matrix, fullMatrices: full) }
            return .tuple([.array(factors.u), .array(factors.s), .array(factors.vh)])
        }
        register("numpy.linalg.lstsq", [.required("a"), .required("b"), .optional("rcond")],
                 summary: "the least-squares solution (x, residuals, rank, s) of a @ x ≈ b (LAPACK gelsd)") { a, _ throws(RuntimeError) in
            let left = try a.array("a"), right = try a.array("b")
            let rcond = a.isNone("rcond") ? nil : try a.double("rcond")
            let solution = try engine { try NDArray.lstsq(left, right, rcond: rcond) }
            return .tuple([.array(solution.x), .array(solution.residuals),
                           .arrayScalar(ArrayScalar(.int(Int64(solution.rank)), dtype: .int32)), .array(solution.s)])
        }
        register("numpy.linalg.pinv", [.required("a"), .optional("rcond"), .optional("hermitian", .bool(false))],
                 summary: "the Moore-Penrose pseudo-inverse of each matrix of a stack (through the reduced SVD)") { a, _ throws(RuntimeError) in
            let matrix = try a.array("a")
            guard try !a.bool("hermitian") else { throw .unsupported("pinv(hermitian=True) goes through eigh, which the Swift engine does not compute yet") }
            let rcond = a.isNone("rcond") ? 1e-15 : try a.double("rcond")
            return .array(try engine { try NDArray.pinv(matrix, rcond: rcond) })
        }
        register("numpy.linalg.matrix_rank", [.required("A"), .optional("tol"), .optional("hermitian", .bool(false))],
                 summary: "the number of singular values above max(s)·max(M, N)·eps, per matrix") { a, _ throws(RuntimeError) in
            let matrix = try a.array("A")
            guard a.isNone("tol"), try !a.bool("hermitian") else { throw .unsupported("matrix_rank(tol=..., hermitian=True) is not supported yet") }
            guard matrix.ndim >= 2 else {
                let zero = try engine { try NDArray.apply(.equal, .array(matrix), .scalar(.int(0))) }
                return .int(zero.countNonzero() == zero.size ? 0 : 1)
            }
            return try ArrayOperations.unwrap(try engine { try NDArray.matrixRank(matrix) })
        }
        register("numpy.linalg.cond", [.required("x"), .optional("p")],
                 summary: "the condition number s_max/s_min of each matrix (p None, 2 or -2)") { a, _ throws(RuntimeError) in
            let matrix = try a.array("x")
            let p = try Self.normOrder(a["p"])
            guard p == .standard || p == .power(2) || p == .power(-2) else {
                throw .unsupported("cond(p=\(a["p"].pythonRepresentation)) is not supported yet (p None, 2 and -2 are)")
            }
            return try ArrayOperations.unwrap(try engine { try NDArray.cond(matrix, smallest: p == .power(-2)) })
        }
        for (name, vectors) in [("eigh", true), ("eigvalsh", false)] {
            register("numpy.linalg.\(name)", [.required("a"), .optional("UPLO", .string("L"))],
                     summary: vectors ? "eigenvalues (ascending) and eigenvectors of each symmetric matrix of a stack (LAPACK syevd)"
                                      : "the eigenvalues (ascending) of each symmetric matrix of a stack (LAPACK syevd)") { a, _ throws(RuntimeError) in
                let matrix = try a.array("a")
                let uplo = try a.string("UPLO").uppercased()
                guard uplo == "L" || uplo == "U" else { throw .valueError("UPLO argument must be 'L' or 'U'") }
                if !vectors { return .array(try engine { try NDArray.eigvalsh(matrix, upper: uplo == "U") }) }
                let (w, v) = try engine { try NDArray.eigh(matrix, upper: uplo == "U") }
                return .tuple([.array(w), .array(v)])
            }
        }
        register("numpy.linalg.matrix_power", [.required("a"), .required("n")],
                 summary: "a square matrix (stack) to an integer power by repeated squaring (inv first for n < 0)") { a, _ throws(RuntimeError) in
            let matrix = try a.array("a")
            guard case .int(let n) = a["n"] else { throw .typeError("exponent must be an integer") }
            return .array(try engine { try NDArray.matrixPower(matrix, n) })
        }
        register("numpy.linalg.multi_dot", [.required("arrays"), .keyword("out")],
                 summary: "the product of a chain of arrays in the cheapest order (NumPy's matrix-chain order)") { a, context throws(RuntimeError) in
            guard a.isNone("out") else { throw .unsupported("multi_dot(out=...) is not supported yet") }
            let arrays = try Joining.arrays(a["arrays"], function: "multi_dot", empty: "Expecting at least two arrays.")
            let semantics = context.semantics
            return try ArrayOperations.unwrap(try engine { try NDArray.multiDot(arrays, semantics: semantics) })
        }
        register("numpy.linalg.outer", [.positional("x1"), .positional("x2")],
                 summary: "the outer product of two 1-D arrays (np.outer, refusing other dimensions)") { a, _ throws(RuntimeError) in
            let left = try a.array("x1"), right = try a.array("x2")
            guard left.ndim == 1, right.ndim == 1 else {
                throw .valueError("Input arrays must be one-dimensional, but they are x1.ndim=\(left.ndim) and x2.ndim=\(right.ndim).")
            }
            return .array(try engine { try NDArray.outer(left, right) })
        }
    }

    /// `ord=` of `np.linalg.norm`: None, a number (`np.inf` included), `'fro'`/`'f'` or `'nuc'`.
    static func normOrder(_ value: Value) throws(RuntimeError) -> NDArray.NormOrder {
        switch value {
        case .none: return .standard
        case .string("fro"), .string("f"): return .frobenius
        case .string("nuc"): return .nuclear
        case .string(let text): throw .valueError("Invalid norm order '\(text)' for vectors")
        default: return .power(try value.asDouble(for: "norm() argument 'ord'"))
        }
    }
}
