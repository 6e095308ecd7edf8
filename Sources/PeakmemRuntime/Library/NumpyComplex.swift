import PeakmemEngine

extension FunctionRegistry {
    /// What everyday code does to a spectrum: `np.real`/`np.imag` (views of a complex array,
    /// as the `.real`/`.imag` attributes), `np.conj`/`np.conjugate`/`a.conj()` (one new
    /// array), `np.angle` (one new real array), `np.iscomplexobj`.
    func registerNumpyComplex() {
        register("numpy.real", [.required("val")], summary: "the real parts: a view of a complex array, the array itself otherwise") { a, _ throws(RuntimeError) in
            .array(try a.array("val").realPart)
        }
        register("numpy.imag", [.required("val")], summary: "the imaginary parts: a view of a complex array, read-only zeros otherwise") { a, _ throws(RuntimeError) in
            let array = try a.array("val")
            return .array(try engine { try array.imaginaryPart() })
        }
        for name in ["numpy.conj", "numpy.conjugate"] {
            register(name, [.positional("x"), .keyword("out")], summary: "the complex conjugate elementwise (a new array)") { a, _ throws(RuntimeError) in
                let x = try a.array("x"), out = try a.output()
                return .array(try engine { try NDArray.conjugate(x, out: out) })
            }
        }
        for name in ["ndarray.conj", "ndarray.conjugate"] {
            register(name, [], summary: "the complex conjugate (a new array)") { a, _ throws(RuntimeError) in
                let x = try a.receiverArray()
                return .array(try engine { try NDArray.conjugate(x) })
            }
        }
        register("numpy.angle", [.required("z"), .optional("deg", .bool(false))],
                 summary: "the argument of each element, arctan2(imag, real) (one new real array)") { a, _ throws(RuntimeError) in
            let z = try a.array("z"), degrees = try a.bool("deg")
            return .array(try engine { try NDArray.angle(z, degrees: degrees) })
        }
        register("numpy.iscomplexobj", [.required("x")], summary: "True when the array's dtype is complex") { a, _ throws(RuntimeError) in
            .bool(try a.array("x").dtype.isComplex)
        }
    }
}
