import Foundation
import Testing

/// `run --set` → `baseline update` → `gate --scenarios`: the gate re-runs the scenario with the
/// overrides the baseline recorded, typed as they were given (a string `F` stays the string
/// `'F'`, not `"'F'"`), and passes.
@Suite("--set overrides survive run → baseline → gate (end to end)")
struct ParameterOverrideRoundTripTests {
    /// A scenario with one parameter of each type; the code uses each one so a wrong type fails.
    static let scenario = """
        scenario: typed
        title: Typed parameters
        params:
          order: C
          n: 100
          scale: 2.0
          negate: false
        setup: |
          X = np.ones((n, n), order=order)
        variants:
          scaled:
            run: |
              Y = X * scale
              if negate:
                  Y = -Y
        """

    @Test("string, int, float and bool overrides round-trip through results and the baseline",
          arguments: [
              ["order=F"],
              ["n=200"],
              ["scale=3.5"],
              ["negate=True"],
              ["order=F", "n=50", "scale=0.5", "negate=true"],
          ])
    func roundTrip(overrides: [String]) throws {
        let directory = try CheckCommandTests.Directory(["typed.yaml": Self.scenario])
        let sets = overrides.flatMap { ["--set", $0] }
        let run = try PeakmemProcess.run(["run", "typed.yaml", "--json", "r.json", "--quiet"] + sets, in: directory.url)
        #expect(run.status == 0, "stderr: \(run.standardError)")
        let update = try PeakmemProcess.run(["baseline", "update", "r.json", "--baseline", "b.json"], in: directory.url)
        #expect(update.status == 0, "stderr: \(update.standardError)")
        let gate = try PeakmemProcess.run(["gate", "--baseline", "b.json", "--scenarios", "typed.yaml", "--quiet"], in: directory.url)
        #expect(gate.status == 0, "\(gate.standardOutput)\(gate.standardError)")
        #expect(gate.standardOutput.hasPrefix("PASSED: "), "\(gate.standardOutput)")
    }

    @Test("results and the baseline record each override as its Python literal")
    func recorded() throws {
        let directory = try CheckCommandTests.Directory(["typed.yaml": Self.scenario])
        let run = try PeakmemProcess.run(["run", "typed.yaml", "--json", "r.json", "--quiet",
                                          "--set", "order=F", "--set", "n=50", "--set", "scale=1e0", "--set", "negate=True"],
                                         in: directory.url)
        #expect(run.status == 0, "stderr: \(run.standardError)")
        let update = try PeakmemProcess.run(["baseline", "update", "r.json", "--baseline", "b.json"], in: directory.url)
        #expect(update.status == 0, "stderr: \(update.standardError)")
        let expected = ["order": "'F'", "n": "50", "scale": "1.0", "negate": "True"]
        for file in ["r.json", "b.json"] {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.url.appendingPathComponent(file))) as! [String: Any]
            let options = object["options"] as! [String: Any]
            #expect(options["overrides"] as? [String: String] == expected, "\(file)")
        }
        let results = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.url.appendingPathComponent("r.json"))) as! [String: Any]
        let scenario = (results["scenarios"] as! [[String: Any]])[0]
        #expect(scenario["parameters"] as? [String: String] == expected)
    }
}
