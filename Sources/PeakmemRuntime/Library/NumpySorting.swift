import PeakmemEngine

extension FunctionRegistry {
    /// `np.sort`, `np.argsort`, `np.partition`, `np.argpartition` and the `ndarray` methods
    /// `sort`, `argsort`, `partition`, `argpartition`, with NumPy 2.4.6's buffers: the
    /// functions copy (`a.copy(order='K')`, `a.flatten()` for `axis=None`) and sort the copy in
    /// place; the methods sort in place; a lane buffer while strided lanes are sorted (see
    /// ``PeakmemEngine/NDArray/sortInPlace(axis:kind:)``, docs/research/numpy-sorting.md).
    func registerNumpySorting() {
        let sortTail: [ParameterSpec] = [.optional("axis", .int(-1)), .optional("kind"), .optional("order"), .keyword("stable")]
        register("numpy.sort", [.required("a")] + sortTail,
                 summary: "a sorted copy (axis=None: of the flattened array), NaN last") { a, _ throws(RuntimeError) in
            let kind = try Sorting.kind(a)
            let axis = try a.optionalInt("axis"), input = try a.array("a")
            return .array(try engine { try NDArray.sort(input, axis: axis, kind: kind) })
        }
        register("ndarray.sort", sortTail, summary: "sorts the array in place along axis, NaN last") { a, _ throws(RuntimeError) in
            let kind = try Sorting.kind(a)
            let axis = try a.int("axis"), input = try a.receiverArray()
            try engine { try input.sortInPlace(axis: axis, kind: kind) }
            return .none
        }
        registerFunctionAndMethod("argsort", sortTail,
                                  summary: "the int64 indices that sort the array along axis (axis=None: flattened); equal keys keep their order") { a, input throws(RuntimeError) in
            let kind = try Sorting.kind(a)
            let axis = try a.optionalInt("axis")
            return .array(try engine { try NDArray.argsort(input, axis: axis, kind: kind) })
        }
        let partitionTail: [ParameterSpec] = [.optional("axis", .int(-1)), .optional("kind", .string("introselect")), .optional("order")]
        register("numpy.partition", [.required("a"), .required("kth")] + partitionTail,
                 summary: "a copy with the elements at kth in sorted position, smaller before, larger after") { a, _ throws(RuntimeError) in
            let kth = try Sorting.kth(a), axis = try a.optionalInt("axis"), input = try a.array("a")
            return .array(try engine { try NDArray.partition(input, kth: kth, axis: axis) })
        }
        register("ndarray.partition", [.required("kth")] + partitionTail,
                 summary: "partitions the array in place around the elements at kth") { a, _ throws(RuntimeError) in
            let kth = try Sorting.kth(a), axis = try a.int("axis"), input = try a.receiverArray()
            try engine { try input.partitionInPlace(kth: kth, axis: axis) }
            return .none
        }
        register("numpy.argpartition", [.required("a"), .required("kth")] + partitionTail,
                 summary: "the int64 indices that partition the array around kth") { a, _ throws(RuntimeError) in
            let kth = try Sorting.kth(a), axis = try a.optionalInt("axis"), input = try a.array("a")
            return .array(try engine { try NDArray.argpartition(input, kth: kth, axis: axis) })
        }
        register("ndarray.argpartition", [.required("kth")] + partitionTail,
                 summary: "the int64 indices that partition the array around kth") { a, _ throws(RuntimeError) in
            let kth = try Sorting.kth(a), axis = try a.optionalInt("axis"), input = try a.receiverArray()
            return .array(try engine { try NDArray.argpartition(input, kth: kth, axis: axis) })
        }
    }
}

/// The argument handling of ``FunctionRegistry/registerNumpySorting()``.
enum Sorting {
    /// `kind=` and `stable=` (NumPy's `sort kind must be one of 'quick', 'heap', or 'stable'`);
    /// `order=` (fields of structured arrays) is refused.
    static func kind(_ a: Arguments) throws(RuntimeError) -> SortKind {
        guard a.isNone("order") else { throw .unsupported("\(a.function)(order=...) sorts structured arrays, which peakmem does not have") }
        if !a.isNone("stable") {
            guard a.isNone("kind") else { throw .valueError("`kind` and `stable` parameters can't be provided at the same time. Use only one of them.") }
            return try a.bool("stable") ? .stable : .quicksort
        }
        if a.isNone("kind") { return .quicksort }
        let name = try a.string("kind")
        guard let kind = SortKind(numpyName: name) else {
            throw .valueError("sort kind must be one of 'quick', 'heap', or 'stable' (got '\(name)')")
        }
        return kind
    }

    /// `kth=`: an int or a sequence of ints; `kind=` must be `'introselect'`.
    static func kth(_ a: Arguments) throws(RuntimeError) -> [Int] {
        guard a.isNone("order") else { throw .unsupported("\(a.function)(order=...) sorts structured arrays, which peakmem does not have") }
        if !a.isNone("kind") {
            let name = try a.string("kind")
            guard name == "introselect" else { throw .valueError("select kind must be 'introselect' (got '\(name)')") }
        }
        switch a["kth"] {
        case .int, .bool, .arrayScalar: return [try a.int("kth")]
        default:
            let values = try ArrayOperations.inScratch { () throws(RuntimeError) in try a.array("kth") }
            guard values.dtype.isInteger, values.ndim <= 1 else { throw .typeError("Partition index must be integer") }
            return values.elements(as: Int64.self).map { Int($0) }
        }
    }
}
