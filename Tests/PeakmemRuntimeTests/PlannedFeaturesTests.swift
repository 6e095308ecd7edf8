@testable import PeakmemRuntime
import Testing

@Suite("PlannedFeatures")
struct PlannedFeaturesTests {
    /// Whether `qualified` is something scenario code can already use: a registered function,
    /// constant or namespace, or an ndarray attribute.
    static func isAvailable(_ qualified: String, in registry: FunctionRegistry) -> Bool {
        guard let dot = qualified.lastIndex(of: ".") else { return false }
        let owner = String(qualified[..<dot]), name = String(qualified[qualified.index(after: dot)...])
        if registry.entry(qualified) != nil || registry.member(of: owner, name) != nil { return true }
        return owner == "ndarray" && Value.arrayAttributes.contains(name)
    }

    @Test("no planned name is available in the standard registry (the list cannot go stale)")
    func noPlannedNameIsRegistered() {
        let stale = PlannedFeatures.names.filter { Self.isAvailable($0, in: .standard) }.sorted()
        #expect(stale == [], "remove these from PlannedFeatures.names: \(stale)")
    }
}
