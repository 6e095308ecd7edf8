/// The parsed subscripts of one `np.einsum` call: one label list per operand and the output's.
///
/// Labels are the letters `a–z`, `A–Z`. An ellipsis `...` stands for the dimensions of an
/// operand that its letters do not name; it is expanded to letters the subscripts do not use,
/// as NumPy's `einsumfunc._parse_einsum_input` does: the unused letters in code-point order
/// (`A…Z` before `a…z`), of which an ellipsis covering `e` dimensions takes the last `e`, so
/// ellipsis dimensions of different operands align on the right and broadcast. Without `->`
/// the output is implicit: the ellipsis letters first, then the letters that appear exactly
/// once, in code-point order.
///
/// Errors are NumPy's messages: those of the C einsum (`einsum.c.src`) for ``Dialect/c``
/// (`optimize=False`), those of `einsumfunc.py` for ``Dialect/python`` (any other `optimize`).
public struct EinsumSubscripts: Sendable, Equatable, CustomStringConvertible {
    /// The labels of each operand, ellipsis expanded.
    public var inputs: [[Character]]
    /// The labels of the result, ellipsis expanded.
    public var output: [Character]

    /// Which of NumPy's two parsers' error messages to raise.
    public enum Dialect: Sendable { case c, python }

    /// The 52 letters einsum accepts as labels, in NumPy's `einsum_symbols` order.
    public static let symbols: [Character] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    public init(inputs: [[Character]], output: [Character]) {
        self.inputs = inputs
        self.output = output
    }

    /// The subscripts as an einsum string, `"ij,jk->ik"`.
    public var description: String {
        inputs.map { String($0) }.joined(separator: ",") + "->" + String(output)
    }

    /// Parses `text` for operands of the given numbers of dimensions.
    public static func parse(_ text: String, ndims: [Int], dialect: Dialect = .c) throws(EngineError) -> EinsumSubscripts {
        let cleaned = text.filter { $0 != " " }
        func fail(_ message: String) -> EngineError { .invalidArgument(message) }
        for character in cleaned where !symbols.contains(character) && !".,->".contains(character) {
            throw fail(dialect == .c
                ? "invalid subscript '\(character)' in einstein sum subscripts string, subscripts must be letters"
                : "Character \(character) is not a valid symbol.")
        }
        let arrowParts = cleaned.components(separatedBy: "->")
        if dialect == .python {
            if cleaned.filter({ $0 == "-" }).count > 1 || cleaned.filter({ $0 == ">" }).count > 1
                || cleaned.contains("-") != cleaned.contains(">") || arrowParts.count > 2 {
                throw fail("Subscripts can only contain one '->'.")
            }
        } else if arrowParts.count > 2 || arrowParts.contains(where: { $0.contains("-") || $0.contains(">") }) {
            if arrowParts.count == 1 || arrowParts.dropFirst().contains(where: { $0.contains("-") && !$0.contains(">") }) {
                throw fail("einstein sum subscript string does not contain proper '->' output specified")
            }
            throw fail("invalid subscript '-' in einstein sum subscripts string, subscripts must be letters")
        }
        let terms = arrowParts[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if terms.count != ndims.count {
            if dialect == .python { throw fail("Number of einsum subscripts must be equal to the number of operands.") }
            // NumPy's C einsum words these two the other way round; its words are kept.
            throw fail(terms.count > ndims.count
                ? "more operands provided to einstein sum function than specified in the subscripts string"
                : "fewer operands provided to einstein sum function than specified in the subscripts string")
        }
        let used = Set(cleaned.filter { symbols.contains($0) })
        let unused = symbols.filter { !used.contains($0) }.sorted()
        var inputs: [[Character]] = []
        var longest = 0
        for (number, term) in terms.enumerated() {
            let dots = term.filter { $0 == "." }.count
            guard dots > 0 else {
                if term.count != ndims[number] {
                    if dialect == .python {
                        throw fail("Einstein sum subscript \(term.first.map(String.init) ?? "") does not contain the correct number of indices for operand \(number).")
                    }
                    throw fail(term.count > ndims[number]
                        ? "einstein sum subscripts string contains too many subscripts for operand \(number)"
                        : "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.")
                }
                inputs.append(Array(term))
                continue
            }
            guard dots == 3, term.components(separatedBy: "...").count == 2 else {
                throw fail(dialect == .c
                    ? "einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand \(number)"
                    : "Invalid Ellipses.")
            }
            let count = ndims[number] - (term.count - 3)
            guard count >= 0 else {
                throw fail(dialect == .c
                    ? "einstein sum subscripts string contains too many subscripts for operand \(number)"
                    : "Ellipses lengths do not match.")
            }
            longest = Swift.max(longest, count)
            let parts = term.components(separatedBy: "...")
            inputs.append(Array(parts[0]) + unused.suffix(count) + Array(parts[1]))
        }
        let ellipsis = Array(unused.suffix(longest))
        var output: [Character]
        if arrowParts.count == 2 {
            let text = arrowParts[1]
            if text.contains(".") {
                guard text.filter({ $0 == "." }).count == 3, text.components(separatedBy: "...").count == 2 else {
                    throw fail(dialect == .c
                        ? "einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output"
                        : "Invalid Ellipses.")
                }
                let parts = text.components(separatedBy: "...")
                output = Array(parts[0]) + ellipsis + Array(parts[1])
            } else {
                output = Array(text)
            }
        } else {
            let all = inputs.flatMap { $0 }
            var counts: [Character: Int] = [:]
            for label in all { counts[label, default: 0] += 1 }
            output = ellipsis + counts.keys.filter { counts[$0] == 1 && !ellipsis.contains($0) }.sorted()
        }
        let inputLabels = Set(inputs.flatMap { $0 })
        var seen = Set<Character>()
        for label in output {
            guard seen.insert(label).inserted else {
                throw fail(dialect == .c
                    ? "einstein sum subscripts string includes output subscript '\(label)' multiple times"
                    : "Output character \(label) appeared more than once in the output.")
            }
            guard inputLabels.contains(label) else {
                throw fail(dialect == .c
                    ? "einstein sum subscripts string included output subscript '\(label)' which never appeared in an input"
                    : "Output character \(label) did not appear in the input")
            }
        }
        return EinsumSubscripts(inputs: inputs, output: output)
    }

    /// The length of every label over `shapes` (one shape per operand, as many dimensions as
    /// labels). A label's length is the one shared by all its dimensions; a dimension of
    /// length 1 broadcasts against the others.
    ///
    /// - Throws: NumPy's message when two lengths of one label differ and neither is 1.
    public func sizes(for shapes: [[Int]], dialect: Dialect = .c) throws(EngineError) -> [Character: Int] {
        var sizes: [Character: Int] = [:]
        for (number, labels) in inputs.enumerated() {
            var own: [Character: Int] = [:]
            for (axis, label) in labels.enumerated() {
                let length = shapes[number][axis]
                if let previous = own[label], previous != length, dialect == .c {
                    throw .invalidArgument("dimensions in operand \(number) for collapsing index '\(label)' don't match (\(previous) != \(length))")
                }
                own[label] = length
                guard let known = sizes[label] else { sizes[label] = length; continue }
                if known == 1 {
                    sizes[label] = length
                } else if length != 1, length != known {
                    if dialect == .python {
                        throw .invalidArgument("Size of label '\(label)' for operand \(number) (\(known)) does not match previous terms (\(length)).")
                    }
                    let list = shapes.map { "(" + $0.map(String.init).joined(separator: ",") + ")" }.joined(separator: " ")
                    throw .invalidArgument("operands could not be broadcast together with remapped shapes [original->remapped]: \(list) ")
                }
            }
        }
        return sizes
    }
}
