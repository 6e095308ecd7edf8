/// Finds the first commit of a range where a figure changed, by bisection — as `asv find`
/// and `git bisect` do, with the figure's value as the verdict.
///
/// The commits are `GOOD, c₁, …, cₙ = BAD`, oldest first. With `g` the value at GOOD, a commit
/// is *changed* when its value differs from `g`. Bisection keeps `lo` (last known unchanged)
/// and `hi` (first known changed), measures a commit near the middle, and moves one bound,
/// until they are neighbours: `hi` is then the first changed commit — exactly, for an exact
/// figure that changed once in the range (for a figure that changed several times, *a*
/// commit where it changed away from `g`). A commit that cannot be measured (the scenario
/// does not exist yet, does not parse, the run failed) is skipped like `git bisect skip`; if
/// only skipped commits remain between the bounds, the answer is the range they span.
/// It takes about log₂(n) + 2 measurements.
package struct FigureBisection {
    /// The measurement of one commit: the value, or why there is none.
    package enum Measurement: Sendable, Hashable {
        case value(Double)
        case unmeasurable(String)
    }

    /// One measured commit, in the order measured.
    package struct Step: Sendable, Hashable {
        package var index: Int
        package var commit: String
        package var measurement: Measurement
    }

    /// The answer.
    package enum Outcome: Sendable, Hashable {
        /// `commits[index]` is the first commit whose value differs from GOOD's.
        case found(index: Int, old: Double, new: Double)
        /// GOOD and BAD have the same value: nothing to find.
        case unchanged(value: Double)
        /// GOOD or BAD could not be measured.
        case endpointUnmeasurable(index: Int, reason: String)
        /// The first change lies in `commits[first...last]`, whose commits before `last` could
        /// not be measured.
        case ambiguous(first: Int, last: Int, old: Double, new: Double)
    }

    /// GOOD, the commits after it, and BAD last.
    package var commits: [String]

    package init(commits: [String]) { self.commits = commits }

    /// Bisects, calling `measure` for each commit it needs (never twice for one) and `step`
    /// after each measurement.
    package func run(measure: (Int, String) throws -> Measurement, step: (Step) -> Void = { _ in }) rethrows -> Outcome {
        precondition(commits.count >= 2, "a range needs GOOD and BAD")
        var cache: [Int: Measurement] = [:]
        func measured(_ index: Int) throws -> Measurement {
            if let known = cache[index] { return known }
            let result = try measure(index, commits[index])
            cache[index] = result
            step(Step(index: index, commit: commits[index], measurement: result))
            return result
        }
        let last = commits.count - 1
        let good: Double, bad: Double
        switch try measured(0) {
        case .value(let value): good = value
        case .unmeasurable(let reason): return .endpointUnmeasurable(index: 0, reason: reason)
        }
        switch try measured(last) {
        case .value(let value): bad = value
        case .unmeasurable(let reason): return .endpointUnmeasurable(index: last, reason: reason)
        }
        if bad == good { return .unchanged(value: good) }
        var lo = 0, hi = last, new = bad
        var skipped = Set<Int>()
        while hi - lo > 1 {
            let middle = (lo + hi) / 2
            // The measurable candidate nearest the middle (ties towards the older commit).
            let candidates = (lo + 1..<hi).filter { !skipped.contains($0) }
            guard let index = candidates.min(by: { abs($0 - middle) < abs($1 - middle) || (abs($0 - middle) == abs($1 - middle) && $0 < $1) })
            else { return .ambiguous(first: lo + 1, last: hi, old: good, new: new) }
            switch try measured(index) {
            case .unmeasurable: skipped.insert(index)
            case .value(let value) where value == good: lo = index
            case .value(let value): hi = index; new = value
            }
        }
        return .found(index: hi, old: good, new: new)
    }
}
