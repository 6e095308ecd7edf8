import Testing
import PeakmemResults
@testable import PeakmemScenario

/// The example of docs/scenario-format.md, line for line (positions below depend on it).
let exampleScenario = """
scenario: xxt-order
title: Why does X.dot(X.T) need so much memory?
source: seeds/000 — memit figures measured with NumPy 1.7
params:
  n: {quick: 100, doc: 1000}
  p: {quick: 5000, doc: 50000}
setup: |
  X = np.random.randn(n, p)
  Y = np.random.randn(p, 100)
result: S
reference: both-c
variants:
  both-c:
    semantics: numpy-1.7
    run: S = np.dot(X, Y)
    documented: {memit_peak: 485.554688 MiB}
  x-fortran:
    semantics: numpy-1.7
    setup: X = np.asfortranarray(X)
    run: |
      S = np.dot(X, Y)
    documented: {memit_peak: 867.070312 MiB}
    expect: {peak_increment: "<= nbytes(X) + nbytes(S)"}
limits:
  both-c: {peak_increment: 8 MiB}
"""

@Suite("Scenario files")
struct ScenarioLoaderTests {
    @Test("the documented example loads with positions in the file")
    func example() throws {
        let s = try ScenarioLoader.load(yaml: exampleScenario, file: "scenarios/xxt-order.yaml")
        #expect(s.name == "xxt-order")
        #expect(s.variants.map(\.name) == ["both-c", "x-fortran"])
        #expect(s.scales == [.quick, .doc])
        #expect(s.setup?.firstLine == 8 && s.setup?.indent == 2)
        #expect(s.setup?.text == "X = np.random.randn(n, p)\nY = np.random.randn(p, 100)\n")
        let both = try #require(s.variant(named: "both-c"))
        #expect(both.run.text == "S = np.dot(X, Y)")
        #expect(both.run.firstLine == 15 && both.run.indent == 9)
        #expect(both.run.filePosition(line: 1, column: 5) == SourcePosition(line: 15, column: 14))
        let fortran = try #require(s.variant(named: "x-fortran"))
        #expect(fortran.run.firstLine == 21 && fortran.run.indent == 6)
        #expect(fortran.documented.first?.quantity.value == 867.070312 * 1_048_576)
        #expect(fortran.expectations == [Expectation(metric: .peakIncrement, comparison: "<=",
                                                     expression: "nbytes(X) + nbytes(S)",
                                                     position: SourcePosition(line: 23, column: 34))])
        #expect(s.limits == [Limit(variant: "both-c", metric: .peakIncrement, value: 8 * 1_048_576,
                                   position: SourcePosition(line: 25, column: 28))])
        #expect(try s.parameterValues(scale: .doc) == ["n": .int(1000), "p": .int(50000)])
        #expect(try s.parameterValues(scale: .quick, overrides: ["n": .int(7)]) == ["n": .int(7), "p": .int(5000)])
    }

    @Test("scales and --set are checked")
    func scales() throws {
        let s = try ScenarioLoader.load(yaml: exampleScenario, file: "x.yaml")
        #expect(throws: ScenarioError(file: "x.yaml", keyPath: "params.n", position: SourcePosition(line: 5, column: 3),
                                      message: "scenario 'xxt-order' has no 'large' scale: parameter 'n' defines quick, doc")) {
            try s.parameterValues(scale: .large)
        }
        #expect(throws: ScenarioError(file: "x.yaml", keyPath: "params",
                                      message: "unknown parameter 'm' in --set: scenario 'xxt-order' has no parameter 'm'; its parameters are n, p")) {
            try s.parameterValues(scale: .quick, overrides: ["m": .int(1)])
        }
    }

    /// Malformed files: each with the exact first message and position.
    static let malformed: [(String, String, String)] = [
        ("title: t\nvariants: {a: {run: x = 1}}\n", "x.yaml: error: missing key 'scenario'", "missing scenario"),
        ("scenario: s\ntitle: t\n", "x.yaml: error: missing key 'variants': a scenario needs at least one variant", "no variants"),
        ("scenario: s\ntitle: t\nvariants:\n  a: {setup: x = 1}\n", "x.yaml:4:6: error: the variant 'a' has no `run`: the code to measure [at variants.a]", "missing run"),
        ("scenario: s\ntitle: t\nvariants:\n  a: {run: x = 1}\n  a: {run: x = 2}\n", "x.yaml:4:3: error: duplicate key 'a': every key (and every variant name) must be unique in its mapping", "duplicate variant"),
        ("scenario: s\ntitle: t\nvarients: {}\nvariants: {a: {run: x}}\n", "x.yaml:3:1: error: unknown key 'varients' (did you mean 'variants'?); allowed here: scenario, title, source, summary, params, setup, result, reference, semantics, variants, limits, tolerance, python_path, engines, timeout, data [at varients]", "misspelt key"),
        ("scenario: s\ntitle: t\nvariants: [a, b]\n", "x.yaml:3:11: error: expected a mapping (key: value lines), found a list [at variants]", "wrong YAML type"),
        ("scenario: s\ntitle: t\nparams: {n: {quick: 1, huge: 2}}\nvariants: {a: {run: x}}\n", "x.yaml:3:24: error: unknown scale 'huge'; the scales are quick, doc, large [at params.n.huge]", "unknown scale"),
        ("scenario: s\ntitle: t\nvariants: {a: {run: x, semantics: numpy-3}}\n", "x.yaml:3:35: error: unknown semantics 'numpy-3'; choose numpy-2 or numpy-1.7 [at variants.a.semantics]", "unknown semantics"),
        ("scenario: s\ntitle: t\nvariants: {a: {run: x, documented: {memit_peak: 485.5 MB}}}\n", "x.yaml:3:49: error: memory_profiler's %memit prints 'MB' but means MiB (2^20 bytes): write '485.5 MiB' [at variants.a.documented.memit_peak]", "memit MB"),
        ("scenario: s\ntitle: t\nvariants: {a: {run: x, expect: {peak: '<= 1 MiB'}}}\n", "x.yaml:3:33: error: unknown metric 'peak'; the metrics are peak_increment, retained, temporaries, allocations, allocated_total, jemalloc_allocated_peak, jemalloc_resident_peak, rss_peak, rss_increment, mapped, wall_time, cpu_time [at variants.a.expect.peak]", "unknown metric"),
        ("scenario: s\ntitle: t\nvariants: {a: {run: x}}\nlimits: {b: {peak_increment: 1 MiB}}\n", "x.yaml:4:10: error: limits name the variant 'b', which does not exist; the variants are a [at limits.b]", "limit for unknown variant"),
        ("scenario: s\ntitle: t\nvariants: {a: {run: x}}\nlimits: {a: {peak_increment: 1 parsec}}\n", "x.yaml:4:30: error: '1 parsec' is not a size, count or time (a number with one of B, kB, MB, GB, TB, KiB, MiB, GiB, TiB, ns, us, ms, s, min) [at limits.a.peak_increment]", "bad unit"),
        ("scenario: s\ntitle: t\nreference: c\nvariants: {a: {run: x}}\n", "x.yaml:3:12: error: the reference 'c' is not a variant; the variants are a [at reference]", "unknown reference"),
        ("scenario: s\ntitle: t\nvariants:\n  a:\n    run: >\n      x = 1\n", "x.yaml:5:10: error: code must be a literal block (`|`), not a folded one (`>`), which joins lines [at variants.a.run]", "folded code"),
        ("scenario: s\ntitle: t\nparams: {np: 3}\nvariants: {a: {run: x}}\n", "x.yaml:3:10: error: the parameter name 'np' would hide the module or builtin of that name [at params.np]", "reserved parameter"),
        ("scenario: s\ntitle: t\nparams: {n: {doc: 3}}\nvariants: {a: {run: x}}\n", "x.yaml:3:9: error: every parameter needs a `quick` value (the scale tests and CI use) [at params]", "no quick scale"),
        ("scenario: s\n  title: t\n", "x.yaml:2:8: error: invalid YAML: mapping values are not allowed in this context", "bad YAML indentation"),
        ("scenario: 'my scenario'\ntitle: t\nvariants: {a: {run: x}}\n", "x.yaml:1:11: error: the scenario name 'my scenario' must start with a letter or digit and hold only letters, digits, '-', '_' and '.' [at scenario]", "bad scenario name"),
        ("", "x.yaml: error: the file is empty: a scenario needs at least `scenario`, `title` and `variants`", "empty file"),
    ]

    @Test("malformed files give the exact message and position", arguments: malformed.indices)
    func malformedFiles(index: Int) {
        let (yaml, message, _) = Self.malformed[index]
        do {
            _ = try ScenarioLoader.load(yaml: yaml, file: "x.yaml")
            Issue.record("\(Self.malformed[index].2): loaded without error")
        } catch {
            #expect(error.problems.first?.description == message, "\(Self.malformed[index].2)")
        }
    }
}
