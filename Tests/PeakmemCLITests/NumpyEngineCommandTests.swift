import Foundation
import Testing

/// `--engine numpy|both` end to end: the same scenario on peakmem's engine and on real NumPy.
@Suite("peakmem run/memit --engine (end to end)")
struct NumpyEngineCommandTests {
    /// True when python3 can import numpy and memray (the NumPy engine's requirements).
    static let numpyPresent: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import numpy, memray"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Elementwise operations whose exact figures NumPy 2.4 and peakmem agree on, plus a
    /// numpy-1.7 variant the NumPy engine must skip.
    static let elementwise = """
        scenario: elementwise
        title: Elementwise operations on both engines
        params:
          n: {quick: 500, doc: 2000}
        setup: |
          X = np.ones((n, n))
          Y = np.full((n, n), 2.0)
        result: Z
        reference: add
        variants:
          add:
            run: Z = X + Y
          in-place:
            run: |
              X += Y
              Z = X
          out:
            run: |
              Z = np.empty((n, n))
              np.add(X, Y, out=Z)
          float32:
            run: Z = (X + Y).astype(np.float32)
          del-input:
            run: |
              Z = X + Y
              del X
          old-numpy:
            semantics: numpy-1.7
            run: Z = X + Y
        """

    static func object(_ value: Any?) -> [String: Any] { value as? [String: Any] ?? [:] }

    @Test("both engines run scenario code in the worker's own directory: np.memmap's relative file never lands in the caller's",
          .enabled(if: numpyPresent, "python3 with numpy and memray is not installed: the NumPy engine cannot run"))
    func memmapFileStaysInTheWorkersDirectory() throws {
        let directory = try CheckCommandTests.Directory(["memmap.yaml": """
            scenario: memmap-file
            title: a memmap file written by relative name
            setup: |
              x = np.ones(1000)
            result: R
            variants:
              write:
                run: |
                  m = np.memmap('x.f64', dtype=np.float64, mode='w+', shape=(1000,))
                  m[:] = x
                  R = np.array(m)
            """])
        let outcome = try PeakmemProcess.run(["run", "--repeat", "1", ".", "--engine", "both", "--no-report", "--quiet"], in: directory.url)
        #expect(outcome.status == 0, "stdout: \(outcome.standardOutput)\nstderr: \(outcome.standardError)")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(left == ["memmap.yaml"], "files left in the caller's directory: \(left)")
    }

    @Test("both engines give equal exact peak increments on elementwise operations",
          .enabled(if: numpyPresent, "python3 with numpy and memray is not installed: the NumPy engine cannot run"))
    func exactFiguresEqual() throws {
        let directory = try CheckCommandTests.Directory(["elementwise.yaml": Self.elementwise])
        let json = directory.url.appendingPathComponent("results.json").path
        let outcome = try PeakmemProcess.run(["run", "--repeat", "1", ".", "--engine", "both", "--json", json, "--quiet"], in: directory.url)
        #expect(outcome.status == 0, "stdout: \(outcome.standardOutput)\nstderr: \(outcome.standardError)")
        let results = Self.object(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))))
        let variants = (results["scenarios"] as? [[String: Any]])?.first?["variants"] as? [[String: Any]] ?? []
        #expect(variants.count == 6)
        let expectedPeaks: [String: Double] = ["add": 2_000_000, "in-place": 0, "out": 2_000_000,
                                               "float32": 3_000_000, "del-input": 2_000_000]
        for variant in variants {
            let name = variant["name"] as? String ?? "?"
            let numpy = Self.object(variant["numpy"])
            if name == "old-numpy" {
                #expect(numpy["status"] as? String == "skipped")
                #expect(numpy["skip_reason"] as? String == "semantics numpy-1.7 is peakmem-only")
                continue
            }
            #expect(numpy["status"] as? String == "ok", "\(name): \(numpy)")
            let swiftPeak = Self.object(variant["figures"])["peak_increment"] as? Double
            let numpyPeak = Self.object(numpy["figures"])["peak_increment"] as? Double
            #expect(swiftPeak == expectedPeaks[name], "\(name)")
            #expect(numpyPeak == expectedPeaks[name], "\(name): NumPy's heap peak increment")
            let fidelity = Self.object(numpy["fidelity"])
            #expect(fidelity["equal"] as? Bool == true, "\(name): \(fidelity)")
            #expect(fidelity["relative_difference"] as? Double == 0, "\(name)")
            #expect((fidelity["time_ratio"] as? Double ?? 0) > 0, "\(name)")
            #expect(Self.object(numpy["agreement"])["agrees"] as? Bool == true, "\(name): the engines' results")
            #expect(Self.object(numpy["figure_sources"])["peak_increment"] as? String != nil)
        }
        #expect(outcome.standardOutput.contains("elementwise — Swift engine vs NumPy"))
        #expect(outcome.standardOutput.contains("skipped: semantics numpy-1.7 is peakmem-only"))
    }

    @Test("--engine numpy puts NumPy's figures in the variant and memit prints memit's line from NumPy",
          .enabled(if: numpyPresent, "python3 with numpy and memray is not installed: the NumPy engine cannot run"))
    func numpyOnly() throws {
        let outcome = try PeakmemProcess.run(["memit", "S = X @ X.T", "--setup", "X = np.random.randn(100, 2000)", "--engine", "numpy"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        let memitLine = try #require(lines.first)
        #expect(memitLine.wholeMatch(of: /peak memory: [0-9]+\.[0-9]{2} MiB, increment: [0-9]+\.[0-9]{2} MiB/) != nil, "\(memitLine)")
        #expect(lines[1] == "exact (real NumPy):")
        // S (100×100 float64) and the 72-byte scratch NumPy's gufunc loop mallocs.
        #expect(lines[2] == "  peak increment: 80,072 bytes (78.20 KiB) [memray: NumPy's heap]")
    }

    @Test("a missing Python is a clear error with exit status 2")
    func pythonMissing() throws {
        let outcome = try PeakmemProcess.run(["memit", "Y = X * 2.0", "--setup", "X = np.ones(10)", "--engine", "numpy"],
                                             environment: ["PEAKMEM_PYTHON": "/nonexistent/python3"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.hasPrefix("peakmem: error: the NumPy engine needs python3"), "\(outcome.standardError)")
    }
}
