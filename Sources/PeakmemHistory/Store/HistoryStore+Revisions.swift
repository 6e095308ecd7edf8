extension HistoryStore {
    /// The runs a command-line revision names, in history order: `#ID` (or a bare run number)
    /// is one run; anything else is resolved by git in `repository` (a branch, tag, `HEAD~2`,
    /// a hash), and failing that taken as a prefix of recorded commit hashes.
    package func runs(matching revision: String, repository: GitRepository?) throws(HistoryStoreError) -> [RecordedRun] {
        let number = revision.hasPrefix("#") ? String(revision.dropFirst()) : revision
        if let id = Int64(number), revision.hasPrefix("#") || number.count < 4 {
            return try runs(ids: [id])
        }
        if let repository, let hash = try? repository.resolve(revision) {
            let found = try runs(commitPrefix: hash)
            if !found.isEmpty { return found }
        }
        return try runs(commitPrefix: revision)
    }
}
