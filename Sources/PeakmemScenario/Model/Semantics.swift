/// Which NumPy's memory behaviour the engine reproduces for a scenario or variant.
public enum Semantics: String, Sendable, Codable, CaseIterable, Hashable, CustomStringConvertible {
    /// Current NumPy (2.x): BLAS with transpose flags, `syrk` for `X @ X.T`, no copies of
    /// C- or F-contiguous operands. The default.
    case numpy2 = "numpy-2"
    /// NumPy 1.7, as seed 000 documents it: `np.dot` copies every operand that is not
    /// C-contiguous to C order before calling BLAS. peakmem-only: the NumPy engine skips it.
    case numpy17 = "numpy-1.7"

    public var description: String { rawValue }
}
