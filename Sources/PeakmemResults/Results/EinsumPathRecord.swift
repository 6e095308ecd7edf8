/// One einsum call that planned a contraction path, as a run records it for the results and the
/// report: the call, its strategy, NumPy's path and the plan's memory figures. Identical calls
/// (same function, subscripts, strategy, path and figures) collapse into one record with a count.
public struct EinsumPathRecord: Sendable, Codable, Hashable {
    /// The function called: `numpy.einsum`, `numpy.einsum_path` or `peakmem.lazy.einsum` (one
    /// record per product term of a lazy expression).
    public var function: String
    /// The subscripts as the call wrote them (`ij,jk,kl->il`); for a lazy einsum, the product
    /// term's own subscripts, output explicit.
    public var subscripts: String
    /// `greedy`, `optimal`, `memory`, `explicit` (a given `['einsum_path', ...]`), or `none`
    /// (`einsum_path(..., optimize=False)`); with a memory limit, `greedy (limit 1000000)`.
    public var strategy: String
    /// The path as NumPy returns it, without the leading `'einsum_path'`.
    public var path: [[Int]]
    /// NumPy's "Largest intermediate", in elements (the output included).
    public var largestIntermediate: Int
    /// The bytes of one element of the intermediates.
    public var itemSize: Int
    /// peakmem's predicted peak of live intermediates and result, in bytes (``EinsumPlan/predictedPeakBytes``).
    public var predictedPeakBytes: Int
    /// How many times the run made this call.
    public var count: Int

    public init(function: String, subscripts: String, strategy: String, path: [[Int]], largestIntermediate: Int,
                itemSize: Int, predictedPeakBytes: Int, count: Int = 1) {
        self.function = function
        self.subscripts = subscripts
        self.strategy = strategy
        self.path = path
        self.largestIntermediate = largestIntermediate
        self.itemSize = itemSize
        self.predictedPeakBytes = predictedPeakBytes
        self.count = count
    }

    /// The bytes of the largest intermediate.
    public var largestIntermediateBytes: Int { largestIntermediate * itemSize }

    /// The path as Python prints NumPy's list: `['einsum_path', (0, 1), (0,)]`.
    public var numpyPath: String {
        let steps = path.map { step in
            step.count == 1 ? "(\(step[0]),)" : "(" + step.map(String.init).joined(separator: ", ") + ")"
        }
        return "[" + (["'einsum_path'"] + steps).joined(separator: ", ") + "]"
    }

    /// True when `other` is the same call (everything but the count equal).
    public func isSameCall(as other: EinsumPathRecord) -> Bool {
        var copy = other
        copy.count = count
        return copy == self
    }

    /// `records` with identical calls collapsed into one (counts added), in order of first appearance.
    public static func collapsed(_ records: [EinsumPathRecord]) -> [EinsumPathRecord] {
        var result: [EinsumPathRecord] = []
        for record in records {
            if let index = result.firstIndex(where: { $0.isSameCall(as: record) }) {
                result[index].count += record.count
            } else {
                result.append(record)
            }
        }
        return result
    }

    enum CodingKeys: String, CodingKey {
        case function, subscripts, strategy, path, count
        case largestIntermediate = "largest_intermediate"
        case itemSize = "itemsize"
        case predictedPeakBytes = "predicted_peak_bytes"
    }
}
