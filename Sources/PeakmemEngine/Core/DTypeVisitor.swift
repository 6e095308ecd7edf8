/// A computation written once, generically over the element type, and run for the Swift type
/// of a ``DType`` chosen at run time (see ``DType/dispatch(_:)``).
///
/// Swift has no generic closures; a visitor is how one generic function is specialised for
/// each of the six element types.
public protocol DTypeVisitor {
    associatedtype Result
    /// Runs the computation for element type `T`.
    func visit<T: ArrayElement>(_ type: T.Type) throws(EngineError) -> Result
}

extension DType {
    /// Runs `visitor` with the Swift type that stores this dtype. The complex dtypes have no
    /// ``ArrayElement`` type: for them this throws ``EngineError/unsupportedDType(_:)``, and the
    /// operations that take complex operands handle them before dispatching.
    @inlinable
    public func dispatch<V: DTypeVisitor>(_ visitor: V) throws(EngineError) -> V.Result {
        switch self {
        case .bool: try visitor.visit(Bool.self)
        case .uint8: try visitor.visit(UInt8.self)
        case .int32: try visitor.visit(Int32.self)
        case .int64: try visitor.visit(Int64.self)
        case .float32: try visitor.visit(Float.self)
        case .float64: try visitor.visit(Double.self)
        case .complex64, .complex128:
            throw .unsupportedDType("this operation does not support \(self) yet")
        }
    }
}
