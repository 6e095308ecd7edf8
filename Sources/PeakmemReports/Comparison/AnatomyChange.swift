import PeakmemResults

/// What grew between two peak anatomies of one variant: the buffer made by the run that is new
/// at the later peak, or larger there, matched by position and operation — the explanation the
/// gate and `compare` give when an exact figure rises ("new temporary of * at line 3, col 9").
///
/// Buffers are matched by the statement's file line, the operation's column, the operation and
/// the role (with its operand); those made before the run are left out (they are inputs, not
/// the run's allocations). Several buffers with one key are summed.
public enum AnatomyChange {
    /// The key a buffer is matched by.
    struct Key: Hashable {
        var line: Int
        var column: Int
        var operation: String
        var role: String
    }

    static func key(_ allocation: PeakAllocation) -> Key {
        let role: String = switch allocation.role {
        case .result: allocation.name.map { "result \($0)" } ?? "temporary"
        case .layoutCopy(let operand, let order): "layout \(operand) \(order)"
        case .castCopy(let operand, let dtype): "cast \(operand) \(dtype)"
        case .scratch: "scratch"
        case .einsumIntermediate(let step, let steps, let subscripts): "einsum \(step)/\(steps) \(subscripts)"
        }
        return Key(line: allocation.site.line, column: allocation.site.callColumn, operation: allocation.site.operation, role: role)
    }

    /// The run's buffers at the peak by key: their bytes and the first of them.
    static func grouped(_ anatomy: PeakAnatomy) -> [Key: (bytes: Int, first: PeakAllocation)] {
        var groups: [Key: (bytes: Int, first: PeakAllocation)] = [:]
        for allocation in anatomy.runAllocations {
            let key = key(allocation)
            if let existing = groups[key] {
                groups[key] = (existing.bytes + allocation.bytes, existing.first)
            } else {
                groups[key] = (allocation.bytes, allocation)
            }
        }
        return groups
    }

    /// The biggest growth from `old` to `new` in words, e.g. "new temporary of * (float64
    /// (300000,), 2,400,000 B) at line 3, col 9" or "np.dot's C-order copy of operand 0 at line 32
    /// grew by 3,600,000 B"; nil when no buffer of the run is new or larger at the later peak.
    public static func explain(from old: PeakAnatomy, to new: PeakAnatomy) -> String? {
        let before = grouped(old)
        let growths = grouped(new).compactMap { key, entry -> (growth: Int, text: String)? in
            let previous = before[key]?.bytes ?? 0
            guard entry.bytes > previous else { return nil }
            if previous == 0 { return (entry.bytes, "new " + entry.first.reason) }
            return (entry.bytes - previous, "\(entry.first.phrase) grew by \(FigureFormatting.exactBytes(Double(entry.bytes - previous))) "
                    + "(\(FigureFormatting.exactBytes(Double(previous))) → \(FigureFormatting.exactBytes(Double(entry.bytes))))")
        }
        return growths.max { ($0.growth, $1.text) < ($1.growth, $0.text) }?.text
    }
}
