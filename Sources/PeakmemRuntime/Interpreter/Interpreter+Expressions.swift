import PeakmemEngine
import PeakmemLanguage

extension Interpreter {
    /// The value of an expression, evaluated left to right as CPython does. Operands are
    /// held only while the operation using them runs.
    func evaluate(_ expression: Expression) throws(LanguageError) -> Value {
        let range = expression.range
        switch expression.kind {
        case .name(let name):
            return try lookup(name, at: range)
        case .integer(let value):
            return .int(value)
        case .float(let value):
            return .float(value)
        case .string(let value):
            return .string(value)
        case .boolean(let value):
            return .bool(value)
        case .noneLiteral:
            return .none
        case .ellipsis:
            return .ellipsis
        case .tuple(let elements):
            return .tuple(try evaluateElements(elements))
        case .list(let elements):
            return .list(ListStorage(try evaluateElements(elements)))
        case .set(let elements):
            let set = PythonSet()
            for item in try evaluateElements(elements) { try at(range) { () throws(RuntimeError) in try set.insert(item) } }
            return .object(set)
        case .dictionary(let entries):
            let dictionary = PythonDict()
            for entry in entries {
                let key = try evaluate(entry.key)
                let value = try evaluate(entry.value)
                try at(entry.key.range) { () throws(RuntimeError) in try dictionary.setItem(key, value) }
            }
            return .object(dictionary)
        case .listComprehension(let element, let clauses):
            let result = ListStorage([])
            try evaluateComprehension(clauses) { () throws(LanguageError) in result.elements.append(try self.evaluate(element)) }
            return .list(result)
        case .setComprehension(let element, let clauses):
            let set = PythonSet()
            try evaluateComprehension(clauses) { () throws(LanguageError) in
                let item = try self.evaluate(element)
                try self.at(element.range) { () throws(RuntimeError) in try set.insert(item) }
            }
            return .object(set)
        case .dictionaryComprehension(let keyExpression, let valueExpression, let clauses):
            let dictionary = PythonDict()
            try evaluateComprehension(clauses) { () throws(LanguageError) in
                let key = try self.evaluate(keyExpression)
                let value = try self.evaluate(valueExpression)
                try self.at(keyExpression.range) { () throws(RuntimeError) in try dictionary.setItem(key, value) }
            }
            return .object(dictionary)
        case .generator(let element, let clauses):
            return try makeGenerator(element, clauses)
        case .starred:
            throw LanguageError(.syntax, "can't use starred expression here", at: range, in: block)
        case .lambda(let parameters, let body):
            return try makeFunction(name: "<lambda>", parameters: parameters, body: [Statement(.return(body), body.range)])
        case .formattedString(let parts):
            return .string(try format(parts))
        case .attribute(let base, let name):
            let object = try evaluate(base)
            return try at(range) { () throws(RuntimeError) in try object.attribute(name, registry: context.registry) }
        case .call(let function, let arguments):
            return try evaluateCall(function, arguments, range: range)
        case .subscript(let base, let index):
            let object = try evaluate(base)
            let key = try evaluateIndex(index)
            markOperation("[]", at: range)
            return try at(range) { () throws(RuntimeError) in try object.item(at: key) }
        case .slice:
            throw LanguageError(.syntax, "a slice is only valid inside `[...]`", at: range, in: block)
        case .unary(.not, let operand):
            return .bool(!(try truth(of: operand)))
        case .unary(let op, let operandExpression):
            let operand = try evaluate(operandExpression)
            markOperation(op.rawValue, at: range)
            do throws(RuntimeError) {
                return try Value.unaryOperation(op, consume operand)
            } catch {
                throw located(error, range)
            }
        case .binary(let op, let left, let right):
            let lhs = try evaluate(left)
            let rhs = try evaluate(right)
            markOperation(op.rawValue, at: range)
            do throws(RuntimeError) {
                return try Value.binaryOperation(op, consume lhs, consume rhs, context: context)
            } catch {
                throw located(error, range)
            }
        case .comparison(let first, let parts):
            return try evaluateComparison(first, parts, range: range)
        case .logical(let op, let left, let right):
            if let decided = try shortCircuit(op, left) { return decided }
            return try evaluate(right)
        case .conditional(let body, let test, let orElse):
            return try evaluate(try truth(of: test) ? body : orElse)
        }
    }

    /// The value of a name: comprehension scopes, then the function's locals and cells, then
    /// globals, then builtins (the exception classes among them).
    func lookup(_ name: String, at range: SourceRange) throws(LanguageError) -> Value {
        for scope in scopes.reversed() {
            if let value = scope[name] { return value }
        }
        if let frame {
            switch frame.scope.placement[name] {
            case .local:
                if let slot = frame.scope.slots[name], let value = frame.locals[slot] { return value }
                throw located(RuntimeError("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value"), range)
            case .cell:
                // A free name no enclosing function binds is a global.
                if let cell = frame.cells[name] {
                    if let value = cell.value { return value }
                    throw located(.nameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope"), range)
                }
            case .global, nil:
                break
            }
        }
        if let value = environment[name] { return value }
        if let builtin = builtin(name) { return builtin }
        let candidates = scopes.flatMap(\.keys) + (frame.map { Array($0.scope.locals) } ?? []) + environment.boundNames
            + context.registry.members(of: "builtins")
        throw located(.undefinedName(name, candidates: candidates), range)
    }

    /// The builtin called `name` (a function of the registry's `builtins`, or an exception
    /// class), if any.
    func builtin(_ name: String) -> Value? {
        if let builtin = context.registry.member(of: "builtins", name) { return builtin }
        if let exception = ExceptionClass.all[name], name != "LinAlgError" { return .object(exception) }
        return nil
    }

    /// The values of a display's elements, a starred element (`*rest`) contributing each of
    /// its items.
    func evaluateElements(_ elements: [Expression]) throws(LanguageError) -> [Value] {
        var items: [Value] = []
        for element in elements {
            if case .starred(let inner) = element.kind {
                var iterator = try makeIterator(inner)
                while let item = try at(inner.range, { () throws(RuntimeError) in try iterator.next() }) { items.append(item) }
            } else {
                items.append(try evaluate(element))
            }
        }
        return items
    }

    /// `left and right` / `left or right`: the left operand when it decides (released before
    /// the right one is evaluated otherwise, as CPython pops it).
    private func shortCircuit(_ op: LogicalOperator, _ left: Expression) throws(LanguageError) -> Value? {
        let value = try evaluate(left)
        let truth = try at(left.range) { () throws(RuntimeError) in try value.truthValue() }
        return truth == (op == .or) ? value : nil
    }

    /// `a < b <= c`: each operand evaluated once; the first false link's result is the value.
    private func evaluateComparison(_ first: Expression, _ parts: [ComparisonPart], range: SourceRange) throws(LanguageError) -> Value {
        var left = try evaluate(first)
        for (index, part) in parts.enumerated() {
            let right = try evaluate(part.operand)
            markOperation(part.op.rawValue, at: range)
            let result = try at(range) { () throws(RuntimeError) in try Value.comparison(part.op, left, right) }
            if index == parts.count - 1 { return result }
            if !(try at(range) { () throws(RuntimeError) in try result.truthValue() }) { return result }
            left = right
        }
        return left
    }

    /// The index of a subscript: slices become slice objects, tuples keep their slices.
    func evaluateIndex(_ index: Expression) throws(LanguageError) -> Value {
        switch index.kind {
        case .slice(let lower, let upper, let step):
            return .slice(start: try sliceBound(lower), stop: try sliceBound(upper), step: try sliceBound(step))
        case .tuple(let elements):
            var items: [Value] = []
            for element in elements { items.append(try evaluateIndex(element)) }
            return .tuple(items)
        default:
            return try evaluate(index)
        }
    }

    private func sliceBound(_ expression: Expression?) throws(LanguageError) -> Int? {
        guard let expression else { return nil }
        let value = try evaluate(expression)
        if case .none = value { return nil }
        guard let bound = try? value.asInt(for: "slice") else {
            throw located(.typeError("slice indices must be integers or None or have an __index__ method"), expression.range)
        }
        return bound
    }

    /// A call: the callee, then the arguments left to right; they are held until the call
    /// returns, then released.
    private func evaluateCall(_ function: Expression, _ arguments: [Argument], range: SourceRange) throws(LanguageError) -> Value {
        let callee = try evaluate(function)
        if case .function("builtins.abs") = callee, arguments.count == 1, arguments[0].label == nil {
            // `abs(x)` gets its argument over (held by no argument list): for an array it is
            // NumPy's `__abs__`, which reuses a temporary as `-x` does.
            let value = try evaluate(arguments[0].value)
            markOperation("builtins.abs", at: range)
            do throws(RuntimeError) {
                return try Builtins.absolute(consume value)
            } catch {
                throw located(error, range)
            }
        }
        var positional: [Value] = []
        var keywords: [(name: String, value: Value)] = []
        for argument in arguments {
            let value = try evaluate(argument.value)
            switch argument.unpacking {
            case .none:
                if let label = argument.label {
                    keywords.append((label, value))
                } else {
                    positional.append(value)
                }
            case .sequence:
                var iterator = try at(argument.range) { () throws(RuntimeError) in try ValueIterator(value) }
                while let item = try at(argument.range, { () throws(RuntimeError) in try iterator.next() }) { positional.append(item) }
            case .mapping:
                guard case .object(let dictionary as PythonDict) = value else {
                    throw located(.typeError("argument after ** must be a mapping, not \(value.typeName)"), argument.range)
                }
                for (key, item) in zip(dictionary.keys, dictionary.values) {
                    guard case .string(let name) = key else { throw located(.typeError("keywords must be strings"), argument.range) }
                    keywords.append((name, item))
                }
            }
        }
        return try invoke(callee, positional: positional, keywords: keywords, range: range)
    }

    /// Calls a function, a bound method, or a dtype (`np.float32(2)`).
    func call(_ callee: Value, positional: [Value], keywords: [(name: String, value: Value)]) throws(RuntimeError) -> Value {
        switch callee {
        case .function(let name):
            return try context.registry.call(name, positional: positional, keywords: keywords, context: context)
        case .method(let receiver, let name):
            return try context.registry.call(name, receiver: receiver.value, positional: positional, keywords: keywords, context: context)
        case .dtype(let dtype):
            return try Value.constructScalar(dtype, positional: positional, keywords: keywords)
        case .object(let type as ExceptionClass):
            guard keywords.isEmpty else { throw .typeError("\(type.name)() takes no keyword arguments") }
            return .object(ExceptionObject(type, arguments: positional))
        case .object(let function as UserFunction):
            do throws(LanguageError) {
                return try callFunction(function, positional: positional, keywords: keywords, range: nil)
            } catch {
                throw error.runtimeError
            }
        default:
            throw .typeError("'\(callee.typeName)' object is not callable")
        }
    }

    /// Runs a comprehension's clauses, calling `produce` for each combination that passes the
    /// conditions. The first iterable is evaluated in the enclosing scope; the targets live in
    /// the comprehension's own scope, released when it is complete (Python 3).
    func evaluateComprehension(_ clauses: [ComprehensionClause], _ produce: () throws(LanguageError) -> Void) throws(LanguageError) {
        let first = try makeIterator(clauses[0].iterable)
        scopes.append([:])
        defer { scopes.removeLast() }
        try runClause(0, clauses, first, produce)
    }

    private func runClause(_ index: Int, _ clauses: [ComprehensionClause], _ given: ValueIterator?,
                           _ produce: () throws(LanguageError) -> Void) throws(LanguageError) {
        let clause = clauses[index]
        var iterator: ValueIterator
        if let given { iterator = given } else { iterator = try makeIterator(clause.iterable) }
        while try advance(&iterator, assigning: clause.target, range: clause.iterable.range) {
            var keep = true
            for test in clause.conditions where !(try truth(of: test)) {
                keep = false
                break
            }
            guard keep else { continue }
            if index + 1 < clauses.count {
                try runClause(index + 1, clauses, nil, produce)
            } else {
                try produce()
            }
        }
    }

    /// `(element for target in iterable ...)`: the first iterable is evaluated now, as Python
    /// does; each element is computed when the generator is advanced, in the scope (function
    /// frame and comprehension scopes) where the generator was made.
    private func makeGenerator(_ element: Expression, _ clauses: [ComprehensionClause]) throws(LanguageError) -> Value {
        var iterators = [try makeIterator(clauses[0].iterable)]
        let home = (frame: frame, scopes: scopes, block: block)
        var scope: [String: Value] = [:]
        return .object(GeneratorObject { [unowned self] () throws(RuntimeError) -> Value? in
            let saved = (frame: self.frame, scopes: self.scopes, block: self.block)
            self.frame = home.frame
            self.scopes = home.scopes + [scope]
            self.block = home.block
            defer {
                scope = self.scopes.last ?? [:]
                self.frame = saved.frame
                self.scopes = saved.scopes
                self.block = saved.block
            }
            do throws(LanguageError) {
                while let level = iterators.indices.last {
                    let clause = clauses[level]
                    guard try self.advance(&iterators[level], assigning: clause.target, range: clause.iterable.range) else {
                        iterators.removeLast()
                        continue
                    }
                    var keep = true
                    for test in clause.conditions where !(try self.truth(of: test)) {
                        keep = false
                        break
                    }
                    guard keep else { continue }
                    if level + 1 < clauses.count {
                        iterators.append(try self.makeIterator(clauses[level + 1].iterable))
                        continue
                    }
                    return try self.evaluate(element)
                }
                return nil
            } catch {
                throw error.runtimeError
            }
        })
    }
}

extension Value {
    /// Calling a dtype: `np.float32(2)` is a NumPy scalar, `np.float32(a)` an array cast
    /// (`a.astype(np.float32)`), `np.float64()` zero.
    static func constructScalar(_ dtype: DType, positional: [Value], keywords: [(name: String, value: Value)]) throws(RuntimeError) -> Value {
        guard keywords.isEmpty else { throw .typeError("\(dtype)() takes no keyword arguments") }
        guard positional.count <= 1 else { throw .typeError("\(dtype)() takes at most 1 argument (\(positional.count) given)") }
        guard let argument = positional.first else { return .arrayScalar(ArrayScalar(.int(0), dtype: dtype)) }
        switch argument {
        case .array(let array):
            return .array(try engine { try array.astype(dtype) })
        case .list, .tuple, .range:
            return .array(try ArrayConstruction.array(from: argument, dtype: dtype))
        case .string(let text):
            // np.bool_ takes a string's truth, the integer types parse it as int() does.
            if dtype == .bool { return .arrayScalar(text.isEmpty ? .boolFalse : .boolTrue) }
            if dtype.isInteger { return try constructScalar(dtype, positional: [try Builtins.integer(argument)], keywords: []) }
            return .arrayScalar(ArrayScalar(.float(try Builtins.parseFloat(text)), dtype: dtype))
        default:
            let scalar = try argument.asScalar(for: "\(dtype)() argument")
            try ArrayConstruction.checkRepresentable(scalar, in: dtype)
            return .arrayScalar(ArrayScalar(scalar, dtype: dtype))
        }
    }
}
