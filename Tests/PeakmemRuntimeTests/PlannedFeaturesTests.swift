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

    /// The expression that reaches `qualified` in scenario code (`a` is an array).
    static func expression(_ qualified: String) -> String {
        qualified.hasPrefix("ndarray.") ? "a." + qualified.dropFirst("ndarray.".count) : "np." + qualified.dropFirst("numpy.".count)
    }

    @Test("every public name of numpy, numpy.random, numpy.linalg, numpy.fft and ndarray works or is 'not supported yet'")
    func everyNumpyNameIsKnown() throws {
        let h = Harness()
        try h.run("a = np.zeros(3)")
        #expect(NumpyPublicNames.all.count > 600)
        var wrong: [String] = []
        for name in NumpyPublicNames.all.sorted() {
            let code = Self.expression(name)
            guard let error = h.error("_ = \(code)") else { continue }
            let text = "\(error)"
            if !text.contains("is not supported yet") || text.contains("has no attribute") { wrong.append("\(code): \(text)") }
        }
        #expect(wrong == [], "\(wrong.count) names: \(wrong.prefix(20))")
    }

    @Test("np.median, np.percentile, np.sort ... are registered; np.histogram2d is refused with its position")
    func refusalNamesThePosition() throws {
        let h = Harness()
        let error = try #require(h.error("x = np.ones(3)\nc = np.histogram2d(x, x)"))
        #expect("\(error)".contains("`np.histogram2d` is not supported yet"))
        #expect("\(error)".contains("test.py:2"))
        for name in ["median", "percentile", "quantile", "sort", "argsort", "unique", "bincount", "searchsorted", "pad", "select",
                     "cov", "corrcoef", "interp", "histogram", "add.outer", "multiply.outer"] {
            #expect(FunctionRegistry.standard.entry("numpy.\(name)") != nil, "\(name)")
        }
    }
}
