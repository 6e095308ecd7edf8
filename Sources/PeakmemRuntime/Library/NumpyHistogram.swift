import PeakmemEngine

extension FunctionRegistry {
    /// `np.histogram` with a count of bins or bin edges, `range`, `density` and `weights` (see
    /// ``PeakmemEngine/NDArray/histogram(_:bins:range:density:weights:)``).
    func registerNumpyHistogram() {
        register("numpy.histogram", [.required("a"), .optional("bins", .int(10)), .optional("range"), .optional("density"),
                                     .optional("weights")],
                 summary: "the counts (or summed weights) of a's values in each bin, and the bin edges") { a, _ throws(RuntimeError) in
            let input = try a.array("a")
            let bins: HistogramBins
            switch a["bins"] {
            case .string(let name):
                throw .unsupported("np.histogram(bins='\(name)') is not supported yet: pass a number of bins or the edges")
            case .int, .bool, .arrayScalar:
                bins = .count(try a.int("bins"))
            case .array(let edges) where edges.ndim == 0:
                bins = .count(try a.int("bins"))
            default:
                bins = .edges(try a.array("bins"))
            }
            var range: (Double, Double)?
            if !a.isNone("range") {
                let ends = try ListArguments.items(a["range"], function: "histogram")
                guard ends.count == 2 else { throw .valueError("too many values to unpack (expected 2)") }
                range = (try ends[0].asDouble(for: "range"), try ends[1].asDouble(for: "range"))
            }
            let density = try a.bool("density"), weights = try a.optionalArray("weights")
            let (counts, edges) = try engine { try NDArray.histogram(input, bins: bins, range: range, density: density, weights: weights) }
            return .tuple([.array(counts), .array(edges)])
        }
    }
}
