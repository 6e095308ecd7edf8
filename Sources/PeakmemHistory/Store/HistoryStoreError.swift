/// Why the store cannot be used.
package enum HistoryStoreError: Error, Sendable, CustomStringConvertible {
    /// The file cannot be opened or created, or is not an SQLite database.
    case cannotOpen(path: String, reason: String)
    /// The file was written by a newer peakmem (it has migrations this one does not know).
    case newerSchema(path: String)
    /// A query or write failed.
    case database(path: String, reason: String)

    package var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the history store \(path): \(reason)"
        case .newerSchema(let path): "the history store \(path) was written by a newer peakmem (unknown schema migrations)"
        case .database(let path, let reason): "history store \(path): \(reason)"
        }
    }
}
