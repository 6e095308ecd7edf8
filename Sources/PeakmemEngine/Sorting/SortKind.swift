/// NumPy's `kind=` of `sort`, `argsort` (`quicksort`, `mergesort`, `heapsort`, `stable`).
///
/// The sorted values never depend on the kind. The order of equal keys does: `stable` and
/// `mergesort` keep equal keys in their original order (NumPy's timsort / radix sort), which
/// the engine reproduces exactly; NumPy's `quicksort` (on this machine x86-simd-sort's
/// AVX-512 quicksort) leaves equal keys in an order of its own, which the engine does not
/// imitate: its `quicksort` keeps them in their original order too (a valid quicksort result).
public enum SortKind: String, Sendable, CaseIterable {
    case quicksort, mergesort, heapsort, stable

    /// Parses NumPy's kind names (NumPy accepts any prefix-free spelling that starts with
    /// `q`, `m`, `h` or `s`, upper or lower case).
    public init?(numpyName name: String) {
        switch name.lowercased().first {
        case "q": self = .quicksort
        case "m": self = .mergesort
        case "h": self = .heapsort
        case "s": self = .stable
        default: return nil
        }
    }

    /// True for the kinds whose order of equal keys NumPy defines (the original order).
    public var isStable: Bool { self == .mergesort || self == .stable }
}

/// NumPy's sort order of elements: the natural order, with NaN after every number (NumPy's
/// `npy::*_tag::less`, `a < b || (b != b && a == a)`), so NaNs sort to the end.
@inlinable
func sortsBefore<T: ArrayElement>(_ a: T, _ b: T) -> Bool {
    T.less(a, b) || (b != b && a == a)
}
