import Foundation
import PeakmemLanguage
import PeakmemRuntime
import PeakmemScenario

extension ExpectationEvaluator {
    /// Why an `expect:` expression cannot be evaluated after a run, found without running (what
    /// `peakmem check` and `run` report before measuring anything); nil when it can be.
    ///
    /// An expression may hold numbers, sizes with a byte unit (`8 MiB`), `nbytes(NAME)` and
    /// `size(NAME)` of a name the variant's code assigns (`arrays`; a parameter is a number,
    /// not an array), and Python arithmetic; every number must be finite and within
    /// ±``Quantity/largestValue``; the whole must parse as a Python expression.
    package static func problem(in expression: String, arrays: Set<String>, parameters: Set<String>) -> String? {
        var text = expression
        for function in ["nbytes", "size"] {
            let pattern = try! NSRegularExpression(pattern: "\\b\(function)\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)")
            while let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                if parameters.contains(name) {
                    return "\(function)(\(name)): '\(name)' is a parameter (a number), not an array the code assigns"
                }
                guard arrays.contains(name) else {
                    return "\(function)(\(name)): the variant's code assigns no '\(name)'"
                }
                text.replaceSubrange(Range(match.range, in: text)!, with: "1")
            }
        }
        let names = Quantity.byteUnitNames.sorted { $0.count > $1.count }.joined(separator: "|")
        let units = try! NSRegularExpression(pattern: "([0-9][0-9_]*(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*(\(names))\\b")
        while let match = units.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
            let written = String(text[Range(match.range, in: text)!])
            let quantity = Quantity(parsing: written)!
            if let problem = quantity.rangeProblem { return "'\(written)' \(problem)" }
            text.replaceSubrange(Range(match.range, in: text)!, with: "(1)")
        }
        // Any other name (not an exponent's `e` inside a number) is unknown here.
        let identifier = try! NSRegularExpression(pattern: "(?<![0-9.A-Za-z_])[A-Za-z_][A-Za-z0-9_]*")
        if let match = identifier.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
            let name = String(text[Range(match.range, in: text)!])
            let kind = parameters.contains(name) ? "a parameter" : (arrays.contains(name) ? "a variable of the code" : "an unknown name")
            return "'\(name)' is \(kind): an expectation holds numbers, sizes with a unit (\(Quantity.byteUnitNames.joined(separator: ", "))), nbytes(NAME) and size(NAME)"
        }
        let number = try! NSRegularExpression(pattern: "[0-9][0-9_]*(?:\\.[0-9]*)?(?:[eE][+-]?[0-9]+)?")
        for match in number.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let written = String(text[Range(match.range, in: text)!])
            if let value = Double(written.replacingOccurrences(of: "_", with: "")), let problem = Quantity.rangeProblem(value) {
                return "the number \(written) \(problem)"
            }
        }
        do {
            _ = try Parser.parseExpression(text, origin: SourceOrigin(file: "<expect>"))
        } catch {
            return error.message
        }
        // Evaluated with each nbytes/size and unit as 1: what is not a number (a list, a
        // string) fails here; a division by zero may come from the stand-ins and is left to
        // the run.
        do {
            _ = try ExpectationEvaluator(arrays: [:]).evaluate(text)
        } catch let error as RuntimeError where error.type == "ZeroDivisionError" {
            return nil
        } catch {
            return "\(error)"
        }
        return nil
    }
}
