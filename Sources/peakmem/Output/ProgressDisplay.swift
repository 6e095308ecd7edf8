import Foundation
import PeakmemRunner

/// Progress of `peakmem run` on standard error.
///
/// On a terminal, one line rewritten in place and redrawn every half second while a run goes
/// on: scenario i of N, the variant, its run k/n, the time since the run began, the variants
/// done of all, and an ETA (the mean time of the finished variants × the variants left, less the
/// time the current one has taken). Otherwise (a pipe, CI), one line per finished variant.
final class ProgressDisplay: @unchecked Sendable {
    let enabled: Bool
    let terminal: Bool
    /// The number of variants the run will measure (for the ETA).
    let variantCount: Int
    private let start = Date()
    private let lock = NSLock()
    private var timer: DispatchSourceTimer?
    /// Guarded by `lock`: the line's current state.
    private var current: (scenarioIndex: Int, scenarioCount: Int, name: String, repeatIndex: Int, repeats: Int)?
    private var variantStarted = Date()
    private var finishedVariants = 0
    private var finishedTime = 0.0
    private var drawn = false

    init(enabled: Bool, terminal: Bool, variantCount: Int) {
        self.enabled = enabled
        self.terminal = terminal
        self.variantCount = variantCount
        guard enabled, terminal else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "peakmem.progress"))
        timer.schedule(deadline: .now() + 0.5, repeating: 0.5)
        timer.setEventHandler { [weak self] in self?.redraw() }
        timer.resume()
        self.timer = timer
    }

    func report(_ event: RunProgress) {
        guard enabled else { return }
        switch event {
        case .started(let index, let count, let scenario, let variant, let repeatIndex, let repeats):
            guard terminal else { return }
            lock.withLock {
                let name = "\(scenario)/\(variant)"
                if repeatIndex == 0 || current?.name != name {
                    // A new variant: the previous one is done.
                    if current != nil {
                        finishedVariants += 1
                        finishedTime += Date().timeIntervalSince(variantStarted)
                    }
                    variantStarted = Date()
                }
                current = (index, count, name, repeatIndex, repeats)
            }
            redraw()
        case .finished(let scenario, let variant):
            lock.withLock {
                if terminal, drawn { write("\r\u{1B}[K"); drawn = false }
                write(RunSummary.line(scenario: scenario, variant) + "\n")
            }
        }
    }

    func finish() {
        timer?.cancel()
        lock.withLock {
            if drawn { write("\r\u{1B}[K"); drawn = false }
        }
    }

    /// Rewrites the line from the current state.
    private func redraw() {
        lock.withLock {
            guard let current else { return }
            let now = Date()
            let inVariant = now.timeIntervalSince(variantStarted)
            var line = "[\(current.scenarioIndex + 1)/\(current.scenarioCount)] \(current.name)"
            line += " run \(current.repeatIndex + 1)/\(current.repeats)"
            line += "  \(Self.clock(now.timeIntervalSince(start))) elapsed"
            line += "  variant \(min(finishedVariants + 1, max(variantCount, 1)))/\(variantCount)"
            if finishedVariants > 0 {
                let left = Double(max(variantCount - finishedVariants, 0)) * finishedTime / Double(finishedVariants) - inVariant
                line += "  ETA \(Self.clock(max(left, 0)))"
            }
            write("\r\u{1B}[K" + line)
            drawn = true
        }
    }

    /// `0:07`, `3:41`, `1:02:05`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
