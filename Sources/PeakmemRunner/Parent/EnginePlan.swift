import PeakmemResults
import PeakmemRuntime
import PeakmemScenario

/// Which engines measure one variant, and why a selected engine does not.
///
/// Neither engine refuses a variant for the other's limits. The Swift engine does not run a
/// variant whose `engines:` leave it out (asv-style benchmarks included) or whose code is
/// outside its subset (the checker's reason, ``RunConfiguration/swiftSkips``); such a variant
/// is measured on NumPy instead, its Swift side reported as skipped. The NumPy engine skips
/// what NumPy 2 cannot run (``NumpySkip``) or `engines:` leave out.
package struct EnginePlan: Sendable, Hashable {
    package var runsSwift: Bool
    package var runsNumpy: Bool
    /// Why the Swift engine does not run the variant, when the selection includes it.
    package var swiftSkip: String?
    /// Why the NumPy engine does not run the variant, when the selection includes it.
    package var numpySkip: String?

    /// The plan for `variant` of `scenario` under `selection`; `swiftProblem` is the checker's
    /// reason the Swift engine cannot run its code, if any.
    package init(_ scenario: Scenario, _ variant: Variant, selection: EngineSelection, swiftProblem: String?,
                registry: FunctionRegistry = .standard) {
        let engines = scenario.engines(of: variant)
        let declared = "engines: \(engines.sorted().map(\.rawValue).joined(separator: ", "))"
        let swiftReason = variant.benchmark != nil ? "an asv-style benchmark runs on NumPy"
            : engines.contains(.swift) ? swiftProblem : declared
        let numpyReason = engines.contains(.numpy) ? NumpySkip.reason(scenario, variant, registry: registry) : declared
        switch selection {
        case .swift:
            // Measured on NumPy in the Swift engine's place when only NumPy can run it.
            let fallback = swiftReason != nil && numpyReason == nil
            runsSwift = !fallback
            runsNumpy = fallback
            swiftSkip = fallback ? swiftReason : nil
            numpySkip = nil
        case .numpy:
            runsSwift = false
            runsNumpy = numpyReason == nil
            swiftSkip = nil
            numpySkip = numpyReason
        case .both:
            runsNumpy = numpyReason == nil
            runsSwift = swiftReason == nil || !runsNumpy
            swiftSkip = runsSwift ? nil : swiftReason
            numpySkip = numpyReason
        }
    }
}
