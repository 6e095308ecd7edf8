import PeakmemReports

/// The runs whose figures are comparable over commits: one machine class (system,
/// architecture, engine) at one scale. Trends, changes and bisection stay within a series.
package struct HistorySeries: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var machineClass: MachineClass
    package var scale: String

    package init(machineClass: MachineClass, scale: String) {
        self.machineClass = machineClass
        self.scale = scale
    }

    package var description: String { "\(machineClass), scale \(scale)" }

    /// A file-name-safe form: `quick-Linux-x86_64-swift`.
    package var slug: String {
        ReportSet.slug("\(scale)-\(machineClass.system)-\(machineClass.architecture)-\(machineClass.engine)")
    }

    package static func < (lhs: HistorySeries, rhs: HistorySeries) -> Bool { lhs.description < rhs.description }
}
