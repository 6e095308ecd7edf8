extension RunOptions {
    /// The selection the run's `--filter` patterns (``RunOptions/filters``) made.
    public var selection: VariantSelection { VariantSelection(filters ?? []) }

    /// True when the run's `--filter` patterns select `variant` of `scenario`, with the
    /// runner's own matching (``VariantSelection``); true for every variant of an unfiltered run.
    public func selects(scenario: String, variant: String) -> Bool {
        selection.selects(scenario: scenario, variant: variant)
    }
}
