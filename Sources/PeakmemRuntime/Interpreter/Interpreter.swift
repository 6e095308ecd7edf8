import PeakmemEngine
import PeakmemLanguage
import PeakmemResults

/// Runs scenario code: executes the statements of a ``Program`` in an ``Environment``, with
/// Python's semantics on the engine's arrays.
///
/// **Lifetimes are CPython's.** Values are held exactly where CPython holds references: by
/// names, by containers, and by the evaluation of the expression that is using them. A
/// temporary (`a * 2` in `y = a * 2 + 1`) is released as soon as the operation that consumed
/// it returns; a name's old value is released when the new value is bound (so `T = a * 3`
/// after `T = a * 2` peaks at two arrays); `del T` releases at once; a `for` loop holds its
/// iterable and the current element only; a statement's value is never kept once the
/// statement is done. The ledger therefore sees the peaks CPython and NumPy would have
/// (without NumPy's temporary elision, which a later version adds).
///
/// **Functions and exceptions keep them.** A call of a `def` or `lambda` runs in a ``Frame``
/// released when it returns (a closure keeps only the ``Cell``s of the variables it uses); an
/// exception leaving a call keeps that frame alive in its payload until the `except` block
/// catching it ends, as CPython's traceback does.
///
/// **How it runs.** Code is compiled once into Swift closures (``Compiler``): module-level
/// code when ``run(_:)`` starts, a function's body at its first call. Names resolve to slots
/// (the ``Environment``'s for globals, the ``Frame``'s for plain locals) at compile time;
/// scalar arithmetic on Python ints and floats is computed inline; module members and
/// registry entries are cached at each site. What the compiler leaves alone (comprehensions,
/// generators, `try`, `with`, `def`, f-strings, ...) runs on the tree-walker
/// (``evaluate(_:)`` and ``execute(_:)-(Statement)``), which stays the reference for the
/// semantics; names then resolve through the comprehension scopes, the running function's
/// frame (slots and cells, as decided once per function by ``FunctionScope``), the globals
/// and the builtins. Every compiled statement runs in ``execute(_:)-(CompiledBlock)`` and
/// every call, compiled or not, in ``invoke(_:positional:keywords:range:site:)``: the places
/// for per-statement and per-call hooks. `make bench` (section Language) measures the result
/// against CPython.
///
/// Errors are ``LanguageError``s located at the expression or statement that raised them:
/// `scenarios/x.yaml:14:9: error: ValueError: operands could not be broadcast together ...`.
///
/// ```swift
/// let interpreter = Interpreter()
/// try interpreter.run(try Parser.parse("X = np.ones((3, 4))\nY = X.T * 2\n", origin: origin))
/// ```
public final class Interpreter {
    /// The registry, semantics, random state and output of the run.
    public let context: RuntimeContext
    /// The global names.
    public let environment: Environment
    /// The scopes of the comprehensions being evaluated (innermost last).
    var scopes: [[String: Value]] = []
    /// The frame of the scenario function running, nil at module level.
    var frame: Frame?
    /// How many scenario function calls are running.
    var callDepth = 0
    /// The value of the `return` statement that ended the running function's body.
    var returnValue: Value?
    /// The exceptions whose handlers are running, innermost last (what a bare `raise`
    /// re-raises).
    var handling: [LanguageError] = []
    /// The code block being run, for error locations.
    var block = CodeBlock("", origin: SourceOrigin(file: "<none>"))
    /// The statement and operation running, for the ledger's provenance (Interpreter+Provenance).
    var allocationSite = AllocationSite()
    /// The ledger current when the running ``run(_:)-(Program)`` or ``evaluate(_:in:)`` started
    /// (``provenanceLedger``), nil outside them.
    var runLedger: Ledger?

    /// An interpreter over `environment` (by default `np` bound to numpy).
    public init(context: RuntimeContext = RuntimeContext(), environment: Environment = .standard()) {
        self.context = context
        self.environment = environment
        context.callerName = { [weak self] name in self?.visibleValue(name) }
        context.invoke = { [weak self] callee, positional, keywords throws(RuntimeError) in
            guard let self else { throw .typeError("the interpreter has ended") }
            return try self.call(callee, positional: positional, keywords: keywords)
        }
    }

    /// Runs every statement of `program`, in order (code that defines functions or nests
    /// expressions deeply runs on a thread with a stack deep enough for the deepest code the
    /// parser accepts, see ``PeakmemLanguage/DeepStack``).
    public func run(_ program: Program) throws(LanguageError) {
        try onDeepStack(when: program.needsDeepStack) { () throws(LanguageError) in
            let previous = (block: block, ledger: runLedger)
            block = program.source
            runLedger = Ledger.current
            defer { (block, runLedger) = previous }
            // Module-level code is compiled (``Compiler``) when it runs at module level, as it
            // always does but for a run nested in a call.
            let flow = if frame == nil && scopes.isEmpty {
                try execute(Compiler(scope: .module, environment: environment, origin: program.source.origin).compile(program.statements))
            } else {
                try execute(program.statements)
            }
            if flow != .normal {
                // The parser rejects `break`, `continue` and `return` outside loops and functions.
                preconditionFailure("break, continue or return outside a loop or function")
            }
        }
    }

    /// Parses `source` and runs it.
    public func run(_ source: String, origin: SourceOrigin = SourceOrigin(file: "<string>")) throws(LanguageError) {
        try run(try Parser.parse(source, origin: origin))
    }

    /// The value of `expression` (from a block parsed with ``Parser/parseExpression(_:origin:)``,
    /// e.g. a scenario's `result:` entry).
    public func evaluate(_ expression: Expression, in source: CodeBlock) throws(LanguageError) -> Value {
        try onDeepStack(when: expression.needsDeepStack) { () throws(LanguageError) in
            let previous = (block: block, ledger: runLedger)
            block = source
            runLedger = Ledger.current
            defer { (block, runLedger) = previous }
            return try evaluate(expression)
        }
    }

    /// `body` run by ``PeakmemLanguage/DeepStack/run(when:_:)``, with the ledger of the caller
    /// (a task-local value, which a new thread would not see) still the current one.
    func onDeepStack<T>(when needed: Bool, _ body: () throws(LanguageError) -> T) throws(LanguageError) -> T {
        guard needed else { return try body() }
        let ledger = Ledger.current
        return try DeepStack.run { () throws(LanguageError) -> T in
            let result: Result<T, LanguageError> = Ledger.$current.withValue(ledger) {
                Result { () throws(LanguageError) -> T in try body() }
            }
            return try result.get()
        }
    }

    /// How a block of statements ended.
    enum Flow {
        case normal
        case breakLoop
        case continueLoop
        /// A `return` ran; the value is in ``returnValue``.
        case returned
    }

    /// `error` located at `range` of the current block.
    func located(_ error: RuntimeError, _ range: SourceRange) -> LanguageError {
        LanguageError(error, at: range, in: block)
    }

    /// Runs `body`, locating its error at `range`.
    func at<T>(_ range: SourceRange, _ body: () throws(RuntimeError) -> T) throws(LanguageError) -> T {
        do {
            return try body()
        } catch {
            throw located(error, range)
        }
    }
}
