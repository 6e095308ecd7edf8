import PeakmemEngine

extension Value {
    /// The items of an array subscript that holds integer or boolean arrays (or lists of
    /// integers or booleans), for NumPy's advanced indexing; nil when the subscript is basic
    /// (no arrays, no lists).
    ///
    /// Lists become arrays as NumPy converts them (`np.asarray`, allocating): int64 for
    /// integers, a mask for booleans. 0-d boolean arrays are refused as not supported yet.
    static func advancedIndexItems(_ index: Value) throws(RuntimeError) -> [AdvancedIndexItem]? {
        let parts: [Value]
        if case .tuple(let items) = index { parts = items } else { parts = [index] }
        guard parts.contains(where: \.isIndexArray) else { return nil }
        return try parts.map { (part) throws(RuntimeError) -> AdvancedIndexItem in
            guard part.isIndexArray else { return .basic(try indexItem(part)) }
            let array: NDArray
            if case .array(let a) = part { array = a } else { array = try ArrayConstruction.array(from: part, dtype: nil) }
            if array.dtype == .bool, array.ndim == 0 { throw .unsupported(zeroDimensionalBooleanIndex) }
            guard array.dtype.isInteger || array.dtype == .bool else {
                throw .indexError("arrays used as indices must be of integer (or boolean) type")
            }
            return .array(array)
        }
    }

    /// True for the subscript items that make an index advanced: arrays and lists.
    private var isIndexArray: Bool {
        switch self {
        case .array, .list: true
        default: false
        }
    }
}
