/// Python's `slice.indices(length)`: the start, step and number of positions a slice selects
/// from a sequence of `length` items, with negative and out-of-range bounds clipped.
struct SliceIndices: Equatable {
    let start: Int
    let step: Int
    let count: Int

    init(start: Int?, stop: Int?, step: Int?, length: Int) throws(RuntimeError) {
        let step = step ?? 1
        guard step != 0 else { throw .valueError("slice step cannot be zero") }
        func clip(_ value: Int?, default fallback: Int) -> Int {
            guard var v = value else { return fallback }
            if v < 0 {
                v += length
                if v < 0 { v = step < 0 ? -1 : 0 }
            } else if v >= length {
                v = step < 0 ? length - 1 : length
            }
            return v
        }
        let lower = clip(start, default: step < 0 ? length - 1 : 0)
        let upper = clip(stop, default: step < 0 ? -1 : length)
        self.start = lower
        self.step = step
        self.count = Self.count(start: lower, stop: upper, step: step)
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
