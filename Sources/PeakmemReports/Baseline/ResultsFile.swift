import Foundation
import PeakmemResults

/// Reading results JSON files, with errors that say what is wrong.
package enum ResultsFile {
    /// An unreadable results file.
    package struct LoadError: Error, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "\(path): \(reason)" }
    }

    /// Reads and decodes a `peakmem-results/1` file.
    package static func load(from path: String) throws -> RunResults {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw LoadError(path: path, reason: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        if let problem = schemaProblem(data, expected: RunResults.schemaIdentifier) {
            throw LoadError(path: path, reason: "not a peakmem results file (\(problem))")
        }
        if let problem = rangeProblem(data) { throw LoadError(path: path, reason: problem) }
        do { return try JSONDecoder().decode(RunResults.self, from: data) } catch {
            throw LoadError(path: path, reason: "not a peakmem results file (\(describe(error)))")
        }
    }

    /// The JSON text of `results` (pretty-printed, sorted keys).
    package static func text(_ results: RunResults) throws -> String {
        String(decoding: try results.jsonData(), as: UTF8.self)
    }

    /// Writes `results` to `path` atomically (``AtomicFileWriter``), creating its directory.
    package static func write(_ results: RunResults, to path: String) throws {
        try AtomicFileWriter.write(try text(results), to: path)
    }

    /// Why `data` is not a document of schema `expected` — invalid JSON, no `schema`, another
    /// schema — checked before the whole layout is decoded, so that a file of another kind or
    /// version is named as such rather than by its first missing field; nil when it is.
    static func schemaProblem(_ data: Data, expected: String) -> String? {
        struct Header: Decodable { var schema: String? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            return (try? JSONSerialization.jsonObject(with: data)) == nil ? "invalid JSON" : "not a JSON object with a 'schema'"
        }
        guard let schema = header.schema else { return "no 'schema' (expected '\(expected)')" }
        return schema == expected ? nil : "schema '\(schema)', expected '\(expected)'"
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
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            // Foundation's sentence ends with a period; the path follows it.
            let sentence = context.debugDescription.hasSuffix(".") ? String(context.debugDescription.dropLast()) : context.debugDescription
            return sentence + path(context)
        case .dataCorrupted(let context): return "invalid JSON\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}
