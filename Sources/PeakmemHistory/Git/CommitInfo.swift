/// The git commit a run was recorded at.
package struct CommitInfo: Sendable, Hashable, Codable {
    /// The full hash.
    package var hash: String
    /// The committer date, ISO 8601 with its offset (`git log --format=%cI`).
    package var date: String
    /// The first line of the message.
    package var subject: String
    /// The branch checked out (or named by CI); nil on a detached `HEAD` outside CI.
    package var branch: String?
    /// True when tracked files differed from the commit: the figures may not be the commit's.
    package var dirty: Bool

    package init(hash: String, date: String, subject: String, branch: String?, dirty: Bool) {
        self.hash = hash
        self.date = date
        self.subject = subject
        self.branch = branch
        self.dirty = dirty
    }

    /// The first 10 characters of the hash.
    package var shortHash: String { String(hash.prefix(10)) }
}
