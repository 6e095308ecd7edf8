import PeakmemEngine

extension FunctionRegistry {
    /// Methods of arrays (`ndarray.<name>`, bound to the array they are read from):
    /// `reshape`, `copy`, `astype`, `transpose`, `swapaxes`, `ravel`, `flatten`, `fill`,
    /// `item`, `tolist`.
    func registerArrayMethods() {
        register("ndarray.reshape", [.variadic("shape"), .keyword("order", .string("C"))],
                 summary: "a.reshape(2, 3) or a.reshape((2, 3)): a view when possible, else a copy") { a, _ throws(RuntimeError) in
            let array = try a.receiverArray()
            let shape: [Int]
            switch a.variadic.count {
            case 0: throw .typeError("reshape() takes exactly 1 argument (0 given)")
            case 1: shape = try a.variadic[0].asShape(for: "reshape()")
            default: shape = try a.variadic.map { (v) throws(RuntimeError) in try v.asInt(for: "reshape()") }
            }
            return .array(try Shapes.reshape(array, shape, order: try a.order("order", allowed: [.c, .fortran, .any])))
        }
        register("ndarray.copy", [.optional("order", .string("C"))], summary: "a copy (C order by default)") { a, _ throws(RuntimeError) in
            let array = try a.receiverArray(), order = try a.order("order")
            return .array(try engine { try array.copy(order: order) })
        }
        register("ndarray.astype", [.required("dtype"), .optional("order", .string("K")), .optional("casting", .string("unsafe")),
                                    .optional("subok", .bool(true)), .optional("copy", .bool(true))],
                 summary: "the elements converted to dtype (the array itself when copy=False and nothing changes)") { a, _ throws(RuntimeError) in
            let array = try a.receiverArray()
            guard let dtype = try a.dtype("dtype") else { throw .typeError("astype() argument 'dtype' must be a dtype, not None") }
            guard try a.string("casting") == "unsafe" else {
                throw .unsupported("astype(casting=...) other than 'unsafe' is not supported yet")
            }
            let order = try a.order("order"), copy = try a.bool("copy")
            return .array(try engine { try array.astype(dtype, order: order, copy: copy) })
        }
        register("ndarray.transpose", [.variadic("axes")], summary: "a view with the axes permuted: a.transpose(), a.transpose(1, 0), a.transpose((1, 0))") { a, _ throws(RuntimeError) in
            let array = try a.receiverArray()
            var axes: [Int]?
            switch a.variadic.count {
            case 0: axes = nil
            case 1:
                if case .none = a.variadic[0] { axes = nil } else { axes = try a.variadic[0].asShape(for: "transpose()") }
            default: axes = try a.variadic.map { (v) throws(RuntimeError) in try v.asInt(for: "transpose()") }
            }
            let permutation = axes
            return .array(try engine { try array.transpose(permutation) })
        }
        register("ndarray.swapaxes", [.positional("axis1"), .positional("axis2")], summary: "a view with two axes exchanged") { a, _ throws(RuntimeError) in
            let array = try a.receiverArray()
            return .array(try engine { try array.swapaxes(try a.int("axis1"), try a.int("axis2")) })
        }
        register("ndarray.ravel", [.optional("order", .string("C"))], summary: "the elements as a 1-d array: a view when contiguous, else a copy") { a, _ throws(RuntimeError) in
            let array = try a.receiverArray(), order = try a.order("order")
            return .array(try engine { try array.ravel(order: order) })
        }
        register("ndarray.flatten", [.optional("order", .string("C"))], summary: "a 1-d copy of the elements") { a, _ throws(RuntimeError) in
            let array = try a.receiverArray(), order = try a.order("order")
            return .array(try engine { try array.flatten(order: order) })
        }
        register("ndarray.fill", [.positional("value")], summary: "sets every element to value, in place") { a, _ throws(RuntimeError) in
            let array = try a.receiverArray()
            let scalar = try a["value"].asScalar(for: "fill() argument")
            try ArrayConstruction.checkRepresentable(scalar, in: array.dtype)
            try engine { try array.fill(scalar) }
            return .none
        }
        register("ndarray.item", [.variadic("args")], summary: "the element of a size-1 array, or at an index (one int: flat), as a Python number") { a, _ throws(RuntimeError) in
            let array = try a.receiverArray()
            if a.variadic.isEmpty {
                guard array.size == 1 else { throw .valueError("can only convert an array of size 1 to a Python scalar") }
                return Arrays.pythonValue(try engine { try ArrayScalar(element: array) })
            }
            var index = a.variadic.count == 1 ? a.variadic[0] : .tuple(a.variadic)
            if a.variadic.count == 1, array.ndim != 1, let flat = try? index.asInt(for: "item()") {
                // One integer is a flat index in C order, as NumPy's `a.item(k)`.
                guard (-array.size..<array.size).contains(flat) else {
                    throw .indexError("index \(flat) is out of bounds for size \(array.size)")
                }
                var rest = flat < 0 ? flat + array.size : flat
                var positions: [Value] = []
                for length in array.shape.reversed() {
                    positions.insert(.int(rest % length), at: 0)
                    rest /= length
                }
                index = .tuple(positions)
            }
            guard case .arrayScalar(let scalar) = try Value.array(array).item(at: index) else {
                throw .valueError("item() needs an index per dimension")
            }
            return Arrays.pythonValue(scalar)
        }
        register("ndarray.tolist", [], summary: "the elements as nested lists of Python numbers") { a, _ throws(RuntimeError) in
            try Arrays.list(try a.receiverArray())
        }
    }

    /// Methods of lists: `append`, `extend`, `insert`, `pop`, `clear`, `copy`.
    func registerListMethods() {
        register("list.append", [.positional("object")], summary: "adds an item at the end") { a, _ throws(RuntimeError) in
            try Arrays.listStorage(a).elements.append(a["object"])
            return .none
        }
        register("list.extend", [.positional("iterable")], summary: "adds the items of an iterable at the end") { a, _ throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            let items = try iterator.collect()
            try Arrays.listStorage(a).elements += items
            return .none
        }
        register("list.insert", [.positional("index"), .positional("object")], summary: "inserts an item before index") { a, _ throws(RuntimeError) in
            let storage = try Arrays.listStorage(a)
            var index = try a.int("index")
            if index < 0 { index = max(0, index + storage.elements.count) }
            storage.elements.insert(a["object"], at: min(index, storage.elements.count))
            return .none
        }
        register("list.pop", [.optionalPositional("index", .int(-1))], summary: "removes and returns the item at index (the last)") { a, _ throws(RuntimeError) in
            let storage = try Arrays.listStorage(a)
            guard !storage.elements.isEmpty else { throw .indexError("pop from empty list") }
            let index = try Value.normalize(try a.int("index"), count: storage.elements.count, kind: "pop")
            return storage.elements.remove(at: index)
        }
        register("list.clear", [], summary: "removes every item") { a, _ throws(RuntimeError) in
            try Arrays.listStorage(a).elements.removeAll()
            return .none
        }
        register("list.copy", [], summary: "a shallow copy") { a, _ throws(RuntimeError) in
            .list(ListStorage(try Arrays.listStorage(a).elements))
        }
    }
}

/// Helpers of the methods.
enum Arrays {
    /// A NumPy scalar as the Python number `item()` gives.
    static func pythonValue(_ scalar: ArrayScalar) -> Value {
        switch scalar.value {
        case .bool(let b): .bool(b)
        case .int(let i): .int(Int(i))
        case .float(let d): .float(d)
        }
    }

    /// `a.tolist()`.
    static func list(_ array: NDArray) throws(RuntimeError) -> Value {
        if array.ndim == 0 { return pythonValue(try engine { try ArrayScalar(element: array) }) }
        var items: [Value] = []
        for index in 0..<array.shape[0] {
            items.append(try list(try engine { try array.view(at: [.integer(index)]) }))
        }
        return .list(ListStorage(items))
    }

    /// The receiver of a list method.
    static func listStorage(_ a: Arguments) throws(RuntimeError) -> ListStorage {
        guard case .list(let storage) = a.receiver else { throw .typeError("\(a.function)() needs a list") }
        return storage
    }
}
