import PeakmemLanguage

/// A function scenario code defined with `def` or `lambda`: its code, the default values
/// computed when it was defined, and the cells of the enclosing functions' variables it uses.
final class UserFunction: RuntimeObject, @unchecked Sendable {
    /// The function's name (`<lambda>` for a lambda).
    let name: String
    let parameters: FunctionParameters
    /// The body; a lambda's is one `return` statement.
    let body: [Statement]
    let scope: FunctionScope
    /// The defaults, by parameter name, evaluated once at definition (Python's semantics:
    /// a default array is shared by every call).
    let defaults: [String: Value]
    /// The enclosing functions' cells this function uses, by name.
    let captured: [String: Cell]
    /// The code block the function was written in, for its errors' locations.
    let block: CodeBlock
    /// The body compiled for the globals of the environment with this serial
    /// (``Interpreter/compiledBody(of:)``).
    var compiled: (environment: Int, body: CompiledBlock)?
    /// The parameters taking positional arguments, in order.
    private let positionalParameters: [FunctionParameters.Parameter]
    /// The frame slot of each parameter, in order, when every parameter is a plain
    /// positional-or-keyword local without a default (`def f(x, y)`): a call passing exactly
    /// that many positional arguments binds them straight into the slots.
    let parameterSlots: [Int]?
    /// `*args` and `**kwargs`, if any.
    private let variadic: FunctionParameters.Parameter?
    private let variadicKeyword: FunctionParameters.Parameter?

    init(name: String, parameters: FunctionParameters, body: [Statement], scope: FunctionScope,
         defaults: [String: Value], captured: [String: Cell], block: CodeBlock) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.scope = scope
        self.defaults = defaults
        self.captured = captured
        self.block = block
        positionalParameters = parameters.parameters.filter { $0.kind == .positionalOnly || $0.kind == .positionalOrKeyword }
        variadic = parameters.parameters.first { $0.kind == .variadicPositional }
        variadicKeyword = parameters.parameters.first { $0.kind == .variadicKeyword }
        let plain = parameters.parameters.allSatisfy { $0.kind == .positionalOrKeyword && $0.defaultValue == nil }
        let slots = parameters.parameters.compactMap { scope.slots[$0.name] }
        parameterSlots = plain && slots.count == parameters.parameters.count ? slots : nil
    }

    var typeName: String { "function" }
    var methodNamespace: String { "function" }
    var representation: String { "<function \(name)>" }

    func attribute(_ name: String) throws(RuntimeError) -> Value? {
        name == "__name__" ? .string(self.name) : nil
    }

    /// The locals of a call with these arguments, bound as Python binds them, with Python's
    /// `TypeError`s for missing, extra, repeated or unknown arguments.
    func bind(positional: [Value], keywords: [(name: String, value: Value)]) throws(RuntimeError) -> [String: Value] {
        var bound: [String: Value] = [:]
        bound.reserveCapacity(parameters.parameters.count)
        let all = parameters.parameters
        for (index, value) in positional.enumerated() where index < positionalParameters.count {
            bound[positionalParameters[index].name] = value
        }
        if positional.count > positionalParameters.count {
            guard let variadic else {
                let expected = positionalParameters.count
                let required = positionalParameters.filter { $0.defaultValue == nil }.count
                let range = required == expected ? "\(expected)" : "from \(required) to \(expected)"
                throw .typeError("\(name)() takes \(range) positional argument\(expected == 1 && required == expected ? "" : "s") but \(positional.count) \(positional.count == 1 ? "was" : "were") given")
            }
            bound[variadic.name] = .tuple(Array(positional[positionalParameters.count...]))
        } else if let variadic {
            bound[variadic.name] = .tuple([])
        }
        let extra = variadicKeyword.map { _ in PythonDict() }
        for (key, value) in keywords {
            if let parameter = all.first(where: { $0.name == key && $0.kind != .variadicPositional && $0.kind != .variadicKeyword && $0.kind != .positionalOnly }) {
                guard bound[parameter.name] == nil else {
                    throw .typeError("\(name)() got multiple values for argument '\(key)'")
                }
                bound[parameter.name] = value
            } else if let extra {
                guard try !extra.contains(.string(key)) else {
                    throw .typeError("\(name)() got multiple values for keyword argument '\(key)'")
                }
                try extra.setItem(.string(key), value)
            } else {
                throw .typeError("\(name)() got an unexpected keyword argument '\(key)'")
            }
        }
        if let variadicKeyword, let extra { bound[variadicKeyword.name] = .object(extra) }
        var missing: [String] = []
        for parameter in all where bound[parameter.name] == nil {
            if let value = defaults[parameter.name] {
                bound[parameter.name] = value
            } else {
                missing.append(parameter.name)
            }
        }
        if !missing.isEmpty {
            let keywordOnly = all.filter { missing.contains($0.name) && $0.kind == .keywordOnly }.count == missing.count
            let quoted = missing.map { "'\($0)'" }
            let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " and " + quoted.last!
            let kind = keywordOnly ? "keyword-only" : "positional"
            throw .typeError("\(name)() missing \(missing.count) required \(kind) argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return bound
    }
}
