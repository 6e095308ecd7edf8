extension Parser {
    /// `import_name: 'import' dotted_as_names` with
    /// `dotted_as_name: dotted_name ['as' NAME]`. Every module path is kept; whether a module
    /// is available is for validation to decide.
    mutating func parseImport() throws(LanguageError) -> Statement {
        let keyword = advance()
        var modules = [try parseImportedName(dotted: true)]
        while accept(.comma) != nil {
            modules.append(try parseImportedName(dotted: true))
        }
        return Statement(.import(modules), keyword.range.union(SourceRange(at: previousEnd)))
    }

    /// `import_from: 'from' dotted_name 'import' import_from_targets` with
    /// `import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names`.
    /// Relative imports (`from . import x`) and `import *` are rejected.
    mutating func parseFromImport() throws(LanguageError) -> Statement {
        let keyword = advance()
        if check(.dot) || check(.ellipsis) {
            throw unsupported(.relativeImport, keyword.range.union(current.range))
        }
        let module = try parseImportedName(dotted: true, allowAlias: false)
        guard accept(.import) != nil else { throw invalidSyntax() }
        if let star = accept(.star) {
            throw unsupported(.wildcardImport, star.range)
        }
        var names: [ImportedName] = []
        if accept(.leftParen) != nil {
            names.append(try parseImportedName(dotted: false))
            while accept(.comma) != nil {
                if check(.rightParen) { break }
                names.append(try parseImportedName(dotted: false))
            }
            _ = try expectClosing(.rightParen, after: nil)
        } else {
            names.append(try parseImportedName(dotted: false))
            while let comma = accept(.comma) {
                if atNewline || check(.semicolon) {
                    throw error(.syntax, "trailing comma not allowed without surrounding parentheses", comma.range)
                }
                names.append(try parseImportedName(dotted: false))
            }
        }
        return Statement(.importFrom(module: module, names: names), keyword.range.union(SourceRange(at: previousEnd)))
    }

    /// `dotted_name ['as' NAME]` (or `NAME ['as' NAME]` when not `dotted`).
    mutating func parseImportedName(dotted: Bool, allowAlias: Bool = true) throws(LanguageError) -> ImportedName {
        let start = current.range.start
        var path = [try parseName()]
        while dotted, accept(.dot) != nil {
            path.append(try parseName())
        }
        var alias: String?
        if allowAlias, accept(.as) != nil {
            alias = try parseName()
        }
        return ImportedName(path: path, alias: alias, range: SourceRange(start: start, end: previousEnd))
    }

    /// `NAME`
    mutating func parseName() throws(LanguageError) -> String {
        guard case .name(let name) = current.kind else { throw invalidSyntax() }
        advance()
        return name
    }
}
