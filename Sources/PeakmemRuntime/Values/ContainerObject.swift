/// A ``RuntimeObject`` that holds other values as Python's built-in containers do: it can be
/// iterated, measured with `len`, tested with `in`, and (where the type allows) subscripted.
/// `dict` and `set` are containers.
public protocol ContainerObject: RuntimeObject {
    /// The values iteration yields, in order (a dict's keys).
    var iterationItems: [Value] { get }
    /// `len(self)`.
    var count: Int { get }
    /// `item in self`.
    func contains(_ item: Value) throws(RuntimeError) -> Bool
    /// `self[key]`.
    func item(_ key: Value) throws(RuntimeError) -> Value
    /// `self[key] = value`.
    func setItem(_ key: Value, _ value: Value) throws(RuntimeError)
    /// `del self[key]`.
    func deleteItem(_ key: Value) throws(RuntimeError)
}

extension ContainerObject {
    public func item(_ key: Value) throws(RuntimeError) -> Value {
        throw .typeError("'\(typeName)' object is not subscriptable")
    }
    public func setItem(_ key: Value, _ value: Value) throws(RuntimeError) {
        throw .typeError("'\(typeName)' object does not support item assignment")
    }
    public func deleteItem(_ key: Value) throws(RuntimeError) {
        throw .typeError("'\(typeName)' object doesn't support item deletion")
    }
}
