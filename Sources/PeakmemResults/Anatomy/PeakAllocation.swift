/// One buffer live at the exact high-water mark of a measured run: what it is, where it was
/// made, and why (DESIGN §7, "the peak explained").
public struct PeakAllocation: Sendable, Hashable, Codable {
    /// The bytes the ledger counts for the buffer (NumPy's `nbytes`, 1 for an empty array).
    public var bytes: Int
    /// The dtype of the array the buffer was made for (`float64`), nil for raw buffers.
    public var dtype: String?
    /// The shape of the array the buffer was made for, nil for raw buffers.
    public var shape: [Int]?
    /// Why the operation made it.
    public var role: AllocationRole
    /// The first name the buffer's array was bound to (`S` in `S = np.dot(X, X.T)`), nil for
    /// a temporary of an expression (or a buffer only containers held).
    public var name: String?
    /// Where it was made.
    public var site: AllocationSite
    /// True when it was made before the measured run (setup, or an earlier statement whose
    /// arrays the run received).
    public var setup: Bool
    /// How many operators computed their result in place into this buffer (NumPy's temporary
    /// elision) instead of allocating one; 0 when none did.
    public var reuses: Int
    /// The last operation that reused the buffer by temporary elision, when ``reuses`` > 0.
    public var reusedBy: AllocationSite?
    /// The buffer in words, e.g. "np.dot copied operand 0 to C order (400,000,000 B) at line 1,
    /// col 5" (``describe()``; stored so that readers of the JSON need not rebuild it).
    public var reason: String

    /// A buffer at the peak; ``reason`` is made from the other fields.
    public init(bytes: Int, dtype: String?, shape: [Int]?, role: AllocationRole, name: String?, site: AllocationSite,
                setup: Bool, reuses: Int = 0, reusedBy: AllocationSite? = nil) {
        self.bytes = bytes
        self.dtype = dtype
        self.shape = shape
        self.role = role
        self.name = name
        self.site = site
        self.setup = setup
        self.reuses = reuses
        self.reusedBy = reusedBy
        self.reason = ""
        self.reason = describe()
    }

    /// Whether the buffer is part of the peak that other code would not need: every role but a
    /// result bound to a name (copies, scratch, intermediates, temporaries).
    public var isAvoidable: Bool {
        if case .result = role { return name == nil }
        return true
    }

    /// A short label of the role for tables: `result S`, `temporary`, `layout copy of operand 0
    /// (C order)`, `cast copy of operand 1 (float64)`, `scratch`, `einsum step 1/2 ij,jk->ik`.
    public var roleText: String {
        switch role {
        case .result: name.map { "result \($0)" } ?? "temporary"
        case .layoutCopy(let operand, let order): "layout copy of operand \(operand) (\(order) order)"
        case .castCopy(let operand, let dtype): "cast copy of operand \(operand) (\(dtype))"
        case .scratch: "scratch"
        case .einsumIntermediate(let step, let steps, let subscripts): "einsum step \(step)/\(steps) \(subscripts)"
        }
    }

    /// A short noun phrase for headlines: `np.dot's C-order copy of operand 0 at line 32`,
    /// `a temporary of ** at line 28`, `S (np.dot) at line 32`.
    public var phrase: String {
        let operation = site.operationText
        let at = site.line > 0 ? " at line \(site.callLine > 0 ? site.callLine : site.line)" : ""
        switch role {
        case .result: return (name.map { "\($0) (\(operation))" } ?? "a temporary of \(operation)") + at
        case .layoutCopy(let operand, let order): return "\(operation)'s \(order)-order copy of operand \(operand)" + at
        case .castCopy(let operand, let dtype): return "\(operation)'s \(dtype) copy of operand \(operand)" + at
        case .scratch: return "\(operation)'s scratch buffer" + at
        case .einsumIntermediate(let step, let steps, _): return "\(operation)'s intermediate of step \(step)/\(steps)" + at
        }
    }

    /// The one-line reason in words.
    public func describe() -> String {
        let operation = site.operationText
        let where_ = site.positionText
        let size = PeakAllocation.groupedBytes(bytes)
        let array = [dtype, shape.map { "(" + $0.map(String.init).joined(separator: ", ") + (($0.count == 1) ? ",)" : ")") }]
            .compactMap { $0 }.joined(separator: " ")
        let described = array.isEmpty ? size : "\(array), \(size)"
        var text: String
        switch role {
        case .result:
            if let name {
                text = "\(name) = result of \(operation) (\(described)) at \(where_)"
            } else {
                text = "temporary of \(operation) (\(described)) at \(where_)"
            }
        case .layoutCopy(let operand, let order):
            text = "\(operation) copied operand \(operand) to \(order) order (\(described)) at \(where_)"
        case .castCopy(let operand, let dtype):
            text = "\(operation) converted operand \(operand) to \(dtype) (\(described)) at \(where_)"
        case .scratch:
            text = "scratch buffer of \(operation) (\(described)) at \(where_)"
        case .einsumIntermediate(let step, let steps, let subscripts):
            text = "\(operation) intermediate of path step \(step) of \(steps) '\(subscripts)' (\(described)) at \(where_)"
        }
        if reuses > 0, let reusedBy {
            text += "; reused in place by \(reusedBy.operationText) at \(reusedBy.positionText)"
                + (reuses > 1 ? " and \(reuses - 1) more" : "") + " (temporary elision)"
        }
        if setup { text += " (before the run)" }
        return text
    }

    /// `400000000` as `400,000,000 B`.
    static func groupedBytes(_ bytes: Int) -> String { ByteSize.grouped(bytes) + " B" }

    enum CodingKeys: String, CodingKey {
        case bytes, dtype, shape, role, name, site, setup, reuses, reason
        case reusedBy = "reused_by"
    }
}
