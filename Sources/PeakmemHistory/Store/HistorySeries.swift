import PeakmemReports

/// The runs whose figures are comparable over commits: one machine class (system,
/// architecture, engine) at one scale. Trends, changes and bisection stay within a series.
public struct HistorySeries: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var machineClass: MachineClass
    public var scale: String

    public init(machineClass: MachineClass, scale: String) {
        self.machineClass = machineClass
        self.scale = scale
    }

    public var description: String { "\(machineClass), scale \(scale)" }

    /// A file-name-safe form: `quick-Linux-x86_64-swift`.
    public var slug: String {
        ReportSet.slug("\(scale)-\(machineClass.system)-\(machineClass.architecture)-\(machineClass.engine)")
    }

    public static func < (lhs: HistorySeries, rhs: HistorySeries) -> Bool { lhs.description < rhs.description }
}
