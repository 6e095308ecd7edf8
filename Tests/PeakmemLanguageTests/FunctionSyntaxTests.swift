import Testing
@testable import PeakmemLanguage

/// The Python constructs added for functions, exceptions and formatting: what they parse to
/// (rendered back as source) and CPython's errors for their misuse.
@Suite("Functions, exceptions and f-strings parse as in CPython")
struct FunctionSyntaxTests {
    @Test(arguments: [
        ("def f(a, b=1, *args, c, d=2, **kw):\n    return a\n", "def f(a, b=1, *args, c, d=2, **kw):\n    return a"),
        ("def f(a, /, b, *, c):\n    pass\n", "def f(a, /, b, *, c):\n    pass"),
        ("g = lambda x, y=2: x * y\n", "g = lambda x, y=2: x * y"),
        ("while x:\n    break\nelse:\n    pass\n", "while x:\n    break\nelse:\n    pass"),
        ("for i in r:\n    continue\nelse:\n    pass\n", "for i in r:\n    continue\nelse:\n    pass"),
        ("try:\n    f()\nexcept (ValueError, TypeError) as e:\n    raise\nelse:\n    pass\nfinally:\n    g()\n",
         "try:\n    f()\nexcept (ValueError, TypeError) as e:\n    raise\nelse:\n    pass\nfinally:\n    g()"),
        ("raise ValueError('x') from None\n", "raise ValueError('x') from None"),
        ("assert x, 'message'\n", "assert x, 'message'"),
        ("with np.errstate(all='ignore') as s, other:\n    pass\n", "with np.errstate(all='ignore') as s, other:\n    pass"),
        ("a, *rest = xs\n", "a, *rest = xs"),
        ("f(*args, **kw)\n", "f(*args, **kw)"),
        ("d = {k: v for k, v in items}\n", "d = {k: v for k, v in items}"),
        ("s = {1, 2}\n", "s = {1, 2}"),
        ("t = sum(x for x in xs)\n", "t = sum((x for x in xs))"),
        ("y = f'{x!r:>{w}} and {{braces}}'\n", "y = f'{x!r:>{w}} and {{braces}}'"),
    ])
    func constructsRenderBack(_ source: String, _ expected: String) {
        #expect(rendered(source) == expected)
    }

    @Test(arguments: [
        ("return 1\n", "'return' outside function"),
        ("nonlocal x\n", "nonlocal declaration not allowed at module level"),
        ("def f(a=1, b):\n    pass\n", "non-default argument follows default argument"),
        ("def f(a, a):\n    pass\n", "duplicate argument 'a' in function definition"),
        ("def f(*):\n    pass\n", "named arguments must follow bare *"),
        ("try:\n    pass\n", "expected 'except' or 'finally' block"),
        ("a, *b, *c = x\n", "multiple starred expressions in assignment"),
        ("x = f'{}'\n", "f-string: empty expression not allowed"),
        ("x = f'{a'\n", "f-string: expecting '}'"),
        ("x = f'a}'\n", "f-string: single '}' is not allowed"),
        ("for x in y:\n    def g():\n        break\n", "'break' outside loop"),
    ])
    func misusesGetCPythonsMessages(_ source: String, _ message: String) {
        #expect(parseError(source)?.message == message)
    }

    @Test func anFStringFieldErrorPointsIntoTheString() throws {
        let error = try #require(parseError("x = f'value: {a +}'\n"))
        #expect(error.kind == .syntax)
        #expect(error.location.line == 1)
        #expect(error.location.column >= 15)
    }
}
