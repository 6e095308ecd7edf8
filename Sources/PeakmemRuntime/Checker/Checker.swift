import PeakmemLanguage

/// Finds the problems of scenario code without running it — what `peakmem check` reports.
///
/// The programs are checked in the order they would run (scenario setup, variant setup, run
/// code), sharing their names. Reported, each at its place in the file, all of them (the
/// check does not stop at the first):
/// - imports of modules scenario code cannot import (``LanguageError/Kind/importError``);
/// - members that the registry does not have, on attribute chains rooted at modules
///   (`np.foo`, `np.random.foo`, `scipy.linalg.blas.foo`): `AttributeError` with a close
///   match, or ``LanguageError/Kind/unsupported`` for NumPy functions peakmem does not support
///   yet;
/// - calls of registered functions that their signature refuses (an unknown keyword, too
///   many positional arguments, a missing argument): `TypeError` with Python's message;
/// - names used before any assignment (`NameError`), with the names given as `predefined`
///   (the scenario's parameters), `np` and Python's builtins bound from the start;
/// - dict literals, the `@` operator while the registry has no `numpy.matmul`, and array
///   methods NumPy has but no supported type has (`X.dot(Y)` while `np.dot` is missing),
///   which scenario code does not support (yet);
/// - attributes and methods of objects whose type is known (a name bound to the result of a
///   function the registry declares to return, e.g. `scipy.sparse.csr_matrix` a `csr_matrix`):
///   checked against that type's declared attributes and registered methods. A NumPy
///   function's result is refused the array attributes no supported type has; a value of
///   unknown type only those that no declared object type has either.
///
/// The check is flow-insensitive where Python's flow cannot be known: a name assigned in one
/// branch of an `if`, or in a loop body, counts as assigned afterwards.
public struct Checker {
    /// The functions calls are checked against.
    public let registry: FunctionRegistry

    /// A checker against `registry`.
    public init(registry: FunctionRegistry = .standard) {
        self.registry = registry
    }

    /// The names bound once `programs` have run (with `predefined` and `np`), as the check
    /// sees them (flow-insensitively: a name assigned in any branch counts).
    public func boundNames(after programs: [Program], predefined: Set<String> = []) -> Set<String> {
        let walker = CheckWalker(registry: registry, predefined: predefined)
        for program in programs { walker.check(program) }
        return walker.state.defined
    }

    /// Every problem of `programs`, in the order found.
    public func check(_ programs: [Program], predefined: Set<String> = []) -> [LanguageError] {
        let walker = CheckWalker(registry: registry, predefined: predefined)
        // The walk recurses as deep as the expressions nest (up to Expression.maximumDepth).
        _ = try? DeepStack.run(when: programs.contains(where: \.needsDeepStack)) { () throws(LanguageError) in
            for program in programs { walker.check(program) }
        }
        return walker.problems
    }
}

/// The state of one check: which names are bound, and to which module or function.
final class CheckWalker {
    /// What a name or expression is known to be without running.
    enum Known: Equatable {
        case module(String)
        case function(String)
        /// An object of a declared type (its method namespace, `csr_matrix`), returned by a
        /// function declared to return it (``FunctionRegistry/declare(_:returns:)``).
        case instance(String)
        /// The result of a `numpy.` function: an array (or a NumPy scalar, a tuple of arrays),
        /// never one of the declared object types.
        case array

        /// What `value` is, when it is a module or a function.
        init?(_ value: Value) {
            switch value {
            case .module(let name): self = .module(name)
            case .function(let name): self = .function(name)
            default: return nil
            }
        }

        /// The value it stands for (an instance has none without running).
        var value: Value? {
            switch self {
            case .module(let name): .module(name)
            case .function(let name): .function(name)
            case .instance, .array: nil
            }
        }
    }

    /// The names bound at this point of the code.
    struct State {
        var defined: Set<String>
        var known: [String: Known]

        /// The state after one of two branches ran.
        func merged(with other: State) -> State {
            State(defined: defined.union(other.defined), known: known.filter { other.known[$0.key] == $0.value })
        }
    }

    let registry: FunctionRegistry
    var state: State
    var scopes: [Set<String>] = []
    var problems: [LanguageError] = []
    /// The peakmem-only functions called and modules imported (``Checker/peakmemOnlyFeatures(_:predefined:)``).
    var peakmemOnly: [String] = []
    var block = CodeBlock("", origin: SourceOrigin(file: "<none>"))
    /// The names the module binds anywhere at its top level (what a function body may read
    /// as a global).
    var moduleNames: Set<String> = []
    /// How many `try` bodies with handlers enclose the code being checked: there an unbound
    /// name is not reported (the code may expect the NameError).
    var guardedDepth = 0

    init(registry: FunctionRegistry, predefined: Set<String>) {
        self.registry = registry
        var known: [String: Known] = [:]
        if !predefined.contains("np") { known["np"] = .module("numpy") }
        state = State(defined: predefined.union(["np"]), known: known)
    }

    func check(_ program: Program) {
        block = program.source
        moduleNames.formUnion(Self.assignedNames(program.statements))
        check(program.statements)
    }

    func report(_ error: RuntimeError, _ range: SourceRange) {
        problems.append(LanguageError(error, at: range, in: block))
    }
}
