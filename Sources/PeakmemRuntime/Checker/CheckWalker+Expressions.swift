import PeakmemLanguage

extension CheckWalker {
    /// Checks an expression and says what it is, when that is known statically.
    @discardableResult
    func visit(_ expression: Expression) -> Known? {
        switch expression.kind {
        case .name(let name):
            return visitName(name, expression.range)
        case .integer, .float, .string, .boolean, .noneLiteral, .ellipsis:
            return nil
        case .tuple(let elements), .list(let elements), .set(let elements):
            elements.forEach { visit($0) }
            return nil
        case .dictionary(let entries):
            for entry in entries {
                visit(entry.key)
                visit(entry.value)
            }
            return nil
        case .listComprehension(let element, let clauses), .setComprehension(let element, let clauses),
             .generator(let element, let clauses):
            visitComprehension([element], clauses)
            return nil
        case .dictionaryComprehension(let key, let value, let clauses):
            visitComprehension([key, value], clauses)
            return nil
        case .starred(let inner):
            visit(inner)
            return nil
        case .lambda(let parameters, let body):
            checkFunction(parameters, [Statement(.return(body), body.range)])
            return nil
        case .formattedString(let parts):
            parts.flatMap(\.fieldExpressions).forEach { visit($0) }
            return nil
        case .attribute(let base, let name):
            return visitAttribute(visit(base), name, expression.range)
        case .call(let function, let arguments):
            let callee = visit(function)
            arguments.forEach { visit($0.value) }
            let unpacked = arguments.contains { $0.unpacking != .none }
            if case .function(let name)? = callee, let entry = registry.entry(name), !unpacked {
                if entry.peakmemOnly, !peakmemOnly.contains(name) { peakmemOnly.append(name) }
                let positional = arguments.filter { $0.label == nil }.map { _ in Value.none }
                let keywords = arguments.compactMap { argument in argument.label.map { (name: $0, value: Value.none) } }
                do {
                    _ = try entry.signature.bind(positional: positional, keywords: keywords)
                } catch {
                    report(error, expression.range)
                }
                if let type = registry.resultType(of: name) { return .instance(type) }
                return name.hasPrefix("numpy.") ? .array : nil
            }
            return nil
        case .subscript(let base, let index):
            visit(base)
            visit(index)
            return nil
        case .slice(let lower, let upper, let step):
            [lower, upper, step].compactMap { $0 }.forEach { visit($0) }
            return nil
        case .unary(_, let operand):
            visit(operand)
            return nil
        case .binary(let op, let left, let right):
            visit(left)
            visit(right)
            if op == .matrixMultiply && registry.entry("numpy.matmul") == nil {
                report(.matmulUnavailable, expression.range)
            }
            return nil
        case .logical(_, let left, let right):
            visit(left)
            visit(right)
            return nil
        case .comparison(let first, let parts):
            visit(first)
            parts.forEach { visit($0.operand) }
            return nil
        case .conditional(let body, let condition, let orElse):
            visit(condition)
            visit(body)
            visit(orElse)
            return nil
        }
    }

    private func visitName(_ name: String, _ range: SourceRange) -> Known? {
        if scopes.contains(where: { $0.contains(name) }) { return nil }
        if state.defined.contains(name) { return state.known[name] }
        if let builtin = registry.member(of: "builtins", name) { return Known(builtin) }
        if ExceptionClass.all[name] != nil || guardedDepth > 0 { return nil }
        let candidates = Array(state.defined) + scopes.flatMap { $0 } + registry.members(of: "builtins")
        report(.undefinedName(name, candidates: candidates), range)
        return nil
    }

    private func visitAttribute(_ base: Known?, _ name: String, _ range: SourceRange) -> Known? {
        guard let base else {
            // An array method NumPy has and no supported type has: it cannot succeed (the
            // value may be an object of a declared type, whose attributes count as supported).
            if PlannedFeatures.isPlanned("ndarray.\(name)"), !registry.hasMethod(named: name),
               !Value.arrayAttributes.contains(name), !registry.hasObjectAttribute(named: name) {
                report(PlannedFeatures.notSupported("ndarray.\(name)"), range)
            }
            return nil
        }
        guard let value = base.value else {
            switch base {
            case .instance(let type):
                return visitObjectAttribute(type, name, range)
            case .array:
                if PlannedFeatures.isPlanned("ndarray.\(name)"), !registry.hasMethod(named: name),
                   !Value.arrayAttributes.contains(name) {
                    report(PlannedFeatures.notSupported("ndarray.\(name)"), range)
                }
                return nil
            default:
                return nil
            }
        }
        do {
            return Known(try value.attribute(name, registry: registry))
        } catch {
            report(error, range)
            return nil
        }
    }

    /// An attribute of an object of the declared `type`: a data attribute (of unknown value),
    /// a registered method, or Python's `AttributeError` as the interpreter raises it.
    private func visitObjectAttribute(_ type: String, _ name: String, _ range: SourceRange) -> Known? {
        let attributes = registry.attributes(ofObjectType: type) ?? []
        if attributes.contains(name) { return nil }
        let qualified = "\(type).\(name)"
        if registry.entry(qualified) != nil { return .function(qualified) }
        if PlannedFeatures.isPlanned(qualified) {
            report(PlannedFeatures.notSupported(qualified), range)
        } else {
            report(Value.missingAttribute("'\(type)' object", name,
                                          candidates: attributes.sorted() + registry.members(of: type)), range)
        }
        return nil
    }

    private func visitComprehension(_ elements: [Expression], _ clauses: [ComprehensionClause]) {
        visit(clauses[0].iterable)
        scopes.append([])
        defer { scopes.removeLast() }
        for (index, clause) in clauses.enumerated() {
            if index > 0 { visit(clause.iterable) }
            bind(clause.target, known: nil)
            clause.conditions.forEach { visit($0) }
        }
        elements.forEach { visit($0) }
    }
}
