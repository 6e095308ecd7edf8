import PeakmemResults


/// Joins the results of shards (`peakmem merge`) into one document, as if one run had made it.
///
/// The inputs must share the schema, scale, parameter overrides and machine class; their
/// `--filter` patterns are joined (``mergedFilters(_:)``). Each
/// variant is taken from the input that owns it; copies a shard ran only as the reference of
/// its other variants (`reference_only`) are dropped when the owner is present. Ratios to the
/// reference are recomputed against the owner's copy of the reference.
package enum ResultsMerge {
    package struct MergeError: Error, CustomStringConvertible {
        package var description: String
    }

    /// - Parameter allowPartial: accept a set of shards that lacks some of `1…n`; the merged
    ///   results then keep a shard marker naming the shards present (`1+3/4`), so that `gate`
    ///   and `baseline update` can tell them from a whole run.
    /// - Throws: ``MergeError`` for inputs that do not fit together, overlapping shards, and
    ///   (unless `allowPartial`) an incomplete set of shards, naming the missing ones.
    package static func merge(_ inputs: [(path: String, results: RunResults)], allowPartial: Bool = false) throws -> RunResults {
        guard let first = inputs.first else { throw MergeError(description: "nothing to merge") }
        let marker = try shardMarker(inputs, allowPartial: allowPartial)
        for (path, results) in inputs.dropFirst() {
            if results.scale != first.results.scale {
                throw MergeError(description: "\(path) is at scale '\(results.scale)', \(first.path) at '\(first.results.scale)'")
            }
            if results.options.overrides != first.results.options.overrides {
                throw MergeError(description: "\(path) and \(first.path) were run with different --set overrides")
            }

            if MachineClass(results) != MachineClass(first.results) {
                throw MergeError(description: "\(path) comes from \(MachineClass(results)), \(first.path) from \(MachineClass(first.results))")
            }
        }
        let ordered = inputs.enumerated().sorted { a, b in
            let sa = a.element.results.options.shard.flatMap(Shard.init(parsing:))?.index ?? 0
            let sb = b.element.results.options.shard.flatMap(Shard.init(parsing:))?.index ?? 0
            return (sa, a.offset) < (sb, b.offset)
        }.map(\.element)
        var merged = first.results
        merged.created = inputs.map(\.results.created).min() ?? first.results.created
        merged.options.shard = marker
        merged.options.filters = mergedFilters(inputs.map(\.results))
        var scenarios: [ScenarioResult] = []
        var owners: [String: String] = [:]
        for (path, results) in ordered {
            for scenario in results.scenarios {
                var index = scenarios.firstIndex { $0.name == scenario.name }
                if index == nil {
                    var empty = scenario
                    empty.variants = []
                    scenarios.append(empty)
                    index = scenarios.count - 1
                }
                for variant in scenario.variants {
                    let key = FigureTable.key(scenario.name, variant.name)
                    let existing = scenarios[index!].variants.firstIndex { $0.name == variant.name }
                    if variant.referenceOnly == true {
                        if existing == nil { scenarios[index!].variants.append(variant) }
                        continue
                    }
                    if let existing {
                        if scenarios[index!].variants[existing].referenceOnly == true {
                            // The owner's copy replaces it, at the owner's place in the order.
                            scenarios[index!].variants.remove(at: existing)
                        } else {
                            throw MergeError(description: "\(key) is in both \(owners[key] ?? "?") and \(path): shards overlap")
                        }
                    }
                    owners[key] = path
                    scenarios[index!].variants.append(variant)
                }
            }
        }
        for i in scenarios.indices {
            let reference = scenarios[i].reference
            if scenarios[i].variants.contains(where: { $0.name == reference }) {
                VariantResult.computeRatios(&scenarios[i].variants, reference: reference)
            }
        }
        merged.scenarios = scenarios
        return merged
    }

    /// The shard marker of the merged results: nil when the inputs are whole runs or every
    /// shard `1…n` of one split; `i+j/n` for the shards present of an incomplete set when
    /// `allowPartial` (else an error naming the missing shards).
    static func shardMarker(_ inputs: [(path: String, results: RunResults)], allowPartial: Bool) throws -> String? {
        var shards: [(path: String, shard: Shard)] = []
        for (path, results) in inputs {
            guard let text = results.options.shard else { continue }
            guard let shard = Shard(parsing: text) else {
                throw MergeError(description: "\(path) is marked as shard '\(text)', a partial merge or not a shard i/n: merge the shard files themselves")
            }
            shards.append((path, shard))
        }
        guard let count = shards.first?.shard.count else { return nil }
        if let other = shards.first(where: { $0.shard.count != count }) {
            throw MergeError(description: "\(other.path) is shard \(other.shard) and \(shards[0].path) shard \(shards[0].shard): shards of different splits")
        }
        var owners: [Int: String] = [:]
        for (path, shard) in shards {
            if let other = owners[shard.index] {
                throw MergeError(description: "\(other) and \(path) are both shard \(shard): shards overlap")
            }
            owners[shard.index] = path
        }
        let present = Set(owners.keys)
        let missing = (1...count).filter { !present.contains($0) }
        guard !missing.isEmpty else { return nil }
        guard allowPartial else {
            let names = missing.map { "\($0)/\(count)" }.joined(separator: ", ")
            throw MergeError(description: "incomplete set of shards: missing \(names) (given \(present.sorted().map { "\($0)/\(count)" }.joined(separator: ", "))); pass --allow-partial to merge them anyway")
        }
        return present.sorted().map(String.init).joined(separator: "+") + "/\(count)"
    }

    /// The `--filter` patterns that select what `inputs` ran together: nil when none was
    /// filtered; otherwise every input's patterns, an unfiltered input contributing
    /// `SCENARIO/*` for each of its scenarios, so that the gate requires exactly the variants
    /// some input selected.
    package static func mergedFilters(_ inputs: [RunResults]) -> [String]? {
        guard inputs.contains(where: { !($0.options.filters ?? []).isEmpty }) else { return nil }
        var patterns: [String] = []
        for results in inputs {
            let own = results.options.filters ?? []
            for pattern in own.isEmpty ? results.scenarios.map({ "\($0.name)/*" }) : own where !patterns.contains(pattern) {
                patterns.append(pattern)
            }
        }
        return patterns
    }
}
