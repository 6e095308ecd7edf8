/// Which NumPy's matrix-product memory behaviour to reproduce.
public enum ProductSemantics: String, Sendable, Hashable, CaseIterable {
    /// Current NumPy (`cblasfuncs.c`): a 2-D operand that is C- or Fortran-contiguous goes to
    /// BLAS as it is, with a transpose flag for Fortran order; any other operand is first
    /// copied to C order; `A·Aᵀ` (one buffer read both ways) uses `syrk` and mirrors the
    /// triangle.
    case numpy2 = "numpy-2"
    /// NumPy 1.7 (`_dotblas.c`), as seed 000 documents: every operand that is not
    /// C-contiguous is first copied to C order, then `gemm` runs without transpose flags.
    case numpy17 = "numpy-1.7"
}
