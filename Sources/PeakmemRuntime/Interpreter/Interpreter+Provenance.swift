import PeakmemEngine
import PeakmemLanguage
import PeakmemResults

/// The interpreter's side of buffer provenance, in one place (DESIGN §7, issue 18): it tells
/// the ledger which statement and which operation is running, and which name an array was
/// bound to. The engine records the rest (roles of its internal copies, elisions).
///
/// Three calls, each a few stores (no text is built):
/// - ``markStatement(_:)`` when a statement starts (the site's statement position; the
///   operation count restarts; a line event of the line profile, when one is kept);
/// - ``markOperation(_:at:)`` just before a call or an operator runs, its operands already
///   evaluated (so a nested call has marked its own site first);
/// - ``markBinding(_:_:)`` when a name is bound.
extension Interpreter {
    /// A statement at `range` of the running block starts: buffers made before its first
    /// operation are attributed to the statement itself.
    func markStatement(_ range: SourceRange) {
        let location = block.origin.fileLocation(range.start)
        allocationSite = AllocationSite(line: location.line, column: location.column)
        Ledger.current.enterStatement(allocationSite)
    }

    /// The operation `operation` (a registry function name such as `numpy.dot`, or an
    /// operator's symbol) at `range` is about to run: the buffers it makes are attributed to it.
    func markOperation(_ operation: String, at range: SourceRange) {
        let location = block.origin.fileLocation(range.start)
        allocationSite.call += 1
        allocationSite.callLine = location.line
        allocationSite.callColumn = location.column
        allocationSite.operation = operation
        Ledger.current.allocationSite = allocationSite
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
    func markBinding(_ name: String, _ value: Value) {
        if case .array(let array) = value { array.storage.recordBinding(name) }
    }
}
