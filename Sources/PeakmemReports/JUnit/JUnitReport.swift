import Foundation
import PeakmemResults

/// The gate's verdicts as JUnit XML, for CI systems that read test reports: one `testsuite`
/// per scenario; in it one `testcase` per variant (`classname` = the scenario, `name` = the
/// variant, `time` = the seconds of its measured runs), whose gate checks are `property`
/// elements (`name` = the metric and what it was checked against, `value` = the outcome and
/// figures) and which carries a `failure` listing the failing checks when any fails; and one
/// `testcase` per `expect:` claim (`name` = `VARIANT: expect METRIC COMPARISON EXPRESSION`),
/// failing when the claim does not hold. Checks that are not gated are properties like the
/// others: nothing is reported as skipped.
package struct JUnitReport: Sendable {
    package var evaluation: GateEvaluation
    /// The results the evaluation judged: the variants' times and expectations.
    package var results: RunResults?

    package init(evaluation: GateEvaluation, results: RunResults? = nil) {
        self.evaluation = evaluation
        self.results = results
    }

    static func escape(_ text: String) -> String { SVGDocument.escape(text).replacingOccurrences(of: "'", with: "&apos;") }

    /// One `testcase` element.
    struct Case {
        var classname: String
        var name: String
        var time: Double
        var properties: [(String, String)] = []
        var failure: (type: String, message: String, detail: String)?

        func render() -> String {
            var out = "    <testcase classname=\"\(escape(classname))\" name=\"\(escape(name))\" time=\"\(String(format: "%.6f", time))\""
            guard !properties.isEmpty || failure != nil else { return out + "/>\n" }
            out += ">\n"
            if !properties.isEmpty {
                out += "      <properties>\n"
                for (name, value) in properties {
                    out += "        <property name=\"\(escape(name))\" value=\"\(escape(value))\"/>\n"
                }
                out += "      </properties>\n"
            }
            if let failure {
                out += "      <failure type=\"\(escape(failure.type))\" message=\"\(escape(failure.message))\">\(escape(failure.detail))</failure>\n"
            }
            return out + "    </testcase>\n"
        }
    }

    /// The test cases by scenario, in the order of the results, then variants only the
    /// baseline has (missing ones).
    func cases() -> [(scenario: String, cases: [Case])] {
        let checks = Dictionary(grouping: evaluation.checks, by: \.variant)
        var suites: [(String, [Case])] = []
        var covered: Set<String> = []
        func variantCase(_ scenario: String, _ variant: String, time: Double) -> Case {
            let key = FigureTable.key(scenario, variant)
            covered.insert(key)
            let own = checks[key] ?? []
            var testCase = Case(classname: scenario, name: variant, time: time)
            testCase.properties = own.map { check in
                ((check.metric ?? "run") + " (\(check.reference.rawValue))",
                 "\(check.outcome.rawValue): \(check.message); expected \(check.format(check.expected)), measured \(check.format(check.measured))")
            }
            let failing = own.filter { $0.outcome.fails }
            if let first = failing.first {
                testCase.failure = (first.outcome.rawValue, FigureFormatting.counted(failing.count, "check") + " failed",
                                    failing.map { "\($0.metric ?? "run") (\($0.reference.rawValue)): \($0.outcome.rawValue): \($0.message)" }
                                        .joined(separator: "\n"))
            }
            return testCase
        }
        for scenario in results?.scenarios ?? [] {
            var list: [Case] = []
            for variant in scenario.variants where variant.referenceOnly != true {
                let time = variant.runs.map(\.time.wall).reduce(0, +)
                list.append(variantCase(scenario.name, variant.name, time: time))
                for expectation in variant.expectations {
                    let claim = "expect \(expectation.metric.rawValue) \(expectation.comparison) \(expectation.expression)"
                    var testCase = Case(classname: scenario.name, name: "\(variant.name): \(claim)", time: 0)
                    let measured = FigureFormatting.value(expectation.measured, of: expectation.metric)
                    let expected = FigureFormatting.value(expectation.expected, of: expectation.metric)
                    if !expectation.passed {
                        testCase.failure = ("expectation", "\(claim) does not hold",
                                            expectation.error ?? "measured \(measured), expected \(expectation.comparison) \(expected)")
                    }
                    list.append(testCase)
                }
            }
            suites.append((scenario.name, list))
        }
        // Checks of variants the results do not hold (missing from the run, or no results given).
        for key in checks.keys.sorted() where !covered.contains(key) {
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            let scenario = parts[0], variant = parts.count > 1 ? parts[1] : key
            let testCase = variantCase(scenario, variant, time: 0)
            if let index = suites.firstIndex(where: { $0.0 == scenario }) { suites[index].1.append(testCase) }
            else { suites.append((scenario, [testCase])) }
        }
        return suites
    }

    package func render() -> String {
        let suites = cases()
        let all = suites.flatMap(\.cases)
        func time(_ cases: [Case]) -> String { String(format: "%.6f", cases.map(\.time).reduce(0, +)) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"peakmem gate\" tests=\"\(all.count)\" failures=\"\(all.filter { $0.failure != nil }.count)\" time=\"\(time(all))\">\n"
        for (name, cases) in suites {
            out += "  <testsuite name=\"\(Self.escape(name))\" tests=\"\(cases.count)\" failures=\"\(cases.filter { $0.failure != nil }.count)\" time=\"\(time(cases))\">\n"
            out += cases.map { $0.render() }.joined()
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }
}
