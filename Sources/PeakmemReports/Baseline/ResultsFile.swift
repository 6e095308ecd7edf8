import Foundation
import PeakmemRunner

/// Reading results JSON files, with errors that say what is wrong.
public enum ResultsFile {
    /// An unreadable results file.
    public struct LoadError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Reads and decodes a `peakmem-results/1` file.
    public static func load(from path: String) throws -> RunResults {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw LoadError(path: path, reason: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        let results: RunResults
        do { results = try JSONDecoder().decode(RunResults.self, from: data) } catch {
            throw LoadError(path: path, reason: "not a peakmem results file (\(describe(error)))")
        }
        guard results.schema == RunResults.schemaIdentifier else {
            throw LoadError(path: path, reason: "schema '\(results.schema)', expected '\(RunResults.schemaIdentifier)'")
        }
        return results
    }

    /// A decoding error in a few words: what is missing or wrong, and where.
    static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return error.localizedDescription }
        func path(_ context: DecodingError.Context) -> String {
            let text = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "" : " at \(text)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing '\(key.stringValue)'\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "\(context.debugDescription)\(path(context))"
        case .dataCorrupted(let context): return "invalid JSON\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}
