import PeakmemEngine

extension Value {
    /// The attributes arrays have that are values (methods come from the registry, as
    /// `ndarray.<name>`).
    static let arrayAttributes = ["T", "shape", "dtype", "ndim", "size", "nbytes", "itemsize", "strides", "flags", "real", "imag"]

    /// `self.name`: array attributes and bound methods, module members, dtype and flags
    /// attributes, list methods. Unknown names raise `AttributeError` with a close match, and
    /// NumPy names peakmem does not support yet say so.
    func attribute(_ name: String, registry: FunctionRegistry) throws(RuntimeError) -> Value {
        switch self {
        case .module(let module):
            if let member = registry.member(of: module, name) { return member }
            if PlannedFeatures.isPlanned("\(module).\(name)") { throw PlannedFeatures.notSupported("\(module).\(name)") }
            throw Value.missingAttribute("module '\(module)'", name, candidates: registry.members(of: module),
                                         hint: module == "builtins" ? nil : "`peakmem list --functions` lists what scenario code can call")
        case .array(let array):
            switch name {
            case "T": return .array(array.T)
            case "shape": return .tuple(array.shape.map(Value.int))
            case "dtype": return .dtype(array.dtype)
            case "ndim": return .int(array.ndim)
            case "size": return .int(array.size)
            case "nbytes": return .int(array.nbytes)
            case "itemsize": return .int(array.itemSize)
            case "strides": return .tuple(array.strides.map(Value.int))
            case "flags": return .flags(array.flags)
            case "real": return .array(array.realPart)
            case "imag": return .array(try engine { try array.imaginaryPart() })
            default: return try method(of: "ndarray", name, registry: registry)
            }
        case .arrayScalar(let scalar):
            switch name {
            case "dtype": return .dtype(scalar.dtype)
            case "shape": return .tuple([])
            case "ndim": return .int(0)
            case "size": return .int(1)
            case "itemsize", "nbytes": return .int(scalar.dtype.itemSize)
            case "T": return self
            default:
                throw Value.missingAttribute("'\(typeName)' object", name, candidates: ["T", "dtype", "itemsize", "nbytes", "ndim", "shape", "size"])
            }
        case .dtype(let dtype):
            switch name {
            case "name": return .string(dtype.rawValue)
            case "itemsize": return .int(dtype.itemSize)
            case "kind": return .string(String(dtype.kind))
            case "str": return .string(dtype.npyDescriptor)
            case "char": return .string(dtype.typeCharacter)
            case "type": return self
            default:
                throw Value.missingAttribute("'numpy.dtype' object", name, candidates: ["char", "itemsize", "kind", "name", "str", "type"])
            }
        case .flags(let flags):
            switch name {
            case "c_contiguous", "contiguous": return .bool(flags.cContiguous)
            case "f_contiguous": return .bool(flags.fContiguous)
            case "fortran": return .bool(flags.fContiguous && !flags.cContiguous)
            case "writeable", "aligned": return .bool(true)
            case "owndata":
                throw .unsupported("`flags.owndata` is not tracked by peakmem; compare `nbytes` and the ledger instead")
            default:
                throw Value.missingAttribute("'numpy.flagsobj' object", name, candidates: ["aligned", "c_contiguous", "contiguous", "f_contiguous", "fortran", "writeable"])
            }
        case .function(let function):
            if let member = registry.member(of: function, name) { return member }
            if PlannedFeatures.isPlanned("\(function).\(name)") { throw PlannedFeatures.notSupported("\(function).\(name)") }
            throw Value.missingAttribute("'function' object", name, candidates: registry.members(of: function))
        case .list:
            return try method(of: "list", name, registry: registry)
        case .string:
            return try method(of: "str", name, registry: registry)
        case .object(let object):
            if let value = try object.attribute(name) { return value }
            let qualified = "\(object.methodNamespace).\(name)"
            if registry.entry(qualified) != nil { return .method(receiver: Box(self), name: qualified) }
            if PlannedFeatures.isPlanned(qualified) { throw PlannedFeatures.notSupported(qualified) }
            throw Value.missingAttribute("'\(object.typeName)' object", name,
                                         candidates: object.attributeNames + registry.members(of: object.methodNamespace))
        default:
            throw Value.missingAttribute("'\(typeName)' object", name, candidates: [])
        }
    }

    /// A method of this value, bound to it.
    private func method(of type: String, _ name: String, registry: FunctionRegistry) throws(RuntimeError) -> Value {
        let qualified = "\(type).\(name)"
        if registry.entry(qualified) != nil { return .method(receiver: Box(self), name: qualified) }
        if PlannedFeatures.isPlanned(qualified) { throw PlannedFeatures.notSupported(qualified) }
        let candidates = registry.members(of: type) + (type == "ndarray" ? Value.arrayAttributes : [])
        let owner = type == "ndarray" ? "'numpy.ndarray' object" : "'\(type)' object"
        throw Value.missingAttribute(owner, name, candidates: candidates)
    }

    /// Python 3.12's `AttributeError`, with a close match when there is one.
    static func missingAttribute(_ owner: String, _ name: String, candidates: [String], hint: String? = nil) -> RuntimeError {
        var message = "\(owner) has no attribute '\(name)'" + Suggestions.didYouMean(name, among: candidates)
        if let hint { message += " (\(hint))" }
        return .attributeError(message)
    }
}

extension DType {
    /// NumPy's one-character type code (`dtype.char`).
    var typeCharacter: String {
        switch self {
        case .bool: "?"
        case .uint8: "B"
        case .int32: "i"
        case .int64: "l"
        case .float32: "f"
        case .float64: "d"
        case .complex64: "F"
        case .complex128: "D"
        }
    }
}
