import PeakmemEngine

extension FunctionRegistry {
    /// Shapes and views: `reshape`, `transpose`, `swapaxes`, `ravel`, `shape`, `ndim`, `size`.
    /// The view functions allocate nothing; `reshape` and `ravel` copy exactly `nbytes` when
    /// NumPy's rule says no view can express the result.
    func registerNumpyShape() {
        register("numpy.reshape", [.required("a"), .required("shape"), .optional("order", .string("C"))],
                 summary: "the elements in a new shape: a view when possible, else a copy") { a, _ throws(RuntimeError) in
            let array = try a.array("a")
            return .array(try Shapes.reshape(array, try a.shape("shape"), order: try a.order("order", allowed: [.c, .fortran, .any])))
        }
        register("numpy.transpose", [.required("a"), .optional("axes")], summary: "a view with the axes permuted (reversed by default)") { a, _ throws(RuntimeError) in
            let array = try a.array("a")
            let axes = a.isNone("axes") ? nil : try a.shape("axes")
            return .array(try engine { try array.transpose(axes) })
        }
        register("numpy.swapaxes", [.required("a"), .required("axis1"), .required("axis2")], summary: "a view with two axes exchanged") { a, _ throws(RuntimeError) in
            let array = try a.array("a")
            return .array(try engine { try array.swapaxes(try a.int("axis1"), try a.int("axis2")) })
        }
        register("numpy.ravel", [.required("a"), .optional("order", .string("C"))],
                 summary: "the elements as a 1-d array: a view when contiguous, else a copy") { a, _ throws(RuntimeError) in
            let array = try a.array("a")
            let order = try a.order("order")
            return .array(try engine { try array.ravel(order: order) })
        }
        register("numpy.shape", [.required("a")], summary: "the shape of an array, as a tuple") { a, _ throws(RuntimeError) in
            .tuple(try a.array("a").shape.map(Value.int))
        }
        register("numpy.ndim", [.required("a")], summary: "the number of dimensions of an array") { a, _ throws(RuntimeError) in
            .int(try a.array("a").ndim)
        }
        register("numpy.size", [.required("a"), .optional("axis")], summary: "the number of elements (along one axis)") { a, _ throws(RuntimeError) in
            let array = try a.array("a")
            guard let axis = try a.optionalInt("axis") else { return .int(array.size) }
            return .int(array.shape[try engine { try NDArray.normalize(axis: axis, ndim: array.ndim) }])
        }
    }
}

/// Shape helpers shared by the functions and the methods.
enum Shapes {
    /// `reshape` with order `'C'`, `'F'` or `'A'` (`'F'` for a Fortran- and not C-contiguous array).
    static func reshape(_ array: NDArray, _ shape: [Int], order: MemoryOrder) throws(RuntimeError) -> NDArray {
        var resolved = order
        if order == .any { resolved = array.isFContiguous && !array.isCContiguous ? .fortran : .c }
        return try engine { try array.reshape(shape, order: resolved) }
    }
}
