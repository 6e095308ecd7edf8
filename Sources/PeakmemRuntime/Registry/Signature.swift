/// The Python signature of a registered function or method: its name and parameters.
public struct Signature: Sendable {
    /// The qualified name: `numpy.zeros`, `numpy.random.randn`, `ndarray.reshape`.
    public let name: String
    /// The parameters, in declaration order (`self` is not one: a method's receiver is
    /// passed separately).
    public let parameters: [ParameterSpec]
    /// The name Python shows in messages: the last component (`zeros`).
    public let shortName: String
    /// The parameters that take positional arguments, in order (decided once, not per call).
    private let positionalParameters: [ParameterSpec]
    /// True when a `*args` parameter collects the extra positional arguments.
    private let hasVariadic: Bool
    /// True when a `**kwargs` parameter collects the unknown keywords.
    private let collectsKeywords: Bool

    /// Creates a signature.
    public init(_ name: String, _ parameters: [ParameterSpec]) {
        self.name = name
        self.parameters = parameters
        shortName = String(name.split(separator: ".").last ?? Substring(name))
        positionalParameters = parameters.filter { $0.kind == .positionalOrKeyword || $0.kind == .positionalOnly }
        hasVariadic = parameters.contains { $0.kind == .variadic }
        collectsKeywords = parameters.contains { $0.kind == .variadicKeywords }
    }

    /// The signature as Python's `help` shows it: `zeros(shape, dtype=None, order='C')`,
    /// `add(x1, x2, /, out=None)`, `reshape(*shape, order='C')`.
    public var text: String {
        var parts: [String] = []
        var starred = false
        for (index, p) in parameters.enumerated() {
            let text = p.defaultValue.map { "\(p.name)=\(Signature.defaultText($0))" } ?? p.name
            switch p.kind {
            case .positionalOnly:
                parts.append(text)
                let next = index + 1 < parameters.count ? parameters[index + 1].kind : nil
                if next != .positionalOnly { parts.append("/") }
            case .variadic:
                parts.append("*\(p.name)")
                starred = true
            case .keywordOnly:
                if !starred { parts.append("*"); starred = true }
                parts.append(text)
            case .positionalOrKeyword:
                parts.append(text)
            case .variadicKeywords:
                parts.append("**\(p.name)")
            }
        }
        return "\(shortName)(\(parts.joined(separator: ", ")))"
    }

    /// A default as NumPy's documentation writes it: `float` for the type, `None`, `'C'`.
    static func defaultText(_ value: Value) -> String {
        if case .function(let name) = value, name.hasPrefix("builtins.") { return String(name.dropFirst("builtins.".count)) }
        return value.pythonRepresentation
    }

    /// Binds call arguments to the parameters with Python's rules and messages.
    public func bind(positional: [Value], keywords: [(name: String, value: Value)], receiver: Value? = nil)
        throws(RuntimeError) -> Arguments
    {
        var bound: [String: Value] = [:]
        bound.reserveCapacity(parameters.count)
        var rest: [Value] = []
        for (index, value) in positional.enumerated() {
            if index < positionalParameters.count {
                bound[positionalParameters[index].name] = value
            } else if hasVariadic {
                rest.append(value)
            } else {
                let required = positionalParameters.filter { $0.defaultValue == nil }.count
                let range = required == positionalParameters.count ? "\(required)" : "from \(required) to \(positionalParameters.count)"
                let noun = positionalParameters.count == 1 && required == 1 ? "argument" : "arguments"
                let verb = positional.count == 1 ? "was" : "were"
                throw .typeError("\(shortName)() takes \(range) positional \(noun) but \(positional.count) \(verb) given")
            }
        }
        var positionalOnlyByKeyword: [String] = []
        var extraKeywords: [(String, Value)] = []
        for (name, value) in keywords {
            if parameters.contains(where: { $0.name == name && $0.kind == .positionalOnly }), !hasVariadic {
                positionalOnlyByKeyword.append(name)
                continue
            }
            guard let parameter = parameters.first(where: {
                $0.name == name && ($0.kind == .positionalOrKeyword || $0.kind == .keywordOnly)
            }) else {
                if collectsKeywords {
                    extraKeywords.append((name, value))
                    continue
                }
                let known = parameters.filter { $0.kind == .positionalOrKeyword || $0.kind == .keywordOnly }.map(\.name)
                let list = known.isEmpty ? "it takes no keyword arguments" : "its keywords are " + known.joined(separator: ", ")
                throw .typeError("\(shortName)() got an unexpected keyword argument '\(name)'; \(list)")
            }
            guard bound[parameter.name] == nil else {
                throw .typeError("\(shortName)() got multiple values for argument '\(name)'")
            }
            bound[name] = value
        }
        if !positionalOnlyByKeyword.isEmpty {
            throw .typeError("\(shortName)() got some positional-only arguments passed as keyword arguments: "
                + positionalOnlyByKeyword.map { "'\($0)'" }.joined(separator: ", "))
        }
        var missing: [ParameterSpec] = []
        for parameter in parameters where parameter.kind != .variadic && parameter.kind != .variadicKeywords && bound[parameter.name] == nil {
            if let value = parameter.defaultValue { bound[parameter.name] = value } else { missing.append(parameter) }
        }
        if !missing.isEmpty {
            let names = missing.map { "'\($0.name)'" }
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
            let kind = missing.allSatisfy { $0.kind == .keywordOnly } ? "keyword-only" : "positional"
            throw .typeError("\(shortName)() missing \(missing.count) required \(kind) argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return Arguments(function: shortName, values: bound, variadic: rest, receiver: receiver ?? .none, keywordValues: extraKeywords)
    }
}
