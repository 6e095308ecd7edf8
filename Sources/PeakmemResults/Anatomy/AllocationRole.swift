/// Why the engine made a buffer, as far as the operation that made it knows.
///
/// The engine sets the role around its internal copies; everything else an operation
/// allocates is its ``result``. Whether a result ended as a name's value or as a temporary of
/// an expression is not a role: it is the ``PeakAllocation/name`` the interpreter bound it to.
///
/// Encoded as `{"kind": "layout_copy", "operand": 0, "order": "C"}` (the fields of the case
/// beside its kind; see docs/results-format.md).
public enum AllocationRole: Sendable, Hashable {
    /// The value the operation returns (bound to a name, or a temporary of an expression).
    case result
    /// A contiguity/layout copy of operand `operand` (0-based) in `order` (`"C"` or `"F"`),
    /// e.g. `np.dot` copying a Fortran-ordered or strided matrix for BLAS, f2py copying a
    /// C-ordered operand to Fortran order.
    case layoutCopy(operand: Int, order: String)
    /// A copy of operand `operand` converted to `dtype` (an operation's type promotion).
    case castCopy(operand: Int, dtype: String)
    /// Working memory of the operation (a BLAS product's temporary output, a sort's buffer).
    case scratch
    /// The output of step `step` (1-based) of `steps` of an optimized `np.einsum` path, with
    /// the step's subscripts (`ij,jk->ik`).
    case einsumIntermediate(step: Int, steps: Int, subscripts: String)

    /// The encoded `kind`.
    public var kind: String {
        switch self {
        case .result: "result"
        case .layoutCopy: "layout_copy"
        case .castCopy: "cast_copy"
        case .scratch: "scratch"
        case .einsumIntermediate: "einsum_intermediate"
        }
    }
}

extension AllocationRole: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, operand, order, dtype, step, steps, subscripts
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "result": self = .result
        case "layout_copy":
            self = .layoutCopy(operand: try container.decode(Int.self, forKey: .operand),
                               order: try container.decode(String.self, forKey: .order))
        case "cast_copy":
            self = .castCopy(operand: try container.decode(Int.self, forKey: .operand),
                             dtype: try container.decode(String.self, forKey: .dtype))
        case "scratch": self = .scratch
        case "einsum_intermediate":
            self = .einsumIntermediate(step: try container.decode(Int.self, forKey: .step),
                                       steps: try container.decode(Int.self, forKey: .steps),
                                       subscripts: try container.decode(String.self, forKey: .subscripts))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown allocation role '\(kind)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .result, .scratch:
            break
        case .layoutCopy(let operand, let order):
            try container.encode(operand, forKey: .operand)
            try container.encode(order, forKey: .order)
        case .castCopy(let operand, let dtype):
            try container.encode(operand, forKey: .operand)
            try container.encode(dtype, forKey: .dtype)
        case .einsumIntermediate(let step, let steps, let subscripts):
            try container.encode(step, forKey: .step)
            try container.encode(steps, forKey: .steps)
            try container.encode(subscripts, forKey: .subscripts)
        }
    }
}
