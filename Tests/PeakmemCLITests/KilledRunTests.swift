import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A run killed at any moment never leaves a report directory mixing two runs' files, and its
/// leftovers are gone after the next run (issue 15).
@Suite("Killed runs: report sets replaced whole, leftovers removed", .serialized)
struct KilledRunTests {
    static func scenario(generation: Int) -> String {
        """
        scenario: killed
        title: generation-\(generation)
        params:
          n: {quick: 1000}
        setup: |
          x = np.ones(n)
        variants:
          a:
            run: y = x * 2
          b:
            run: y = x + 1

        """
    }

    /// The generation whose title each report file holds; every file of a set must agree.
    static func generations(in directory: URL) throws -> Set<String> {
        var found = Set<String>()
        for name in ["REPORT.md", "killed.md", "results.json"] {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let range = try #require(text.range(of: #"generation-[0-9]+"#, options: .regularExpression), "\(name) names no generation")
            found.insert(String(text[range]))
        }
        return found
    }

    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("peakmem-staging") }
    }

    @Test("20 SIGKILLs at random moments of run --out DIR leave the old or the new set, and the next run removes the staging folders")
    func twentyKills() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-kills-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("killed.yaml"), out = root.appendingPathComponent("out")
        try Self.scenario(generation: 0).write(to: file, atomically: true, encoding: .utf8)
        let start = Date()
        let first = try PeakmemProcess.run(["run", "--repeat", "1", file.path, "--out", out.path, "--quiet", "--no-progress"])
        #expect(first.status == 0, "\(first.standardError)")
        let duration = Date().timeIntervalSince(start)
        var generator = SystemRandomNumberGenerator()
        var committed: Set<String> = ["generation-0"]
        for generation in 1...20 {
            try Self.scenario(generation: generation).write(to: file, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = try PeakmemProcess.executableURL()
            process.arguments = ["run", "--repeat", "1", file.path, "--out", out.path, "--quiet", "--no-progress"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Half the kills anywhere in a run, half near its end, where the report is written.
            let fraction = generation.isMultiple(of: 2) ? Double.random(in: 0...1, using: &generator)
                                                        : Double.random(in: 0.75...1.1, using: &generator)
            usleep(useconds_t(duration * fraction * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let seen = try Self.generations(in: out)
            #expect(seen.count == 1, "a mix of report sets after kill \(generation): \(seen.sorted())")
            let now = try #require(seen.first)
            #expect(now == "generation-\(generation)" || committed.contains(now), "kill \(generation) left \(now)")
            committed.insert(now)
        }
        try Self.scenario(generation: 21).write(to: file, atomically: true, encoding: .utf8)
        let last = try PeakmemProcess.run(["run", "--repeat", "1", file.path, "--out", out.path, "--quiet", "--no-progress"])
        #expect(last.status == 0, "\(last.standardError)")
        #expect(try Self.generations(in: out) == ["generation-21"])
        #expect(try Self.leftovers(in: root) == [])
        #expect(try Self.leftovers(in: out) == [])
    }
}
