/// Close matches for a misspelt name, found as CPython 3.12 finds its "Did you mean"
/// suggestions (`traceback._compute_suggestion_error`): a Levenshtein distance where inserting,
/// deleting or substituting a character costs 2 and changing only its case costs 1, within
/// `(len(a) + len(b) + 3) // 3`.
enum Suggestions {
    private static let moveCost = 2
    private static let caseCost = 1

    /// CPython's suffix for an error about `name`: `. Did you mean: 'zeros'?` with the closest
    /// candidate, or nothing when none is close enough.
    static func didYouMean(_ name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { ". Did you mean: '\($0)'?" } ?? ""
    }

    /// The closest candidate to `name`, if one is close enough.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let wrong = Array(name)
        guard wrong.count <= 40 else { return nil }
        var best: String?
        var bestDistance = wrong.count
        for candidate in candidates.sorted() where candidate != name {
            let possible = Array(candidate)
            var maxDistance = (possible.count + wrong.count + 3) * moveCost / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let distance = levenshtein(wrong, possible, maxCost: maxDistance)
            if distance > maxDistance { continue }
            if best == nil || distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    private static func substitutionCost(_ a: Character, _ b: Character) -> Int {
        if a == b { return 0 }
        if a.lowercased() == b.lowercased() { return caseCost }
        return moveCost
    }

    /// The weighted edit distance, or `maxCost + 1` once it is known to exceed `maxCost`.
    static func levenshtein(_ a: [Character], _ b: [Character], maxCost: Int) -> Int {
        var a = a[...], b = b[...]
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if abs(a.count - b.count) * moveCost > maxCost { return maxCost + 1 }
        let x = Array(a), y = Array(b)
        var row = (1...y.count).map { $0 * moveCost }
        var result = 0
        for (i, characterA) in x.enumerated() {
            var distance = i * moveCost
            result = distance
            var minimum = Int.max
            for (j, characterB) in y.enumerated() {
                let substitute = distance + substitutionCost(characterA, characterB)
                distance = row[j]
                let insertDelete = min(result, distance) + moveCost
                result = min(insertDelete, substitute)
                row[j] = result
                minimum = min(minimum, result)
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }
}
