import PeakmemLanguage
import PeakmemResults

/// Compiles scenario code, once, into Swift closures that the ``Interpreter`` runs: closure
/// compilation, chosen over a bytecode loop because each node becomes a direct call to the
/// closures of its children, with its decisions (where a name lives, which operator, how
/// many arguments) taken once here rather than at every evaluation.
///
/// **Names are slots.** A module-level name, or a global a function reads, is an index into
/// the ``Environment``'s slot array; a function's plain local is an index into its
/// ``Frame/locals``. Neither hashes the name when it runs. Cells (variables shared with
/// closures) and builtins go through ``Interpreter/lookup(_:at:)`` (a slot holding nil falls
/// back to it too, which raises Python's `NameError` / `UnboundLocalError`).
///
/// **Scalars are not boxed twice.** `+`, `-`, `*` and `%` on two Python ints or floats, and
/// comparisons of two ints, are computed in the closure (on overflow or any other operand
/// they take the general path, ``Value/binaryOperation(_:_:_:context:)``, which raises
/// Python's errors). Module attributes (`np.sqrt`) and builtins (`range`) are cached at the
/// site, keyed by the module and the registry; registered functions are called through a per-site
/// ``CallSite`` cache of their registry entry.
///
/// **Lifetimes stay CPython's.** Each closure holds its operands exactly as the tree-walker
/// did: operands are consumed by the operation using them, a condition's value is released
/// before its branch runs (``Interpreter/truth(of:_:)``), an assignment's value lives until
/// the statement ends. What the compiler does not compile (comprehensions, generators,
/// `try`, `with`, `def`, `del`, imports, f-strings, ...) runs on the tree-walker
/// (``Interpreter/evaluate(_:)`` / ``Interpreter/execute(_:)-(Statement)``), whose
/// semantics and lifetimes are the reference.
///
/// Every compiled statement runs through ``Interpreter/execute(_:)-(CompiledBlock)`` and
/// every call through ``Interpreter/invoke(_:positional:keywords:range:site:)``: the single
/// places a per-statement or per-call hook belongs.
///
/// **Provenance is the tree-walker's.** Statements, calls and operators mark the same
/// allocation sites as on the tree-walker (Interpreter+Provenance), with their file
/// positions computed here, once; a scalar fast path only counts its operation; a name
/// bound to an array records the name.
struct Compiler {
    /// The scope the code runs in.
    enum Scope {
        /// Module level: every name is a global.
        case module
        /// The body of a function.
        case function(FunctionScope)
    }

    /// Where a name is read or bound, decided at compile time.
    private enum NameSlot {
        /// A plain local of the running function, at this index of ``Frame/locals``.
        case local(Int)
        /// A global, at this slot of the ``Environment``.
        case global(Int)
        /// A cell: by name, through the interpreter.
        case byName
    }

    let scope: Scope
    let environment: Environment
    /// Where the compiled block sits in its file (for the file positions of provenance sites).
    let origin: SourceOrigin

    /// The allocation site of a statement at `range` (its file position, no operation yet).
    private func statementSite(_ range: SourceRange) -> AllocationSite {
        let location = origin.fileLocation(range.start)
        return AllocationSite(line: location.line, column: location.column)
    }

    /// The compiled form of `statements`.
    func compile(_ statements: [Statement]) -> CompiledBlock {
        CompiledBlock(statements: statements.map(compile))
    }

    private func slot(_ name: String) -> NameSlot {
        switch scope {
        case .module:
            return .global(environment.slot(of: name))
        case .function(let function):
            switch function.placement[name] {
            case .local:
                guard let slot = function.slots[name] else { return .byName }
                return .local(slot)
            case .cell:
                return .byName
            case .global, nil:
                return .global(environment.slot(of: name))
            }
        }
    }

    // MARK: Statements

    /// The compiled form of one statement.
    func compile(_ statement: Statement) -> CompiledStatement {
        let range = statement.range
        let run: (Interpreter) throws(LanguageError) -> Interpreter.Flow
        switch statement.kind {
        case .expression(let expression):
            let value = compile(expression)
            run = { i throws(LanguageError) in
                _ = try value(i)
                return .normal
            }
        case .assignment(let targets, let valueExpression):
            let value = compile(valueExpression)
            let stores = targets.map(store)
            if stores.count == 1 {
                let store = stores[0]
                run = { i throws(LanguageError) in
                    try store(i, try value(i))
                    return .normal
                }
            } else {
                run = { i throws(LanguageError) in
                    let bound = try value(i)
                    for store in stores { try store(i, bound) }
                    return .normal
                }
            }
        case .augmentedAssignment(let target, let op, let valueExpression):
            guard case .name(let name) = target.kind else { return fallback(statement) }
            let current = load(name, target.range)
            let value = compile(valueExpression)
            let store = self.store(target)
            let site = statementSite(range)
            run = { i throws(LanguageError) in
                let old = try current(i)
                let operand = try value(i)
                if let result = Compiler.arithmetic(op, old, operand) {
                    i.countOperation()
                    try store(i, result)
                } else {
                    try store(i, try i.inPlace(op, consume old, consume operand, statement: range, site: site))
                }
                return .normal
            }
        case .pass, .global, .nonlocal:
            run = { _ throws(LanguageError) in .normal }
        case .break:
            run = { _ throws(LanguageError) in .breakLoop }
        case .continue:
            run = { _ throws(LanguageError) in .continueLoop }
        case .return(let valueExpression):
            let value = valueExpression.map(compile)
            run = { i throws(LanguageError) in
                i.returnValue = try value?(i) ?? Value.none
                return .returned
            }
        case .if(let condition, let body, let orElse):
            let test = compile(condition)
            let conditionRange = condition.range
            let bodyCode = compile(body)
            let elseCode = compile(orElse)
            run = { i throws(LanguageError) in
                try i.execute(try i.truth(of: test, conditionRange) ? bodyCode : elseCode)
            }
        case .while(let condition, let body, let orElse):
            let test = compile(condition)
            let conditionRange = condition.range
            let bodyCode = compile(body)
            let elseCode = compile(orElse)
            run = { i throws(LanguageError) in
                while try i.truth(of: test, conditionRange) {
                    switch try i.execute(bodyCode) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    case .normal, .continueLoop: continue
                    }
                }
                return try i.execute(elseCode)
            }
        case .for(let target, let iterable, let body, let orElse):
            let iterableCode = compile(iterable)
            let iterableRange = iterable.range
            let assign = store(target)
            let bodyCode = compile(body)
            let elseCode = compile(orElse)
            run = { i throws(LanguageError) in
                var iterator = try i.makeIterator(iterableCode, iterableRange)
                while true {
                    let next: Value?
                    do throws(RuntimeError) {
                        next = try iterator.next()
                    } catch {
                        throw i.located(error, iterableRange)
                    }
                    guard let item = next else { break }
                    try assign(i, item)
                    switch try i.execute(bodyCode) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    case .normal, .continueLoop: continue
                    }
                }
                return try i.execute(elseCode)
            }
        case .delete, .import, .importFrom, .functionDefinition, .try, .raise, .assert, .with:
            return fallback(statement)
        }
        return CompiledStatement(range: range, site: statementSite(range), run: run)
    }

    /// A statement the tree-walker runs (which marks its own site).
    private func fallback(_ statement: Statement) -> CompiledStatement {
        CompiledStatement(range: statement.range, site: nil) { i throws(LanguageError) in try i.execute(statement) }
    }

    /// Binds a value to `target`: a name by its slot (an array noting the name, as
    /// ``Interpreter/bind(_:_:)`` does), anything else as the tree-walker does.
    private func store(_ target: Expression) -> (Interpreter, Value) throws(LanguageError) -> Void {
        guard case .name(let name) = target.kind else {
            return { i, value throws(LanguageError) in try i.assign(target, value) }
        }
        switch slot(name) {
        case .local(let slot):
            return { i, value throws(LanguageError) in
                i.markBinding(name, value)
                i.frame!.locals[slot] = value
            }
        case .global(let slot):
            return { i, value throws(LanguageError) in
                i.markBinding(name, value)
                i.environment.bind(slot: slot, value)
            }
        case .byName:
            return { i, value throws(LanguageError) in i.bind(name, value) }
        }
    }

    // MARK: Expressions

    /// The compiled form of an expression.
    func compile(_ expression: Expression) -> CompiledExpression {
        let range = expression.range
        let location = origin.fileLocation(range.start)
        let (line, column) = (location.line, location.column)
        switch expression.kind {
        case .name(let name):
            return load(name, range)
        case .integer(let value):
            return { _ throws(LanguageError) in .int(value) }
        case .float(let value):
            return { _ throws(LanguageError) in .float(value) }
        case .string(let value):
            return { _ throws(LanguageError) in .string(value) }
        case .boolean(let value):
            return { _ throws(LanguageError) in .bool(value) }
        case .noneLiteral:
            return { _ throws(LanguageError) in .none }
        case .tuple(let elements) where !elements.contains(where: \.isStarred):
            let items = elements.map(compile)
            return { i throws(LanguageError) in
                var values: [Value] = []
                values.reserveCapacity(items.count)
                for item in items { values.append(try item(i)) }
                return .tuple(values)
            }
        case .list(let elements) where !elements.contains(where: \.isStarred):
            let items = elements.map(compile)
            return { i throws(LanguageError) in
                var values: [Value] = []
                values.reserveCapacity(items.count)
                for item in items { values.append(try item(i)) }
                return .list(ListStorage(values))
            }
        case .attribute(let base, let name):
            return attribute(compile(base), name, range)
        case .call(let function, let arguments) where arguments.allSatisfy({ $0.unpacking == .none }):
            return call(function, arguments, range)
        case .subscript(let base, let index):
            let object = compile(base)
            let key: CompiledExpression
            switch index.kind {
            case .slice, .tuple: key = { i throws(LanguageError) in try i.evaluateIndex(index) }
            default: key = compile(index)
            }
            return { i throws(LanguageError) in
                let container = try object(i)
                let index = try key(i)
                i.markOperation("[]", line: line, column: column)
                do throws(RuntimeError) {
                    return try container.item(at: index)
                } catch {
                    throw i.located(error, range)
                }
            }
        case .unary(let op, let operandExpression) where op != .not:
            let operand = compile(operandExpression)
            return { i throws(LanguageError) in
                let value = try operand(i)
                i.markOperation(op.rawValue, line: line, column: column)
                do throws(RuntimeError) {
                    return try Value.unaryOperation(op, consume value)
                } catch {
                    throw i.located(error, range)
                }
            }
        case .unary(_, let operandExpression):
            let operand = compile(operandExpression)
            let operandRange = operandExpression.range
            return { i throws(LanguageError) in .bool(!(try i.truth(of: operand, operandRange))) }
        case .binary(let op, let left, let right):
            let lhsCode = compile(left)
            let rhsCode = compile(right)
            return { i throws(LanguageError) in
                let lhs = try lhsCode(i)
                let rhs = try rhsCode(i)
                if let result = Compiler.arithmetic(op, lhs, rhs) {
                    i.countOperation()
                    return result
                }
                i.markOperation(op.rawValue, line: line, column: column)
                do throws(RuntimeError) {
                    return try Value.binaryOperation(op, consume lhs, consume rhs, context: i.context)
                } catch {
                    throw i.located(error, range)
                }
            }
        case .comparison(let first, let parts) where parts.count == 1:
            let lhsCode = compile(first)
            let rhsCode = compile(parts[0].operand)
            let op = parts[0].op
            return { i throws(LanguageError) in
                let lhs = try lhsCode(i)
                let rhs = try rhsCode(i)
                if case .int(let x) = lhs, case .int(let y) = rhs, let result = Compiler.compare(op, x, y) {
                    i.countOperation()
                    return .bool(result)
                }
                i.markOperation(op.rawValue, line: line, column: column)
                do throws(RuntimeError) {
                    return try Value.comparison(op, lhs, rhs)
                } catch {
                    throw i.located(error, range)
                }
            }
        case .logical(let op, let left, let right):
            let lhs = compile(left)
            let leftRange = left.range
            let rhs = compile(right)
            return { i throws(LanguageError) in
                if let decided = try i.shortCircuit(op, lhs, leftRange) { return decided }
                return try rhs(i)
            }
        case .conditional(let body, let test, let orElse):
            let bodyCode = compile(body)
            let testCode = compile(test)
            let testRange = test.range
            let elseCode = compile(orElse)
            return { i throws(LanguageError) in
                try (try i.truth(of: testCode, testRange) ? bodyCode : elseCode)(i)
            }
        default:
            return { i throws(LanguageError) in try i.evaluate(expression) }
        }
    }

    /// Reads a name from its slot (falling back to ``Interpreter/lookup(_:at:)``, which finds
    /// builtins and raises the errors for an unbound name).
    private func load(_ name: String, _ range: SourceRange) -> CompiledExpression {
        switch slot(name) {
        case .local(let slot):
            return { i throws(LanguageError) in
                if let value = i.frame!.locals[slot] { return value }
                return try i.lookup(name, at: range)
            }
        case .global(let slot):
            // A global not bound is a builtin (constant for a registry) or an error.
            let builtins = ModuleMemberCache()
            return { i throws(LanguageError) in
                if let value = i.environment.value(at: slot) { return value }
                if let builtin = builtins.member(of: "builtins", registry: i.context.registry) { return builtin }
                if let builtin = i.builtin(name) {
                    builtins.remember(builtin, of: "builtins", registry: i.context.registry)
                    return builtin
                }
                return try i.lookup(name, at: range)
            }
        case .byName:
            return { i throws(LanguageError) in try i.lookup(name, at: range) }
        }
    }

    /// `base.name`; a module's member is looked up once per registry (modules' members do
    /// not change while code runs).
    private func attribute(_ base: @escaping CompiledExpression, _ name: String, _ range: SourceRange) -> CompiledExpression {
        let cache = ModuleMemberCache()
        return { i throws(LanguageError) in
            let object = try base(i)
            if case .module(let module) = object, let member = cache.member(of: module, registry: i.context.registry) {
                return member
            }
            let member: Value
            do throws(RuntimeError) {
                member = try object.attribute(name, registry: i.context.registry)
            } catch {
                throw i.located(error, range)
            }
            if case .module(let module) = object { cache.remember(member, of: module, registry: i.context.registry) }
            return member
        }
    }

    /// A call without `*`/`**` arguments: the callee, then the arguments left to right, held
    /// until the call returns.
    private func call(_ function: Expression, _ arguments: [Argument], _ range: SourceRange) -> CompiledExpression {
        let callee = compile(function)
        let location = origin.fileLocation(range.start)
        let site = CallSite(line: location.line, column: location.column)
        if arguments.allSatisfy({ $0.label == nil }) {
            let positionalCodes = arguments.map { compile($0.value) }
            let absolutable = positionalCodes.count == 1
            return { i throws(LanguageError) in
                let target = try callee(i)
                if absolutable, case .function("builtins.abs") = target {
                    return try i.absolute(positionalCodes[0], range, site: site)
                }
                var positional: [Value] = []
                positional.reserveCapacity(positionalCodes.count)
                for code in positionalCodes { positional.append(try code(i)) }
                return try i.invoke(target, positional: positional, keywords: [], range: range, site: site)
            }
        }
        let ordered = arguments.map { (label: $0.label, code: compile($0.value)) }
        return { i throws(LanguageError) in
            let target = try callee(i)
            var positional: [Value] = []
            var keywords: [(name: String, value: Value)] = []
            for argument in ordered {
                let value = try argument.code(i)
                if let label = argument.label { keywords.append((label, value)) } else { positional.append(value) }
            }
            return try i.invoke(target, positional: positional, keywords: keywords, range: range, site: site)
        }
    }

    // MARK: Scalar fast paths

    /// `a op b` for two Python ints or floats when it is one machine operation; nil for any
    /// other operands or operator, and on integer overflow (the general path raises it).
    @inline(__always)
    static func arithmetic(_ op: PeakmemLanguage.BinaryOperator, _ a: Value, _ b: Value) -> Value? {
        switch a {
        case .int(let x):
            switch b {
            case .int(let y): return integers(op, x, y)
            case .float(let y): return floats(op, Double(x), y)
            default: return nil
            }
        case .float(let x):
            switch b {
            case .int(let y): return floats(op, x, Double(y))
            case .float(let y): return floats(op, x, y)
            default: return nil
            }
        default:
            return nil
        }
    }

    @inline(__always)
    private static func integers(_ op: PeakmemLanguage.BinaryOperator, _ x: Int, _ y: Int) -> Value? {
        let result: (partialValue: Int, overflow: Bool)
        switch op {
        case .add: result = x.addingReportingOverflow(y)
        case .subtract: result = x.subtractingReportingOverflow(y)
        case .multiply: result = x.multipliedReportingOverflow(by: y)
        case .modulo where x >= 0 && y > 0: return .int(x % y)
        default: return nil
        }
        return result.overflow ? nil : .int(result.partialValue)
    }

    /// Python's float `+`, `-`, `*` (an int operand converted as Python converts it).
    @inline(__always)
    private static func floats(_ op: PeakmemLanguage.BinaryOperator, _ x: Double, _ y: Double) -> Value? {
        switch op {
        case .add: .float(x + y)
        case .subtract: .float(x - y)
        case .multiply: .float(x * y)
        default: nil
        }
    }

    /// `x op y` for two ints; nil for `is`, `in` and their negations.
    @inline(__always)
    static func compare(_ op: ComparisonOperator, _ x: Int, _ y: Int) -> Bool? {
        switch op {
        case .is, .isNot, .in, .notIn: nil
        default: Value.ordered(op, x, y)
        }
    }
}

private extension Expression {
    var isStarred: Bool {
        if case .starred = kind { return true }
        return false
    }
}
