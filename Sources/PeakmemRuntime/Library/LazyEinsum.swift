import PeakmemEngine
import PeakmemLanguage
import PeakmemResults

/// A lazy einsum of scenario code (peakmem only): `peakmem.lazy.einsum(subscripts, *operands)`
/// computes nothing and returns this object, an ``EinsumExpression``.
///
/// Expressions add and subtract (with each other or with arrays of their shape), scale by
/// Python or NumPy numbers (`2 * C`, `C / 2`, `-C`) and are accepted as operands by
/// `peakmem.lazy.einsum` (another expression) and by `np.einsum` (which evaluates at once).
/// Evaluation (`expr.evaluate(optimize='memory')`, or `np.einsum` with an expression operand)
/// expands the sum of products by distributivity, plans each product's path and accumulates
/// the products into one output, so `np.einsum('ijk,ikj->k', C + C2, C + C2)` with lazy `C`,
/// `C2` never builds a 3-D array. Attributes: `shape`, `ndim`, `terms` (the subscripts of each
/// product, a list of strings).
final class LazyEinsum: RuntimeObject, @unchecked Sendable {
    let expression: EinsumExpression

    init(_ expression: EinsumExpression) { self.expression = expression }

    /// What records each product term's path in `log` (nil without a log).
    static func recorder(_ log: EinsumPathLog?, _ optimize: EinsumOptimization) -> ((EinsumSubscripts, EinsumPlan) -> Void)? {
        guard let log else { return nil }
        return { subscripts, plan in
            log.record(EinsumPathRecord(function: "peakmem.lazy.einsum", subscripts: subscripts.description,
                                        optimization: optimize, plan: plan))
        }
    }

    var typeName: String { "LazyEinsum" }
    var methodNamespace: String { "LazyEinsum" }
    var attributeNames: [String] { Self.attributeNames }
    static let attributeNames = ["shape", "ndim", "terms"]

    func attribute(_ name: String) throws(RuntimeError) -> Value? {
        switch name {
        case "shape": return .tuple(expression.shape.map { .int($0) })
        case "ndim": return .int(expression.shape.count)
        case "terms": return .list(ListStorage(expression.terms.map { .string(Self.termText($0)) }))
        default: return nil
        }
    }

    func binaryOperation(_ op: PeakmemLanguage.BinaryOperator, other: Value, reflected: Bool,
                         context: RuntimeContext) throws(RuntimeError) -> Value? {
        switch op {
        case .add, .subtract:
            guard let right = Self.expression(of: other) ?? Self.arrayExpression(other) else { return nil }
            let (first, second) = reflected ? (right, expression) : (expression, right)
            return .object(LazyEinsum(try engine { try first.adding(op == .add ? second : second.scaled(by: -1)) }))
        case .multiply:
            guard let factor = Self.number(other) else { return nil }
            return .object(LazyEinsum(expression.scaled(by: factor)))
        case .divide where !reflected:
            guard let factor = Self.number(other) else { return nil }
            return .object(LazyEinsum(expression.scaled(by: 1 / factor)))
        default:
            return nil
        }
    }

    func unaryOperation(_ op: PeakmemLanguage.UnaryOperator) throws(RuntimeError) -> Value? {
        switch op {
        case .minus: .object(LazyEinsum(expression.scaled(by: -1)))
        case .plus: .object(self)
        default: nil
        }
    }

    var representation: String {
        "<LazyEinsum shape=\(EngineError.shapeText(expression.shape)) of \(expression.terms.count) product\(expression.terms.count == 1 ? "" : "s")>"
    }

    /// The expression a value holds, if it is a lazy einsum.
    static func expression(of value: Value) -> EinsumExpression? {
        if case .object(let object) = value, let lazy = object as? LazyEinsum { return lazy.expression }
        return nil
    }

    /// The lazy einsum of `subscripts` over arrays and expressions.
    static func build(_ subscripts: String, _ operands: [Value]) throws(RuntimeError) -> EinsumExpression {
        var parts: [EinsumExpression.Operand] = []
        for (index, value) in operands.enumerated() {
            if let expression = expression(of: value) {
                parts.append(.expression(expression))
            } else {
                parts.append(.array(try value.asArray(for: "einsum() operand \(index)")))
            }
        }
        return try engine { try EinsumExpression(subscripts, parts) }
    }

    private static func arrayExpression(_ value: Value) -> EinsumExpression? {
        if case .array(let array) = value { return EinsumExpression(array) }
        return nil
    }

    private static func number(_ value: Value) -> Double? {
        switch value {
        case .int(let n): Double(n)
        case .float(let d): d
        case .arrayScalar(let s): s.doubleValue
        default: nil
        }
    }

    private static func termText(_ term: EinsumExpression.Term) -> String {
        term.coefficient == 1 ? term.subscripts : "\(term.coefficient) * \(term.subscripts)"
    }
}

extension FunctionRegistry {
    /// `peakmem.lazy.einsum` and the `evaluate` method of its expressions (peakmem only: the
    /// NumPy engine skips scenario code that uses them).
    func registerLazyEinsum() {
        declare(objectType: "LazyEinsum", attributes: LazyEinsum.attributeNames)
        declare("peakmem.lazy.einsum", returns: "LazyEinsum")
        register("peakmem.lazy.einsum", [.positional("subscripts"), .variadic("operands")], summary:
                    "a lazy einsum: an expression that adds, subtracts, scales and feeds einsum, evaluated product by product",
                 peakmemOnly: true) { a, _ throws(RuntimeError) in
            guard case .string(let subscripts) = a["subscripts"] else { throw .typeError("einsum() subscripts must be a string") }
            return .object(LazyEinsum(try LazyEinsum.build(subscripts, a.variadic)))
        }
        register("LazyEinsum.evaluate", [.keyword("optimize", .string("memory")), .keyword("dtype")], summary:
                    "computes a lazy einsum: each product along its planned path, accumulated into one output",
                 peakmemOnly: true) { a, context throws(RuntimeError) in
            guard let expression = LazyEinsum.expression(of: a.receiver) else { throw .typeError("evaluate() needs a LazyEinsum") }
            let optimize = try EinsumCall.optimization(a["optimize"])
            let dtype = try a.dtype("dtype")
            let recorder = LazyEinsum.recorder(context.einsumPaths, optimize)
            return try ArrayOperations.unwrap(try einsumEngine { try expression.evaluate(optimize: optimize, dtype: dtype, onPlan: recorder) })
        }
    }
}
