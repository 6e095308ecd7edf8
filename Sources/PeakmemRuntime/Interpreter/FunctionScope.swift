import PeakmemLanguage

/// Which names a function's code binds locally, declares `global` or `nonlocal`, and shares
/// with the functions defined in it — what CPython's symbol table decides when it compiles a
/// function.
///
/// A name is local when the body binds it anywhere (assignment, augmented assignment, `for`
/// and `with` targets, `del`, `import`, `def`, `except ... as`) or it is a parameter, unless a
/// `global` or `nonlocal` statement says otherwise. Comprehensions and nested functions bind
/// in their own scopes. A local that a nested function (at any depth) uses without binding
/// it itself is a cell.
final class FunctionScope {
    /// The parameters and names bound in the body.
    let locals: Set<String>
    /// Names declared `global`.
    let globals: Set<String>
    /// Names declared `nonlocal`.
    let nonlocals: Set<String>
    /// Locals that nested functions use.
    let cellNames: Set<String>
    /// Names used here or in nested functions that are neither local nor global: they come
    /// from an enclosing function if one binds them, otherwise from the module.
    let freeNames: Set<String>
    /// Where each name that is not looked up globally lives (one hash per look-up).
    let placement: [String: Placement]
    /// The slot of each plain local (a local no nested function uses) in ``Frame/locals``,
    /// in sorted name order.
    let slots: [String: Int]
    /// How many plain locals there are (the size of a frame's ``Frame/locals``).
    var slotCount: Int { slots.count }

    /// Where a name of the function lives.
    enum Placement {
        /// A plain local (``Frame/locals``, at its slot in ``FunctionScope/slots``).
        case local
        /// A cell (``Frame/cells``): a local shared with inner functions, or an enclosing
        /// function's variable.
        case cell
        /// A global (declared `global`).
        case global
    }

    /// The scope of a function with `parameters` and `body` (a lambda's body is one `return`).
    init(parameters: FunctionParameters, body: [Statement]) {
        var collector = NameCollector()
        for parameter in parameters.parameters { collector.bound.insert(parameter.name) }
        collector.collect(body)
        globals = collector.globals
        nonlocals = collector.nonlocals
        let locals = collector.bound.subtracting(collector.globals).subtracting(collector.nonlocals)
        self.locals = locals
        cellNames = locals.intersection(collector.nestedFree)
        freeNames = collector.used.union(collector.nestedFree).subtracting(locals).subtracting(collector.globals)
            .union(collector.nonlocals)
        var placement: [String: Placement] = [:]
        for name in locals { placement[name] = .local }
        for name in freeNames { placement[name] = .cell }
        for name in cellNames { placement[name] = .cell }
        for name in collector.globals { placement[name] = .global }
        self.placement = placement
        var slots: [String: Int] = [:]
        for name in locals.subtracting(cellNames).sorted() { slots[name] = slots.count }
        self.slots = slots
    }
}

/// Walks a function body, collecting the names it binds and uses (nested functions and
/// comprehensions contribute their free names only).
private struct NameCollector {
    var bound: Set<String> = []
    var used: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    /// Free names of nested functions and lambdas.
    var nestedFree: Set<String> = []

    mutating func collect(_ statements: [Statement]) {
        for statement in statements { collect(statement) }
    }

    mutating func collect(_ statement: Statement) {
        switch statement.kind {
        case .expression(let expression):
            use(expression)
        case .assignment(let targets, let value):
            use(value)
            targets.forEach { bind($0) }
        case .augmentedAssignment(let target, _, let value):
            use(target)
            use(value)
            bind(target)
        case .delete(let targets):
            targets.forEach { bind($0) }
        case .pass, .break, .continue:
            break
        case .import(let modules):
            modules.forEach { bound.insert($0.boundName) }
        case .importFrom(_, let names):
            names.forEach { bound.insert($0.alias ?? $0.path[0]) }
        case .for(let target, let iterable, let body, let orElse):
            use(iterable)
            bind(target)
            collect(body)
            collect(orElse)
        case .while(let condition, let body, let orElse):
            use(condition)
            collect(body)
            collect(orElse)
        case .if(let condition, let body, let orElse):
            use(condition)
            collect(body)
            collect(orElse)
        case .functionDefinition(let definition):
            bound.insert(definition.name)
            definition.parameters.parameters.compactMap(\.defaultValue).forEach { use($0) }
            nestedFree.formUnion(FunctionScope(parameters: definition.parameters, body: definition.body).freeNames)
        case .return(let value):
            if let value { use(value) }
        case .try(let body, let handlers, let orElse, let finally):
            collect(body)
            for handler in handlers {
                if let type = handler.type { use(type) }
                if let name = handler.name { bound.insert(name) }
                collect(handler.body)
            }
            collect(orElse)
            collect(finally)
        case .raise(let exception, let cause):
            if let exception { use(exception) }
            if let cause { use(cause) }
        case .assert(let test, let message):
            use(test)
            if let message { use(message) }
        case .global(let names):
            globals.formUnion(names)
        case .nonlocal(let names):
            nonlocals.formUnion(names)
        case .with(let items, let body):
            for item in items {
                use(item.context)
                if let target = item.target { bind(target) }
            }
            collect(body)
        }
    }

    /// Records the names a target binds (and the names its subscripts use).
    mutating func bind(_ target: Expression) {
        switch target.kind {
        case .name(let name): bound.insert(name)
        case .tuple(let elements), .list(let elements): elements.forEach { bind($0) }
        case .starred(let inner): bind(inner)
        default: use(target)
        }
    }

    /// Records the names an expression reads.
    mutating func use(_ expression: Expression) {
        var stack = [expression]
        while let node = stack.popLast() {
            switch node.kind {
            case .name(let name): used.insert(name)
            case .lambda(let parameters, let body):
                parameters.parameters.compactMap(\.defaultValue).forEach { stack.append($0) }
                let lambdaBody = [Statement(.return(body), body.range)]
                nestedFree.formUnion(FunctionScope(parameters: parameters, body: lambdaBody).freeNames)
            default: stack += node.kind.usedExpressions
            }
        }
    }
}

extension Expression.Kind {
    /// The direct sub-expressions whose names are read (a comprehension's targets are bound by
    /// it, not read).
    var usedExpressions: [Expression] {
        switch self {
        case .listComprehension(let element, let clauses), .setComprehension(let element, let clauses),
             .generator(let element, let clauses):
            return [element] + clauses.flatMap { [$0.iterable] + $0.conditions }
        case .dictionaryComprehension(let key, let value, let clauses):
            return [key, value] + clauses.flatMap { [$0.iterable] + $0.conditions }
        default:
            return subexpressions
        }
    }
}
