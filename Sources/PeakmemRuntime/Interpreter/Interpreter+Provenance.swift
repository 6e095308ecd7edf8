import PeakmemEngine
import PeakmemLanguage
import PeakmemResults

/// The interpreter's side of buffer provenance, in one place (DESIGN §7, issue 18): it tells
/// the ledger which statement and which operation is running, and which name an array was
/// bound to. The engine records the rest (roles of its internal copies, elisions).
///
/// Three calls, each a few stores (no text is built):
/// - ``markStatement(_:)-(SourceRange)`` when a statement starts (the site's statement
///   position; the operation count restarts; a line event of the line profile, when one is
///   kept);
/// - ``markOperation(_:at:)`` just before a call or an operator runs, its operands already
///   evaluated (so a nested call has marked its own site first);
/// - ``markBinding(_:_:)`` when a name is bound.
///
/// Compiled code (``Compiler``) passes file positions it computed once, at compile time
/// (``markStatement(_:)-(AllocationSite)``, ``markOperation(_:line:column:)``); an operator
/// its scalar fast path computes allocates nothing and only counts itself
/// (``countOperation()``), so that the operations after it keep the tree-walker's numbers.
extension Interpreter {
    /// The ledger the running code allocates on: the one current when ``run(_:)-(Program)``
    /// or ``evaluate(_:in:)`` started (read once there rather than at every statement),
    /// else the current one.
    var provenanceLedger: Ledger { runLedger ?? Ledger.current }

    /// A statement at `range` of the running block starts: buffers made before its first
    /// operation are attributed to the statement itself.
    func markStatement(_ range: SourceRange) {
        let location = block.origin.fileLocation(range.start)
        markStatement(AllocationSite(line: location.line, column: location.column))
    }

    /// A statement starts; `site` is its file position (no operation yet).
    func markStatement(_ site: AllocationSite) {
        allocationSite = site
        provenanceLedger.enterStatement(site)
    }

    /// The operation `operation` (a registry function name such as `numpy.dot`, or an
    /// operator's symbol) at `range` is about to run: the buffers it makes are attributed to it.
    func markOperation(_ operation: String, at range: SourceRange) {
        let location = block.origin.fileLocation(range.start)
        markOperation(operation, line: location.line, column: location.column)
    }

    /// ``markOperation(_:at:)`` with the operation's file position.
    func markOperation(_ operation: String, line: Int, column: Int) {
        allocationSite.call += 1
        allocationSite.callLine = line
        allocationSite.callColumn = column
        allocationSite.operation = operation
        provenanceLedger.allocationSite = allocationSite
    }

    /// An operation that allocates nothing ran (a compiled scalar fast path): it only takes
    /// its number in the statement, as the tree-walker's mark would.
    @inline(__always)
    func countOperation() {
        allocationSite.call &+= 1
    }

    /// The operation a callee value names, for ``markOperation(_:at:)``: the registry name of a
    /// function or method, the name of a scenario function or dtype.
    static func operationName(of callee: Value) -> String {
        switch callee {
        case .function(let name), .method(_, let name): name
        case .object(let function as UserFunction): function.name
        case .dtype(let dtype): "numpy." + dtype.description
        default: "call"
        }
    }

    /// `value` is bound to `name`: an array's buffer records the name (its first one stays).
    @inline(__always)
    func markBinding(_ name: String, _ value: Value) {
        if case .array(let array) = value { array.storage.recordBinding(name) }
    }
}
