import PeakmemLanguage

extension Interpreter {
    /// `try: body except ...: handler else: orElse finally: finally`, with Python's order:
    /// the first handler whose class matches runs (the exception bound to its name until it
    /// ends, then unbound); `else` runs when the body raised nothing and did not leave by
    /// `break`, `continue` or `return`; `finally` always runs, and its own `return`, `break`
    /// or exception replaces what was leaving.
    func executeTry(_ body: [Statement], _ handlers: [ExceptHandler], _ orElse: [Statement],
                    _ finally: [Statement]) throws(LanguageError) -> Flow {
        var flow = Flow.normal
        var pending: LanguageError?
        do {
            flow = try executeHandled(body, handlers, orElse)
        } catch {
            pending = error
        }
        if !finally.isEmpty {
            let saved = returnValue
            let finalFlow = try execute(finally)
            if finalFlow != .normal { return finalFlow }
            returnValue = saved
        }
        if let pending { throw pending }
        return flow
    }

    private func executeHandled(_ body: [Statement], _ handlers: [ExceptHandler], _ orElse: [Statement]) throws(LanguageError) -> Flow {
        do {
            let flow = try execute(body)
            if flow != .normal { return flow }
        } catch where error.kind.isRuntimeException && !handlers.isEmpty {
            for handler in handlers where try matches(error, handler.type) {
                return try handle(error, handler)
            }
            throw error
        }
        return try execute(orElse)
    }

    /// Whether `error` is an instance of the class (or one of the tuple of classes) `type`
    /// evaluates to; a bare `except:` matches everything.
    private func matches(_ error: LanguageError, _ type: Expression?) throws(LanguageError) -> Bool {
        guard let type else { return true }
        let raised = ExceptionClass.named(error.kind.rawValue)
        func test(_ value: Value) throws(LanguageError) -> Bool {
            switch value {
            case .object(let candidate as ExceptionClass): return raised.isSubclass(of: candidate)
            case .tuple(let items):
                for item in items where try test(item) { return true }
                return false
            default:
                throw located(.typeError("catching classes that do not inherit from BaseException is not allowed"), type.range)
            }
        }
        return try test(try evaluate(type))
    }

    /// Runs a handler: the exception (and the frames its traceback keeps) lives until the
    /// handler ends; `except E as name` binds it and unbinds it at the end, as CPython does.
    private func handle(_ caught: LanguageError, _ handler: ExceptHandler) throws(LanguageError) -> Flow {
        var error = caught
        let payload = error.exception ?? ExceptionPayload(ExceptionObject(error))
        error.exception = payload
        handling.append(error)
        defer { handling.removeLast() }
        if let name = handler.name { bind(name, .object(payload.exception as! ExceptionObject)) }
        defer { if let name = handler.name { _ = unbind(name) } }
        return try execute(handler.body)
    }

    /// `raise exception from cause`, or a bare `raise` (re-raises the exception being handled).
    func executeRaise(_ exception: Expression?, _ cause: Expression?, at range: SourceRange) throws(LanguageError) {
        guard let exception else {
            guard let current = handling.last else {
                throw located(RuntimeError("RuntimeError", "No active exception to reraise"), range)
            }
            throw current
        }
        let value = try evaluate(exception)
        if let cause { _ = try evaluate(cause) }
        let object: ExceptionObject
        switch value {
        case .object(let type as ExceptionClass): object = ExceptionObject(type, arguments: [])
        case .object(let instance as ExceptionObject): object = instance
        default: throw located(.typeError("exceptions must derive from BaseException"), exception.range)
        }
        var error = LanguageError(LanguageError.Kind(rawValue: object.type.name), object.message, at: range, in: block)
        error.exception = ExceptionPayload(object)
        throw error
    }

    /// `assert test, message`: `AssertionError(message)` when the test is false.
    func executeAssert(_ test: Expression, _ message: Expression?, at range: SourceRange) throws(LanguageError) {
        guard !(try truth(of: test)) else { return }
        let arguments = try message.map { (message) throws(LanguageError) in [try evaluate(message)] } ?? []
        let object = ExceptionObject(ExceptionClass.named("AssertionError"), arguments: arguments)
        var error = LanguageError(LanguageError.Kind(rawValue: "AssertionError"), object.message, at: range, in: block)
        error.exception = ExceptionPayload(object)
        throw error
    }

    /// `with a as x, b: body`: each context manager entered in order, exited in reverse,
    /// whether the body ends normally or by an exception (which then propagates).
    func executeWith(_ items: ArraySlice<WithItem>, _ body: [Statement]) throws(LanguageError) -> Flow {
        guard let item = items.first else { return try execute(body) }
        let value = try evaluate(item.context)
        guard case .object(let manager as ContextManager) = value else {
            throw located(.typeError("'\(value.typeName)' object does not support the context manager protocol"), item.context.range)
        }
        let entered = try at(item.context.range) { () throws(RuntimeError) in try manager.enter() }
        defer { manager.exit() }
        if let target = item.target { try assign(target, entered) }
        return try executeWith(items.dropFirst(), body)
    }
}

/// An object `with` can manage (`np.errstate(...)`).
public protocol ContextManager: RuntimeObject {
    /// `__enter__`: what `as` binds.
    func enter() throws(RuntimeError) -> Value
    /// `__exit__`, on the way out whether or not an exception is leaving (it never suppresses one).
    func exit()
}

extension ExceptionObject {
    /// The exception object of an error raised by running code: its class from the error's
    /// kind and its message without the `ValueError: ` prefix.
    convenience init(_ error: LanguageError) {
        let prefix = "\(error.kind.rawValue): "
        let message = error.message.hasPrefix(prefix) ? String(error.message.dropFirst(prefix.count)) : error.message
        self.init(ExceptionClass.named(error.kind.rawValue), message: message)
    }
}

extension LanguageError {
    /// The error as library code raises it (Python's exception type and message, without the
    /// location), for a scenario function called from a builtin such as `sorted(key=f)`.
    var runtimeError: RuntimeError {
        if kind == .unsupported { return .unsupported(message) }
        let prefix = "\(kind.rawValue): "
        return RuntimeError(kind.rawValue, message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message)
    }
}
