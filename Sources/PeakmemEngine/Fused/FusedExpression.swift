/// An elementwise expression over arrays, evaluated block by block by ``FusedEvaluator``
/// (the engine's numexpr): the syntax tree `numexpr.evaluate` compiles, with its names
/// already resolved to arrays.
public indirect enum FusedExpression: Sendable {
    /// An array operand (broadcast to the result's shape; a 0-d array is a constant).
    case array(NDArray)
    /// A literal: `bool`, `int` (int32 when it fits, else int64) or `float` (float64), as
    /// numexpr types literals.
    case constant(Scalar)
    /// `-x`, or `~x` on booleans.
    case unary(FusedUnary, FusedExpression)
    /// Arithmetic, comparisons, and `&`/`|` on booleans.
    case binary(FusedBinary, FusedExpression, FusedExpression)
    /// `where(c, a, b)`: `a` where `c` is true, else `b`.
    case select(FusedExpression, FusedExpression, FusedExpression)
    /// A function of one argument: `sqrt(x)`, `exp(x)`, ...
    case function(FusedFunction, FusedExpression)
}

/// The unary operators numexpr compiles.
public enum FusedUnary: String, Sendable, CaseIterable {
    /// `-x` (numbers).
    case negate = "-"
    /// `~x` (booleans only, as in numexpr).
    case not = "~"
}

/// The binary operators numexpr compiles.
public enum FusedBinary: String, Sendable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", power = "**"
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "==", notEqual = "!="
    /// `&` and `|`: booleans only, as in numexpr.
    case and = "&", or = "|"

    /// True for the comparisons (boolean result).
    var isComparison: Bool {
        switch self {
        case .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual: true
        default: false
        }
    }
}

/// The one-argument functions of numexpr the evaluator has. Integer and boolean arguments
/// compute in float64, float32 ones in float32, as numexpr does (`abs` included: numexpr
/// 2.14 returns float64 for `abs(int32_array)`).
public enum FusedFunction: String, Sendable, CaseIterable {
    case sqrt, exp, log, log10, sin, cos, tan, arctan, tanh, abs
}
