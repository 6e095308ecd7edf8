import PeakmemHistory
import Testing

@Suite("FigureBisection: the first commit where a figure changed")
struct FigureBisectionTests {
    @Test("names the first changed commit at every position, in at most ⌈log₂ n⌉ + 2 measurements")
    func everyPosition() {
        for count in 2...33 {
            for first in 1..<count {
                let commits = (0..<count).map { "c\($0)" }
                var measured: [Int] = []
                let outcome = FigureBisection(commits: commits).run { index, _ in
                    measured.append(index)
                    return .value(index >= first ? 160_000 : 80_000)
                }
                #expect(outcome == .found(index: first, old: 80_000, new: 160_000), "n=\(count) first=\(first)")
                #expect(Set(measured).count == measured.count, "a commit measured twice")
                var log = 0
                while (1 << log) < count - 1 { log += 1 }
                #expect(measured.count <= log + 2, "n=\(count) first=\(first): \(measured.count) measurements")
            }
        }
    }

    @Test("same value at both ends: unchanged, after two measurements")
    func unchanged() {
        var calls = 0
        let outcome = FigureBisection(commits: ["a", "b", "c", "d"]).run { _, _ in calls += 1; return .value(5) }
        #expect(outcome == .unchanged(value: 5))
        #expect(calls == 2)
    }

    @Test("an unmeasurable endpoint is said, not bisected")
    func endpoints() {
        let good = FigureBisection(commits: ["a", "b", "c"]).run { index, _ in index == 0 ? .unmeasurable("no scenario") : .value(1) }
        #expect(good == .endpointUnmeasurable(index: 0, reason: "no scenario"))
        let bad = FigureBisection(commits: ["a", "b", "c"]).run { index, _ in index == 2 ? .unmeasurable("parse error") : .value(1) }
        #expect(bad == .endpointUnmeasurable(index: 2, reason: "parse error"))
    }

    @Test("unmeasurable commits are skipped; the change is still found around them")
    func skips() {
        // Change at 6; commits 4 and 7 cannot be measured: 4 is tried twice as the middle.
        var skipped: [Int] = []
        let outcome = FigureBisection(commits: (0..<10).map { "c\($0)" }).run { index, _ in
            [4, 7].contains(index) ? .unmeasurable("broken") : .value(index >= 6 ? 2 : 1)
        } step: { step in
            if case .unmeasurable = step.measurement { skipped.append(step.index) }
        }
        #expect(outcome == .found(index: 6, old: 1, new: 2))
        #expect(skipped == [4])
    }

    @Test("when only unmeasurable commits separate the bounds, the range is named")
    func ambiguous() {
        // Change at 5; 3, 4 and 5 cannot be measured, so the change is somewhere in 3...6.
        let outcome = FigureBisection(commits: (0..<8).map { "c\($0)" }).run { index, _ in
            (3...5).contains(index) ? .unmeasurable("broken") : .value(index >= 5 ? 2 : 1)
        }
        #expect(outcome == .ambiguous(first: 3, last: 6, old: 1, new: 2))
    }
}
