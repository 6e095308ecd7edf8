import Foundation
import PeakmemRunner

extension RunOptions {
    /// True when the run's `--filter` patterns (``RunOptions/filters``) select `variant` of
    /// `scenario`, with the runner's own matching (``RunConfiguration/selects(scenario:variant:)``);
    /// true for every variant of an unfiltered run.
    public func selects(scenario: String, variant: String) -> Bool {
        guard let filters, !filters.isEmpty else { return true }
        var matcher = RunConfiguration(executable: URL(fileURLWithPath: "/"), workerArguments: [])
        matcher.filters = filters
        return matcher.selects(scenario: scenario, variant: variant)
    }
}
