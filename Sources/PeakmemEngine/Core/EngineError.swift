import PeakmemResults

/// An error raised by an array operation. Messages read like NumPy's, so that a user who
/// knows NumPy recognises them; the scenario layer adds the statement's location.
public enum EngineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Shapes that cannot be broadcast together.
    case broadcastMismatch([[Int]])
    /// An axis outside `-ndim ..< ndim`.
    case axisOutOfBounds(axis: Int, ndim: Int)
    /// An integer index outside a dimension.
    case indexOutOfBounds(index: Int, axis: Int, size: Int)
    /// More indices than dimensions.
    case tooManyIndices(ndim: Int, given: Int)
    /// A boolean index whose length along an axis differs from the array's (`IndexError`).
    case booleanIndexMismatch(axis: Int, size: Int, booleanSize: Int)
    /// `a[mask] = v` with a `v` of more than one dimension (NumPy's `TypeError`).
    case booleanAssignmentDimensions(Int)
    /// `a[mask] = v` with `v` neither of one element nor of one per true mask element.
    case booleanAssignmentCount(values: Int, targets: Int)
    /// `a[index] = v` with a `v` that does not broadcast to the indexing result's shape.
    case assignmentShapeMismatch(value: [Int], result: [Int])
    /// A reshape to a shape with a different number of elements.
    case cannotReshape(size: Int, shape: [Int])
    /// A `-1` that cannot be resolved, or more than one `-1`.
    case invalidReshape(String)
    /// `transpose` axes that are not a permutation of `0..<ndim`.
    case axesDontMatch
    /// A negative dimension in a requested shape.
    case negativeDimension
    /// A value or type an operation does not accept (the message says which).
    case invalidArgument(String)
    /// An operation that is not defined for these dtypes (NumPy's `UFuncTypeError`).
    case unsupportedTypes(operation: String, DType, DType?)
    /// An `out=` array whose shape or layout cannot receive the result.
    case badOutput(String)
    /// A cast that NumPy's casting rule refuses (`Cannot cast ... according to the rule
    /// 'safe'`, or a ufunc output `with casting rule 'same_kind'`): NumPy's `TypeError`
    /// (`UFuncTypeError` for ufunc outputs).
    case castingRefused(String)
    /// An operator NumPy refuses for these operands with a `TypeError` and a hint (boolean
    /// subtract and boolean negative).
    case unsupportedOperation(String)
    /// A Python integer that does not fit the dtype it meets (NEP 50): NumPy's
    /// `OverflowError`.
    case integerOutOfBounds(value: Int64, dtype: DType)
    /// The allocator could not provide the bytes (NumPy's `MemoryError`: "Unable to allocate
    /// 7.28 TiB for an array with shape (1000000000000,) and data type float64", when the
    /// shape and dtype are known).
    case outOfMemory(bytes: Int, shape: [Int]? = nil, dtype: DType? = nil)
    /// A shape whose element count times the item size does not fit a signed 64-bit byte
    /// count (NumPy's `ValueError: array is too big; ...`).
    case arrayTooBig
    /// A buffer would take the live array bytes past the ledger's limit (`--memory-limit`).
    case memoryLimitExceeded(limit: ByteSize, requested: Int, live: Int)
    /// A file could not be read or written, or is not a `.npy` file of a supported dtype.
    case file(String)
    /// A file that does not exist (NumPy's `FileNotFoundError`).
    case fileNotFound(String)
    /// No ufunc loop for these dtypes or this `dtype=` (NumPy's `TypeError`, its message).
    case noLoop(String)
    /// NumPy would compute or return in a dtype the engine does not have (float16, int8);
    /// the message says how to avoid it.
    case unsupportedDType(String)
    /// A linear-algebra operation NumPy refuses for the matrices it got (NumPy's
    /// `numpy.linalg.LinAlgError`, its message: "Singular matrix", "Matrix is not positive
    /// definite", "Last 2 dimensions of the array must be square", ...).
    case linearAlgebra(String)

    public var description: String {
        switch self {
        case .broadcastMismatch(let shapes):
            let list = shapes.map(Self.shapeText).joined(separator: " ")
            return "operands could not be broadcast together with shapes \(list) "
        case .axisOutOfBounds(let axis, let ndim):
            return "axis \(axis) is out of bounds for array of dimension \(ndim)"
        case .indexOutOfBounds(let index, let axis, let size):
            return "index \(index) is out of bounds for axis \(axis) with size \(size)"
        case .tooManyIndices(let ndim, let given):
            return "too many indices for array: array is \(ndim)-dimensional, but \(given) were indexed"
        case .booleanIndexMismatch(let axis, let size, let booleanSize):
            return "boolean index did not match indexed array along axis \(axis); size of axis is \(size) but size of corresponding boolean axis is \(booleanSize)"
        case .booleanAssignmentDimensions(let ndim):
            return "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has \(ndim) dimensions"
        case .booleanAssignmentCount(let values, let targets):
            return "NumPy boolean array indexing assignment cannot assign \(values) input values to the \(targets) output values where the mask is true"
        case .assignmentShapeMismatch(let value, let result):
            return "shape mismatch: value array of shape \(Self.shapeText(value)) could not be broadcast to indexing result of shape \(Self.shapeText(result))"
        case .cannotReshape(let size, let shape):
            return "cannot reshape array of size \(size) into shape \(Self.shapeText(shape))"
        case .invalidReshape(let message), .invalidArgument(let message), .badOutput(let message),
             .castingRefused(let message), .unsupportedOperation(let message), .file(let message),
             .fileNotFound(let message), .noLoop(let message), .unsupportedDType(let message),
             .linearAlgebra(let message):
            return message
        case .integerOutOfBounds(let value, let dtype):
            return "Python integer \(value) out of bounds for \(dtype)"
        case .axesDontMatch:
            return "axes don't match array"
        case .negativeDimension:
            return "negative dimensions are not allowed"
        case .unsupportedTypes(let operation, let a, let b):
            let types = b.map { "(dtype('\(a)'), dtype('\($0)'))" } ?? "(dtype('\(a)'),)"
            return "ufunc '\(operation)' did not contain a loop with signature matching types \(types)"
        case .outOfMemory(let bytes, let shape?, let dtype?):
            // NumPy writes this shape with blanks: "with shape (1000000, 1000000)".
            return "Unable to allocate \(ByteSize.numpyText(bytes)) for an array with shape \(Self.shapeText(shape)) and data type \(dtype)"
        case .outOfMemory(let bytes, _, _):
            return "Unable to allocate \(ByteSize.text(bytes)) for an array"
        case .arrayTooBig:
            return "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."
        case .memoryLimitExceeded(let limit, let requested, let live):
            return "exceeded the memory limit of \(limit.text): allocating \(ByteSize.text(requested)) with \(ByteSize.text(live)) of arrays live"
        }
    }

    /// A shape as NumPy prints it: `(3,)`, `(3, 4)`, `()`.
    public static func shapeText(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}
