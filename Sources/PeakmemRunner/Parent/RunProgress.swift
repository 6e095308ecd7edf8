import PeakmemResults

/// What the runner reports while it works, for progress displays.
package enum RunProgress: Sendable {
    /// A run of a variant is starting.
    case started(scenarioIndex: Int, scenarioCount: Int, scenario: String, variant: String, repeatIndex: Int, repeats: Int)
    /// A variant is finished (all its runs).
    case finished(scenario: String, variant: VariantResult)
}
