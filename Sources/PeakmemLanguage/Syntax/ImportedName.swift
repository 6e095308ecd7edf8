/// A module path or a name in an import, with its optional `as` alias.
///
/// In `import scipy.sparse as sp` the path is `["scipy", "sparse"]` and the alias `sp`; in
/// `from scipy.linalg import blas` the imported name has the path `["blas"]`.
public struct ImportedName: Sendable, Equatable, CustomStringConvertible {
    /// The dotted path, one element per component.
    public var path: [String]
    /// The `as` name, if any.
    public var alias: String?
    /// The path and alias in source.
    public var range: SourceRange

    /// Creates an imported name.
    public init(path: [String], alias: String?, range: SourceRange) {
        self.path = path
        self.alias = alias
        self.range = range
    }

    /// The dotted path: `scipy.sparse`.
    public var dottedPath: String { path.joined(separator: ".") }

    /// The name the import binds: the alias, else (for `import a.b`) the first component.
    public var boundName: String { alias ?? path[0] }

    /// `scipy.sparse as sp`.
    public var description: String { alias.map { "\(dottedPath) as \($0)" } ?? dottedPath }
}
