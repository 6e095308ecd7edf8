import Foundation
import PeakmemEngine
import PeakmemLanguage

extension Value {
    /// One link of a comparison chain: `lhs op rhs`. With an array or NumPy scalar operand
    /// the comparison is NumPy's (an array of bools, or a NumPy bool); otherwise Python's.
    static func comparison(_ op: ComparisonOperator, _ lhs: consuming Value, _ rhs: consuming Value) throws(RuntimeError) -> Value {
        switch op {
        case .is, .isNot:
            let same = try identical(lhs, rhs)
            return .bool(op == .is ? same : !same)
        case .in, .notIn:
            let found = try rhs.contains(lhs)
            return .bool(op == .in ? found : !found)
        default:
            break
        }
        if lhs.isNumpy || rhs.isNumpy {
            let engineOp = ArrayOperations.engineOperator(op)!
            let convertible = { (v: Value) in v.isNumpy || v.isPythonNumber || v.involvesArray }
            if (op == .equal || op == .notEqual) && !(convertible(lhs) && convertible(rhs)) {
                if case .array = lhs, !convertible(rhs) {
                    throw .unsupported("comparing an array elementwise with a \(rhs.typeName) object is not supported; compare with numbers or arrays (`x is None` tests for None)")
                }
                if case .array = rhs, !convertible(lhs) {
                    throw .unsupported("comparing an array elementwise with a \(lhs.typeName) object is not supported; compare with numbers or arrays (`x is None` tests for None)")
                }
                // A NumPy scalar and a non-number: Python's fallback, identity, is False.
                return .bool(op == .notEqual)
            }
            return try ArrayOperations.binary(engineOp, lhs, rhs, symbol: op.rawValue)
        }
        switch op {
        case .equal: return .bool(try pythonEqual(lhs, rhs))
        case .notEqual: return .bool(!(try pythonEqual(lhs, rhs)))
        default: return .bool(try pythonOrder(op, lhs, rhs))
        }
    }

    /// `a is b` for the objects whose identity scenario code can know: `None`, `True`,
    /// `False`, lists, modules and functions.
    static func identical(_ a: Value, _ b: Value) throws(RuntimeError) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.none, _), (_, .none): return false
        case (.bool(let x), .bool(let y)): return x == y
        case (.bool, _), (_, .bool): return false
        case (.list(let x), .list(let y)): return x === y
        case (.module(let x), .module(let y)), (.function(let x), .function(let y)): return x == y
        case (.ellipsis, .ellipsis): return true
        default:
            throw .unsupported("`is` compares object identity, which scenario code knows only for None, True, False, lists, modules and functions; compare values with `==`")
        }
    }

    /// Python's `==` for non-NumPy values (numbers by value, sequences element by element).
    static func pythonEqual(_ a: Value, _ b: Value) throws(RuntimeError) -> Bool {
        if let x = PythonArithmetic.Number(a), let y = PythonArithmetic.Number(b) {
            switch (x, y) {
            case (.int(let i), .int(let j)): return i == j
            default: return x.double == y.double
            }
        }
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case (.string(let x), .string(let y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)  // not canonical equivalence
        case (.tuple(let x), .tuple(let y)): return try elementsEqual(x, y)
        case (.list(let x), .list(let y)):
            if x === y { return true }
            return try elementsEqual(x.elements, y.elements)
        case (.range(let a1, let b1, let c1), .range(let a2, let b2, let c2)):
            let n1 = PythonRange.length(start: a1, stop: b1, step: c1), n2 = PythonRange.length(start: a2, stop: b2, step: c2)
            return n1 == n2 && (n1 == 0 || (a1 == a2 && (n1 == 1 || c1 == c2)))
        case (.slice(let a1, let b1, let c1), .slice(let a2, let b2, let c2)): return a1 == a2 && b1 == b2 && c1 == c2
        case (.dtype(let d), _): return (try? b.asDType(for: "==")) == d
        case (_, .dtype(let d)): return (try? a.asDType(for: "==")) == d
        case (.module(let x), .module(let y)), (.function(let x), .function(let y)): return x == y
        case (.flags(let x), .flags(let y)): return x == y
        default: return false
        }
    }

    private static func elementsEqual(_ x: [Value], _ y: [Value]) throws(RuntimeError) -> Bool {
        guard x.count == y.count else { return false }
        for (p, q) in zip(x, y) where !(try comparison(.equal, p, q).truthValue()) { return false }
        return true
    }

    /// Python's `<`, `<=`, `>`, `>=` for numbers, strings, tuples and lists.
    static func pythonOrder(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws(RuntimeError) -> Bool {
        if let x = PythonArithmetic.Number(a), let y = PythonArithmetic.Number(b) {
            switch (x, y) {
            case (.int(let i), .int(let j)): return ordered(op, i, j)
            default: return ordered(op, x.double, y.double)
            }
        }
        switch (a, b) {
        case (.string(let x), .string(let y)):
            return ordered(op, Array(x.unicodeScalars.map(\.value)), Array(y.unicodeScalars.map(\.value)))
        case (.tuple(let x), .tuple(let y)):
            return try sequenceOrder(op, x, y)
        case (.list(let x), .list(let y)):
            return try sequenceOrder(op, x.elements, y.elements)
        default:
            throw .typeError("'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
    }

    private static func sequenceOrder(_ op: ComparisonOperator, _ x: [Value], _ y: [Value]) throws(RuntimeError) -> Bool {
        for (p, q) in zip(x, y) where !(try comparison(.equal, p, q).truthValue()) {
            return try comparison(op, p, q).truthValue()
        }
        return ordered(op, x.count, y.count)
    }

    /// `x op y` for an ordering operator (`!=` for any other).
    static func ordered<T: Comparable>(_ op: ComparisonOperator, _ x: T, _ y: T) -> Bool {
        switch op {
        case .less: x < y
        case .lessEqual: x <= y
        case .greater: x > y
        case .greaterEqual: x >= y
        case .equal: x == y
        default: x != y
        }
    }

    private static func ordered(_ op: ComparisonOperator, _ x: [UInt32], _ y: [UInt32]) -> Bool {
        for (p, q) in zip(x, y) where p != q { return ordered(op, p, q) }
        return ordered(op, x.count, y.count)
    }

    /// `item in self`.
    func contains(_ item: Value) throws(RuntimeError) -> Bool {
        switch self {
        case .object(let container as ContainerObject):
            return try container.contains(item)
        case .string(let text):
            guard case .string(let part) = item else {
                throw .typeError("'in <string>' requires string as left operand, not \(item.typeName)")
            }
            // Code point by code point, as Python compares (not by grapheme cluster).
            return part.isEmpty || text.range(of: part, options: .literal) != nil
        case .tuple(let items):
            for element in items where try Value.comparison(.equal, element, item).truthValue() { return true }
            return false
        case .list(let storage):
            for element in storage.elements where try Value.comparison(.equal, element, item).truthValue() { return true }
            return false
        case .range(let start, let stop, let step):
            // Python compares a non-int with each element: only an integral value can be one.
            let integral: Int?
            switch item {
            case .int(let i): integral = i
            case .bool(let b): integral = b ? 1 : 0
            case .float(let d): integral = Int(exactly: d)
            case .arrayScalar(let s): integral = s.integerValue ?? Int(exactly: s.doubleValue)
            default: return false
            }
            guard let i = integral else { return false }
            let count = PythonRange.exactLength(start: start, stop: stop, step: step)
            let offset = Int128(i) - Int128(start)
            return count > 0 && offset % Int128(step) == 0 && offset / Int128(step) >= 0 && offset / Int128(step) < count
        case .array:
            // NumPy's `__contains__`: `(self == item).any()`.
            let equal = try Value.comparison(.equal, self, item)
            switch equal {
            case .array(let mask): return mask.elements(as: Bool.self).contains(true)
            default: return try equal.truthValue()
            }
        default:
            throw .typeError("argument of type '\(typeName)' is not iterable")
        }
    }
}
