/// Python's reserved words (the hard keywords of Python 3.11).
///
/// All are tokenized as keywords, so that `while`, `def` and friends reach the parser, which
/// rejects the unsupported ones with a clear message. The soft keywords `match`, `case` and `_`
/// are ordinary names. The three capitalised keywords keep Python's spelling (`.None`, not
/// `.none`, which `Optional` would shadow).
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    case False, None, True
    case and, `as`, assert, async, await, `break`, `class`, `continue`, def, del, elif, `else`
    case except, finally, `for`, from, global, `if`, `import`, `in`, `is`, lambda, nonlocal
    case not, or, pass, raise, `return`, `try`, `while`, with, yield
}
