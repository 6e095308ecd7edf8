import PeakmemEngine

extension ResolvedSlice {
    /// Python's `slice(start, stop, step).indices(length)` for sequences: the engine's
    /// resolution, with the error Python raises (`ValueError: slice step cannot be zero`).
    static func python(start: Int?, stop: Int?, step: Int?, length: Int) throws(RuntimeError) -> ResolvedSlice {
        try engine { try ResolvedSlice(start: start, stop: stop, step: step, length: length) }
    }

    /// The selected positions, in order.
    var positions: [Int] { (0..<count).map { start + $0 * step } }
}

/// The length arithmetic of Python's `range(start, stop, step)`.
enum PythonRange {
    /// The length of `range(start, stop, step)` (at most `Int.max`; see ``exactLength(start:stop:step:)``).
    static func length(start: Int, stop: Int, step: Int) -> Int {
        Int(clamping: exactLength(start: start, stop: stop, step: step))
    }

    /// The length of `range(start, stop, step)`, which may exceed `Int.max`.
    static func exactLength(start: Int, stop: Int, step: Int) -> Int128 {
        let (a, b, c) = (Int128(start), Int128(stop), Int128(step))
        if c > 0 { return a < b ? (b - a - 1) / c + 1 : 0 }
        return a > b ? (a - b - 1) / (-c) + 1 : 0
    }
}
