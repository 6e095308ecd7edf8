/// The `bins=` of ``NDArray/histogram(_:bins:range:density:weights:)``: NumPy's `np.histogram`
/// takes a number of equal-width bins or the bin edges.
public enum HistogramBins: Sendable {
    /// That many bins of equal width between the range's ends (`bins=10`).
    case count(Int)
    /// The edges, increasing: `edges.count - 1` bins, the last closed (`bins=[0, 1, 5]`).
    case edges(NDArray)
}
