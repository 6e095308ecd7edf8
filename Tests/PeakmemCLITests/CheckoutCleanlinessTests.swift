import Foundation
import Testing

/// A checkout stays clean: `make run` and a user's own `peakmem run` write their reports where
/// no tracked file lives (`reports/latest/`, `.peakmem/report/`), so `git status` shows nothing.
///
/// The test copies what those commands touch (the Makefile, `.gitignore`, `scenarios/`, the
/// committed `reports/`) from this package's working tree into a new git repository, runs
/// `make run` there with the built `peakmem` (`-o build-release`: nothing is rebuilt; one quick
/// scenario, to keep the test short) and `peakmem run` of a scenario of the user's own without
/// `--out`, then asserts that `git status --porcelain` is empty — no modified tracked file and
/// no untracked one either.
@Suite("A checkout stays clean")
struct CheckoutCleanlinessTests {
    @Test("make run and peakmem run of a user's scenario leave git status empty")
    func makeRunAndUserRunLeaveTheCheckoutClean() throws {
        let package = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let checkout = FileManager.default.temporaryDirectory
            .appendingPathComponent("peakmem-checkout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: checkout) }
        try FileManager.default.createDirectory(at: checkout, withIntermediateDirectories: true)

        let tracked = try PeakmemProcess.run(program: "git", ["ls-files", "-z", "--", "Makefile", ".gitignore", "scenarios", "reports"], in: package)
        #expect(tracked.status == 0)
        let files = tracked.standardOutput.split(separator: "\0").map(String.init)
        #expect(files.contains("reports/REPORT.md") && files.contains("Makefile"))
        for file in files {
            let destination = checkout.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: package.appendingPathComponent(file), to: destination)
        }
        for arguments in [["init", "-q"], ["add", "-A"],
                          ["-c", "user.name=peakmem", "-c", "user.email=peakmem@example.invalid", "commit", "-q", "-m", "checkout"]] {
            #expect(try PeakmemProcess.run(program: "git", arguments, in: checkout).status == 0)
        }

        let peakmem = try PeakmemProcess.executableURL().path
        let make = try PeakmemProcess.run(program: "make", ["-o", "build-release", "run", "PEAKMEM=\(peakmem)", "SCALE=quick",
                                            "SCENARIOS=scenarios/reduce-accumulate.yaml"], in: checkout)
        #expect(make.status == 0, "\(make.standardError)")
        #expect(FileManager.default.fileExists(atPath: checkout.appendingPathComponent("reports/latest/REPORT.md").path))

        try """
            scenario: mine
            title: A user's own scenario
            setup: X = np.ones((100, 100))
            variants:
              double:
                run: Y = X * 2.0
            """.write(to: checkout.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
        let mine = try PeakmemProcess.run(["run", "mine.yaml", "--no-progress"], in: checkout)
        #expect(mine.status == 0, "\(mine.standardError)")
        #expect(mine.standardError.contains("report written to .peakmem/report/REPORT.md"))
        try FileManager.default.removeItem(at: checkout.appendingPathComponent("mine.yaml"))

        let status = try PeakmemProcess.run(program: "git", ["status", "--porcelain", "--untracked-files=all"], in: checkout)
        #expect(status.status == 0)
        #expect(status.standardOutput == "", "git status after make run and peakmem run:\n\(status.standardOutput)")
    }
}
