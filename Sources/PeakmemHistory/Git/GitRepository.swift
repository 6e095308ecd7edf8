import Foundation

/// A git repository read and driven through the `git` executable: the commit a run was made
/// at, revision ranges, and temporary worktrees for ``FigureBisection``.
///
/// Every git invocation goes through ``git(_:)``, which runs `git -C DIRECTORY ARGS…` and turns a
/// non-zero exit into a ``GitError`` carrying git's own message.
package struct GitRepository: Sendable {
    /// A directory inside the repository's work tree.
    package var directory: String

    package init(directory: String = ".") { self.directory = directory }

    /// Runs `git -C directory arguments…` and returns its standard output, without the final
    /// newline.
    @discardableResult
    package func git(_ arguments: [String]) throws(GitError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        // No pager, no prompts, stable output whatever the user's locale and configuration.
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_PAGER"] = "cat"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw GitError(arguments: arguments, message: "cannot start git: \(error.localizedDescription)")
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: outData, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw GitError(arguments: arguments, message: message.isEmpty ? "exit status \(process.terminationStatus)" : message)
        }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// The full hash of the commit `revision` names.
    package func resolve(_ revision: String) throws(GitError) -> String {
        try git(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
    }

    /// Hash, committer date and subject of `revision` (no branch, not dirty).
    package func commit(_ revision: String) throws(GitError) -> CommitInfo {
        let fields = try git(["log", "-1", "--format=%H%x00%cI%x00%s", resolve(revision)]).components(separatedBy: "\u{0}")
        guard fields.count == 3 else { throw GitError(arguments: ["log", revision], message: "unexpected output") }
        return CommitInfo(hash: fields[0], date: fields[1], subject: fields[2], branch: nil, dirty: false)
    }

    /// The commit checked out now: `HEAD` with its branch (or, on a detached `HEAD` as CI
    /// checks out, the branch CI names in `GITHUB_HEAD_REF`, `GITHUB_REF_NAME` or
    /// `CI_COMMIT_REF_NAME`) and whether tracked files have uncommitted changes.
    package func head(environment: [String: String] = ProcessInfo.processInfo.environment) throws(GitError) -> CommitInfo {
        var info = try commit("HEAD")
        let symbolic = try? git(["symbolic-ref", "--short", "-q", "HEAD"])
        info.branch = symbolic.flatMap { $0.isEmpty ? nil : $0 }
            ?? ["GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_COMMIT_REF_NAME"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        info.dirty = !(try git(["status", "--porcelain", "--untracked-files=no"])).isEmpty
        return info
    }

    /// The commits after `good` up to and including `bad`, oldest first, along the first-parent
    /// ancestry path (`git rev-list --first-parent --ancestry-path --reverse GOOD..BAD`).
    package func commits(after good: String, through bad: String) throws(GitError) -> [String] {
        let list = try git(["rev-list", "--first-parent", "--ancestry-path", "--reverse", "\(good)..\(bad)"])
        return list.split(separator: "\n").map(String.init)
    }

    /// Adds a detached worktree of `revision` at `path` (which must not exist).
    package func addWorktree(at path: String, revision: String) throws(GitError) {
        try git(["worktree", "add", "--detach", "--force", path, revision])
    }

    /// Removes the worktree at `path` and forgets it.
    package func removeWorktree(at path: String) {
        _ = try? git(["worktree", "remove", "--force", path])
        _ = try? git(["worktree", "prune"])
    }
}
