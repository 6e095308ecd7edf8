import PeakmemResults


/// The gate's verdicts for one run of results against a baseline (or none) and the scenarios'
/// limits.
public struct GateEvaluation: Sendable {
    public var checks: [GateCheck]
    public var policy: GatePolicy
    /// Baseline variants (`SCENARIO/VARIANT`) the results do not cover by design — their
    /// scenario did not run, or the run's `--filter` patterns left them out — so not gated.
    public var unselected: [String] = []

    /// True when no check fails.
    public var passed: Bool { !checks.contains { $0.outcome.fails } }

    /// The checks to show in a summary: every failure, improvement and warning.
    public var notable: [GateCheck] {
        checks.filter { $0.outcome.fails || $0.outcome == .improved || $0.outcome == .warning }
    }

    public func count(_ outcome: GateCheck.Outcome) -> Int { checks.filter { $0.outcome == outcome }.count }

    /// The checks of one variant's `figures` against its baseline figures (`new` when the
    /// baseline has none).
    /// A regression of an exact figure is explained from the anatomies (`anatomy` against the
    /// baseline's), when both have one: the allocation that is new or larger at the peak.
    static func compare(_ key: String, _ figures: [String: Double], with baseline: Baseline, policy: GatePolicy,
                        anatomy: PeakAnatomy? = nil) -> [GateCheck] {
        guard let old = baseline.variants[key] else {
            return [GateCheck(variant: key, metric: nil, reference: .baseline, outcome: .new, message: "not in the baseline")]
        }
        let explanation = anatomy.flatMap { new in baseline.anatomies?[key].flatMap { AnatomyChange.explain(from: $0, to: new) } }
        return Metric.allCases.compactMap { metric in
            guard let before = old[metric.rawValue], let after = figures[metric.rawValue] else { return nil }
            var check = check(key, metric, before, after, policy.tolerance(metric))
            if check.outcome == .regressed, metric.kind == .exact, let explanation { check.message += ": \(explanation)" }
            return check
        }
    }

    /// Evaluates `results`: each variant's figures against `baseline` with `policy`, and its
    /// `limits:` absolutely. Without a baseline only limits and failures are checked.
    public init(results: RunResults, baseline: Baseline?, policy: GatePolicy = .standard) {
        self.policy = policy
        var checks: [GateCheck] = []
        var seen: Set<String> = []
        for scenario in results.scenarios {
            for variant in scenario.variants where variant.referenceOnly != true {
                let key = FigureTable.key(scenario.name, variant.name)
                seen.insert(key)
                guard variant.status == .ok else {
                    let failure = variant.failure.map { "\($0.kind.rawValue): \($0.message)" } ?? "failed"
                    checks.append(GateCheck(variant: key, metric: nil, reference: .run, outcome: .failed, message: "run failed (\(failure))"))
                    continue
                }
                let figures = FigureTable.figures(of: variant)
                if !variant.deterministic {
                    checks.append(GateCheck(variant: key, metric: variant.nondeterministicMetrics.joined(separator: ", "), reference: .run,
                                            outcome: .warning, message: "exact figures differed between runs; the maximum is gated"))
                }
                for (name, limit) in (variant.limits ?? [:]).sorted(by: { $0.key < $1.key }) {
                    let measured = figures[name]
                    let exceeded = measured.map { $0 > limit } ?? false
                    checks.append(GateCheck(variant: key, metric: name, reference: .limit, outcome: exceeded ? .limitExceeded : .passed,
                                            expected: limit, measured: measured,
                                            message: exceeded ? "above the scenario's limit" : "within the scenario's limit"))
                }
                guard let baseline else { continue }
                checks += Self.compare(key, figures, with: baseline, policy: variant.engine == .numpy ? policy.numpy : policy,
                                       anatomy: variant.peakAnatomy)
                // --engine both: NumPy's figures of the variant, gated as a variant of their own.
                if let numpy = FigureTable.numpyFigures(of: variant) {
                    seen.insert(key + FigureTable.numpySuffix)
                    checks += Self.compare(key + FigureTable.numpySuffix, numpy, with: baseline, policy: policy.numpy)
                }
            }
        }
        // A shard's results hold only its share of each scenario: gate them merged for this check.
        if let baseline, results.options.shard == nil {
            for key in baseline.variants.keys.sorted() where !seen.contains(key) {
                guard Self.required(key, by: results) else { unselected.append(key); continue }
                checks.append(GateCheck(variant: key, metric: nil, reference: .baseline, outcome: .missing,
                                        message: "in the baseline but not in the results"))
            }
        }
        self.checks = checks
    }

    /// True when the results should hold the baseline variant `key` (`SCENARIO/VARIANT`): its
    /// scenario ran and the run's `--filter` patterns, if any, select it. A scenario not run
    /// at all, or a variant a filtered run left out, is not gated.
    static func required(_ key: String, by results: RunResults) -> Bool {
        guard let scenario = results.scenarios.first(where: { key.hasPrefix($0.name + "/") }) else { return false }
        return results.options.selects(scenario: scenario.name, variant: String(key.dropFirst(scenario.name.count + 1)))
    }

    static func check(_ key: String, _ metric: Metric, _ old: Double, _ new: Double, _ tolerance: Tolerance) -> GateCheck {
        let allowance = tolerance.allowance(for: old)
        let outcome: GateCheck.Outcome
        if !tolerance.gated {
            outcome = .notGated
        } else if metric.isRegression(from: old, to: new, tolerance: allowance) {
            outcome = .regressed
        } else if metric.isRegression(from: new, to: old, tolerance: allowance) {
            outcome = .improved
        } else {
            outcome = .passed
        }
        let message = switch outcome {
        case .regressed: "rose by \(FigureFormatting.change(new - old, of: metric)), tolerance \(tolerance.text(for: metric))"
        case .improved: "fell by \(FigureFormatting.change(old - new, of: metric))"
        case .notGated: "not gated"
        default: "within tolerance \(tolerance.text(for: metric))"
        }
        return GateCheck(variant: key, metric: metric.rawValue, reference: .baseline, outcome: outcome, expected: old,
                         measured: new, allowance: tolerance.gated ? allowance : nil, message: message)
    }
}
