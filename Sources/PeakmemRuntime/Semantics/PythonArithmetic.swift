import Foundation
import PeakmemLanguage

/// Python's arithmetic on `int`, `float` and `bool` (CPython's rules and messages), with
/// 64-bit ints: a result that does not fit raises `OverflowError`.
enum PythonArithmetic {
    /// A Python number; `bool` takes part as the int 0 or 1.
    enum Number {
        case int(Int)
        case float(Double)

        init?(_ value: Value) {
            switch value {
            case .bool(let b): self = .int(b ? 1 : 0)
            case .int(let i): self = .int(i)
            case .float(let d): self = .float(d)
            default: return nil
            }
        }

        var double: Double {
            switch self {
            case .int(let i): Double(i)
            case .float(let d): d
            }
        }
    }

    /// `a op b` for two Python numbers.
    static func binary(_ op: PeakmemLanguage.BinaryOperator, _ a: Value, _ b: Value) throws(RuntimeError) -> Value {
        guard let x = Number(a), let y = Number(b) else {
            throw .typeError("unsupported operand type(s) for \(op.rawValue): '\(a.typeName)' and '\(b.typeName)'")
        }
        if case .bool(let p) = a, case .bool(let q) = b {
            switch op {
            case .bitwiseAnd: return .bool(p && q)
            case .bitwiseOr: return .bool(p || q)
            case .bitwiseXor: return .bool(p != q)
            default: break
            }
        }
        switch (x, y) {
        case (.int(let i), .int(let j)):
            return try integers(op, i, j, a, b)
        default:
            return try floats(op, x.double, y.double, a, b)
        }
    }

    private static func overflow() -> RuntimeError {
        .overflowError("integer result does not fit in 64 bits (scenario code's ints are 64-bit)")
    }

    private static func checked(_ result: (partialValue: Int, overflow: Bool)) throws(RuntimeError) -> Value {
        if result.overflow { throw overflow() }
        return .int(result.partialValue)
    }

    private static func integers(_ op: PeakmemLanguage.BinaryOperator, _ x: Int, _ y: Int, _ a: Value, _ b: Value)
        throws(RuntimeError) -> Value
    {
        switch op {
        case .add: return try checked(x.addingReportingOverflow(y))
        case .subtract: return try checked(x.subtractingReportingOverflow(y))
        case .multiply: return try checked(x.multipliedReportingOverflow(by: y))
        case .divide:
            guard y != 0 else { throw .zeroDivisionError("division by zero") }
            return .float(Double(x) / Double(y))
        case .floorDivide:
            guard y != 0 else { throw .zeroDivisionError("integer division or modulo by zero") }
            if x == .min && y == -1 { throw overflow() }
            var quotient = x / y
            if x % y != 0 && ((x < 0) != (y < 0)) { quotient -= 1 }
            return .int(quotient)
        case .modulo:
            guard y != 0 else { throw .zeroDivisionError("integer modulo by zero") }
            if y == -1 { return .int(0) }
            var remainder = x % y
            if remainder != 0 && ((remainder < 0) != (y < 0)) { remainder += y }
            return .int(remainder)
        case .power:
            if y < 0 {
                guard x != 0 else { throw .zeroDivisionError("0.0 cannot be raised to a negative power") }
                return .float(Foundation.pow(Double(x), Double(y)))
            }
            var result = 1, base = x, exponent = y
            while exponent > 0 {
                if exponent & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    if o { throw overflow() }
                    result = r
                }
                exponent >>= 1
                if exponent > 0 {
                    let (s, o) = base.multipliedReportingOverflow(by: base)
                    if o { throw overflow() }
                    base = s
                }
            }
            return .int(result)
        case .leftShift:
            guard y >= 0 else { throw .valueError("negative shift count") }
            if x == 0 { return .int(0) }
            guard y < 64 else { throw overflow() }
            let shifted = x << y
            guard shifted >> y == x else { throw overflow() }
            return .int(shifted)
        case .rightShift:
            guard y >= 0 else { throw .valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .bitwiseAnd: return .int(x & y)
        case .bitwiseOr: return .int(x | y)
        case .bitwiseXor: return .int(x ^ y)
        case .matrixMultiply:
            throw .typeError("unsupported operand type(s) for @: '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    private static func floats(_ op: PeakmemLanguage.BinaryOperator, _ x: Double, _ y: Double, _ a: Value, _ b: Value)
        throws(RuntimeError) -> Value
    {
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .divide:
            guard y != 0 else { throw .zeroDivisionError("float division by zero") }
            return .float(x / y)
        case .floorDivide:
            guard y != 0 else { throw .zeroDivisionError("float floor division by zero") }
            return .float(floorDivide(x, y))
        case .modulo:
            guard y != 0 else { throw .zeroDivisionError("float modulo by zero") }
            return .float(modulo(x, y))
        case .power:
            return .float(try power(x, y))
        default:
            throw .typeError("unsupported operand type(s) for \(op.rawValue): '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    /// CPython's `float_rem`.
    static func modulo(_ x: Double, _ y: Double) -> Double {
        var mod = fmod(x, y)
        if mod != 0 {
            if (y < 0) != (mod < 0) { mod += y }
        } else {
            mod = copysign(0, y)
        }
        return mod
    }

    /// CPython's `float_floor_div` (`_float_div_mod`).
    static func floorDivide(_ x: Double, _ y: Double) -> Double {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        }
        var floorDiv: Double
        if div != 0 {
            floorDiv = floor(div)
            if div - floorDiv > 0.5 { floorDiv += 1 }
        } else {
            floorDiv = copysign(0, x / y)
        }
        return floorDiv
    }

    /// CPython's `float_pow`, with complex results refused.
    static func power(_ x: Double, _ y: Double) throws(RuntimeError) -> Double {
        if y == 0 { return 1 }
        if x == 0 && y < 0 { throw .zeroDivisionError("0.0 cannot be raised to a negative power") }
        if x < 0 && y.isFinite && y != y.rounded() {
            throw .unsupported("a negative number raised to a fractional power is complex in Python; complex numbers are not supported in scenario code")
        }
        let result = Foundation.pow(x, y)
        if result.isInfinite && x.isFinite && y.isFinite {
            throw .overflowError("(34, 'Numerical result out of range')")
        }
        return result
    }
}
