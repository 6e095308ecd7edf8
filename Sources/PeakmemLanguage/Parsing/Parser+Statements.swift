extension Parser {
    /// `statement: compound_stmt | simple_stmts`
    ///
    /// Returns several statements for `a = 1; b = 2`. Unsupported compound statements (`class`,
    /// `async`, decorators, `match`), IPython magics and pasted interactive prompts are
    /// rejected here.
    mutating func parseStatement() throws(LanguageError) -> [Statement] {
        let token = current
        switch token.kind {
        case .indent:
            throw error(.indentation, "unexpected indent", SourceRange(at: token.range.end))
        case .dedent:
            throw error(.indentation, "unexpected unindent", token.range)
        case .keyword(.if):
            return [try parseIf()]
        case .keyword(.for):
            return [try parseFor()]
        case .keyword(.while):
            return [try parseWhile()]
        case .keyword(.def):
            return [try parseFunctionDefinition()]
        case .keyword(.class):
            throw unsupported(.classDefinition, token.range)
        case .keyword(.with):
            return [try parseWith()]
        case .keyword(.try):
            return [try parseTry()]
        case .keyword(.except), .keyword(.finally):
            throw invalidSyntax()
        case .keyword(.async):
            throw unsupported(.asyncCode, token.range)
        case .keyword(.else), .keyword(.elif):
            let keyword = token.kind == .keyword(.else) ? "else" : "elif"
            throw error(.syntax, "invalid syntax: '\(keyword)' without a matching 'if'", token.range)
        case .punctuator(.at):
            throw unsupported(.decorator, token.range)
        case .punctuator(.percent):
            var range = token.range
            if case .name = peekKind(), tokens[position + 1].range.start == token.range.end {
                range = range.union(tokens[position + 1].range)
            }
            throw unsupported(.ipythonMagic, range)
        case _ where interactivePromptLength > 0:
            let last = tokens[position + interactivePromptLength - 1]
            throw unsupported(.interactivePrompt, token.range.union(last.range))
        case .name("match") where isMatchStatement:
            throw unsupported(.matchStatement, token.range)
        default:
            return try parseSimpleStatements()
        }
    }

    /// How many tokens of a pasted prompt start the statement at the cursor: `>>>` (`>>` `>`),
    /// `In [1]:` (`In` `[` `1` `]` `:`), `...:` (`...` `:`); 0 when there is none.
    var interactivePromptLength: Int {
        switch current.kind {
        case .punctuator(.rightShift):
            return peekKind() == .punctuator(.greater) ? 2 : 0
        case .punctuator(.ellipsis):
            return peekKind() == .punctuator(.colon) ? 2 : 0
        case .name("In"), .name("Out"):
            guard peekKind() == .punctuator(.leftBracket), case .integer = peekKind(2),
                  peekKind(3) == .punctuator(.rightBracket), peekKind(4) == .punctuator(.colon) else { return 0 }
            return 5
        default:
            return 0
        }
    }

    /// Whether the logical line at the cursor is a `match` statement: it ends with `:` and an
    /// indented block follows (no expression statement ends with `:`).
    var isMatchStatement: Bool {
        var index = position
        while index < tokens.count - 1, tokens[index].kind != .newline { index += 1 }
        guard index > position, index + 1 < tokens.count else { return false }
        return tokens[index - 1].kind == .punctuator(.colon) && tokens[index + 1].kind == .indent
    }

    /// `simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE`
    mutating func parseSimpleStatements() throws(LanguageError) -> [Statement] {
        var statements = [try parseSimpleStatement()]
        while accept(.semicolon) != nil {
            if atNewline { break }
            statements.append(try parseSimpleStatement())
        }
        if atNewline {
            advance()
            return statements
        }
        if statements.count == 1, case .expression(let expression) = statements[0].kind,
           expression.kind == .name("print"), Parser.startsExpression(current.kind) {
            var end = current.range.end
            var index = position
            while index < tokens.count - 1, tokens[index].kind != .newline {
                end = tokens[index].range.end
                index += 1
            }
            throw error(
                .syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?",
                SourceRange(start: expression.range.start, end: end))
        }
        throw invalidSyntax()
    }

    /// `simple_stmt: assignment | star_expressions | 'pass' | 'del' del_targets | 'break' |
    /// 'continue' | import_stmt | return_stmt | raise_stmt | global_stmt | nonlocal_stmt |
    /// assert_stmt`; `yield` is rejected.
    mutating func parseSimpleStatement() throws(LanguageError) -> Statement {
        let token = current
        switch token.kind {
        case .keyword(.pass):
            advance()
            return Statement(.pass, token.range)
        case .keyword(.break):
            guard loopDepth > 0 else { throw error(.syntax, "'break' outside loop", token.range) }
            advance()
            return Statement(.break, token.range)
        case .keyword(.continue):
            guard loopDepth > 0 else { throw error(.syntax, "'continue' not properly in loop", token.range) }
            advance()
            return Statement(.continue, token.range)
        case .keyword(.del):
            return try parseDelete()
        case .keyword(.import):
            return try parseImport()
        case .keyword(.from):
            return try parseFromImport()
        case .keyword(.return):
            guard functionDepth > 0 else { throw error(.syntax, "'return' outside function", token.range) }
            advance()
            let value = atNewline || check(.semicolon) || isAtEnd ? nil : try parseStarExpressions()
            return Statement(.return(value), token.range.union(SourceRange(at: previousEnd)))
        case .keyword(.raise):
            advance()
            guard !(atNewline || check(.semicolon) || isAtEnd) else { return Statement(.raise(exception: nil, cause: nil), token.range) }
            let exception = try parseExpression()
            let cause = accept(.from) != nil ? try parseExpression() : nil
            return Statement(.raise(exception: exception, cause: cause), token.range.union(SourceRange(at: previousEnd)))
        case .keyword(.global), .keyword(.nonlocal):
            advance()
            var names = [try parseName()]
            while accept(.comma) != nil { names.append(try parseName()) }
            let range = token.range.union(SourceRange(at: previousEnd))
            if token.kind == .keyword(.global) { return Statement(.global(names), range) }
            guard functionDepth > 0 else { throw error(.syntax, "nonlocal declaration not allowed at module level", range) }
            return Statement(.nonlocal(names), range)
        case .keyword(.assert):
            advance()
            let test = try parseExpression()
            let message = accept(.comma) != nil ? try parseExpression() : nil
            return Statement(.assert(test: test, message: message), token.range.union(SourceRange(at: previousEnd)))
        default:
            return try parseExpressionOrAssignment()
        }
    }

    /// `assignment: (star_targets '=')+ star_expressions | single_target augassign
    /// star_expressions`, or an expression statement `star_expressions`.
    mutating func parseExpressionOrAssignment() throws(LanguageError) -> Statement {
        let first = try parseStarExpressions()
        if check(.colon) {
            switch first.kind {
            case .name, .attribute, .subscript:
                throw unsupported(.annotatedAssignment, first.range.union(current.range))
            default:
                throw invalidSyntax()
            }
        }
        if check(.assign) {
            var items = [first]
            while accept(.assign) != nil {
                items.append(try parseStarExpressions())
            }
            let value = items.removeLast()
            for (offset, target) in items.enumerated() {
                try validateTarget(target, .assignment, suggestComparison: items.count == 1 && offset == 0)
            }
            return Statement(.assignment(targets: items, value: value), first.range.union(value.range))
        }
        if case .punctuator(let punctuator) = current.kind, let op = Parser.augmentedOperators[punctuator] {
            try validateAugmentedTarget(first)
            advance()
            let value = try parseStarExpressions()
            return Statement(.augmentedAssignment(target: first, op: op, value: value), first.range.union(value.range))
        }
        return Statement(.expression(first), first.range)
    }

    /// The augmented assignment operators and the binary operators they apply.
    static let augmentedOperators: [Punctuator: BinaryOperator] = [
        .plusAssign: .add, .minusAssign: .subtract, .starAssign: .multiply, .atAssign: .matrixMultiply,
        .slashAssign: .divide, .doubleSlashAssign: .floorDivide, .percentAssign: .modulo,
        .doubleStarAssign: .power, .leftShiftAssign: .leftShift, .rightShiftAssign: .rightShift,
        .ampersandAssign: .bitwiseAnd, .pipeAssign: .bitwiseOr, .caretAssign: .bitwiseXor,
    ]

    /// `del_stmt: 'del' del_targets` with `del_targets: ','.del_target+ [',']`
    mutating func parseDelete() throws(LanguageError) -> Statement {
        let keyword = advance()
        var targets = [try parseExpression()]
        while accept(.comma) != nil {
            if atNewline || check(.semicolon) { break }
            targets.append(try parseExpression())
        }
        for target in targets { try validateTarget(target, .deletion, suggestComparison: false) }
        return Statement(.delete(targets), keyword.range.union(SourceRange(at: previousEnd)))
    }
}
