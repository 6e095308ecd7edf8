import Foundation
import PeakmemEngine

extension FunctionRegistry {
    /// NumPy's dtypes (`float64`, `float32`, `int64`, `int32`, `uint8`, `bool_`/`bool`,
    /// `complex128`, `complex64`, and the aliases `double`, `single`, `int_`, `intc`, `ubyte`,
    /// `cdouble`, `csingle`), `newaxis`, `True_`, `False_`, `pi`, `e`, `nan`,
    /// `inf`, and `np.dtype(...)`.
    func registerNumpyConstants() {
        let dtypes: [(String, DType)] = [
            ("float64", .float64), ("float32", .float32), ("int64", .int64), ("int32", .int32), ("uint8", .uint8),
            ("bool_", .bool), ("bool", .bool), ("double", .float64), ("single", .float32), ("int_", .int64),
            ("intc", .int32), ("ubyte", .uint8), ("complex128", .complex128), ("complex64", .complex64),
            ("cdouble", .complex128), ("csingle", .complex64),
        ]
        for (name, dtype) in dtypes { register(constant: "numpy.\(name)", .dtype(dtype)) }
        register(constant: "numpy.newaxis", .none)
        register(constant: "numpy.True_", .arrayScalar(.boolTrue))
        register(constant: "numpy.False_", .arrayScalar(.boolFalse))
        register(constant: "numpy.pi", .float(Double.pi))
        register(constant: "numpy.e", .float(M_E))
        register(constant: "numpy.nan", .float(.nan))
        register(constant: "numpy.inf", .float(.infinity))
        register("numpy.dtype", [.required("dtype")], summary: "the dtype named by a type, a dtype or a string ('float32', '<f8')") { a, _ throws(RuntimeError) in
            .dtype(try a["dtype"].asDType(for: "dtype() argument"))
        }
    }

    /// The modules scenario code can import, declared even before they have members.
    func registerModules() {
        for module in ["builtins", "numpy", "numpy.random", "numpy.fft", "scipy", "scipy.linalg", "scipy.linalg.blas", "scipy.sparse", "numexpr", "peakmem"] {
            register(namespace: module)
        }
    }
}
