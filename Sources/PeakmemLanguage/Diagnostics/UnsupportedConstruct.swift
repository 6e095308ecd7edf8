/// A valid Python construct that scenario code rejects, with the message that says so.
///
/// The messages name the construct and, where there is one, what to write instead. They are
/// collected here so that documentation and tests can list them.
public enum UnsupportedConstruct: Sendable, Hashable, CaseIterable {
    /// `class A:`
    case classDefinition
    /// `yield`
    case yieldExpression
    /// `async def`, `async for`, `await`
    case asyncCode
    /// `@decorator`
    case decorator
    /// `(n := len(a))`
    case walrus
    /// `b'...'`
    case bytesLiteral
    /// `2j`
    case complexNumber
    /// an integer literal beyond 64 bits
    case hugeInteger
    /// `'\N{BULLET}'`
    case namedUnicodeEscape
    /// `f(**kwargs)`, `{**d}`
    case keywordUnpacking
    /// `a, *rest = x`, `[*a]`
    case starredExpression
    /// `X.shape = ...`, `X.data += 1`
    case attributeAssignment
    /// `del X.base`
    case attributeDeletion
    /// `x: int = 1`
    case annotatedAssignment
    /// `from . import x`
    case relativeImport
    /// `from numpy import *`
    case wildcardImport
    /// `%memit ...`, `%timeit ...`
    case ipythonMagic
    /// `>>> `, `In [1]: `, `...: ` pasted with the code
    case interactivePrompt
    /// `match x:`
    case matchStatement

    /// The diagnostic text.
    public var message: String {
        switch self {
        case .classDefinition:
            return "class definitions are not supported in scenario code"
        case .yieldExpression:
            return "`yield` is not supported in scenario code (there are no functions or generators)"
        case .asyncCode:
            return "`async` and `await` are not supported in scenario code"
        case .decorator:
            return "decorators are not supported in scenario code (there are no functions or classes)"
        case .walrus:
            return "assignment expressions (`:=`) are not supported in scenario code; assign in a separate statement"
        case .bytesLiteral:
            return "bytes literals (`b'...'`) are not supported in scenario code; use a plain string literal"
        case .complexNumber:
            return "complex numbers are not supported in scenario code; the engine's dtypes are real"
        case .hugeInteger:
            return "integers beyond 64 bits are not supported in scenario code; the largest literal is 9223372036854775807"
        case .namedUnicodeEscape:
            return "`\\N{...}` escapes are not supported in scenario code; use `\\u` or `\\U` with the code point"
        case .keywordUnpacking:
            return "keyword argument unpacking (`**kwargs`) is not supported in scenario code; pass the keyword arguments one by one"
        case .starredExpression:
            return "starred expressions (`*x`) are not supported in scenario code; unpack into one name per element"
        case .attributeAssignment:
            return "assignment to attributes is not supported in scenario code; assign to a name or a subscript (`x[...] = ...`)"
        case .attributeDeletion:
            return "deleting attributes is not supported in scenario code; `del` takes names and subscripts"
        case .annotatedAssignment:
            return "annotated assignments (`x: T = ...`) are not supported in scenario code; drop the annotation"
        case .relativeImport:
            return "relative imports are not supported in scenario code; import `numpy`, `scipy` or `numexpr` by name"
        case .wildcardImport:
            return "wildcard imports (`from ... import *`) are not supported in scenario code; import the names you use"
        case .ipythonMagic:
            return "IPython magics (`%memit`, `%timeit`) are not supported in scenario code; write the statement itself, peakmem measures the variant's `run` code"
        case .interactivePrompt:
            return "interactive prompts (`>>>`, `In [1]:`, `...:`) are not supported in scenario code; paste the code without them"
        case .matchStatement:
            return "`match` statements are not supported in scenario code; use `if`/`elif`/`else`"
        }
    }
}
