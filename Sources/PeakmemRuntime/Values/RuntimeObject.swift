import PeakmemLanguage

/// A Python object of scenario code that is not one of ``Value``'s core kinds: a SciPy sparse
/// matrix, a lazy einsum expression, a ufunc object. Library files define their own objects
/// by conforming to this protocol, without adding cases to ``Value``.
///
/// The interpreter asks the object, in this order, for an attribute (``attribute(_:)``), then
/// for a method registered in the ``FunctionRegistry`` as `<methodNamespace>.<name>` (bound
/// to the object, like `ndarray.dot`); binary operators go to ``binaryOperation(_:other:reflected:context:)``
/// before NumPy's or Python's rules are tried.
///
/// For `peakmem check`, a library file declares the type's data attributes
/// (``FunctionRegistry/declare(objectType:attributes:)``) and the functions that return it
/// (``FunctionRegistry/declare(_:returns:)``): the checker then checks attributes of such
/// values against the type instead of taking them for an ndarray's.
public protocol RuntimeObject: AnyObject, Sendable {
    /// The Python type name, for messages (`csr_matrix`).
    var typeName: String { get }
    /// The registry namespace of this object's methods (`scipy.sparse.csr_matrix` registers
    /// `csr_matrix.dot`, so the namespace is `csr_matrix`).
    var methodNamespace: String { get }
    /// The names ``attribute(_:)`` answers, for "did you mean" suggestions.
    var attributeNames: [String] { get }
    /// The value of a data attribute (`nnz`, `shape`, `T`), or nil when `name` is none.
    func attribute(_ name: String) throws(RuntimeError) -> Value?
    /// `self op other` (or `other op self` when `reflected`), or nil when this object does
    /// not support `op` with `other` (the interpreter then raises Python's `TypeError`).
    func binaryOperation(_ op: PeakmemLanguage.BinaryOperator, other: Value, reflected: Bool,
                         context: RuntimeContext) throws(RuntimeError) -> Value?
    /// `-self` (`op` is `.minus` or `.plus`), or nil when unsupported.
    func unaryOperation(_ op: PeakmemLanguage.UnaryOperator) throws(RuntimeError) -> Value?
    /// Python's `repr` of the object.
    var representation: String { get }
    /// Python's `str` of the object (what `print` writes); its `repr` unless the type says otherwise.
    var text: String { get }
}

extension RuntimeObject {
    public var attributeNames: [String] { [] }
    public func attribute(_ name: String) throws(RuntimeError) -> Value? { nil }
    public func binaryOperation(_ op: PeakmemLanguage.BinaryOperator, other: Value, reflected: Bool,
                                context: RuntimeContext) throws(RuntimeError) -> Value? { nil }
    public func unaryOperation(_ op: PeakmemLanguage.UnaryOperator) throws(RuntimeError) -> Value? { nil }
    public var representation: String { "<\(typeName) object>" }
    public var text: String { representation }
}
