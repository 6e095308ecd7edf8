import Foundation
import PeakmemRunner

/// Progress of `peakmem run` on standard error: on a terminal one line rewritten in place
/// (scenario i of N, variant, run, elapsed time); otherwise one line per finished variant.
final class ProgressDisplay: @unchecked Sendable {
    let enabled: Bool
    let terminal: Bool
    private let start = Date()
    private var drawn = false

    init(enabled: Bool, terminal: Bool) {
        self.enabled = enabled
        self.terminal = terminal
    }

    func report(_ event: RunProgress) {
        guard enabled else { return }
        switch event {
        case .started(let index, let count, let scenario, let variant, let repeatIndex, let repeats):
            guard terminal else { return }
            let elapsed = String(format: "%.1f s", Date().timeIntervalSince(start))
            let run = repeats > 1 ? " run \(repeatIndex + 1)/\(repeats)" : ""
            write("\r\u{1B}[K[\(index + 1)/\(count)] \(scenario)/\(variant)\(run)  \(elapsed)")
            drawn = true
        case .finished(let scenario, let variant):
            if terminal { write("\r\u{1B}[K"); drawn = false }
            write(RunSummary.line(scenario: scenario, variant) + "\n")
        }
    }

    func finish() {
        if drawn { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
