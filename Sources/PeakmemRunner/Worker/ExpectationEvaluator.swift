import Foundation
import PeakmemLanguage
import PeakmemMeasurement
import PeakmemResults
import PeakmemRuntime
import PeakmemScenario

/// Evaluates `expect:` claims after a run, in the worker that ran it.
///
/// The expression is Python arithmetic over numbers, with two functions on the arrays bound
/// after the run — `nbytes(NAME)` (bytes) and `size(NAME)` (elements) — and sizes with units
/// (`8 MiB`, `400 MB`, see ``Quantity``), e.g. `nbytes(X) + nbytes(S)` or `2 * nbytes(X) + 1 MiB`.
package struct ExpectationEvaluator {
    /// The `nbytes` and `size` of the array bound to a name after the run.
    let arraySize: (String) -> (nbytes: Int, size: Int)?

    init(environment: Environment) {
        arraySize = { name in
            guard case .array(let array)? = environment[name] else { return nil }
            return (array.nbytes, array.size)
        }
    }

    /// For runs elsewhere (the NumPy engine), from the sizes the run reported.
    init(arrays: [String: NumpyMeasurement.ArraySize]) {
        arraySize = { name in arrays[name].map { ($0.nbytes, $0.size) } }
    }

    func verdict(_ expectation: Expectation, _ figures: MeasurementResult) -> ExpectationVerdict {
        verdict(expectation, measured: figures.value(of: expectation.metric))
    }

    func verdict(_ expectation: Expectation, measured: Double) -> ExpectationVerdict {
        do {
            let expected = try evaluate(expectation.expression)
            return ExpectationVerdict(metric: expectation.metric, comparison: expectation.comparison,
                                      expression: expectation.expression, expected: expected, measured: measured,
                                      passed: Self.compare(measured, expectation.comparison, expected))
        } catch {
            return ExpectationVerdict(metric: expectation.metric, comparison: expectation.comparison,
                                      expression: expectation.expression, expected: nil, measured: measured,
                                      passed: false, error: "\(error)")
        }
    }

    /// The value of an expectation expression.
    func evaluate(_ expression: String) throws -> Double {
        var text = expression
        // nbytes(NAME) and size(NAME) → the numbers, from the arrays bound now.
        for function in ["nbytes", "size"] {
            let pattern = try NSRegularExpression(pattern: "\\b\(function)\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)")
            while let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                guard let array = arraySize(name) else {
                    throw RuntimeError.nameError("\(function)(\(name)): '\(name)' is not an array bound after the run")
                }
                let number = function == "nbytes" ? array.nbytes : array.size
                text.replaceSubrange(Range(match.range, in: text)!, with: String(number))
            }
        }
        // Sizes with units → bytes.
        let names = Quantity.byteUnitNames.sorted { $0.count > $1.count }.joined(separator: "|")
        let units = try NSRegularExpression(pattern: "([0-9][0-9_]*(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)\\s*(\(names))\\b")
        while let match = units.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
            let quantity = Quantity(parsing: String(text[Range(match.range, in: text)!]))!
            text.replaceSubrange(Range(match.range, in: text)!, with: "(\(quantity.value))")
        }
        let interpreter = Interpreter(environment: Environment.standard())
        try interpreter.run("__expected__ = (\(text))", origin: SourceOrigin(file: "<expect>"))
        guard let value = interpreter.environment["__expected__"] else { throw RuntimeError.valueError("no value") }
        return try value.asDouble(for: "the expectation")
    }

    static func compare(_ measured: Double, _ comparison: String, _ expected: Double) -> Bool {
        switch comparison {
        case "<=": measured <= expected
        case "<": measured < expected
        case ">=": measured >= expected
        case ">": measured > expected
        case "!=": measured != expected
        default: measured == expected
        }
    }
}
