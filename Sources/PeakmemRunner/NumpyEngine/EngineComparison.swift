import Foundation

/// The Markdown section `make bench` writes from a `--engine both` run: per variant, the
/// Swift/NumPy ratio of the median wall times (repeats interleaved engine by engine) and of
/// the exact peak increments (the ledger against NumPy's heap, from memray), the fidelity
/// verdict and whether the goal holds (Swift no slower and no larger than NumPy), then the
/// variants not compared and why, and the machine.
public enum EngineComparison {
    public static func markdown(_ results: RunResults, command: String) -> String {
        var text = "### Swift engine vs NumPy, every shipped scenario (scale \(results.scale))\n\n"
        text += "`\(command)` — \(results.options.repeats) repeat\(results.options.repeats == 1 ? "" : "s") per engine, "
        text += "each in a fresh worker, the two engines' runs interleaved; times are medians; "
        text += "peaks are the exact peak increments (Swift: ledger; NumPy: memray, NumPy's heap).\n\n"
        text += "| scenario/variant | Swift time | NumPy time | time S÷N | Swift peak | NumPy peak | peak S÷N | fidelity | results | goal |\n"
        text += "|---|---:|---:|---:|---:|---:|---:|---|---|---|\n"
        var compared = 0, met = 0
        var notCompared: [String] = []
        var versions: [String: String] = [:]
        for scenario in results.scenarios {
            for variant in scenario.variants {
                let name = "\(scenario.name)/\(variant.name)"
                guard let numpy = variant.numpy else { continue }
                if let run = numpy.runs.first { versions.merge(run.versions) { a, _ in a } }
                guard let fidelity = numpy.fidelity else {
                    let why = numpy.skipReason.map { "skipped: \($0)" }
                        ?? numpy.failure.map { "NumPy failed (\($0.kind.rawValue)): \($0.message)" }
                        ?? variant.failure.map { "Swift failed (\($0.kind.rawValue)): \($0.message)" } ?? "not compared"
                    notCompared.append("- \(name): \(why)")
                    continue
                }
                compared += 1
                let goal = (fidelity.timeRatio ?? .infinity) <= 1 && (fidelity.peakRatio ?? (fidelity.swiftPeakIncrement == 0 ? 0 : .infinity)) <= 1
                if goal { met += 1 }
                text += "| \(name) | \(seconds(variant.wallTime?.median)) | \(seconds(numpy.wallTime?.median)) | "
                text += "\(ratio(fidelity.timeRatio)) | \(bytes(fidelity.swiftPeakIncrement)) | \(bytes(fidelity.numpyPeakIncrement)) | "
                text += "\(ratio(fidelity.peakRatio)) | \(fidelity.summary) | "
                text += "\(numpy.agreement.map { $0.agrees ? "agree" : "DIFFER" } ?? "—") | \(goal ? "met" : "not met") |\n"
            }
        }
        text += "\n\(met) of \(compared) variant\(compared == 1 ? "" : "s") compared meet the goal (Swift no slower and no larger than NumPy).\n"
        if !notCompared.isEmpty {
            text += "\nNot compared:\n\n" + notCompared.joined(separator: "\n") + "\n"
        }
        let m = results.machine
        text += "\nMachine: \(m.cpu), \(m.cores) cores, \(bytes(Double(m.memoryBytes))), \(m.os); "
        text += "Swift engine: OpenBLAS \(m.openblas), jemalloc \(m.jemalloc); "
        text += "NumPy engine: " + versions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ".\n"
        return text
    }

    static func seconds(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value >= 1 ? String(format: "%.2f s", value) : String(format: "%.1f ms", value * 1000)
    }

    static func ratio(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "—"
    }

    static func bytes(_ value: Double) -> String {
        let units = ["B", "KiB", "MiB", "GiB"]
        var scaled = value, unit = 0
        while abs(scaled) >= 1024, unit < units.count - 1 { scaled /= 1024; unit += 1 }
        return unit == 0 ? "\(Int(value)) B" : String(format: "%.2f %@", scaled, units[unit])
    }
}
