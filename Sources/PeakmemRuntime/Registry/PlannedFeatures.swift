/// NumPy, SciPy and numexpr names that scenario code cannot call yet, so that using one is
/// reported as "not supported yet" rather than as a name Python would not know.
///
/// A registration in ``FunctionRegistry`` always wins: when a later version registers
/// `numpy.dot`, this list no longer matters for it — and `PlannedFeaturesTests` fails until the
/// name is removed here, so that the list stays the list of what is missing.
public enum PlannedFeatures {
    /// Qualified names of functions, methods and attributes NumPy (SciPy, numexpr) has and
    /// peakmem does not support yet.
    public static let names: Set<String> = {
        let numpy = """
            vdot inner
            sort
            argsort unique rollaxis
            linalg fft float16 complex64 complex128
            int8 int16 uint16 uint32 uint64 matrix asmatrix fromfile frombuffer savez savez_compressed
            loadtxt savetxt genfromtxt broadcast_arrays
            trapz cross histogram bincount searchsorted
            """.split(whereSeparator: \.isWhitespace).map { "numpy.\($0)" }
        let ndarray = """
            sort argsort
            tofile view conj conjugate real imag base data ctypes
            put choose resize ptp searchsorted byteswap dump dumps getfield setfield partition
            """.split(whereSeparator: \.isWhitespace).map { "ndarray.\($0)" }
        let others = [
            "numpy.random.RandomState",
            "numpy.random.choice", "numpy.random.permutation", "numpy.random.shuffle", "numpy.random.random_integers",
            "scipy.sparse.csc_matrix", "scipy.sparse.coo_matrix", "scipy.sparse.random",
        ]
        return Set(numpy + ndarray + others)
    }()

    /// The ufunc methods (`np.add.reduce`), planned for a later version.
    public static let ufuncMethods: Set<String> = ["reduce", "accumulate", "outer", "at", "reduceat"]

    /// True when `qualifiedName` is known to NumPy (SciPy, numexpr) but not supported yet.
    public static func isPlanned(_ qualifiedName: String) -> Bool {
        names.contains(qualifiedName) || isUfuncMethod(qualifiedName)
    }

    /// True for `numpy.<ufunc>.<method>` with one of the ``ufuncMethods``.
    static func isUfuncMethod(_ qualifiedName: String) -> Bool {
        guard qualifiedName.hasPrefix("numpy."), let last = qualifiedName.split(separator: ".").last else { return false }
        return ufuncMethods.contains(String(last))
    }

    /// The error for calling or using `qualifiedName`, which the registry does not have.
    public static func notSupported(_ qualifiedName: String) -> RuntimeError {
        if isUfuncMethod(qualifiedName) {
            return .unsupported("ufunc methods such as `\(displayName(qualifiedName))` are not supported yet; `peakmem list --functions` lists what scenario code can call")
        }
        return .unsupported("`\(displayName(qualifiedName))` is not supported yet; `peakmem list --functions` lists what scenario code can call")
    }

    /// `np.einsum` for `numpy.einsum`, `a.sum` for `ndarray.sum`.
    static func displayName(_ qualifiedName: String) -> String {
        if qualifiedName.hasPrefix("numpy.") { return "np." + qualifiedName.dropFirst("numpy.".count) }
        if qualifiedName.hasPrefix("ndarray.") { return "ndarray." + qualifiedName.dropFirst("ndarray.".count) }
        return qualifiedName
    }
}
