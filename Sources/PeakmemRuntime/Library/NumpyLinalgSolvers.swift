import PeakmemEngine

extension FunctionRegistry {
    /// `numpy.linalg` on LAPACK (real dtypes; NumPy computes float32 in float64 and converts):
    /// `norm`, `solve`, `inv`, `det`, `slogdet`, `cholesky`, and `np.linalg.LinAlgError`, the
    /// class `except` catches their errors with. Each allocates what NumPy 2.4.6 allocates,
    /// including `umath_linalg`'s malloc'd work buffers (see the engine's ``NDArray/inv(_:)``).
    func registerNumpyLinalgSolvers() {
        register(constant: "numpy.linalg.LinAlgError", .object(ExceptionClass.named("LinAlgError")))
        register("numpy.linalg.norm", [.required("x"), .optional("ord"), .optional("axis"), .optional("keepdims", .bool(false))],
                 summary: "vector and matrix norms (ord, axis, keepdims) with NumPy's temporaries") { a, _ throws(RuntimeError) in
            let x = try a.array("x")
            let order = try Self.normOrder(a["ord"])
            let axes = try Reductions.axes(a["axis"], function: "norm")
            if (axes?.count == 2 || (axes == nil && x.ndim == 2)), order == .power(2) || order == .power(-2) || order == .nuclear {
                throw .unsupported("np.linalg.norm of a matrix with ord=2, -2 or 'nuc' needs singular values (np.linalg.svd), which the Swift engine does not compute yet")
            }
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
