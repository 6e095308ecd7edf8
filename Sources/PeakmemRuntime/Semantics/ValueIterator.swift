import PeakmemEngine

/// Python's iteration over a value (`for x in value`, unpacking, `list(value)`): it holds the
/// iterated object, as CPython's iterator does, and produces one element at a time.
///
/// Iterating over an array yields its rows `a[0]`, `a[1]`, ... as views (no allocation); over
/// a 1-d array, its elements as NumPy scalars.
struct ValueIterator {
    private enum Source {
        case range(next: Int, remaining: Int, step: Int)
        case items([Value], index: Int)
        case list(ListStorage, index: Int)
        case scalars([Unicode.Scalar], index: Int)
        case array(NDArray, index: Int)
        case generator(GeneratorObject)
    }

    private var source: Source

    /// An iterator over `value`; `TypeError` for a value that is not iterable.
    init(_ value: Value) throws(RuntimeError) {
        switch value {
        case .range(let start, let stop, let step):
            source = .range(next: start, remaining: PythonRange.length(start: start, stop: stop, step: step), step: step)
        case .tuple(let items):
            source = .items(items, index: 0)
        case .list(let storage):
            source = .list(storage, index: 0)
        case .string(let text):
            source = .scalars(Array(text.unicodeScalars), index: 0)
        case .object(let container as ContainerObject):
            source = .items(container.iterationItems, index: 0)
        case .object(let generator as GeneratorObject):
            source = .generator(generator)
        case .array(let array):
            guard array.ndim > 0 else { throw .typeError("iteration over a 0-d array") }
            source = .array(array, index: 0)
        default:
            throw .typeError("'\(value.typeName)' object is not iterable")
        }
    }

    /// The next element, or nil at the end.
    mutating func next() throws(RuntimeError) -> Value? {
        switch source {
        case .range(let next, let remaining, let step):
            guard remaining > 0 else { return nil }
            source = .range(next: next &+ step, remaining: remaining - 1, step: step)
            return .int(next)
        case .items(let items, let index):
            guard index < items.count else { return nil }
            source = .items(items, index: index + 1)
            return items[index]
        case .list(let storage, let index):
            guard index < storage.elements.count else { return nil }
            source = .list(storage, index: index + 1)
            return storage.elements[index]
        case .scalars(let scalars, let index):
            guard index < scalars.count else { return nil }
            source = .scalars(scalars, index: index + 1)
            return .string(String(scalars[index]))
        case .array(let array, let index):
            guard index < array.shape[0] else { return nil }
            source = .array(array, index: index + 1)
            let row = try engine { try array.view(at: [.integer(index)]) }
            return row.ndim == 0 ? .arrayScalar(try engine { try ArrayScalar(element: row) }) : .array(row)
        case .generator(let generator):
            return try generator.next()
        }
    }

    /// Every remaining element.
    mutating func collect() throws(RuntimeError) -> [Value] {
        var result: [Value] = []
        while let item = try next() { result.append(item) }
        return result
    }
}

extension Value {
    /// `len(value)`.
    func length() throws(RuntimeError) -> Int {
        switch self {
        case .string(let s): return s.unicodeScalars.count
        case .tuple(let items): return items.count
        case .list(let storage): return storage.elements.count
        case .range(let start, let stop, let step):
            guard let count = Int(exactly: PythonRange.exactLength(start: start, stop: stop, step: step)) else {
                throw .overflowError("Python int too large to convert to C ssize_t")
            }
            return count
        case .array(let a):
            guard a.ndim > 0 else { throw .typeError("len() of unsized object") }
            return a.shape[0]
        case .object(let container as ContainerObject):
            return container.count
        default:
            throw .typeError("object of type '\(typeName)' has no len()")
        }
    }
}
