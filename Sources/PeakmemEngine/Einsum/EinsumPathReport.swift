import Foundation
import PeakmemResults

/// The text report of a path, as `np.einsum_path(...)[1]` prints it, then peakmem's line.
///
/// NumPy's layout: seven right-aligned headline fields (FLOP counts and the largest intermediate in
/// `%.3e`, the speedup in `%3.3f`), a 74-dash rule, the header `%6s %24s %40s`, a rule, then one row
/// per step `%4d    %24s %40s`: scaling, the step's subscripts, and the remaining operands followed
/// by `->` and the requested output. The naive FLOP count is NumPy's for one loop over all labels
/// with all operands, counting an add when some label is shared by two operands (NumPy's rule:
/// the operands' distinct labels, counted per operand, outnumber the distinct labels overall —
/// not whether anything is summed).
enum EinsumPathReport {
    static func plan(request: EinsumPathRequest, model: EinsumPathCostModel, path: [[Int]],
                     steps: [EinsumContractionStep],
                     predictedPeakBytes: Int, peakStep: Int) -> EinsumPlan {
        let distinctPerOperand = request.inputs.reduce(0) { $0 + Set($1).count }
        let labels = model.mask(request.inputs.joined())
        let naiveFlops = model.flops(labels, summing: distinctPerOperand > labels.nonzeroBitCount,
                                     terms: request.inputs.count)
        let optimizedFlops = steps.reduce(0) { $0 + $1.flops } + 1
        let speedup = Double(naiveFlops) / Double(optimizedFlops)
        let optimizedScaling = steps.map(\.scaling).max() ?? 0
        let largest = steps.map(\.resultElements).max() ?? 0
        let output = String(request.output)
        let complete = request.inputs.map { String($0) }.joined(separator: ",") + "->" + output

        var text = "  Complete contraction:  \(complete)\n"
        text += "         Naive scaling:  \(labels.nonzeroBitCount)\n"
        text += "     Optimized scaling:  \(optimizedScaling)\n"
        text += "      Naive FLOP count:  \(scientific(naiveFlops))\n"
        text += "  Optimized FLOP count:  \(scientific(optimizedFlops))\n"
        text += "   Theoretical speedup:  \(String(format: "%3.3f", speedup))\n"
        text += "  Largest intermediate:  \(scientific(largest)) elements\n"
        text += String(repeating: "-", count: 74) + "\n"
        text += pad("scaling", 6) + " " + pad("current", 24) + " " + pad("remaining", 40) + "\n"
        text += String(repeating: "-", count: 74)
        for step in steps {
            let remaining = step.remaining.map { String($0) }.joined(separator: ",") + "->" + output
            text += "\n" + pad(String(step.scaling), 4) + "    " + pad(step.subscripts, 24) + " " + pad(remaining, 40)
        }
        let extra = "\n  peakmem predicted peak:  \(predictedPeakBytes) bytes (\(ByteSize.text(predictedPeakBytes)))"
            + " of live intermediates and result at step \(peakStep + 1) of \(steps.count), itemsize \(request.itemSize)"
        return EinsumPlan(path: path, steps: steps, report: text + extra, numpyReport: text,
                          naiveScaling: labels.nonzeroBitCount, optimizedScaling: optimizedScaling,
                          naiveFlops: naiveFlops, optimizedFlops: optimizedFlops, speedup: speedup,
                          largestIntermediate: largest, itemSize: request.itemSize,
                          predictedPeakBytes: predictedPeakBytes, peakStep: peakStep)
    }

    /// Python's `format(n, '.3e')` of an integer (converted to a double, as Python does).
    static func scientific(_ value: Int) -> String {
        String(format: "%.3e", Double(value))
    }

    /// Python's `'%Ns' % text`: right-aligned in `width` columns, never truncated.
    static func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        return count >= width ? text : String(repeating: " ", count: width - count) + text
    }
}
