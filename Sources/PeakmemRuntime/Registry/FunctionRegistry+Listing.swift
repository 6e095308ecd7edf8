extension FunctionRegistry {
    /// The text of `peakmem list --functions`: one block per namespace (`builtins`, `numpy`,
    /// `numpy.random`, ..., then the `ndarray` and `list` methods), one line per function with
    /// its Python signature and summary, then the namespace's constants.
    ///
    /// ```text
    /// numpy
    ///   zeros(shape, dtype=None, order='C')      a new array of zeros (calloc: pages untouched until written)
    /// ```
    public func listing() -> String {
        var groups: [String: [String]] = [:]
        var lines: [String: [(String, String)]] = [:]
        for entry in allEntries {
            let summary = entry.summary + (entry.peakmemOnly ? " [peakmem only]" : "")
            lines[Self.namespace(of: entry.signature.name), default: []].append((entry.signature.text, summary))
        }
        for (namespace, entries) in lines {
            let width = entries.map { min($0.0.count, 44) }.max() ?? 0
            groups[namespace] = entries.map { text, summary in
                "  " + text + String(repeating: " ", count: max(1, width - text.count + 2)) + summary
            }
        }
        for (name, value) in allConstants {
            let namespace = Self.namespace(of: name)
            let shortName = String(name.split(separator: ".").last!)
            groups[namespace, default: []].append("  \(shortName) = \(value.pythonRepresentation)")
        }
        let order = ["builtins", "numpy", "numpy.random", "numpy.fft"]
        let namespaces = groups.keys.sorted { a, b in
            let (i, j) = (order.firstIndex(of: a) ?? order.count, order.firstIndex(of: b) ?? order.count)
            return i != j ? i < j : a < b
        }
        return namespaces.map { namespace in
            let title = namespace == "ndarray" || namespace == "list" ? "\(namespace) methods" : namespace
            return title + "\n" + groups[namespace]!.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    private static func namespace(of name: String) -> String {
        String(name.split(separator: ".").dropLast().joined(separator: "."))
    }
}
