/// The identity of a hashable value as a dict key or set element: values Python considers
/// equal (`1`, `1.0`, `True`) have the same key.
enum HashKey: Hashable {
    case none
    case integer(Int)
    case float(Double)
    case string(String)
    case tuple([HashKey])
    case name(String)
    case object(ObjectIdentifier)

    /// The key of `value`; `TypeError: unhashable type` for lists, arrays, dicts and sets.
    init(_ value: Value) throws(RuntimeError) {
        switch value {
        case .none: self = .none
        case .bool(let flag): self = .integer(flag ? 1 : 0)
        case .int(let number): self = .integer(number)
        case .float(let number):
            if let exact = Int(exactly: number) { self = .integer(exact) } else { self = .float(number) }
        case .string(let text): self = .string(text)
        case .tuple(let items):
            var keys: [HashKey] = []
            for item in items { keys.append(try HashKey(item)) }
            self = .tuple(keys)
        case .arrayScalar(let scalar):
            let number = scalar.doubleValue
            if let exact = Int(exactly: number) { self = .integer(exact) } else { self = .float(number) }
        case .function(let name), .module(let name): self = .name(name)
        case .dtype(let dtype): self = .name("dtype:\(dtype)")
        case .object(let object) where !(object is ContainerObject): self = .object(ObjectIdentifier(object))
        default:
            throw .typeError("unhashable type: '\(value.typeName)'")
        }
    }
}
