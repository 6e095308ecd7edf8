import PeakmemEngine

extension Value {
    /// `self[index]`: NumPy's basic indexing on arrays (a view, or a NumPy scalar when every
    /// dimension gets an integer), Python's indexing and slicing on strings (by code point), tuples, lists and
    /// ranges, and `a.flags['C_CONTIGUOUS']`.
    func item(at index: Value) throws(RuntimeError) -> Value {
        switch self {
        case .array(let array):
            if let advanced = try Value.advancedIndexItems(index) {
                return try ArrayOperations.unwrap(try engine { try array.gather(advanced) })
            }
            let items = try Value.indexItems(index)
            let view = try engine { try array.view(at: items) }
            if items.count == array.ndim, items.allSatisfy({ if case .integer = $0 { true } else { false } }) {
                return .arrayScalar(try engine { try ArrayScalar(element: view) })
            }
            return .array(view)
        case .list(let storage):
            return try Value.sequenceItem(storage.elements, index, kind: "list") { .list(ListStorage($0)) }
        case .tuple(let items):
            return try Value.sequenceItem(items, index, kind: "tuple") { .tuple($0) }
        case .string(let text):
            // Python's strings are sequences of code points.
            let scalars = Array(text.unicodeScalars)
            if case .slice(let a, let b, let c) = index {
                let s = try ResolvedSlice.python(start: a, stop: b, step: c, length: scalars.count)
                return .string(String(String.UnicodeScalarView(s.positions.map { scalars[$0] })))
            }
            guard let position = try? index.asInt(for: "index") else {
                throw .typeError("string indices must be integers, not '\(index.typeName)'")
            }
            return .string(String(scalars[try Value.normalize(position, count: scalars.count, kind: "string")]))
        case .range(let start, let stop, let step):
            let count = PythonRange.length(start: start, stop: stop, step: step)
            if case .slice(let a, let b, let c) = index {
                let s = try ResolvedSlice.python(start: a, stop: b, step: c, length: count)
                let first = start &+ s.start &* step
                return .range(start: first, stop: first &+ s.count &* step &* s.step, step: step &* s.step)
            }
            guard let position = try? index.asInt(for: "index") else {
                throw .typeError("range indices must be integers or slices, not \(index.typeName)")
            }
            let offset = try Value.normalize(position, count: count, kind: "range object")
            return .int(start + offset * step)
        case .flags(let flags):
            guard case .string(let key) = index else { throw .typeError("flags keys must be strings, not \(index.typeName)") }
            switch key.uppercased() {
            case "C_CONTIGUOUS", "C", "CONTIGUOUS": return .bool(flags.cContiguous)
            case "F_CONTIGUOUS", "F", "FORTRAN": return .bool(flags.fContiguous)
            case "WRITEABLE", "W", "ALIGNED", "A": return .bool(true)
            default: throw RuntimeError("KeyError", "'Unknown flag'")
            }
        case .arrayScalar where index.isEmptyTuple:
            return self
        case .object(let container as ContainerObject):
            return try container.item(index)
        default:
            throw .typeError("'\(typeName)' object is not subscriptable")
        }
    }

    /// `self[index] = value`: NumPy's assignment into the view (`value` broadcast and cast to
    /// the array's dtype, as `np.copyto`), through integer or boolean index arrays
    /// (``PeakmemEngine/NDArray/scatter(_:at:)``), or a list element.
    func setItem(_ index: Value, to value: Value) throws(RuntimeError) {
        switch self {
        case .array(let array):
            if let advanced = try Value.advancedIndexItems(index) {
                let source = try Value.assignmentOperand(value, dtype: array.dtype)
                try engine { try array.scatter(source, at: advanced) }
                return
            }
            let view = try engine { try array.view(at: try Value.indexItems(index)) }
            try Value.store(value, into: view)
        case .list(let storage):
            if case .slice(let a, let b, let c) = index {
                let s = try ResolvedSlice.python(start: a, stop: b, step: c, length: storage.elements.count)
                var iterator = try ValueIterator(value)
                let replacement = try iterator.collect()
                if s.step == 1 {
                    let lower = s.start, upper = s.start + s.count
                    storage.elements.replaceSubrange(lower..<max(lower, upper), with: replacement)
                } else {
                    guard replacement.count == s.count else {
                        throw .valueError("attempt to assign sequence of size \(replacement.count) to extended slice of size \(s.count)")
                    }
                    for (position, element) in zip(s.positions, replacement) { storage.elements[position] = element }
                }
                return
            }
            guard let position = try? index.asInt(for: "index") else {
                throw .typeError("list indices must be integers or slices, not \(index.typeName)")
            }
            storage.elements[try Value.normalize(position, count: storage.elements.count, kind: "list assignment")] = value
        case .object(let container as ContainerObject):
            try container.setItem(index, value)
        default:
            throw .typeError("'\(typeName)' object does not support item assignment")
        }
    }

    /// `del self[index]` (list elements and slices).
    func deleteItem(_ index: Value) throws(RuntimeError) {
        switch self {
        case .list(let storage):
            if case .slice(let a, let b, let c) = index {
                let s = try ResolvedSlice.python(start: a, stop: b, step: c, length: storage.elements.count)
                for position in s.positions.sorted(by: >) { storage.elements.remove(at: position) }
                return
            }
            guard let position = try? index.asInt(for: "index") else {
                throw .typeError("list indices must be integers or slices, not \(index.typeName)")
            }
            storage.elements.remove(at: try Value.normalize(position, count: storage.elements.count, kind: "list assignment"))
        case .array:
            throw .valueError("cannot delete array elements")
        case .object(let container as ContainerObject):
            try container.deleteItem(index)
        default:
            throw .typeError("'\(typeName)' object doesn't support item deletion")
        }
    }

    /// Writes `value` into the array view `target`, as NumPy's `target[...] = value`.
    static func store(_ value: Value, into target: NDArray) throws(RuntimeError) {
        switch try assignmentOperand(value, dtype: target.dtype) {
        case .array(let source):
            do {
                try source.assign(to: target)
            } catch .broadcastMismatch {
                let (from, into) = (EngineError.shapeText(source.shape), EngineError.shapeText(target.shape))
                throw .valueError("could not broadcast input array from shape \(from) into shape \(into)".compactingShapes)
            } catch {
                throw RuntimeError(error)
            }
        case .scalar(let scalar):
            try engine { try target.fill(scalar) }
        }
    }

    /// The value of an assignment into an array of `dtype`, as NumPy converts it: an array as
    /// it is; a number as a scalar that must fit the dtype (Python's `OverflowError` for
    /// `uint8_array[i] = 300`); a list, tuple or range as a new array of `dtype`, allocated as
    /// NumPy's `PyArray_FromAny` allocates it.
    static func assignmentOperand(_ value: Value, dtype: DType) throws(RuntimeError) -> Operand {
        switch value {
        case .array(let array):
            return .array(array)
        case .int, .float, .bool, .arrayScalar:
            let scalar = try value.asScalar(for: "an array element")
            try ArrayConstruction.checkRepresentable(scalar, in: dtype)
            return .scalar(scalar)
        case .list, .tuple, .range:
            return .array(try ArrayConstruction.array(from: value, dtype: dtype))
        default:
            throw .typeError("cannot store a \(value.typeName) object in an array of \(dtype)")
        }
    }

    /// The basic-index items of an array subscript.
    static func indexItems(_ index: Value) throws(RuntimeError) -> [IndexItem] {
        if case .tuple(let items) = index {
            return try items.map { (item) throws(RuntimeError) in try indexItem(item) }
        }
        return [try indexItem(index)]
    }

    static func indexItem(_ value: Value) throws(RuntimeError) -> IndexItem {
        switch value {
        case .int(let i): return .integer(i)
        case .arrayScalar(let s) where s.dtype.isInteger: return .integer(s.integerValue!)
        case .slice(let a, let b, let c): return .slice(start: a, stop: b, step: c)
        case .none: return .newAxis
        case .ellipsis: return .ellipsis
        case .bool, .arrayScalar(ArrayScalar.boolTrue), .arrayScalar(ArrayScalar.boolFalse):
            throw .unsupported(zeroDimensionalBooleanIndex)
        default:
            throw .indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
        }
    }

    /// The refusal of `a[True]` and other 0-d boolean indices.
    static let zeroDimensionalBooleanIndex = "0-d boolean indexing (`a[True]`, `a[np.True_]`) is not supported yet; boolean arrays of one or more dimensions (masks) are"

    /// An element or slice of a Python sequence.
    private static func sequenceItem(_ items: [Value], _ index: Value, kind: String, make: ([Value]) -> Value) throws(RuntimeError) -> Value {
        if case .slice(let a, let b, let c) = index {
            let s = try ResolvedSlice.python(start: a, stop: b, step: c, length: items.count)
            return make(s.positions.map { items[$0] })
        }
        guard let position = try? index.asInt(for: "index") else {
            throw .typeError("\(kind) indices must be integers or slices, not \(index.typeName)")
        }
        return items[try normalize(position, count: items.count, kind: kind)]
    }

    /// A position counted from the end when negative; `IndexError` outside the sequence.
    static func normalize(_ position: Int, count: Int, kind: String) throws(RuntimeError) -> Int {
        let resolved = position < 0 ? position + count : position
        guard resolved >= 0, resolved < count else { throw .indexError("\(kind) index out of range") }
        return resolved
    }

    /// True for `()`.
    var isEmptyTuple: Bool {
        if case .tuple(let items) = self { return items.isEmpty }
        return false
    }
}
