import Foundation
import Yams

/// Reads scenario files and validates them completely, reporting every problem with its file,
/// key path and position.
///
/// Validation here covers the file's structure: keys and their types, names, parameters and
/// scales, units, limits and references between keys. The code blocks are parsed and checked
/// against the function registry by the language layer (`peakmem check` runs both).
public enum ScenarioLoader {
    /// The file extensions treated as scenario files when a directory is given.
    public static let extensions = ["yaml", "yml"]

    /// Loads and validates one scenario file.
    public static func load(file path: String) throws(ScenarioProblems) -> Scenario {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ScenarioProblems([ScenarioError(file: path, message: "cannot read the file: \(error.localizedDescription)")])
        }
        return try load(yaml: text, file: path)
    }

    /// Validates scenario YAML `text` that was read from `file`.
    public static func load(yaml text: String, file: String) throws(ScenarioProblems) -> Scenario {
        let decoder = ScenarioDecoder(file: file, text: text)
        let scenario = decoder.decode()
        guard decoder.problems.isEmpty, let scenario else { throw ScenarioProblems(decoder.problems) }
        return scenario
    }

    /// The scenario files named by `paths`: files as given, directories searched (not
    /// recursively) for `*.yaml`/`*.yml`, sorted by name.
    public static func files(in paths: [String]) throws(ScenarioProblems) -> [String] {
        var files: [String] = []
        var problems: [ScenarioError] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(ScenarioError(file: path, message: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let found = names.filter { extensions.contains(($0 as NSString).pathExtension) }.sorted()
                if found.isEmpty {
                    problems.append(ScenarioError(file: path, message: "the directory holds no scenario files (*.yaml, *.yml)"))
                }
                files += found.map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        guard problems.isEmpty else { throw ScenarioProblems(problems) }
        return files
    }
}
