import PeakmemRunner

/// Optional sections that other parts of peakmem fill in as their data reaches the results.
public struct ReportHooks: Sendable {
    /// The einsum contraction paths chosen by a variant, one line each (e.g.
    /// `np.einsum('ij,jk,kl->il'): path [(0, 1), (0, 1)], largest intermediate 7.63 MiB`).
    /// The results do not carry einsum paths yet: the default returns none and the page
    /// leaves the section out. The einsum planner plugs its rendering in here.
    public var einsumPaths: @Sendable (VariantResult) -> [String]
    /// Extra columns of the memory table (an engine column, a `mapped` figure...).
    public var extraMemoryColumns: [VariantColumn]

    public init(einsumPaths: @escaping @Sendable (VariantResult) -> [String] = { _ in [] },
                extraMemoryColumns: [VariantColumn] = []) {
        self.einsumPaths = einsumPaths
        self.extraMemoryColumns = extraMemoryColumns
    }

    public static let standard = ReportHooks()
}
