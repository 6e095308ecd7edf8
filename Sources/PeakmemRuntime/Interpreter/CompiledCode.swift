import PeakmemLanguage
import PeakmemResults

/// An expression compiled by ``Compiler``: called with the interpreter running it, returns the
/// expression's value (owned by the caller, released at its last use, as CPython pops it).
typealias CompiledExpression = (Interpreter) throws(LanguageError) -> Value

/// A statement compiled by ``Compiler``: its source range, its provenance site and the
/// closure that runs it.
struct CompiledStatement {
    /// Where the statement is in its code block.
    let range: SourceRange
    /// The statement's allocation site (its file line and column, computed at compile time),
    /// marked by ``Interpreter/execute(_:)-(CompiledBlock)`` before it runs; nil for a
    /// statement the tree-walker runs, which marks itself.
    let site: AllocationSite?
    /// Runs the statement; how it ended (a loop's `break`/`continue`, a `return`).
    let run: (Interpreter) throws(LanguageError) -> Interpreter.Flow
}

/// A block of statements compiled by ``Compiler`` for one scope (the module, or one
/// function's body), run by ``Interpreter/execute(_:)-(CompiledBlock)``.
struct CompiledBlock {
    let statements: [CompiledStatement]
}
