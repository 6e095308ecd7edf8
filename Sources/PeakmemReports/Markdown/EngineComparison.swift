import Foundation
import PeakmemResults

/// The Markdown section `make bench` writes from a `--engine both` run: per variant, the
/// Swift/NumPy wall-time ratio over the interleaved rounds with its spread (``PairedTimeRatio``)
/// and the ratio of the exact peak increments (the ledger against NumPy's heap, from memray),
/// the fidelity verdict and the goal's verdict (Swift no slower than NumPy — met, not met or
/// within noise — and no larger); a summary line with the geometric mean and the worst time
/// ratio; then the variants not compared and why, and the machine.
package enum EngineComparison {
    /// The time goal: Swift ÷ NumPy at most 1.
    package static let timeGoal = 1.0

    package static func markdown(_ results: RunResults, command: String) -> String {
        var text = "### Swift engine vs NumPy, every shipped scenario (scale \(results.scale))\n\n"
        text += "`\(command)` — \(FigureFormatting.counted(results.options.repeats, "repeat")) per engine, "
        text += "each in a fresh worker, the two engines' runs interleaved; times are medians; "
        text += "time S÷N is the median of the per-round ratios (Swift's run ÷ the NumPy run of the same round) "
        text += "with their minimum–maximum; the goal is met when every round is at or under \(FigureFormatting.ratio(timeGoal)), "
        text += "not met when none is, within noise when the rounds straddle it; "
        text += "peaks are the exact peak increments (Swift: ledger; NumPy: memray, NumPy's heap).\n\n"
        var table = MarkdownTable(header: ["scenario/variant", "Swift time", "NumPy time", "time S÷N", "Swift peak",
                                           "NumPy peak", "peak S÷N", "fidelity", "results", "goal"],
                                  rightAligned: [1, 2, 3, 4, 5, 6])
        var compared = 0
        var verdicts: [String: Int] = [:]
        var timeRatios: [(name: String, ratio: Double)] = []
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
                // The rounds paired when both engines completed each; else the medians' ratio.
                let time = PairedTimeRatio(swift: variant.runs.map(\.time.wall), numpy: numpy.runs.map(\.time.wall))
                    ?? fidelity.timeRatio.map { PairedTimeRatio(ratio: $0) }
                if let time { timeRatios.append((name, time.ratio)) }
                // Exact figures: larger is larger (0 bytes against 0 is no larger).
                let noLarger = fidelity.peakRatio.map { $0 <= 1 } ?? (fidelity.swiftPeakIncrement == 0)
                let goal = !noLarger ? "not met (peak)" : time.map { $0.verdict(goal: timeGoal).rawValue } ?? "not met (no time)"
                verdicts[goal, default: 0] += 1
                table.rows.append([
                    name, FigureFormatting.time(variant.wallTime?.median), FigureFormatting.time(numpy.wallTime?.median),
                    time?.formatted ?? "—", FigureFormatting.size(fidelity.swiftPeakIncrement),
                    FigureFormatting.size(fidelity.numpyPeakIncrement), FigureFormatting.ratio(fidelity.peakRatio),
                    fidelity.summary, numpy.agreement.map { $0.agrees ? "agree" : "DIFFER" } ?? "—", goal,
                ])
            }
        }
        text += table.render()
        let tally = verdicts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        text += "\nGoal (Swift no slower and no larger than NumPy) over \(FigureFormatting.counted(compared, "variant")) compared: \(tally).\n"
        if let mean = PairedTimeRatio.geometricMean(timeRatios.map(\.ratio)),
           let worst = timeRatios.max(by: { $0.ratio < $1.ratio }) {
            text += "Swift ÷ NumPy time over \(FigureFormatting.counted(timeRatios.count, "variant")): geometric mean \(FigureFormatting.ratio(mean)), "
            text += "worst \(FigureFormatting.ratio(worst.ratio)) (\(worst.name)).\n"
        }
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
