extension Parser {
    /// `function_def: 'def' NAME '(' [params] ')' ['->' expression] ':' block`; annotations are
    /// parsed and dropped (they do not change what the code does).
    mutating func parseFunctionDefinition() throws(LanguageError) -> Statement {
        let keyword = advance()
        let name = try parseName()
        guard accept(.leftParen) != nil else { throw invalidSyntax() }
        let parameters = try parseParameters(closing: .rightParen, annotations: true)
        guard accept(.rightParen) != nil else { throw invalidSyntax() }
        if accept(.arrow) != nil { _ = try parseExpression() }
        try expectColon()
        let savedLoops = loopDepth
        loopDepth = 0
        functionDepth += 1
        defer {
            loopDepth = savedLoops
            functionDepth -= 1
        }
        let body = try parseBlock(after: "function definition", line: keyword.range.start.line)
        let end = body.last?.range.end ?? previousEnd
        let definition = FunctionDefinition(name: name, parameters: parameters, body: body)
        return Statement(.functionDefinition(definition), SourceRange(start: keyword.range.start, end: end))
    }

    /// `lambdef: 'lambda' [lambda_params] ':' expression`
    mutating func parseLambda() throws(LanguageError) -> Expression {
        let keyword = advance()
        let parameters = try parseParameters(closing: .colon, annotations: false)
        guard accept(.colon) != nil else { throw invalidSyntax() }
        let body = try parseExpression()
        return try limited(Expression(.lambda(parameters, body: body), keyword.range.union(body.range)))
    }

    /// `params` of a `def` (up to `closing`, `)`) or a `lambda` (up to `:`): names with
    /// optional defaults, `/`, `*`, `*args`, keyword-only names and `**kwargs`, with CPython's
    /// errors for a misplaced or repeated one.
    mutating func parseParameters(closing: Punctuator, annotations: Bool) throws(LanguageError) -> FunctionParameters {
        var parameters: [FunctionParameters.Parameter] = []
        var names: Set<String> = []
        var afterStar = false
        var sawDefault = false
        var sawKeywords = false
        func add(_ parameter: FunctionParameters.Parameter, _ parser: Parser) throws(LanguageError) {
            guard names.insert(parameter.name).inserted else {
                throw parser.error(.syntax, "duplicate argument '\(parameter.name)' in function definition", parameter.range)
            }
            parameters.append(parameter)
        }
        while !check(closing) {
            if sawKeywords { throw error(.syntax, "arguments cannot follow var-keyword argument", current.range) }
            if let slash = accept(.slash) {
                guard !afterStar, !parameters.isEmpty else {
                    throw error(.syntax, afterStar ? "/ must be ahead of *" : "at least one argument must precede /", slash.range)
                }
                for index in parameters.indices where parameters[index].kind == .positionalOrKeyword {
                    parameters[index].kind = .positionalOnly
                }
            } else if let star = accept(.star) {
                if afterStar { throw error(.syntax, "* argument may appear only once", star.range) }
                afterStar = true
                if case .name(let name) = current.kind {
                    let token = advance()
                    if annotations, accept(.colon) != nil { _ = try parseExpression() }
                    try add(.init(name: name, kind: .variadicPositional, range: star.range.union(token.range)), self)
                } else if !check(.comma) || peekKind() == closingKind(closing) {
                    throw error(.syntax, "named arguments must follow bare *", star.range)
                }
            } else if let stars = accept(.doubleStar) {
                let token = current
                let name = try parseName()
                if annotations, accept(.colon) != nil { _ = try parseExpression() }
                try add(.init(name: name, kind: .variadicKeyword, range: stars.range.union(token.range)), self)
                sawKeywords = true
            } else {
                let token = current
                let name = try parseName()
                if annotations, accept(.colon) != nil { _ = try parseExpression() }
                var defaultValue: Expression?
                if accept(.assign) != nil {
                    defaultValue = try parseExpression()
                    if !afterStar { sawDefault = true }
                } else if sawDefault, !afterStar {
                    throw error(.syntax, "non-default argument follows default argument", token.range)
                }
                try add(.init(name: name, kind: afterStar ? .keywordOnly : .positionalOrKeyword,
                              defaultValue: defaultValue, range: token.range), self)
            }
            if accept(.comma) == nil { break }
        }
        if afterStar, !parameters.contains(where: { $0.kind == .variadicPositional || $0.kind == .keywordOnly }) {
            throw error(.syntax, "named arguments must follow bare *", current.range)
        }
        return FunctionParameters(parameters)
    }

    private func closingKind(_ punctuator: Punctuator) -> TokenKind { .punctuator(punctuator) }

    /// The parts of an f-string whose decoded body is `body` and whose token is at `range`:
    /// `{{`/`}}` are literal braces, `{expression!c:spec}` a field. Each field's expression is
    /// parsed where it stands in the block, so that its errors point into the f-string.
    mutating func parseFormattedString(_ body: String, at range: SourceRange) throws(LanguageError) -> [FormattedStringPart] {
        let characters = Array(body)
        var index = 0
        // Where the body starts: after the prefix and the opening quote(s).
        let source = Array(block.text.split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst(range.start.line - 1).first ?? "")
        var prefixLength = 0
        while prefixLength + range.start.column - 1 < source.count,
              !"'\"".contains(source[prefixLength + range.start.column - 1]) { prefixLength += 1 }
        var quoteLength = 1
        let quoteStart = prefixLength + range.start.column - 1
        if quoteStart + 2 < source.count, source[quoteStart + 1] == source[quoteStart], source[quoteStart + 2] == source[quoteStart] {
            quoteLength = 3
        }
        let bodyStart = SourceLocation(line: range.start.line, column: range.start.column + prefixLength + quoteLength)
        func location(of offset: Int) -> SourceLocation {
            var line = bodyStart.line
            var column = bodyStart.column
            for character in characters[0..<offset] {
                if character == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return SourceLocation(line: line, column: column)
        }
        func parts(until terminator: Character?, depth: Int) throws(LanguageError) -> [FormattedStringPart] {
            var result: [FormattedStringPart] = []
            var text = ""
            while index < characters.count {
                let character = characters[index]
                if let terminator, character == terminator, depth > 0 { break }
                if character == "{" {
                    if depth == 0, index + 1 < characters.count, characters[index + 1] == "{" {
                        text.append("{")
                        index += 2
                        continue
                    }
                    if !text.isEmpty { result.append(.literal(text)) }
                    text = ""
                    result.append(try field(depth: depth))
                    continue
                }
                if character == "}" {
                    if depth == 0, index + 1 < characters.count, characters[index + 1] == "}" {
                        text.append("}")
                        index += 2
                        continue
                    }
                    throw error(.syntax, "f-string: single '}' is not allowed", SourceRange(at: location(of: index)))
                }
                text.append(character)
                index += 1
            }
            if !text.isEmpty { result.append(.literal(text)) }
            return result
        }
        func field(depth: Int) throws(LanguageError) -> FormattedStringPart {
            let open = index
            index += 1
            let expressionStart = index
            var nesting = 0
            var quote: Character?
            while index < characters.count {
                let character = characters[index]
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "'" || character == "\"" {
                    quote = character
                } else if "([{".contains(character) {
                    nesting += 1
                } else if ")]}".contains(character), nesting > 0 {
                    nesting -= 1
                } else if nesting == 0, character == "}" || character == ":" {
                    break
                } else if nesting == 0, character == "!", index + 1 < characters.count, characters[index + 1] != "=" {
                    break
                }
                index += 1
            }
            guard index < characters.count else {
                throw error(.syntax, "f-string: expecting '}'", SourceRange(at: location(of: open)))
            }
            let expressionText = String(characters[expressionStart..<index])
            if expressionText.allSatisfy(\.isWhitespace) {
                throw error(.syntax, "f-string: empty expression not allowed", SourceRange(at: location(of: open)))
            }
            let expression = try parseFieldExpression(expressionText, at: location(of: expressionStart))
            var conversion: Character?
            if characters[index] == "!" {
                index += 1
                guard index < characters.count, "rsa".contains(characters[index]) else {
                    throw error(.syntax, "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                                SourceRange(at: location(of: min(index, characters.count - 1))))
                }
                conversion = characters[index]
                index += 1
            }
            var spec: [FormattedStringPart] = []
            if index < characters.count, characters[index] == ":" {
                index += 1
                if depth >= 1 {
                    throw error(.syntax, "f-string: expressions nested too deeply", SourceRange(at: location(of: open)))
                }
                spec = try parts(until: "}", depth: depth + 1)
            }
            guard index < characters.count, characters[index] == "}" else {
                throw error(.syntax, "f-string: expecting '}'", SourceRange(at: location(of: open)))
            }
            index += 1
            return .field(expression, conversion: conversion, spec: spec)
        }
        return try parts(until: nil, depth: 0)
    }

    /// Parses a replacement field's expression as if it stood at `start` of this block: the
    /// text is padded into a parenthesized expression at the same line and column.
    func parseFieldExpression(_ text: String, at start: SourceLocation) throws(LanguageError) -> Expression {
        let padding = start.line == 1
            ? String(repeating: " ", count: max(0, start.column - 2))
            : String(repeating: "\n", count: start.line - 1) + String(repeating: " ", count: start.column - 1)
        var parser = Parser(CodeBlock("(" + padding + text + ")", origin: block.origin))
        return try parser.parseExpressionInput()
    }
}

extension FormattedStringPart {
    /// `parts` with adjacent literal text joined and empty text dropped.
    static func merged(_ parts: [FormattedStringPart]) -> [FormattedStringPart] {
        var result: [FormattedStringPart] = []
        for part in parts {
            if case .literal(let text) = part {
                if text.isEmpty { continue }
                if case .literal(let previous) = result.last {
                    result[result.count - 1] = .literal(previous + text)
                    continue
                }
            }
            result.append(part)
        }
        return result
    }
}
