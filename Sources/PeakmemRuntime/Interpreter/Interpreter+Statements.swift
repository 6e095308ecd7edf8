import PeakmemLanguage

extension Interpreter {
    /// Runs statements in order until one breaks or continues a loop or returns.
    func execute(_ statements: [Statement]) throws(LanguageError) -> Flow {
        for statement in statements {
            let flow = try execute(statement)
            if flow != .normal { return flow }
        }
        return .normal
    }

    /// Runs one statement. Each kind runs in its own method, so that the values it
    /// evaluates are released when it returns, never kept into the next statement.
    func execute(_ statement: Statement) throws(LanguageError) -> Flow {
        let enclosingSite = allocationSite
        markStatement(statement.range)
        defer { allocationSite = enclosingSite }
        switch statement.kind {
        case .expression(let expression):
            try discard(expression)
        case .assignment(let targets, let value):
            try executeAssignment(targets, value)
        case .augmentedAssignment(let target, let op, let value):
            try executeAugmentedAssignment(target, op, value, statement: statement.range)
        case .delete(let targets):
            for target in targets { try delete(target) }
        case .pass:
            break
        case .break:
            return .breakLoop
        case .continue:
            return .continueLoop
        case .import(let modules):
            try executeImport(modules)
        case .importFrom(let module, let names):
            try executeImport(from: module, names)
        case .for(let target, let iterable, let body, let orElse):
            return try executeLoop(target, iterable, body, orElse)
        case .while(let condition, let body, let orElse):
            return try executeWhile(condition, body, orElse)
        case .if(let condition, let body, let orElse):
            return try execute(try truth(of: condition) ? body : orElse)
        case .functionDefinition(let definition):
            bind(definition.name, try makeFunction(name: definition.name, parameters: definition.parameters, body: definition.body))
        case .return(let value):
            returnValue = try value.map { (value) throws(LanguageError) in try evaluate(value) } ?? Value.none
            return .returned
        case .try(let body, let handlers, let orElse, let finally):
            return try executeTry(body, handlers, orElse, finally)
        case .raise(let exception, let cause):
            try executeRaise(exception, cause, at: statement.range)
        case .assert(let test, let message):
            try executeAssert(test, message, at: statement.range)
        case .global, .nonlocal:
            break
        case .with(let items, let body):
            return try executeWith(items[...], body)
        }
        return .normal
    }

    /// An expression statement: its value is dropped at once (CPython's `POP_TOP`).
    private func discard(_ expression: Expression) throws(LanguageError) {
        _ = try evaluate(expression)
    }

    /// `t1 = t2 = value`: the value is evaluated first (while the targets' old values are
    /// still bound), then bound to each target from left to right.
    private func executeAssignment(_ targets: [Expression], _ valueExpression: Expression) throws(LanguageError) {
        let value = try evaluate(valueExpression)
        for target in targets { try assign(target, value) }
    }

    /// `target op= value`: NumPy's in-place operation for arrays, rebinding otherwise.
    private func executeAugmentedAssignment(_ target: Expression, _ op: PeakmemLanguage.BinaryOperator,
                                            _ valueExpression: Expression, statement: SourceRange) throws(LanguageError) {
        switch target.kind {
        case .name(let name):
            let current = try lookup(name, at: target.range)
            bind(name, try inPlace(op, current, valueExpression, statement: statement))
        case .subscript(let base, let index):
            let container = try evaluate(base)
            let key = try evaluateIndex(index)
            let current = try at(target.range) { () throws(RuntimeError) in try container.item(at: key) }
            let result = try inPlace(op, current, valueExpression, statement: statement)
            try at(target.range) { () throws(RuntimeError) in try container.setItem(key, to: result) }
        default:
            throw LanguageError(.syntax, "'\(target)' is an illegal expression for augmented assignment", at: target.range, in: block)
        }
    }

    /// `current op= value` once the target has been read: evaluates the value and applies the
    /// operation to both, which are released when it returns; an error is at the statement.
    private func inPlace(_ op: PeakmemLanguage.BinaryOperator, _ current: consuming Value, _ valueExpression: Expression,
                         statement: SourceRange) throws(LanguageError) -> Value {
        let operand = try evaluate(valueExpression)
        markOperation(op.rawValue, at: statement)
        do throws(RuntimeError) {
            return try Value.inPlaceOperation(op, consume current, consume operand, context: context)
        } catch {
            throw located(error, statement)
        }
    }

    /// Binds `value` to a target: a name, a subscript (`x[1:3] = v` writes into the view), or
    /// a tuple or list of targets (unpacking, with Python's errors).
    func assign(_ target: Expression, _ value: Value) throws(LanguageError) {
        switch target.kind {
        case .name(let name):
            bind(name, value)
        case .tuple(let targets), .list(let targets):
            if let star = targets.firstIndex(where: { if case .starred = $0.kind { true } else { false } }) {
                let items = try at(target.range) { () throws(RuntimeError) in
                    try Interpreter.unpack(value, before: star, after: targets.count - star - 1)
                }
                for (element, item) in zip(targets, items) {
                    if case .starred(let inner) = element.kind { try assign(inner, item) } else { try assign(element, item) }
                }
                return
            }
            let items = try at(target.range) { () throws(RuntimeError) in try Interpreter.unpack(value, count: targets.count) }
            for (element, item) in zip(targets, items) { try assign(element, item) }
        case .subscript(let base, let index):
            let container = try evaluate(base)
            let key = try evaluateIndex(index)
            try at(target.range) { () throws(RuntimeError) in try container.setItem(key, to: value) }
        case .attribute:
            throw LanguageError(.unsupported, UnsupportedConstruct.attributeAssignment.message, at: target.range, in: block)
        default:
            throw LanguageError(.syntax, "cannot assign to \(target)", at: target.range, in: block)
        }
    }

    /// The `count` elements of an iterable being unpacked.
    static func unpack(_ value: Value, count: Int) throws(RuntimeError) -> [Value] {
        var iterator: ValueIterator
        do {
            iterator = try ValueIterator(value)
        } catch {
            throw .typeError("cannot unpack non-iterable \(value.typeName) object")
        }
        var items: [Value] = []
        while items.count <= count, let item = try iterator.next() { items.append(item) }
        if items.count < count {
            throw .valueError("not enough values to unpack (expected \(count), got \(items.count))")
        }
        if items.count > count {
            throw .valueError("too many values to unpack (expected \(count))")
        }
        return items
    }

    /// `a, *rest, b = value`: the `before` first items, a list of the middle ones, and the
    /// `after` last items.
    static func unpack(_ value: Value, before: Int, after: Int) throws(RuntimeError) -> [Value] {
        var iterator: ValueIterator
        do {
            iterator = try ValueIterator(value)
        } catch {
            throw .typeError("cannot unpack non-iterable \(value.typeName) object")
        }
        let items = try iterator.collect()
        guard items.count >= before + after else {
            throw .valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        return Array(items[..<before]) + [.list(ListStorage(Array(items[before..<(items.count - after)])))]
            + Array(items[(items.count - after)...])
    }

    /// Binds a name: in the innermost comprehension scope, else in the running function (a
    /// local or a cell, unless declared `global`), else globally.
    func bind(_ name: String, _ value: Value) {
        markBinding(name, value)
        if !scopes.isEmpty {
            scopes[scopes.count - 1][name] = value
            return
        }
        if let frame, !frame.scope.globals.contains(name) {
            if let slot = frame.scope.slots[name] {
                frame.locals[slot] = value
            } else {
                frame.cells[name]?.value = value
            }
            return
        }
        environment.bind(name, value)
    }

    /// Unbinds a name where ``bind(_:_:)`` binds it (releasing its value at once); false when
    /// it was not bound.
    func unbind(_ name: String) -> Bool {
        if let frame, !frame.scope.globals.contains(name) {
            if let cell = frame.cells[name] {
                defer { cell.value = nil }
                return cell.value != nil
            }
            guard let slot = frame.scope.slots[name], frame.locals[slot] != nil else { return false }
            frame.locals[slot] = nil
            return true
        }
        return environment.remove(name)
    }

    /// `del target`: unbinds a name (releasing its value at once) or deletes list items.
    private func delete(_ target: Expression) throws(LanguageError) {
        switch target.kind {
        case .name(let name):
            // A statement never runs inside a comprehension's scope.
            guard unbind(name) else {
                throw located(.nameError("name '\(name)' is not defined"), target.range)
            }
        case .tuple(let targets), .list(let targets):
            for element in targets { try delete(element) }
        case .subscript(let base, let index):
            let container = try evaluate(base)
            let key = try evaluateIndex(index)
            try at(target.range) { () throws(RuntimeError) in try container.deleteItem(key) }
        default:
            throw LanguageError(.syntax, "cannot delete \(target)", at: target.range, in: block)
        }
    }

    /// `for target in iterable: body else: orElse`. The iterator holds the iterable for the
    /// whole loop, as CPython's does; the target keeps its last value after the loop; `else`
    /// runs when the loop ends without `break`.
    private func executeLoop(_ target: Expression, _ iterable: Expression, _ body: [Statement],
                             _ orElse: [Statement]) throws(LanguageError) -> Flow {
        var iterator = try makeIterator(iterable)
        while try advance(&iterator, assigning: target, range: iterable.range) {
            switch try execute(body) {
            case .breakLoop: return .normal
            case .returned: return .returned
            case .normal, .continueLoop: continue
            }
        }
        return try execute(orElse)
    }

    /// `while condition: body else: orElse`.
    private func executeWhile(_ condition: Expression, _ body: [Statement], _ orElse: [Statement]) throws(LanguageError) -> Flow {
        while try truth(of: condition) {
            switch try execute(body) {
            case .breakLoop: return .normal
            case .returned: return .returned
            case .normal, .continueLoop: continue
            }
        }
        return try execute(orElse)
    }

    /// An iterator over the value of `iterable`.
    func makeIterator(_ iterable: Expression) throws(LanguageError) -> ValueIterator {
        let value = try evaluate(iterable)
        return try at(iterable.range) { () throws(RuntimeError) in try ValueIterator(value) }
    }

    /// Binds the next element to `target`; false at the end. (The element is held by the
    /// target only once this returns.)
    func advance(_ iterator: inout ValueIterator, assigning target: Expression, range: SourceRange) throws(LanguageError) -> Bool {
        let next: Value?
        do throws(RuntimeError) {
            next = try iterator.next()
        } catch {
            throw located(error, range)
        }
        guard let item = next else { return false }
        try assign(target, item)
        return true
    }

    /// The truth value of a condition; the condition's value is released before the branch
    /// runs.
    func truth(of expression: Expression) throws(LanguageError) -> Bool {
        let value = try evaluate(expression)
        return try at(expression.range) { () throws(RuntimeError) in try value.truthValue() }
    }

    /// `import a.b as c, d`.
    private func executeImport(_ modules: [ImportedName]) throws(LanguageError) {
        for module in modules {
            switch ModuleCatalog.binding(forImport: module) {
            case .success(let (name, value)): bind(name, value)
            case .failure(let failure): throw located(failure.error, failure.range)
            }
        }
    }

    /// `from module import a as b, c`.
    private func executeImport(from module: ImportedName, _ names: [ImportedName]) throws(LanguageError) {
        for name in names {
            switch ModuleCatalog.binding(from: module, name: name, registry: context.registry) {
            case .success(let (bound, value)): bind(bound, value)
            case .failure(let failure): throw located(failure.error, failure.range)
            }
        }
    }
}
