import PeakmemRuntime
import PeakmemScenario

/// Why a variant cannot run on NumPy, or nil: it asks for an older NumPy's semantics
/// (`semantics: numpy-1.7`, which NumPy 2 cannot reproduce), or its code uses peakmem-only
/// features (functions registered `peakmemOnly`, the `peakmem` module), found by the
/// ``Checker``.
package enum NumpySkip {
    package static func reason(_ scenario: Scenario, _ variant: Variant, registry: FunctionRegistry = .standard) -> String? {
        let semantics = scenario.semantics(of: variant)
        if semantics != .numpy2 {
            return "semantics \(semantics.rawValue) is peakmem-only"
        }
        let programs = [scenario.setup, variant.setup, variant.run].compactMap { try? $0?.parse() }
        let parameters = Set(scenario.parameters.map(\.name))
        let features = Checker(registry: registry).peakmemOnlyFeatures(programs, predefined: parameters)
        guard !features.isEmpty else { return nil }
        return "uses peakmem-only \(features.joined(separator: ", "))"
    }
}
