import Foundation
import PeakmemResults
import PeakmemScenario

extension ResultsFile {
    /// Why the values of a results or baseline document cannot be used, checked before it is
    /// decoded and used: a number that is not finite or beyond ±``Quantity/largestValue``
    /// (2⁵³; every figure, option and count in these files is far below it), or a `scale`
    /// that is not one of quick, doc, large. The problem names the field by its JSON path
    /// (`scenarios[0].variants[1].figures.peak_increment`); nil when there is none.
    static func rangeProblem(_ data: Data) -> String? {
        guard let root = try? JSONSerialization.jsonObject(with: data) else { return nil }
        if let object = root as? [String: Any], let scale = object["scale"] as? String, Scale(rawValue: scale) == nil {
            return "unknown scale '\(scale)' at .scale; the scales are \(Scale.allCases.map(\.rawValue).joined(separator: ", "))"
        }
        return rangeProblem(in: root, path: "")
    }

    private static func rangeProblem(in value: Any, path: String) -> String? {
        switch value {
        case let object as [String: Any]:
            for key in object.keys.sorted() {
                if let problem = rangeProblem(in: object[key]!, path: "\(path).\(key)") { return problem }
            }
        case let array as [Any]:
            for (index, element) in array.enumerated() {
                if let problem = rangeProblem(in: element, path: "\(path)[\(index)]") { return problem }
            }
        case let number as NSNumber:
            if let problem = Quantity.rangeProblem(number.doubleValue) {
                return "the figure \(number) at \(path.isEmpty ? "the top level" : path) \(problem)"
            }
        default:
            break
        }
        return nil
    }
}
