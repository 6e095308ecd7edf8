/// NumPy, SciPy and numexpr names that scenario code cannot call yet, so that using one is
/// reported as "not supported yet" rather than as a name Python would not know.
///
/// A registration in ``FunctionRegistry`` always wins: the lists are asked only about names the
/// registry does not have. NumPy's public names come from NumPy itself (``NumpyPublicNames``);
/// the short SciPy list is kept by hand, and `PlannedFeaturesTests` fails when one of its names
/// becomes registered, so that it stays the list of what is missing.
public enum PlannedFeatures {
    /// Qualified names of SciPy and numexpr functions and attributes peakmem does not support
    /// yet. NumPy's names are not listed here: every public name of NumPy is in
    /// ``NumpyPublicNames`` (generated from NumPy by docs/research/scripts/numpy_public_names.py).
    public static let names: Set<String> = [
        "scipy.sparse.csc_matrix", "scipy.sparse.coo_matrix", "scipy.sparse.random",
    ]

    /// The ufunc methods (`np.add.reduce`), planned for a later version.
    public static let ufuncMethods: Set<String> = ["reduce", "accumulate", "outer", "at", "reduceat"]

    /// True when `qualifiedName` is known to NumPy (SciPy, numexpr): callers ask after the
    /// registry has no such name, so it is one peakmem does not support yet.
    public static func isPlanned(_ qualifiedName: String) -> Bool {
        names.contains(qualifiedName) || NumpyPublicNames.all.contains(qualifiedName) || isUfuncMethod(qualifiedName)
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
