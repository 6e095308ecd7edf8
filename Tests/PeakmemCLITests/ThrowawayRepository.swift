import Foundation

/// A temporary git repository for end-to-end tests of `peakmem history`: files written,
/// committed at fixed dates, removed when the test ends.
final class ThrowawayRepository {
    let url: URL
    /// The hashes committed, oldest first.
    private(set) var commits: [String] = []

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try git(["init", "-q", "-b", "main"])
        try git(["config", "user.email", "tests@peakmem.invalid"])
        try git(["config", "user.name", "peakmem tests"])
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `path` (relative to the repository), creating directories.
    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    /// Commits every tracked and new file under `paths`, dated one day after the previous
    /// commit, and returns the hash.
    @discardableResult
    func commit(_ subject: String, paths: [String] = ["."]) throws -> String {
        try git(["add", "--"] + paths)
        let date = String(format: "2026-01-%02dT12:00:00+00:00", commits.count + 1)
        try git(["commit", "-q", "-m", subject], environment: ["GIT_COMMITTER_DATE": date, "GIT_AUTHOR_DATE": date])
        let hash = try git(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
        commits.append(hash)
        return hash
    }

    /// Runs git in the repository and returns its standard output; throws on a non-zero exit.
    @discardableResult
    func git(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = url
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "git \(arguments.joined(separator: " ")) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
