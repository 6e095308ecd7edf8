import PeakmemEngine

extension FunctionRegistry {
    /// Array creation: `zeros`, `ones`, `empty`, `full`, `eye`, `identity`, `arange`, `array`,
    /// `asarray`, `copy`, `ascontiguousarray`, `asfortranarray`, the `*_like` functions and
    /// the `ndarray` constructor. Each allocates exactly what NumPy allocates: the result's
    /// `nbytes` (nothing when an existing array is returned as it is).
    func registerNumpyCreation() {
        let shapeOrder: [ParameterSpec] = [.required("shape"), .optional("dtype"), .optional("order", .string("C"))]
        register("numpy.zeros", shapeOrder, summary: "a new array of zeros (calloc: pages untouched until written)") { a, _ throws(RuntimeError) in
            let shape = try a.shape("shape"), dtype = try a.dtype("dtype") ?? .float64
            let order = try a.order("order", allowed: [.c, .fortran])
            return .array(try engine { try NDArray.zeros(shape, dtype: dtype, order: order) })
        }
        register("numpy.ones", shapeOrder, summary: "a new array of ones") { a, _ throws(RuntimeError) in
            let shape = try a.shape("shape"), dtype = try a.dtype("dtype") ?? .float64
            let order = try a.order("order", allowed: [.c, .fortran])
            return .array(try engine { try NDArray.ones(shape, dtype: dtype, order: order) })
        }
        register("numpy.empty", shapeOrder, summary: "a new, uninitialised array") { a, _ throws(RuntimeError) in
            let shape = try a.shape("shape"), dtype = try a.dtype("dtype") ?? .float64
            let order = try a.order("order", allowed: [.c, .fortran])
            return .array(try engine { try NDArray.empty(shape, dtype: dtype, order: order) })
        }
        register("numpy.full", [.required("shape"), .required("fill_value"), .optional("dtype"), .optional("order", .string("C"))],
                 summary: "a new array filled with fill_value (a number, or an array broadcast to the shape)") { a, _ throws(RuntimeError) in
            let shape = try a.shape("shape"), order = try a.order("order", allowed: [.c, .fortran])
            return .array(try Creation.filled(shape, with: a["fill_value"], dtype: a.dtype("dtype"), order: order))
        }
        register("numpy.eye", [.required("N"), .optional("M"), .optional("k", .int(0)), .optional("dtype", .function("builtins.float")),
                               .optional("order", .string("C"))],
                 summary: "a 2-d array with ones on the k-th diagonal") { a, _ throws(RuntimeError) in
            let n = try a.int("N"), m = try a.optionalInt("M"), k = try a.int("k")
            let dtype = try a.dtype("dtype") ?? .float64, order = try a.order("order", allowed: [.c, .fortran])
            return .array(try engine { try NDArray.eye(n, m, k: k, dtype: dtype, order: order) })
        }
        register("numpy.identity", [.required("n"), .optional("dtype")], summary: "the n×n identity matrix") { a, _ throws(RuntimeError) in
            let n = try a.int("n"), dtype = try a.dtype("dtype") ?? .float64
            return .array(try engine { try NDArray.identity(n, dtype: dtype) })
        }
        register("numpy.arange", [.required("start"), .optional("stop"), .optional("step"), .optional("dtype")],
                 summary: "evenly spaced values in [start, stop) (int64 for ints, float64 otherwise)") { a, _ throws(RuntimeError) in
            let start = try a["start"].asScalar(for: "arange() argument 'start'")
            let stop = a.isNone("stop") ? nil : try a["stop"].asScalar(for: "arange() argument 'stop'")
            let step = a.isNone("step") ? Scalar.int(1) : try a["step"].asScalar(for: "arange() argument 'step'")
            let dtype = try a.dtype("dtype")
            return .array(try engine { try NDArray.arange(start, stop, step: step, dtype: dtype) })
        }
        register("numpy.array", [.required("object"), .optional("dtype"), .keyword("copy", .bool(true)), .keyword("order", .string("K")),
                                 .keyword("ndmin", .int(0))],
                 summary: "an array from nested lists/tuples of numbers, or a copy of an array") { a, _ throws(RuntimeError) in
            let order = try a.order("order")
            let copy: Bool? = a.isNone("copy") ? nil : try a.bool("copy")
            var result = try Creation.array(a["object"], dtype: a.dtype("dtype"), copy: copy, order: order)
            let ndmin = try a.int("ndmin")
            if result.ndim < ndmin {
                let shape = [Int](repeating: 1, count: ndmin - result.ndim) + result.shape
                result = try engine { try result.reshape(shape) }
            }
            return .array(result)
        }
        register("numpy.asarray", [.required("a"), .optional("dtype"), .optional("order")],
                 summary: "the array itself when it already has the dtype and order, else a converted copy") { a, _ throws(RuntimeError) in
            let order = a.isNone("order") ? MemoryOrder.keep : try a.order("order")
            return .array(try Creation.array(a["a"], dtype: a.dtype("dtype"), copy: nil, order: order))
        }
        register("numpy.copy", [.required("a"), .optional("order", .string("K"))], summary: "a copy of an array (order 'K' keeps its layout)") { a, _ throws(RuntimeError) in
            .array(try Creation.array(a["a"], dtype: nil, copy: true, order: try a.order("order")))
        }
        register("numpy.ascontiguousarray", [.required("a"), .optional("dtype")],
                 summary: "the array itself if C-contiguous, else a C-ordered copy") { a, _ throws(RuntimeError) in
            var array = try a.array("a")
            if let dtype = try a.dtype("dtype") { array = try engine { try array.astype(dtype, order: .c, copy: false) } }
            return .array(try engine { try array.ascontiguousarray() })
        }
        register("numpy.asfortranarray", [.required("a"), .optional("dtype")],
                 summary: "the array itself if Fortran-contiguous, else a Fortran-ordered copy") { a, _ throws(RuntimeError) in
            var array = try a.array("a")
            if let dtype = try a.dtype("dtype") { array = try engine { try array.astype(dtype, order: .fortran, copy: false) } }
            return .array(try engine { try array.asfortranarray() })
        }
        let like: [ParameterSpec] = [.required("a"), .optional("dtype"), .optional("order", .string("K")), .optional("shape")]
        register("numpy.zeros_like", like, summary: "a new array of zeros with the shape and dtype of a") { a, _ throws(RuntimeError) in
            let (shape, dtype, order) = try Creation.likeLayout(a)
            return .array(try engine { try NDArray.zeros(shape, dtype: dtype, order: order) })
        }
        register("numpy.ones_like", like, summary: "a new array of ones with the shape and dtype of a") { a, _ throws(RuntimeError) in
            let (shape, dtype, order) = try Creation.likeLayout(a)
            return .array(try engine { try NDArray.ones(shape, dtype: dtype, order: order) })
        }
        register("numpy.empty_like", like, summary: "a new, uninitialised array with the shape and dtype of a") { a, _ throws(RuntimeError) in
            let (shape, dtype, order) = try Creation.likeLayout(a)
            return .array(try engine { try NDArray.empty(shape, dtype: dtype, order: order) })
        }
        register("numpy.full_like", [.required("a"), .required("fill_value"), .optional("dtype"), .optional("order", .string("K")), .optional("shape")],
                 summary: "a new array with the shape and dtype of a, filled with fill_value") { a, _ throws(RuntimeError) in
            let (shape, dtype, order) = try Creation.likeLayout(a)
            return .array(try Creation.filled(shape, with: a["fill_value"], dtype: dtype, order: order))
        }
        register("numpy.ndarray", [.required("shape"), .optional("dtype", .function("builtins.float")), .optional("buffer"), .optional("offset", .int(0)),
                                   .optional("strides"), .optional("order")],
                 summary: "the array type (for isinstance); called, an uninitialised array like np.empty") { a, _ throws(RuntimeError) in
            guard a.isNone("buffer"), a.isNone("strides"), try a.int("offset") == 0 else {
                throw .unsupported("np.ndarray(buffer=..., strides=..., offset=...) is not supported; build arrays with np.empty and views")
            }
            let shape = try a.shape("shape"), dtype = try a.dtype("dtype") ?? .float64
            let order = try a.order("order", allowed: [.c, .fortran], defaultOrder: .c)
            return .array(try engine { try NDArray.empty(shape, dtype: dtype, order: order) })
        }
    }
}

/// The bodies of the creation functions.
enum Creation {
    /// `np.array(object, dtype, copy, order)` / `np.asarray` (`copy == nil`) / `np.copy`.
    static func array(_ object: Value, dtype: DType?, copy: Bool?, order: MemoryOrder) throws(RuntimeError) -> NDArray {
        guard case .array(let array) = object else {
            if copy == false {
                throw .valueError("Unable to avoid copy while creating an array as requested (use np.asarray(obj) to allow a copy when needed)")
            }
            let result = try ArrayConstruction.array(from: object, dtype: dtype)
            if order == .fortran && result.ndim > 1 { return try engine { try result.asfortranarray() } }
            return result
        }
        let targetType = dtype ?? array.dtype
        if copy == true {
            return try engine { try array.astype(targetType, order: order, copy: true) }
        }
        let converted = try engine { try array.astype(targetType, order: order, copy: false) }
        if copy == false && converted.storage !== array.storage {
            throw .valueError("Unable to avoid copy while creating an array as requested (use np.asarray(obj) to allow a copy when needed)")
        }
        return converted
    }

    /// `np.full(shape, fill_value, dtype, order)`.
    static func filled(_ shape: [Int], with value: Value, dtype: DType?, order: MemoryOrder) throws(RuntimeError) -> NDArray {
        switch value {
        case .array(let source):
            let result = try engine { try NDArray.empty(shape, dtype: dtype ?? source.dtype, order: order) }
            try Value.store(value, into: result)
            return result
        case .arrayScalar(let scalar):
            return try engine { try NDArray.full(shape, scalar.value, dtype: dtype ?? scalar.dtype, order: order) }
        case .list, .tuple:
            let source = try ArrayConstruction.array(from: value, dtype: dtype)
            return try filled(shape, with: .array(source), dtype: dtype, order: order)
        default:
            let scalar = try value.asScalar(for: "full() argument 'fill_value'")
            if let dtype { try ArrayConstruction.checkRepresentable(scalar, in: dtype) }
            return try engine { try NDArray.full(shape, scalar, dtype: dtype, order: order) }
        }
    }

    /// The shape, dtype and order of a `*_like` result: `a`'s unless given; order `'K'` keeps
    /// a Fortran layout (an array that is Fortran- and not C-contiguous), C otherwise.
    static func likeLayout(_ a: Arguments) throws(RuntimeError) -> ([Int], DType, MemoryOrder) {
        let prototype = try a.array("a")
        let shape = a.isNone("shape") ? prototype.shape : try a.shape("shape")
        let dtype = try a.dtype("dtype") ?? prototype.dtype
        let fortranLike = prototype.isFContiguous && !prototype.isCContiguous
        let order: MemoryOrder
        switch try a.order("order") {
        case .c: order = .c
        case .fortran: order = .fortran
        case .any, .keep: order = fortranLike && shape.count == prototype.ndim ? .fortran : .c
        }
        return (shape, dtype, order)
    }
}
