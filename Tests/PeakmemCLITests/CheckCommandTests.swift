import Foundation
import Testing

/// `peakmem check` and `peakmem list` end to end: exit codes and whole outputs (golden text).
@Suite("peakmem check and list (end to end)")
struct CheckCommandTests {
    /// A temporary directory with the given files, removed when the test ends.
    final class Directory {
        let url: URL
        init(_ files: [String: String]) throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-check-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (name, text) in files {
                let file = url.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: file, atomically: true, encoding: .utf8)
            }
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static let valid = """
        scenario: demo
        title: A demo
        params:
          n: {quick: 10, doc: 1000}
        setup: |
          X = np.ones((n, n))
        variants:
          a:
            run: Y = X * 2.0
          b:
            run: |
              Y = X + X
        """

    static let broken = """
        scenario: broken
        title: Broken code
        variants:
          a:
            run: |
              Y = (X * 2.0
              Z = 1
          b:
            run: |
              class A:
                  pass
          c:
            setup: X = 1
            run: Y = X +
        """

    @Test("a valid directory passes with exit 0")
    func valid() throws {
        let directory = try Directory(["demo.yaml": Self.valid])
        let outcome = try PeakmemProcess.run(["check", "."], in: directory.url)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(outcome.standardOutput == "peakmem check: 1 scenario, 2 variants: no problems\n")
    }

    @Test("every problem is listed at its file position, exit 2")
    func problems() throws {
        let directory = try Directory(["broken.yaml": Self.broken, "demo.yaml": Self.valid])
        let outcome = try PeakmemProcess.run(["check", "broken.yaml", "demo.yaml"], in: directory.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput == "")
        #expect(outcome.standardError == """
            broken.yaml:6:11: error: '(' was never closed
                  Y = (X * 2.0
                      ^
            broken.yaml:10:7: error: class definitions are not supported in scenario code
                  class A:
                  ^^^^^
            broken.yaml:14:17: error: invalid syntax
                     Y = X +
                            ^
            peakmem check: 3 problems found

            """)
    }

    /// Issue 15's crashing inputs: a `run:` line with 650 nested brackets, and one with 10 500
    /// chained operators.
    static func deep(_ run: String) -> String {
        """
        scenario: deep
        title: Deep nesting
        params:
          n: {quick: 10}
        setup: X = np.ones(n)
        variants:
          a:
            run: \(run)
        """
    }

    @Test("deeply nested code is an error with its position (exit 2), not a crash", arguments: [
        ("Y = " + String(repeating: "(", count: 650) + "X" + String(repeating: ")", count: 650), "too many nested parentheses"),
        ("Y = X" + String(repeating: " + X", count: 10_500), "too complex: maximum recursion depth exceeded during compilation"),
    ])
    func deepNesting(_ run: String, _ message: String) throws {
        let directory = try Directory(["deep.yaml": Self.deep(run)])
        let outcome = try PeakmemProcess.run(["check", "deep.yaml"], in: directory.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("deep.yaml:8:"))
        #expect(outcome.standardError.contains(message))
    }

    static let names = """
        scenario: names
        title: Name problems
        params:
          n: {quick: 10}
        setup: |
          import pandas as pd
          X = np.ones((n, m))
        variants:
          a:
            run: Y = np.zeroes((n, n))
          b:
            run: Y = np.zeros((n, n), dtyp=np.float32)
          c:
            run: Y = Z + 1
        """

    @Test("imports, names, functions and keywords are checked against the registry")
    func names() throws {
        let directory = try Directory(["names.yaml": Self.names])
        let outcome = try PeakmemProcess.run(["check", "names.yaml"], in: directory.url)
        #expect(outcome.status == 2)
        #expect(outcome.standardError == """
            names.yaml:6:10: error: No module named 'pandas'; scenario code can import: numpy (import numpy as np), numpy.random, numpy.fft, scipy.sparse, scipy.linalg.blas, numexpr, peakmem, math, time, functools and itertools
              import pandas as pd
                     ^^^^^^^^^^^^
            names.yaml:7:19: error: NameError: name 'm' is not defined
              X = np.ones((n, m))
                              ^
            names.yaml:10:14: error: AttributeError: module 'numpy' has no attribute 'zeroes'. Did you mean: 'zeros'? (`peakmem list --functions` lists what scenario code can call)
                     Y = np.zeroes((n, n))
                         ^^^^^^^^^
            names.yaml:12:14: error: TypeError: zeros() got an unexpected keyword argument 'dtyp'; its keywords are shape, dtype, order
                     Y = np.zeros((n, n), dtyp=np.float32)
                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
            names.yaml:14:14: error: NameError: name 'Z' is not defined
                     Y = Z + 1
                         ^
            peakmem check: 5 problems found

            """)
    }

    @Test("a missing path and an unknown scale key exit 2 with their messages")
    func badInput() throws {
        let directory = try Directory(["s.yaml": "scenario: s\ntitle: t\nparams: {n: {quik: 1}}\nvariants: {a: {run: x = 1}}\n"])
        let missing = try PeakmemProcess.run(["check", "nope.yaml"], in: directory.url)
        #expect(missing.status == 2)
        #expect(missing.standardError.hasPrefix("nope.yaml: error: no such file or directory\n"))
        let scale = try PeakmemProcess.run(["check", "s.yaml"], in: directory.url)
        #expect(scale.status == 2)
        #expect(scale.standardError.hasPrefix("s.yaml:3:14: error: unknown scale 'quik'; the scales are quick, doc, large [at params.n.quik]\n"))
    }

    @Test("list shows scales, parameters and variants")
    func list() throws {
        let directory = try Directory(["demo.yaml": Self.valid])
        let outcome = try PeakmemProcess.run(["list", "demo.yaml"], in: directory.url)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(outcome.standardOutput == """
            demo — A demo
              file: demo.yaml
              scales: quick, doc
              param n: quick=10 doc=1000
              variant a (reference, numpy-2)
              variant b (numpy-2)

            """)
    }
}

@Suite("peakmem list --functions (end to end)")
struct ListFunctionsTests {
    @Test("the registry is listed by namespace with Python signatures")
    func functions() throws {
        let outcome = try PeakmemProcess.run(["list", "--functions"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "builtins")
        #expect(lines.contains("numpy"))
        #expect(lines.contains { $0.hasPrefix("  zeros(shape, dtype=None, order='C') ") })
        #expect(lines.contains("numpy.random"))
        #expect(lines.contains { $0.hasPrefix("  randn(*d) ") })
    }
}
