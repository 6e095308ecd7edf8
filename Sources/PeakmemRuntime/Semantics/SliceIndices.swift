import PeakmemEngine

/// Python's `slice.indices(length)` for sequences (the engine's ``ResolvedSlice``), with the
/// range-length arithmetic Python's `range` needs.
struct SliceIndices: Equatable {
    let start: Int
    let step: Int
    let count: Int

    init(start: Int?, stop: Int?, step: Int?, length: Int) throws(RuntimeError) {
        let resolved: ResolvedSlice
        do {
            resolved = try ResolvedSlice(start: start, stop: stop, step: step, length: length)
        } catch {
            throw .valueError(error.description)
        }
        self.start = resolved.start
        self.step = resolved.step
        self.count = resolved.count
    }

    /// The positions, in order.
    var positions: [Int] { (0..<count).map { start + $0 * step } }

    /// The length of `range(start, stop, step)` (at most `Int.max`; see ``exactCount(start:stop:step:)``).
    static func count(start: Int, stop: Int, step: Int) -> Int {
        Int(clamping: exactCount(start: start, stop: stop, step: step))
    }

    /// The length of `range(start, stop, step)`, which may exceed `Int.max`.
    static func exactCount(start: Int, stop: Int, step: Int) -> Int128 {
        let (a, b, c) = (Int128(start), Int128(stop), Int128(step))
        if c > 0 { return a < b ? (b - a - 1) / c + 1 : 0 }
        return a > b ? (a - b - 1) / (-c) + 1 : 0
    }
}
