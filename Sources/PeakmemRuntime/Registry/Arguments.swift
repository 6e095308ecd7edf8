import PeakmemEngine

/// The arguments of one call, bound to parameter names, with typed accessors that raise
/// Python's `TypeError`/`ValueError` messages naming the function and the parameter.
public struct Arguments: Sendable {
    /// The function's short name, for messages.
    public let function: String
    /// Every parameter's value (defaults filled in).
    public let values: [String: Value]
    /// The values collected by a `*name` parameter.
    public let variadic: [Value]
    /// The object a method is called on (`X` in `X.reshape(2, 3)`); `None` for functions.
    public let receiver: Value
    /// The keyword arguments collected by a `**name` parameter, in call order.
    public let keywordValues: [(String, Value)]

    /// Bound arguments (made by ``Signature/bind(positional:keywords:receiver:)``).
    public init(function: String, values: [String: Value], variadic: [Value], receiver: Value = .none,
                keywordValues: [(String, Value)] = []) {
        self.function = function
        self.values = values
        self.variadic = variadic
        self.receiver = receiver
        self.keywordValues = keywordValues
    }

    /// The receiver as an array (for `ndarray` methods).
    public func receiverArray() throws(RuntimeError) -> NDArray {
        guard case .array(let array) = receiver else {
            throw .typeError("\(function)() needs an array receiver, not \(receiver.typeName)")
        }
        return array
    }

    /// The value of a parameter.
    public subscript(name: String) -> Value {
        values[name] ?? .none
    }

    /// True when the parameter is `None` (or absent).
    public func isNone(_ name: String) -> Bool {
        if case .none = self[name] { return true }
        return false
    }

    /// An array parameter; a Python number becomes a 0-d array as `np.asarray` does.
    public func array(_ name: String) throws(RuntimeError) -> NDArray {
        try self[name].asArray(for: "\(function)() argument '\(name)'")
    }

    /// An optional array parameter (`None` gives nil).
    public func optionalArray(_ name: String) throws(RuntimeError) -> NDArray? {
        isNone(name) ? nil : try array(name)
    }

    /// A ufunc's `out=` parameter: `None` (nil), an array, or a tuple holding one array.
    public func output(_ name: String = "out") throws(RuntimeError) -> NDArray? {
        switch self[name] {
        case .none: return nil
        case .array(let array): return array
        case .tuple(let items) where items.count == 1:
            if case .array(let array) = items[0] { return array }
            throw .typeError("return arrays must be of ArrayType")
        default:
            throw .typeError("return arrays must be of ArrayType")
        }
    }

    /// An integer parameter (a Python int or bool, or a NumPy integer 0-d array).
    public func int(_ name: String) throws(RuntimeError) -> Int {
        try self[name].asInt(for: "\(function)() argument '\(name)'")
    }

    /// An optional integer parameter.
    public func optionalInt(_ name: String) throws(RuntimeError) -> Int? {
        isNone(name) ? nil : try int(name)
    }

    /// A float parameter (int, float or bool).
    public func double(_ name: String) throws(RuntimeError) -> Double {
        try self[name].asDouble(for: "\(function)() argument '\(name)'")
    }

    /// A truth value, with Python's truthiness.
    public func bool(_ name: String) throws(RuntimeError) -> Bool {
        try self[name].truthValue()
    }

    /// A shape: an int or a tuple/list of ints.
    public func shape(_ name: String) throws(RuntimeError) -> [Int] {
        try self[name].asShape(for: "\(function)() argument '\(name)'")
    }

    /// A dtype parameter: `np.float32`, `'float32'`, `float`, `int`, `bool`; nil for `None`.
    public func dtype(_ name: String) throws(RuntimeError) -> DType? {
        isNone(name) ? nil : try self[name].asDType(for: "\(function)() argument '\(name)'")
    }

    /// An `order=` parameter: `'C'`, `'F'`, `'A'` or `'K'` (`None` gives `defaultOrder`),
    /// restricted to `allowed`.
    public func order(_ name: String, allowed: Set<MemoryOrder> = Set(MemoryOrder.allCases),
                      defaultOrder: MemoryOrder = .keep) throws(RuntimeError) -> MemoryOrder {
        if isNone(name) { return defaultOrder }
        guard case .string(let text) = self[name], let order = MemoryOrder(rawValue: text.uppercased()) else {
            throw .valueError("order must be one of 'C', 'F', 'A', or 'K' (got \(self[name].pythonRepresentation))")
        }
        guard allowed.contains(order) else {
            if allowed == [.c, .fortran] { throw .valueError("only 'C' or 'F' order is permitted") }
            let names = MemoryOrder.allCases.filter(allowed.contains).map { "'\($0.rawValue)'" }
            throw .valueError("order must be one of \(names.joined(separator: ", ")) (got '\(text)')")
        }
        return order
    }

    /// A string parameter.
    public func string(_ name: String) throws(RuntimeError) -> String {
        guard case .string(let text) = self[name] else {
            throw .typeError("\(function)() argument '\(name)' must be str, not \(self[name].typeName)")
        }
        return text
    }
}
