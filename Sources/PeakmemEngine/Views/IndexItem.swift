/// One item of a basic NumPy index, as in `a[2, 1:10:3, None, ...]`.
public enum IndexItem: Sendable, Hashable {
    /// An integer: selects one position and removes the dimension (negative counts from the end).
    case integer(Int)
    /// A slice `start:stop:step` with Python's semantics (nil = omitted).
    case slice(start: Int?, stop: Int?, step: Int?)
    /// `None` / `np.newaxis`: inserts a dimension of length 1.
    case newAxis
    /// `...`: as many full slices as needed.
    case ellipsis

    /// `:`, the full slice.
    public static let all = IndexItem.slice(start: nil, stop: nil, step: nil)
}

/// Python's `slice.indices(length)`: the start, step and number of selected positions of a
/// slice over a sequence of `length`, with negative and out-of-range bounds clipped.
public struct ResolvedSlice: Equatable, Sendable {
    public let start: Int
    public let step: Int
    public let count: Int

    public init(start: Int?, stop: Int?, step: Int?, length: Int) throws(EngineError) {
        let step = step ?? 1
        guard step != 0 else { throw .invalidArgument("slice step cannot be zero") }
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
        let count: Int
        if step < 0 {
            count = upper < lower ? (lower - upper - 1) / (-step) + 1 : 0
        } else {
            count = lower < upper ? (upper - lower - 1) / step + 1 : 0
        }
        self.start = lower
        self.step = step
        self.count = count
    }
}
