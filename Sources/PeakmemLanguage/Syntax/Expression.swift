/// An expression node of the syntax tree, with its block-relative source range.
///
/// The cases mirror Python's `ast` module where scenario code needs them. Parentheses leave no
/// node: `(a)` is the name `a` (its range includes the parentheses). A subscript's index is a
/// single expression; `a[1:2, None]` has a `tuple` index whose first element is a `slice`, as in
/// Python's `ast.Subscript`.
public struct Expression: Sendable, Equatable {
    /// What the expression is.
    public indirect enum Kind: Sendable, Equatable {
        /// A name: `np`, `X`.
        case name(String)
        /// An integer literal.
        case integer(Int)
        /// A floating-point literal.
        case float(Double)
        /// A string literal (adjacent literals already joined: `'a' 'b'` is `'ab'`).
        case string(String)
        /// `True` or `False`.
        case boolean(Bool)
        /// `None` (not `.none`, which `Optional` would shadow).
        case noneLiteral
        /// `...` (Ellipsis).
        case ellipsis
        /// A tuple display `(a, b)`, `a, b`, `(a,)`, `()`.
        case tuple([Expression])
        /// A list display `[a, b]`.
        case list([Expression])
        /// A dict display `{'a': 1}`.
        case dictionary([DictionaryEntry])
        /// A list comprehension `[element for x in xs if c ...]`.
        case listComprehension(element: Expression, clauses: [ComprehensionClause])
        /// Attribute access `base.name`.
        case attribute(Expression, name: String)
        /// A call `function(arguments)`.
        case call(Expression, arguments: [Argument])
        /// A subscript `base[index]`.
        case `subscript`(Expression, index: Expression)
        /// A slice `lower:upper:step`; only inside a subscript.
        case slice(lower: Expression?, upper: Expression?, step: Expression?)
        /// A prefix operation `-x`, `+x`, `~x`, `not x`.
        case unary(UnaryOperator, Expression)
        /// An arithmetic or bitwise operation `left op right`.
        case binary(BinaryOperator, Expression, Expression)
        /// A comparison chain `first op1 a op2 b ...`.
        case comparison(Expression, [ComparisonPart])
        /// `left and right`, `left or right`.
        case logical(LogicalOperator, Expression, Expression)
        /// A conditional expression `body if condition else orElse`.
        case conditional(body: Expression, condition: Expression, orElse: Expression)
        /// `lambda parameters: body`.
        case lambda(FunctionParameters, body: Expression)
        /// An f-string `f'x={x:.3f}'`: literal text and replacement fields, in order.
        case formattedString([FormattedStringPart])
        /// A set display `{a, b}`.
        case set([Expression])
        /// A dict comprehension `{key: value for x in xs ...}`.
        case dictionaryComprehension(key: Expression, value: Expression, clauses: [ComprehensionClause])
        /// A set comprehension `{element for x in xs ...}`.
        case setComprehension(element: Expression, clauses: [ComprehensionClause])
        /// A generator expression `(element for x in xs ...)`, evaluated lazily.
        case generator(element: Expression, clauses: [ComprehensionClause])
        /// `*value` in a display, a call's arguments or an assignment target.
        case starred(Expression)
    }

    /// What the expression is.
    public var kind: Kind
    /// Where it is in the code block.
    public var range: SourceRange
    /// The number of nodes on the longest path from this node down to a leaf (a name or a
    /// literal has depth 1; `a + b` has 2). The parser refuses expressions deeper than
    /// ``maximumDepth``, so that every recursive walk over the tree has a bounded depth.
    public let depth: Int

    /// The deepest expression accepted: CPython 3.11 compiles `1+1+...+1` with 2989 operators
    /// (depth 2990) and raises "RecursionError: maximum recursion depth exceeded during
    /// compilation" for one more.
    public static let maximumDepth = 2990

    /// Creates an expression node.
    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
        self.depth = 1 + kind.childDepth
    }
}
