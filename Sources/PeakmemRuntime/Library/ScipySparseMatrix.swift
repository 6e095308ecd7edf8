import PeakmemEngine
import PeakmemLanguage

/// A `scipy.sparse.csr_matrix` or `csc_matrix` in scenario code: an engine
/// ``CompressedSparseMatrix`` (its three arrays are ledger-counted buffers) seen as SciPy's
/// object — `nnz`, `shape`, `dtype`, `ndim`, `format`, `data`, `indices`, `indptr`, `T` (a
/// view in the other format), the methods registered under `csr_matrix.`/`csc_matrix.`
/// (`toarray`, `dot`, `transpose`) and `@` with dense arrays on either side.
final class ScipySparseMatrix: RuntimeObject, @unchecked Sendable {
    let matrix: CompressedSparseMatrix

    init(_ matrix: CompressedSparseMatrix) { self.matrix = matrix }

    var typeName: String { "\(matrix.format.rawValue)_matrix" }
    var methodNamespace: String { typeName }
    var attributeNames: [String] { Self.attributeNames }
    /// The data attributes of both formats (declared to the static checker too).
    static let attributeNames = ["T", "data", "dtype", "format", "indices", "indptr", "ndim", "nnz", "shape"]

    func attribute(_ name: String) throws(RuntimeError) -> Value? {
        switch name {
        case "nnz": .int(matrix.nnz)
        case "shape": .tuple(matrix.shape.map { .int($0) })
        case "dtype": .dtype(matrix.dtype)
        case "ndim": .int(2)
        case "format": .string(matrix.format.rawValue)
        case "data": .array(matrix.data)
        case "indices": .array(matrix.indices)
        case "indptr": .array(matrix.indptr)
        case "T": .object(ScipySparseMatrix(matrix.transposed))
        default: nil
        }
    }

    func binaryOperation(_ op: PeakmemLanguage.BinaryOperator, other: Value, reflected: Bool,
                         context: RuntimeContext) throws(RuntimeError) -> Value? {
        guard op == .matrixMultiply else { return nil }
        return try product(other, reflected: reflected)
    }

    /// `self @ other` (or `other @ self` when `reflected`) for a dense operand.
    func product(_ other: Value, reflected: Bool) throws(RuntimeError) -> Value? {
        switch other {
        case .int, .float, .bool, .arrayScalar:
            throw .valueError("Scalar operands are not allowed, use '*' instead")
        case .array, .list, .tuple:
            let dense = try other.asArray(for: "matmul operand")
            if dense.ndim == 0 { throw .valueError("Scalar operands are not allowed, use '*' instead") }
            let matrix = self.matrix
            return .array(try engine { reflected ? try matrix.reflectedProduct(dense) : try matrix.product(dense) })
        default:
            return nil
        }
    }

    var representation: String {
        let name = matrix.format == .csr ? "Compressed Sparse Row" : "Compressed Sparse Column"
        return "<\(name) sparse matrix of dtype '\(matrix.dtype)'\n\twith \(matrix.nnz) stored elements and shape \(EngineError.shapeText(matrix.shape))>"
    }
}
