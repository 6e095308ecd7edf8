import Foundation
import PeakmemResults

/// The Markdown section `make bench` writes from a `--engine both` run: per variant, the
/// Swift/NumPy ratio of the median wall times (repeats interleaved engine by engine) and of
/// the exact peak increments (the ledger against NumPy's heap, from memray), the fidelity
/// verdict and whether the goal holds (Swift no slower and no larger than NumPy), then the
/// variants not compared and why, and the machine.
public enum EngineComparison {
    public static func markdown(_ results: RunResults, command: String) -> String {
        var text = "### Swift engine vs NumPy, every shipped scenario (scale \(results.scale))\n\n"
        text += "`\(command)` — \(FigureFormatting.counted(results.options.repeats, "repeat")) per engine, "
        text += "each in a fresh worker, the two engines' runs interleaved; times are medians; "
        text += "peaks are the exact peak increments (Swift: ledger; NumPy: memray, NumPy's heap).\n\n"
        var table = MarkdownTable(header: ["scenario/variant", "Swift time", "NumPy time", "time S÷N", "Swift peak",
                                           "NumPy peak", "peak S÷N", "fidelity", "results", "goal"],
                                  rightAligned: [1, 2, 3, 4, 5, 6])
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
                // Met when Swift is no slower and no larger (0 bytes against 0 is no larger).
                let noLarger = fidelity.peakRatio.map { $0 <= 1 } ?? (fidelity.swiftPeakIncrement == 0)
                let goal = (fidelity.timeRatio.map { $0 <= 1 } ?? false) && noLarger
                if goal { met += 1 }
                table.rows.append([
                    name, FigureFormatting.time(variant.wallTime?.median), FigureFormatting.time(numpy.wallTime?.median),
                    FigureFormatting.ratio(fidelity.timeRatio), FigureFormatting.size(fidelity.swiftPeakIncrement),
                    FigureFormatting.size(fidelity.numpyPeakIncrement), FigureFormatting.ratio(fidelity.peakRatio),
                    fidelity.summary, numpy.agreement.map { $0.agrees ? "agree" : "DIFFER" } ?? "—", goal ? "met" : "not met",
                ])
            }
        }
        text += table.render()
        text += "\n\(met) of \(FigureFormatting.counted(compared, "variant")) compared meet the goal (Swift no slower and no larger than NumPy).\n"
        if !notCompared.isEmpty {
            text += "\nNot compared:\n\n" + notCompared.joined(separator: "\n") + "\n"
        }
        let m = results.machine
        text += "\nMachine: \(m.cpu), \(m.cores) cores, \(FigureFormatting.size(Double(m.memoryBytes))), \(m.os); "
        text += "Swift engine: OpenBLAS \(m.openblas), jemalloc \(m.jemalloc); "
        text += "NumPy engine: " + versions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ".\n"
        return text
    }
}
