import PeakmemLanguage

extension CheckWalker {
    func check(_ statements: [Statement]) {
        for statement in statements { check(statement) }
    }

    func check(_ statement: Statement) {
        switch statement.kind {
        case .expression(let expression):
            _ = visit(expression)
        case .assignment(let targets, let value):
            let known = visit(value)
            for target in targets { bind(target, known: known) }
        case .augmentedAssignment(let target, _, let value):
            _ = visit(target)
            _ = visit(value)
        case .delete(let targets):
            for target in targets { delete(target) }
        case .pass, .break, .continue:
            break
        case .import(let modules):
            for module in modules {
                switch ModuleCatalog.binding(forImport: module) {
                case .success(let (name, value)): notePeakmemModule(value); define(name, Known(value))
                case .failure(let failure): report(failure.error, failure.range)
                }
            }
        case .importFrom(let module, let names):
            for name in names {
                switch ModuleCatalog.binding(from: module, name: name, registry: registry) {
                case .success(let (bound, value)): notePeakmemModule(value); define(bound, Known(value))
                case .failure(let failure):
                    report(failure.error, failure.range)
                    define(name.alias ?? name.path[0], nil)
                }
            }
        case .for(let target, let iterable, let body, let orElse):
            _ = visit(iterable)
            bind(target, known: nil)
            checkLoop(body, orElse)
        case .while(let condition, let body, let orElse):
            _ = visit(condition)
            checkLoop(body, orElse)
        case .functionDefinition(let definition):
            checkFunction(definition.parameters, definition.body)
            define(definition.name, nil)
        case .return(let value):
            if let value { _ = visit(value) }
        case .try(let body, let handlers, let orElse, let finally):
            let before = state
            for name in Self.assignedNames(body) { define(name, nil) }
            // A name the body reads may be unbound on purpose: a handler may catch the NameError.
            if !handlers.isEmpty { guardedDepth += 1 }
            check(body)
            if !handlers.isEmpty { guardedDepth -= 1 }
            for handler in handlers {
                if let type = handler.type { _ = visit(type) }
                if let name = handler.name { define(name, nil) }
                check(handler.body)
            }
            check(orElse)
            state = state.merged(with: before)
            check(finally)
        case .raise(let exception, let cause):
            if let exception { _ = visit(exception) }
            if let cause { _ = visit(cause) }
        case .assert(let test, let message):
            _ = visit(test)
            if let message { _ = visit(message) }
        case .global(let names), .nonlocal(let names):
            for name in names where !scopes.isEmpty { scopes[scopes.count - 1].insert(name) }
        case .with(let items, let body):
            for item in items {
                _ = visit(item.context)
                if let target = item.target { bind(target, known: nil) }
            }
            check(body)
        case .if(let condition, let body, let orElse):
            _ = visit(condition)
            let before = state
            check(body)
            let afterBody = state
            state = before
            check(orElse)
            state = state.merged(with: afterBody)
        }
    }

    /// A loop's body (which may run any number of times, so every name it binds may be bound
    /// after it) and its `else` block.
    private func checkLoop(_ body: [Statement], _ orElse: [Statement]) {
        let before = state
        for name in Self.assignedNames(body) { define(name, nil) }
        check(body)
        check(orElse)
        state = state.merged(with: before)
    }

    /// A function's body, checked in its own scope: its parameters and every name it binds
    /// are local; a name it reads may be a global bound later in the module (before the call),
    /// so the module's names count as bound; the module's state is unchanged afterwards.
    func checkFunction(_ parameters: FunctionParameters, _ body: [Statement]) {
        for parameter in parameters.parameters {
            if let value = parameter.defaultValue { _ = visit(value) }
        }
        let before = state
        var local = Set(parameters.parameters.map(\.name)).union(Self.assignedNames(body))
        local.formUnion(moduleNames)
        scopes.append(local)
        check(body)
        scopes.removeLast()
        state = before
    }

    /// Binds the names of an assignment target.
    func bind(_ target: Expression, known: Known?) {
        switch target.kind {
        case .name(let name):
            define(name, known)
        case .tuple(let elements), .list(let elements):
            for element in elements { bind(element, known: nil) }
        case .starred(let inner):
            bind(inner, known: nil)
        case .subscript(let base, let index):
            _ = visit(base)
            _ = visit(index)
        default:
            _ = visit(target)
        }
    }

    /// Marks `name` bound (in the innermost comprehension scope, if any).
    func define(_ name: String, _ known: Known?) {
        if !scopes.isEmpty {
            scopes[scopes.count - 1].insert(name)
            return
        }
        state.defined.insert(name)
        state.known[name] = known
    }

    private func delete(_ target: Expression) {
        switch target.kind {
        case .name(let name):
            if !isBound(name) {
                report(.nameError("name '\(name)' is not defined"), target.range)
            }
            state.defined.remove(name)
            state.known[name] = nil
        case .tuple(let elements), .list(let elements):
            for element in elements { delete(element) }
        default:
            _ = visit(target)
        }
    }

    /// Every name a block may bind (assignments, loop targets, imports, definitions, handler
    /// names), at any depth outside nested functions.
    static func assignedNames(_ statements: [Statement]) -> Set<String> {
        var names: Set<String> = []
        func targetNames(_ target: Expression) {
            switch target.kind {
            case .name(let name): names.insert(name)
            case .tuple(let elements), .list(let elements): elements.forEach(targetNames)
            case .starred(let inner): targetNames(inner)
            default: break
            }
        }
        for statement in statements {
            switch statement.kind {
            case .assignment(let targets, _): targets.forEach(targetNames)
            case .augmentedAssignment(let target, _, _): targetNames(target)
            case .for(let target, _, let body, let orElse):
                targetNames(target)
                names.formUnion(assignedNames(body))
                names.formUnion(assignedNames(orElse))
            case .while(_, let body, let orElse):
                names.formUnion(assignedNames(body))
                names.formUnion(assignedNames(orElse))
            case .functionDefinition(let definition):
                names.insert(definition.name)
            case .try(let body, let handlers, let orElse, let finally):
                names.formUnion(assignedNames(body))
                for handler in handlers {
                    if let name = handler.name { names.insert(name) }
                    names.formUnion(assignedNames(handler.body))
                }
                names.formUnion(assignedNames(orElse))
                names.formUnion(assignedNames(finally))
            case .with(let items, let body):
                items.compactMap(\.target).forEach(targetNames)
                names.formUnion(assignedNames(body))
            case .global(let declared):
                names.formUnion(declared)
            case .if(_, let body, let orElse):
                names.formUnion(assignedNames(body))
                names.formUnion(assignedNames(orElse))
            case .import(let modules): modules.forEach { names.insert($0.boundName) }
            case .importFrom(_, let imported): imported.forEach { names.insert($0.alias ?? $0.path[0]) }
            default: break
            }
        }
        return names
    }

    /// True when `name` is bound here (by code, a parameter, a comprehension, or a builtin).
    func isBound(_ name: String) -> Bool {
        scopes.contains { $0.contains(name) } || state.defined.contains(name) || registry.member(of: "builtins", name) != nil
            || ExceptionClass.all[name] != nil
    }
}
