import PeakmemLanguage
import PeakmemResults

extension Interpreter {
    /// Runs compiled statements in order until one breaks or continues a loop or returns:
    /// the one place every compiled statement runs. Each marks its allocation site (the
    /// enclosing statement's site is restored after it, as the tree-walker's
    /// ``execute(_:)-(Statement)`` does, which marks the statements it runs itself).
    func execute(_ block: CompiledBlock) throws(LanguageError) -> Flow {
        for statement in block.statements {
            guard let site = statement.site else {
                let flow = try statement.run(self)
                if flow != .normal { return flow }
                continue
            }
            let enclosingSite = allocationSite
            markStatement(site)
            defer { allocationSite = enclosingSite }
            let flow = try statement.run(self)
            if flow != .normal { return flow }
        }
        return .normal
    }

    /// Calls `callee` with evaluated arguments: the one place every call of scenario code is
    /// made (compiled or tree-walked), which marks the operation for provenance (at `site`'s
    /// position, else at `range`). A scenario function runs in a new frame; a registered
    /// function's entry is taken from `site` when the same function was called there before.
    /// Errors are located at `range` (the call).
    func invoke(_ callee: Value, positional: [Value], keywords: [(name: String, value: Value)], range: SourceRange,
                site: CallSite? = nil) throws(LanguageError) -> Value {
        if let site {
            markOperation(Interpreter.operationName(of: callee), line: site.line, column: site.column)
        } else {
            markOperation(Interpreter.operationName(of: callee), at: range)
        }
        if case .object(let function as UserFunction) = callee {
            return try callFunction(function, positional: positional, keywords: keywords, range: range)
        }
        do throws(RuntimeError) {
            if let site, case .function(let name) = callee {
                let entry = try site.entry(name, in: context.registry)
                return try entry.body(try entry.signature.bind(positional: positional, keywords: keywords), context)
            }
            return try call(callee, positional: positional, keywords: keywords)
        } catch {
            throw located(error, range)
        }
    }

    /// The truth value of a compiled condition; its value is released before the caller runs
    /// a branch.
    func truth(of condition: CompiledExpression, _ range: SourceRange) throws(LanguageError) -> Bool {
        let value = try condition(self)
        if case .bool(let truth) = value { return truth }
        do throws(RuntimeError) {
            return try value.truthValue()
        } catch {
            throw located(error, range)
        }
    }

    /// An iterator over the value of a compiled iterable (which the iterator alone then holds).
    func makeIterator(_ iterable: CompiledExpression, _ range: SourceRange) throws(LanguageError) -> ValueIterator {
        let value = try iterable(self)
        do throws(RuntimeError) {
            return try ValueIterator(value)
        } catch {
            throw located(error, range)
        }
    }

    /// `left and right` / `left or right` compiled: the left value when it decides, nil (the
    /// left value released) when the right operand is the result.
    func shortCircuit(_ op: LogicalOperator, _ left: CompiledExpression, _ range: SourceRange) throws(LanguageError) -> Value? {
        let value = try left(self)
        let truth: Bool
        do throws(RuntimeError) {
            truth = try value.truthValue()
        } catch {
            throw located(error, range)
        }
        return truth == (op == .or) ? value : nil
    }

    /// `abs(x)` with its argument handed over (held by no argument list): for an array it is
    /// NumPy's `__abs__`, which reuses a temporary as `-x` does.
    func absolute(_ argument: CompiledExpression, _ range: SourceRange, site: CallSite) throws(LanguageError) -> Value {
        let value = try argument(self)
        markOperation("builtins.abs", line: site.line, column: site.column)
        do throws(RuntimeError) {
            return try Builtins.absolute(consume value)
        } catch {
            throw located(error, range)
        }
    }

    /// `current op= operand` once both are evaluated: NumPy's in-place operation for arrays,
    /// the binary operation otherwise, marked at the statement's file position `site`; an
    /// error is located at the statement.
    func inPlace(_ op: PeakmemLanguage.BinaryOperator, _ current: consuming Value, _ operand: consuming Value,
                 statement: SourceRange, site: AllocationSite) throws(LanguageError) -> Value {
        markOperation(op.rawValue, line: site.line, column: site.column)
        do throws(RuntimeError) {
            return try Value.inPlaceOperation(op, consume current, consume operand, context: context)
        } catch {
            throw located(error, statement)
        }
    }

    /// The compiled body of `function` for this interpreter's globals (compiled at its first
    /// call, again only if it is called with other globals).
    func compiledBody(of function: UserFunction) -> CompiledBlock {
        if let compiled = function.compiled, compiled.environment == environment.serial { return compiled.body }
        let body = Compiler(scope: .function(function.scope), environment: environment, origin: function.block.origin)
            .compile(function.body)
        function.compiled = (environment.serial, body)
        return body
    }
}
