import PeakmemLanguage

extension Interpreter {
    /// CPython's default recursion limit: a call nested deeper raises `RecursionError`.
    static let recursionLimit = 1000
    /// The stack a call needs left (a backstop below the recursion limit: a debug build's
    /// frames are large).
    static let stackMargin = 4 << 20

    /// The function a `def` or a `lambda` makes: defaults evaluated now, in order; the cells of
    /// the enclosing function's variables it uses captured.
    func makeFunction(name: String, parameters: FunctionParameters, body: [Statement]) throws(LanguageError) -> Value {
        let scope = FunctionScope(parameters: parameters, body: body)
        var defaults: [String: Value] = [:]
        for parameter in parameters.parameters {
            if let expression = parameter.defaultValue { defaults[parameter.name] = try evaluate(expression) }
        }
        var captured: [String: Cell] = [:]
        if let frame {
            for name in scope.freeNames {
                if let cell = frame.cells[name] { captured[name] = cell }
            }
        }
        return .object(UserFunction(name: name, parameters: parameters, body: body, scope: scope,
                                    defaults: defaults, captured: captured, block: block))
    }

    /// Calls a scenario function: binds the arguments in a new frame, runs the body, and
    /// releases the frame (every local) when it returns. An exception leaving the call keeps
    /// the frame alive in its payload until a handler ends, as CPython's traceback does.
    /// Errors binding the arguments are located at `range` (the call), errors of the body
    /// where they happen.
    func callFunction(_ function: UserFunction, positional: [Value], keywords: [(name: String, value: Value)],
                      range: SourceRange?) throws(LanguageError) -> Value {
        let callRange = range ?? SourceRange(at: SourceLocation(line: 1, column: 1))
        if callDepth >= Interpreter.recursionLimit - 1 || (DeepStack.remaining.map { $0 < Interpreter.stackMargin } ?? false) {
            throw located(RuntimeError("RecursionError", "maximum recursion depth exceeded"), callRange)
        }
        let callee = Frame(scope: function.scope, captured: function.captured)
        if let slots = function.parameterSlots, keywords.isEmpty, positional.count == slots.count {
            for (slot, value) in zip(slots, positional) { callee.locals[slot] = value }
        } else {
            let arguments = try at(callRange) { () throws(RuntimeError) in try function.bind(positional: positional, keywords: keywords) }
            for (name, value) in arguments {
                if let slot = callee.scope.slots[name] { callee.locals[slot] = value } else { callee.cells[name]?.value = value }
            }
        }
        let saved = (frame: frame, scopes: scopes, block: block)
        frame = callee
        scopes = []
        block = function.block
        callDepth += 1
        defer {
            frame = saved.frame
            scopes = saved.scopes
            block = saved.block
            callDepth -= 1
        }
        do {
            guard try execute(compiledBody(of: function)) == .returned else { return .none }
            defer { returnValue = nil }
            return returnValue ?? .none
        } catch {
            throw retaining(callee, in: error)
        }
    }

    /// `error` with `frame` kept alive by its payload (created here for an error the engine
    /// raised).
    func retaining(_ frame: Frame, in error: LanguageError) -> LanguageError {
        guard error.kind.isRuntimeException else { return error }
        var error = error
        let payload = error.exception ?? ExceptionPayload(ExceptionObject(error))
        payload.retain(frame)
        error.exception = payload
        return error
    }
}
