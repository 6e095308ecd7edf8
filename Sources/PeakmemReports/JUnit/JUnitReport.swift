import Foundation

/// The gate's checks as JUnit XML, for CI systems that read test reports: one `testsuite`
/// per scenario, one `testcase` per variant and metric (`classname` = `SCENARIO.VARIANT`,
/// `name` = the metric and what it was checked against); a failing check carries a
/// `failure` element, a metric that is not gated is `skipped`.
public struct JUnitReport: Sendable {
    public var evaluation: GateEvaluation

    public init(evaluation: GateEvaluation) { self.evaluation = evaluation }

    static func escape(_ text: String) -> String { SVGDocument.escape(text).replacingOccurrences(of: "'", with: "&apos;") }

    public func render() -> String {
        let scenarios = Dictionary(grouping: evaluation.checks) { String($0.variant.split(separator: "/").first ?? "") }
        let failures = evaluation.checks.filter { $0.outcome.fails }.count
        let skipped = evaluation.checks.filter { $0.outcome == .notGated }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"peakmem gate\" tests=\"\(evaluation.checks.count)\" failures=\"\(failures)\" skipped=\"\(skipped)\">\n"
        for name in scenarios.keys.sorted() {
            let checks = scenarios[name]!
            out += "  <testsuite name=\"\(Self.escape(name))\" tests=\"\(checks.count)\" failures=\"\(checks.filter { $0.outcome.fails }.count)\" skipped=\"\(checks.filter { $0.outcome == .notGated }.count)\">\n"
            for check in checks {
                let classname = check.variant.replacingOccurrences(of: "/", with: ".")
                let name = (check.metric ?? "run") + " (\(check.reference.rawValue))"
                out += "    <testcase classname=\"\(Self.escape(classname))\" name=\"\(Self.escape(name))\""
                let detail = "\(check.outcome.rawValue): \(check.message); expected \(check.format(check.expected)), measured \(check.format(check.measured))"
                if check.outcome.fails {
                    out += ">\n      <failure type=\"\(check.outcome.rawValue)\" message=\"\(Self.escape(detail))\"/>\n    </testcase>\n"
                } else if check.outcome == .notGated {
                    out += ">\n      <skipped message=\"not gated\"/>\n    </testcase>\n"
                } else {
                    out += ">\n      <system-out>\(Self.escape(detail))</system-out>\n    </testcase>\n"
                }
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }
}
