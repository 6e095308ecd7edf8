/// Which NumPy's memory behaviour the engine reproduces for a scenario or variant
/// (`semantics:` in a scenario file, `semantics` in results JSON, the matrix products'
/// copy rules in the engine). The one type for the concept: a spelling that is not a case is
/// rejected where it is read (the scenario loader names it), never replaced by a default.
public enum Semantics: String, Sendable, Codable, CaseIterable, Hashable, CustomStringConvertible {
    /// Current NumPy (2.x, `cblasfuncs.c`): a 2-D operand that is C- or Fortran-contiguous
    /// goes to BLAS as it is, with a transpose flag for Fortran order; any other operand is
    /// first copied to C order; `A·Aᵀ` (one buffer read both ways) uses `syrk` and mirrors the
    /// triangle. The default.
    case numpy2 = "numpy-2"
    /// NumPy 1.7 (`_dotblas.c`), as seed 000 documents it: `np.dot` copies every operand that
    /// is not C-contiguous to C order, then `gemm` runs without transpose flags.
    /// peakmem-only: the NumPy engine skips it.
    case numpy17 = "numpy-1.7"

    public var description: String { rawValue }
}
