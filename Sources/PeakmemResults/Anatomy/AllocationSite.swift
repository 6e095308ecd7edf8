/// Where a buffer was made: the statement of scenario code that was running, and the operation
/// (call or operator) within it that asked for the buffer.
///
/// The interpreter sets the site of the ``Ledger``-recording engine (PeakmemEngine) once per
/// statement and once per operation, just before the operation runs (its operands are already
/// evaluated, so nested calls have set and left their own sites). Positions are file lines and
/// columns (1-based) of the scenario file, as in error messages; 0 means unknown (a buffer
/// made outside scenario code, e.g. by a test calling the engine directly).
///
/// Storing a site copies no text: ``operation`` is the registry's name of the function
/// (`numpy.dot`, `ndarray.astype`) or the operator's symbol (`+`, `@`), strings that already
/// exist; they are turned into words only when reporting (``operationText``).
public struct AllocationSite: Sendable, Hashable, Codable {
    /// The file line of the statement.
    public var line: Int
    /// The file column of the statement.
    public var column: Int
    /// The 1-based number of the operation within its statement, in the order operations ran
    /// (0: the statement itself, before any operation).
    public var call: Int
    /// The file line of the operation's expression.
    public var callLine: Int
    /// The file column of the operation's expression.
    public var callColumn: Int
    /// The registry name of the function called (`numpy.dot`, `ndarray.astype`), the symbol of
    /// the operator (`@`, `+`, `[]` for indexing), or empty when none was running.
    public var operation: String
    /// What the operation adds about itself, e.g. an `np.einsum` call's subscripts (`i, jk ->
    /// ijk`); empty when nothing.
    public var detail: String

    /// A site; the defaults are "unknown".
    public init(line: Int = 0, column: Int = 0, call: Int = 0, callLine: Int = 0, callColumn: Int = 0, operation: String = "",
                detail: String = "") {
        self.line = line
        self.column = column
        self.call = call
        self.callLine = callLine
        self.callColumn = callColumn
        self.operation = operation
        self.detail = detail
    }

    /// No known site.
    public static let unknown = AllocationSite()

    /// The operation as scenario code writes it: `np.dot` for `numpy.dot`, `.astype` for the
    /// method `ndarray.astype`, `scipy.linalg.blas.dgemm` as it is, `@` for an operator;
    /// `(statement)` when no operation was running.
    /// With a ``detail``, it follows in quotes: `np.einsum('i, jk -> ijk')`.
    public var operationText: String {
        let name: String
        if operation.isEmpty {
            name = "(statement)"
        } else if operation.hasPrefix("numpy.") {
            name = "np." + operation.dropFirst("numpy.".count)
        } else if operation.hasPrefix("ndarray.") {
            name = "." + operation.dropFirst("ndarray.".count)
        } else {
            name = operation
        }
        return detail.isEmpty ? name : "\(name)('\(detail)')"
    }

    /// `line 3, col 9` (the operation's position, the statement's when there is none), or
    /// `an unknown line`.
    public var positionText: String {
        if callLine > 0 { return "line \(callLine), col \(callColumn)" }
        if line > 0 { return "line \(line), col \(column)" }
        return "an unknown line"
    }

    enum CodingKeys: String, CodingKey {
        case line, column, call, operation, detail
        case callLine = "call_line"
        case callColumn = "call_column"
    }
}
