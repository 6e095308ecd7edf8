import PeakmemEngine

/// `np.array(object, dtype)` for Python objects: (nested) lists and tuples of numbers, NumPy
/// scalars and arrays, ranges, and lone numbers.
///
/// Memory: exactly one buffer, the result's (NumPy discovers the shape and dtype first, then
/// allocates and fills), allocated in the current ledger.
enum ArrayConstruction {
    /// A new C-ordered array holding `value`'s elements; the dtype is `dtype`, or the one NumPy
    /// discovers (bool, int64 for Python ints, float64 for Python floats, promoted with the
    /// dtypes of NumPy scalars and arrays; float64 for an empty list).
    static func array(from value: Value, dtype: DType?) throws(RuntimeError) -> NDArray {
        let shape: [Int]
        switch try discover(value) {
        case .shape(let found):
            shape = found
        case .ragged(let prefix):
            throw .valueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after \(prefix.count) dimensions. The detected shape was \(EngineError.shapeText(prefix)) + inhomogeneous part.")
        }
        var resultType = DType.float64
        if let dtype { resultType = dtype } else if let discovered = try discoverType(value) { resultType = discovered }
        let result = try engine { try NDArray(empty: shape, dtype: resultType, order: .c) }
        try write(value, into: result)
        return result
    }

    /// The outcome of shape discovery.
    private enum Discovery {
        case shape([Int])
        /// Sub-sequences of different lengths below the shape `prefix`.
        case ragged([Int])
    }

    private static func discover(_ value: Value) throws(RuntimeError) -> Discovery {
        switch value {
        case .list(let storage):
            return try discover(sequence: storage.elements)
        case .tuple(let items):
            return try discover(sequence: items)
        case .range(let start, let stop, let step):
            return .shape([PythonRange.length(start: start, stop: stop, step: step)])
        case .array(let array):
            return .shape(array.shape)
        case .int, .float, .bool, .arrayScalar:
            return .shape([])
        case .string:
            throw .unsupported("arrays of strings are not supported in scenario code; the engine's dtypes are numeric")
        case .none:
            throw .unsupported("arrays of Python objects (here `None`) are not supported in scenario code; the engine's dtypes are numeric")
        default:
            throw .typeError("cannot make an array from a \(value.typeName) object")
        }
    }

    private static func discover(sequence items: [Value]) throws(RuntimeError) -> Discovery {
        var shapes: [[Int]] = []
        var ragged = false
        for item in items {
            switch try discover(item) {
            case .shape(let shape): shapes.append(shape)
            case .ragged(let prefix): shapes.append(prefix); ragged = true
            }
        }
        guard let first = shapes.first else { return .shape([0]) }
        if !ragged && shapes.allSatisfy({ $0 == first }) { return .shape([items.count] + first) }
        var common = first
        for shape in shapes.dropFirst() {
            var length = 0
            while length < min(common.count, shape.count), common[length] == shape[length] { length += 1 }
            common = Array(common.prefix(length))
        }
        return .ragged([items.count] + common)
    }

    /// The promoted dtype of every leaf, or nil when there are none.
    private static func discoverType(_ value: Value) throws(RuntimeError) -> DType? {
        switch value {
        case .list(let storage): return try discoverType(sequence: storage.elements)
        case .tuple(let items): return try discoverType(sequence: items)
        case .range: return .int64
        case .array(let array): return array.dtype
        case .arrayScalar(let scalar): return scalar.dtype
        case .bool: return .bool
        case .int: return .int64
        case .float: return .float64
        default: return nil
        }
    }

    private static func discoverType(sequence items: [Value]) throws(RuntimeError) -> DType? {
        var result: DType?
        for item in items {
            if let d = try discoverType(item) { result = result.map { DType.promote($0, d) } ?? d }
        }
        return result
    }

    /// Writes `value` into `target`, whose shape is the discovered one.
    private static func write(_ value: Value, into target: NDArray) throws(RuntimeError) {
        switch value {
        case .list(let storage):
            try write(sequence: storage.elements, into: target)
        case .tuple(let items):
            try write(sequence: items, into: target)
        case .range(let start, _, let step):
            try engine { try target.dtype.dispatch(ScalarWriter(target: target) { .int(Int64(start + $0 * step)) }) }
        case .array(let array):
            try engine { try array.assign(to: target) }
        default:
            let scalar = try value.asScalar(for: "an array element")
            try checkRepresentable(scalar, in: target.dtype)
            try engine { try target.fill(scalar) }
        }
    }

    private static func write(sequence items: [Value], into target: NDArray) throws(RuntimeError) {
        if target.ndim == 1, items.allSatisfy(\.isScalarLeaf) {
            var scalars: [Scalar] = []
            scalars.reserveCapacity(items.count)
            for item in items {
                let scalar = try item.asScalar(for: "an array element")
                try checkRepresentable(scalar, in: target.dtype)
                scalars.append(scalar)
            }
            try engine { try target.dtype.dispatch(ScalarWriter(target: target) { scalars[$0] }) }
            return
        }
        for (index, item) in items.enumerated() {
            let row = try engine { try target.view(at: [.integer(index)]) }
            try write(item, into: row)
        }
    }

    /// NumPy 2 refuses a Python int that the integer dtype cannot hold, and a NaN or infinite
    /// float stored into an integer array.
    static func checkRepresentable(_ scalar: Scalar, in dtype: DType) throws(RuntimeError) {
        switch scalar {
        case .int(let value) where dtype == .uint8 && !(0...255).contains(value),
             .int(let value) where dtype == .int32 && !(Int64(Int32.min)...Int64(Int32.max)).contains(value):
            throw .overflowError("Python integer \(value) out of bounds for \(dtype)")
        case .float(let value) where dtype.isInteger && value.isNaN:
            throw .valueError("cannot convert float NaN to integer")
        case .float(let value) where dtype.isInteger && value.isInfinite:
            throw .overflowError("cannot convert float infinity to integer")
        default:
            return
        }
    }
}

/// Stores `scalar(i)`, converted as C casts, into element `i` of a 1-d array, for every `i`
/// (a range's elements are computed as they are stored, not gathered first).
struct ScalarWriter: DTypeVisitor {
    let target: NDArray
    let scalar: (Int) -> Scalar

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        var address = target.baseAddress
        let stride = target.strides.first ?? 0
        for index in 0..<(target.shape.first ?? 0) {
            address.storeBytes(of: scalar(index).value(as: T.self), as: T.self)
            address += stride
        }
    }
}

extension Value {
    /// True for a number or NumPy scalar (a leaf of an array literal).
    var isScalarLeaf: Bool {
        switch self {
        case .int, .float, .bool, .arrayScalar: true
        default: false
        }
    }
}
