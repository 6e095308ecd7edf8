import Foundation
import PeakmemResults
import Yams

/// Walks the YAML node tree of one scenario file, building the model and collecting every
/// problem it finds (it does not stop at the first).
final class ScenarioDecoder {
    let file: String
    let text: String
    let lines: [Substring]
    private(set) var problems: [ScenarioError] = []

    static let scenarioKeys = ["scenario", "title", "source", "summary", "params", "setup", "result", "reference",
                               "semantics", "variants", "limits", "tolerance", "python_path", "engines", "timeout", "data"]
    static let variantKeys = ["setup", "run", "semantics", "documented", "expect", "notes", "tolerance", "engines", "timeout"]

    init(file: String, text: String) {
        self.file = file
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func decode() -> Scenario? {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                fail("", nil, "the file is empty: a scenario needs at least `scenario`, `title` and `variants`")
                return nil
            }
            root = node
        } catch let error as YamlError {
            record(error)
            return nil
        } catch {
            fail("", nil, "cannot parse the YAML: \(error)")
            return nil
        }
        guard let mapping = expectMapping(root, "") else { return nil }
        checkKeys(mapping, allowed: Self.scenarioKeys, path: "")

        let name = requiredString(mapping, "scenario", path: "") ?? ""
        if !name.isEmpty, !Self.isName(name) {
            fail("scenario", mapping["scenario"]?.mark, "the scenario name '\(name)' must start with a letter or digit and hold only letters, digits, '-', '_' and '.'")
        }
        let title = requiredString(mapping, "title", path: "") ?? ""
        let parameters = decodeParameters(mapping["params"])
        let setup = mapping["setup"].flatMap { codeBlock($0, path: "setup") }
        let result = optionalString(mapping, "result", path: "")
        if let result, !Self.isIdentifier(result) {
            fail("result", mapping["result"]?.mark, "'\(result)' is not a Python name: `result` names the variable the variants bind their result to")
        }
        let semantics = decodeSemantics(mapping["semantics"], path: "semantics") ?? .numpy2
        let tolerance = mapping["tolerance"].flatMap { decodeTolerance($0, path: "tolerance") }
        let variants = decodeVariants(mapping["variants"])
        let reference = optionalString(mapping, "reference", path: "")
        if let reference, !variants.isEmpty, !variants.contains(where: { $0.name == reference }) {
            fail("reference", mapping["reference"]?.mark, "the reference '\(reference)' is not a variant; the variants are \(variants.map(\.name).joined(separator: ", "))")
        }
        let limits = decodeLimits(mapping["limits"], variants: variants)

        var scenario = Scenario(file: file, name: name, title: title,
                                source: optionalString(mapping, "source", path: ""),
                                summary: optionalString(mapping, "summary", path: ""),
                                parameters: parameters, setup: setup, result: result, reference: reference,
                                semantics: semantics, variants: variants, limits: limits, tolerance: tolerance)
        scenario.engines = decodeEngines(mapping["engines"], path: "engines")
        scenario.pythonPath = decodeDirectories(mapping["python_path"], key: "python_path") { text, resolved in
            "'\(text)' is not a directory (resolved against the scenario file's directory: \(resolved))"
        }
        scenario.timeout = mapping["timeout"].flatMap { decodeTimeout($0, path: "timeout") }
        scenario.data = decodeDirectories(mapping["data"], key: "data") { text, resolved in
            "the data directory '\(text)' does not exist (\(resolved))"
        }
        if !parameters.isEmpty, !scenario.scales.contains(.quick) {
            fail("params", mapping["params"]?.mark, "every parameter needs a `quick` value (the scale tests and CI use)")
        }
        return scenario
    }

    // MARK: Sections

    private func decodeParameters(_ node: Node?) -> [Parameter] {
        guard let node else { return [] }
        guard let mapping = expectMapping(node, "params") else { return [] }
        var parameters: [Parameter] = []
        for (key, value) in mapping {
            guard let name = keyString(key, path: "params") else { continue }
            let path = "params.\(name)"
            guard Self.isIdentifier(name) else {
                fail(path, key.mark, "the parameter name '\(name)' is not a Python name")
                continue
            }
            if Self.pythonKeywords.contains(name) {
                fail(path, key.mark, "the parameter name '\(name)' is a Python keyword")
                continue
            }
            if Self.reservedNames.contains(name) {
                fail(path, key.mark, "the parameter name '\(name)' would hide the module or builtin of that name")
                continue
            }
            var values: [Scale: ParameterValue] = [:]
            if let columns = value.mapping {
                for (scaleKey, scaleValue) in columns {
                    guard let scaleName = keyString(scaleKey, path: path) else { continue }
                    guard let scale = Scale(rawValue: scaleName) else {
                        fail("\(path).\(scaleName)", scaleKey.mark, "unknown scale '\(scaleName)'; the scales are quick, doc, large")
                        continue
                    }
                    if let v = parameterValue(scaleValue, path: "\(path).\(scaleName)") { values[scale] = v }
                }
            } else if let v = parameterValue(value, path: path) {
                for scale in Scale.allCases { values[scale] = v }
            }
            parameters.append(Parameter(name: name, values: values, position: position(key.mark)))
        }
        return parameters
    }

    private func parameterValue(_ node: Node, path: String) -> ParameterValue? {
        guard let scalar = node.scalar else {
            fail(path, node.mark, "expected a number, a string or a mapping of scales (quick, doc, large), found \(Self.kind(node))")
            return nil
        }
        if scalar.style == .plain {
            let value = ParameterValue(parsing: scalar.string)
            if let problem = value.rangeProblem {
                fail(path, node.mark, "'\(scalar.string)' \(problem)")
                return nil
            }
            return value
        }
        return .string(scalar.string)
    }

    private func decodeVariants(_ node: Node?) -> [Variant] {
        guard let node else {
            fail("", nil, "missing key 'variants': a scenario needs at least one variant")
            return []
        }
        guard let mapping = expectMapping(node, "variants") else { return [] }
        if mapping.count == 0 { fail("variants", node.mark, "a scenario needs at least one variant") }
        var variants: [Variant] = []
        for (key, value) in mapping {
            guard let name = keyString(key, path: "variants") else { continue }
            let path = "variants.\(name)"
            if !Self.isName(name) {
                fail(path, key.mark, "the variant name '\(name)' must start with a letter or digit and hold only letters, digits, '-', '_' and '.'")
            }
            guard let fields = expectMapping(value, path) else { continue }
            checkKeys(fields, allowed: Self.variantKeys, path: path)
            guard let runNode = fields["run"] else {
                fail(path, value.mark, "the variant '\(name)' has no `run`: the code to measure")
                continue
            }
            guard let run = codeBlock(runNode, path: "\(path).run") else { continue }
            var variant = Variant(
                name: name,
                setup: fields["setup"].flatMap { codeBlock($0, path: "\(path).setup") },
                run: run,
                semantics: decodeSemantics(fields["semantics"], path: "\(path).semantics"),
                documented: decodeDocumented(fields["documented"], path: "\(path).documented"),
                expectations: decodeExpectations(fields["expect"], path: "\(path).expect"),
                notes: optionalString(fields, "notes", path: path),
                tolerance: fields["tolerance"].flatMap { decodeTolerance($0, path: "\(path).tolerance") },
                position: position(key.mark))
            variant.engines = decodeEngines(fields["engines"], path: "\(path).engines")
            variant.timeout = fields["timeout"].flatMap { decodeTimeout($0, path: "\(path).timeout") }
            variants.append(variant)
        }
        return variants
    }

    /// `engines:`: `numpy`, `swift`, or a list of them.
    private func decodeEngines(_ node: Node?, path: String) -> Set<ArrayEngine>? {
        guard let node else { return nil }
        let items = node.sequence.map(Array.init) ?? [node]
        var engines = Set<ArrayEngine>()
        for item in items {
            guard let text = scalarString(item, path: path) else { return nil }
            guard let engine = ArrayEngine(rawValue: text) else {
                fail(path, item.mark, "unknown engine '\(text)'; choose \(ArrayEngine.allCases.map(\.rawValue).joined(separator: " or "))")
                return nil
            }
            engines.insert(engine)
        }
        if engines.isEmpty { fail(path, node.mark, "`engines` needs at least one engine (swift, numpy)") }
        return engines.isEmpty ? nil : engines
    }

    /// `timeout:` (scenario or variant): a positive time (`30 s`, `2 min`), or `none`.
    private func decodeTimeout(_ node: Node, path: String) -> ScenarioTimeout? {
        guard let text = scalarString(node, path: path) else { return nil }
        if text == "none" { return ScenarioTimeout.none }
        guard let quantity = Quantity(parsing: text), quantity.dimension == .seconds || quantity.dimension == .dimensionless,
              quantity.value > 0 else {
            fail(path, node.mark, "'\(text)' is not a timeout: a positive time (e.g. 30 s, 2 min) or none")
            return nil
        }
        return .seconds(quantity.value)
    }

    /// A directory or a list of them (`python_path:`, `data:`), relative to the scenario
    /// file's directory; each must exist, else `missing(text, resolved)` is the problem.
    /// Returned absolute, in order.
    private func decodeDirectories(_ node: Node?, key: String, missing: (String, String) -> String) -> [String] {
        guard let node else { return [] }
        let items: [Node] = node.sequence.map(Array.init) ?? [node]
        var directories: [String] = []
        let base = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .deletingLastPathComponent()
        for item in items {
            guard let text = scalarString(item, path: key) else { continue }
            let resolved = (text.hasPrefix("/") ? URL(fileURLWithPath: text) : base.appendingPathComponent(text)).standardizedFileURL.path
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), isDirectory.boolValue else {
                fail(key, item.mark, missing(text, resolved))
                continue
            }
            directories.append(resolved)
        }
        return directories
    }

    private func decodeSemantics(_ node: Node?, path: String) -> Semantics? {
        guard let node else { return nil }
        guard let text = scalarString(node, path: path) else { return nil }
        guard let semantics = Semantics(rawValue: text) else {
            fail(path, node.mark, "unknown semantics '\(text)'; choose \(Semantics.allCases.map(\.rawValue).joined(separator: " or "))")
            return nil
        }
        return semantics
    }

    private func decodeDocumented(_ node: Node?, path: String) -> [DocumentedFigure] {
        guard let node, let mapping = expectMapping(node, path) else { return [] }
        var figures: [DocumentedFigure] = []
        for (key, value) in mapping {
            guard let name = keyString(key, path: path) else { continue }
            let figurePath = "\(path).\(name)"
            let metric = Metric(rawValue: name)
            guard metric != nil || DocumentedFigure.extraKeys.contains(name) else {
                fail(figurePath, key.mark, "unknown documented figure '\(name)'; use \(DocumentedFigure.extraKeys.joined(separator: ", ")) or a metric (\(Metric.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            guard let text = scalarString(value, path: figurePath) else { continue }
            guard let quantity = Quantity(parsing: text) else {
                fail(figurePath, value.mark, "'\(text)' is not a number with a unit (\(Quantity.knownUnits))")
                continue
            }
            if let problem = quantity.rangeProblem {
                fail(figurePath, value.mark, "'\(text)' \(problem)")
                continue
            }
            let wantsTime = name == "time" || metric?.unit == .seconds
            if name.hasPrefix("memit_"), quantity.unit == "MB" {
                fail(figurePath, value.mark, "memory_profiler's %memit prints 'MB' but means MiB (2^20 bytes): write '\(Self.trim(quantity.number)) MiB'")
                continue
            }
            if wantsTime ? quantity.dimension == .bytes : quantity.dimension == .seconds {
                fail(figurePath, value.mark, "'\(text)' has the wrong unit for '\(name)': expected \(wantsTime ? "a time (ms, s, ...)" : "a size (B, MiB, ...)")")
                continue
            }
            figures.append(DocumentedFigure(key: name, quantity: quantity, position: position(value.mark)))
        }
        return figures
    }

    private func decodeExpectations(_ node: Node?, path: String) -> [Expectation] {
        guard let node, let mapping = expectMapping(node, path) else { return [] }
        var expectations: [Expectation] = []
        for (key, value) in mapping {
            guard let name = keyString(key, path: path) else { continue }
            let itemPath = "\(path).\(name)"
            guard let metric = Metric(rawValue: name) else {
                fail(itemPath, key.mark, "unknown metric '\(name)'; the metrics are \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            guard let text = scalarString(value, path: itemPath) else { continue }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let comparison = Expectation.comparisons.first { trimmed.hasPrefix($0) }
            let expression = comparison.map { String(trimmed.dropFirst($0.count)).trimmingCharacters(in: .whitespaces) } ?? trimmed
            guard !expression.isEmpty else {
                fail(itemPath, value.mark, "the expectation '\(text)' has no expression after its comparison")
                continue
            }
            var start = position(value.mark)
            if let scalar = value.scalar, scalar.style == .singleQuoted || scalar.style == .doubleQuoted { start.column += 1 }
            if let range = text.range(of: expression) {
                start.column += text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            }
            expectations.append(Expectation(metric: metric, comparison: comparison ?? "==", expression: expression, position: start))
        }
        return expectations
    }

    private func decodeLimits(_ node: Node?, variants: [Variant]) -> [Limit] {
        guard let node, let mapping = expectMapping(node, "limits") else { return [] }
        var limits: [Limit] = []
        for (key, value) in mapping {
            guard let variant = keyString(key, path: "limits") else { continue }
            let path = "limits.\(variant)"
            if !variants.isEmpty, !variants.contains(where: { $0.name == variant }) {
                fail(path, key.mark, "limits name the variant '\(variant)', which does not exist; the variants are \(variants.map(\.name).joined(separator: ", "))")
                continue
            }
            guard let metrics = expectMapping(value, path) else { continue }
            for (metricKey, limitValue) in metrics {
                guard let name = keyString(metricKey, path: path) else { continue }
                guard let metric = Metric(rawValue: name) else {
                    fail("\(path).\(name)", metricKey.mark, "unknown metric '\(name)'; the metrics are \(Metric.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                guard let text = scalarString(limitValue, path: "\(path).\(name)") else { continue }
                guard let quantity = Quantity(parsing: text), quantity.number >= 0 else {
                    fail("\(path).\(name)", limitValue.mark, "'\(text)' is not a size, count or time (a number with one of \(Quantity.knownUnits))")
                    continue
                }
                if let problem = quantity.rangeProblem {
                    fail("\(path).\(name)", limitValue.mark, "'\(text)' \(problem)")
                    continue
                }
                let expected: Quantity.Dimension = metric.unit == .seconds ? .seconds : (metric.unit == .bytes ? .bytes : .dimensionless)
                if quantity.dimension != .dimensionless, quantity.dimension != expected {
                    fail("\(path).\(name)", limitValue.mark, "'\(text)' has the wrong unit for \(name), which is in \(metric.unit.rawValue)")
                    continue
                }
                limits.append(Limit(variant: variant, metric: metric, value: quantity.value, position: position(limitValue.mark)))
            }
        }
        return limits
    }

    private func decodeTolerance(_ node: Node, path: String) -> ResultTolerance? {
        guard let mapping = expectMapping(node, path) else { return nil }
        checkKeys(mapping, allowed: ["rtol", "atol"], path: path)
        var values: [String: Double] = [:]
        for name in ["rtol", "atol"] {
            guard let value = mapping[name] else { continue }
            guard let number = value.scalar.flatMap({ Double($0.string) }), number >= 0, number.isFinite else {
                fail("\(path).\(name)", value.mark, "\(name) must be a finite, non-negative number")
                continue
            }
            values[name] = number
        }
        return ResultTolerance(rtol: values["rtol"], atol: values["atol"])
    }

    // MARK: Code blocks

    /// A code block from a scalar node, with the file position of its first character.
    private func codeBlock(_ node: Node, path: String) -> ScenarioCode? {
        guard let scalar = node.scalar else {
            fail(path, node.mark, "expected code (a string, best a literal block `|`), found \(Self.kind(node))")
            return nil
        }
        let mark = position(scalar.mark)
        switch scalar.style {
        case .literal:
            // Content starts on the next line; its indentation is that of the first non-blank line.
            var first = mark.line + 1
            while first - 1 < lines.count, lines[first - 1].allSatisfy({ $0 == " " }) { first += 1 }
            let indent = first - 1 < lines.count ? lines[first - 1].prefix { $0 == " " }.count : 0
            return ScenarioCode(text: scalar.string, file: file, firstLine: mark.line + 1, indent: indent, keyPath: path)
        case .folded:
            fail(path, node.mark, "code must be a literal block (`|`), not a folded one (`>`), which joins lines")
            return nil
        case .singleQuoted, .doubleQuoted:
            return ScenarioCode(text: scalar.string, file: file, firstLine: mark.line, indent: mark.column, keyPath: path)
        default:
            return ScenarioCode(text: scalar.string, file: file, firstLine: mark.line, indent: mark.column - 1, keyPath: path)
        }
    }

    // MARK: Typed access

    private func expectMapping(_ node: Node, _ path: String) -> Node.Mapping? {
        if let mapping = node.mapping { return mapping }
        fail(path, node.mark, "expected a mapping (key: value lines), found \(Self.kind(node))")
        return nil
    }

    private func keyString(_ node: Node, path: String) -> String? {
        if let scalar = node.scalar { return scalar.string }
        fail(path, node.mark, "keys must be plain names, found \(Self.kind(node))")
        return nil
    }

    private func scalarString(_ node: Node, path: String) -> String? {
        if let scalar = node.scalar { return scalar.string }
        fail(path, node.mark, "expected a single value, found \(Self.kind(node))")
        return nil
    }

    private func requiredString(_ mapping: Node.Mapping, _ key: String, path: String) -> String? {
        guard let node = mapping[key] else {
            fail(path, nil, "missing key '\(key)'")
            return nil
        }
        return scalarString(node, path: path.isEmpty ? key : "\(path).\(key)")
    }

    private func optionalString(_ mapping: Node.Mapping, _ key: String, path: String) -> String? {
        mapping[key].flatMap { scalarString($0, path: path.isEmpty ? key : "\(path).\(key)") }
    }

    private func checkKeys(_ mapping: Node.Mapping, allowed: [String], path: String) {
        for key in mapping.keys {
            guard let name = key.scalar?.string else {
                fail(path, key.mark, "keys must be plain names, found \(Self.kind(key)) used as a key")
                continue
            }
            guard !allowed.contains(name) else { continue }
            let keyPath = path.isEmpty ? name : "\(path).\(name)"
            let suggestion = Self.closest(name, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
            fail(keyPath, key.mark, "unknown key '\(name)'\(suggestion); allowed here: \(allowed.joined(separator: ", "))")
        }
    }

    // MARK: Problems

    private func fail(_ path: String, _ mark: Mark?, _ message: String) {
        problems.append(ScenarioError(file: file, keyPath: path, position: mark.map(position), message: message))
    }

    private func position(_ mark: Mark?) -> SourcePosition {
        SourcePosition(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private func record(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text); " } ?? ""
            fail("", mark, "invalid YAML: \(detail)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let list = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            fail("", context.mark, "duplicate key \(list): every key (and every variant name) must be unique in its mapping")
        default:
            fail("", nil, "invalid YAML: \(error)")
        }
    }

    // MARK: Names

    static let reservedNames: Set<String> = ["np", "numpy", "scipy", "blas", "sparse", "ne", "numexpr", "peakmem",
                                             "len", "range", "int", "float", "abs", "min", "max", "sum", "print",
                                             "zip", "enumerate", "isinstance", "True", "False", "None"]

    /// Python's keywords (`keyword.kwlist`): no parameter can be named so. The soft keywords
    /// (`match`, `case`, `type`, `_`) are names outside their statements and stay allowed.
    static let pythonKeywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || CharacterSet.letters.contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || CharacterSet.alphanumerics.contains($0) }
    }

    static func isName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, CharacterSet.alphanumerics.contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { "-_.".unicodeScalars.contains($0) || CharacterSet.alphanumerics.contains($0) }
    }

    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar: "a single value"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    static func trim(_ number: Double) -> String {
        number == number.rounded() && number.magnitude < 0x1p53 ? String(Int(number)) : String(number)
    }

    /// The allowed key at edit distance ≤ 2 from `name`, if one is.
    static func closest(_ name: String, in allowed: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var row = Array(0...b.count)
            for i in 1...max(a.count, 1) where !a.isEmpty {
                var previous = row[0]
                row[0] = i
                for j in 1...max(b.count, 1) where !b.isEmpty {
                    let current = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = current
                }
            }
            return row[b.count]
        }
        let scored = allowed.map { ($0, distance(Array(name), Array($0))) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }
}
