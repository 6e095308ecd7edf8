import Foundation
import PeakmemEngine
import PeakmemLanguage

extension FunctionRegistry {
    /// Python's built-in functions that scenario code uses: `len`, `range`, `int`, `float`,
    /// `bool`, `str`, `repr`, `abs`, `min`, `max`, `sum`, `round`, `print`, `zip`, `enumerate`,
    /// `list`, `tuple`, `isinstance`.
    ///
    /// `zip` and `enumerate` return lists (Python returns lazy iterators; iterating gives the
    /// same elements, and the elements of arrays are views, so no buffer is allocated either way).
    func registerBuiltins() {
        register("builtins.len", [.positional("obj")], summary: "the number of items (an array's first dimension)") { a, _ throws(RuntimeError) in
            .int(try a["obj"].length())
        }
        register("builtins.range", [.positional("start"), .optionalPositional("stop"), .optionalPositional("step")],
                 summary: "range(stop) or range(start, stop[, step]): integers, computed lazily") { a, _ throws(RuntimeError) in
            var start = try a["start"].asInt(for: "range()"), stop = 0
            if a.isNone("stop") { (start, stop) = (0, start) } else { stop = try a["stop"].asInt(for: "range()") }
            let step = a.isNone("step") ? 1 : try a["step"].asInt(for: "range()")
            guard step != 0 else { throw .valueError("range() arg 3 must not be zero") }
            return .range(start: start, stop: stop, step: step)
        }
        register("builtins.int", [.optionalPositional("x", .int(0))], summary: "a Python int from a number, a string or a size-1 array") { a, _ throws(RuntimeError) in
            try Builtins.integer(a["x"])
        }
        register("builtins.float", [.optionalPositional("x", .float(0))], summary: "a Python float from a number, a string or a size-1 array") { a, _ throws(RuntimeError) in
            if case .string(let text) = a["x"] { return .float(try Builtins.parseFloat(text)) }
            return .float(try a["x"].asDouble(for: "float() argument"))
        }
        register("builtins.bool", [.optionalPositional("x", .bool(false))], summary: "the truth value of an object") { a, _ throws(RuntimeError) in
            .bool(try a["x"].truthValue())
        }
        register("builtins.str", [.optionalPositional("object", .string(""))], summary: "the text print writes for an object") { a, _ throws(RuntimeError) in
            .string(a["object"].pythonString)
        }
        register("builtins.repr", [.positional("obj")], summary: "the representation of an object") { a, _ throws(RuntimeError) in
            .string(a["obj"].pythonRepresentation)
        }
        register("builtins.abs", [.positional("x")], summary: "the absolute value of a number, or of each element of an array (np.absolute)") { a, _ throws(RuntimeError) in
            try Builtins.absolute(a["x"])
        }
        register("builtins.min", [.variadic("args"), .keyword("key"), .keyword("default")],
                 summary: "the smallest item of an iterable, or of the arguments (by key(item) when given)") { a, context throws(RuntimeError) in
            try Builtins.extreme(a, name: "min", op: .less, context: context)
        }
        register("builtins.max", [.variadic("args"), .keyword("key"), .keyword("default")],
                 summary: "the largest item of an iterable, or of the arguments (by key(item) when given)") { a, context throws(RuntimeError) in
            try Builtins.extreme(a, name: "max", op: .greater, context: context)
        }
        register("builtins.sum", [.positional("iterable"), .optional("start", .int(0))],
                 summary: "start + the items, added left to right (arrays: one new array per addition)") { a, context throws(RuntimeError) in
            if case .string = a["start"] { throw .typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            var iterator = try ValueIterator(a["iterable"])
            var total = a["start"]
            while let item = try iterator.next() {
                // The running total is referenced by nothing else (CPython's sum holds it
                // alone), so NumPy may reuse its buffer for the next sum (temporary elision).
                total = try Value.binaryOperation(.add, consume total, item, context: context)
            }
            return total
        }
        register("builtins.round", [.required("number"), .optional("ndigits")], summary: "a number rounded half to even, to ndigits decimals") { a, _ throws(RuntimeError) in
            try Builtins.round(a["number"], digits: a.optionalInt("ndigits"))
        }
        register("builtins.print", [.variadic("objects"), .keyword("sep", .string(" ")), .keyword("end", .string("\n")),
                                    .keyword("file"), .keyword("flush", .bool(false))],
                 summary: "writes the objects' text, separated by sep and followed by end") { a, context throws(RuntimeError) in
            guard a.isNone("file") else { throw .unsupported("print(file=...) is not supported in scenario code; print writes to the output") }
            let separator = a.isNone("sep") ? " " : try a.string("sep")
            let end = a.isNone("end") ? "\n" : try a.string("end")
            context.output(a.variadic.map(\.pythonString).joined(separator: separator) + end)
            return .none
        }
        register("builtins.zip", [.variadic("iterables"), .keyword("strict", .bool(false))],
                 summary: "tuples of the i-th items of each iterable, up to the shortest (a list)") { a, _ throws(RuntimeError) in
            var iterators: [ValueIterator] = []
            for value in a.variadic { iterators.append(try ValueIterator(value)) }
            guard !iterators.isEmpty else { return .list(ListStorage([])) }
            var rows: [Value] = []
            outer: while true {
                var row: [Value] = []
                for index in iterators.indices {
                    guard let item = try iterators[index].next() else {
                        if try a.bool("strict") {
                            if index > 0 { throw .valueError("zip() argument \(index + 1) is shorter than argument 1") }
                            for other in 1..<iterators.count where try iterators[other].next() != nil {
                                throw .valueError("zip() argument \(other + 1) is longer than argument 1")
                            }
                        }
                        break outer
                    }
                    row.append(item)
                }
                rows.append(.tuple(row))
            }
            return .list(ListStorage(rows))
        }
        register("builtins.enumerate", [.required("iterable"), .optional("start", .int(0))],
                 summary: "(index, item) tuples counting from start (a list)") { a, _ throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            var index = try a.int("start")
            var rows: [Value] = []
            while let item = try iterator.next() {
                rows.append(.tuple([.int(index), item]))
                index += 1
            }
            return .list(ListStorage(rows))
        }
        register("builtins.list", [.optionalPositional("iterable", .tuple([]))], summary: "a new list of the items of an iterable") { a, _ throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            return .list(ListStorage(try iterator.collect()))
        }
        register("builtins.tuple", [.optionalPositional("iterable", .tuple([]))], summary: "a tuple of the items of an iterable") { a, _ throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            return .tuple(try iterator.collect())
        }
        register("builtins.isinstance", [.positional("obj"), .positional("class_or_tuple")],
                 summary: "whether obj is an int, float, bool, str, list, tuple, range, np.ndarray or NumPy scalar type") { a, _ throws(RuntimeError) in
            .bool(try Builtins.isInstance(a["obj"], a["class_or_tuple"]))
        }
    }
}

/// The bodies of the built-in functions that need more than a line.
enum Builtins {
    /// `int(x)`.
    static func integer(_ value: Value) throws(RuntimeError) -> Value {
        switch value {
        case .int: return value
        case .bool(let b): return .int(b ? 1 : 0)
        case .string(let text):
            let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
            guard let number = Int(cleaned) else {
                throw .valueError("invalid literal for int() with base 10: \(LiteralFormatting.string(text))")
            }
            return .int(number)
        case .arrayScalar(let s) where s.integerValue != nil:
            return .int(s.integerValue!)
        case .array(let array) where array.size == 1 && array.dtype != .float32 && array.dtype != .float64:
            return .int(Int(try engine { try array.reshape([]).element([], as: Int64.self) }))
        default:
            return .int(try truncate(try value.asDouble(for: "int() argument")))
        }
    }

    /// A float truncated toward zero, with Python's errors for NaN, infinities and floats
    /// beyond 64 bits.
    static func truncate(_ value: Double) throws(RuntimeError) -> Int {
        if value.isNaN { throw .valueError("cannot convert float NaN to integer") }
        if value.isInfinite { throw .overflowError("cannot convert float infinity to integer") }
        guard let result = Int(exactly: value.rounded(.towardZero)) else {
            throw .overflowError("int too large for 64 bits (scenario code's ints are 64-bit)")
        }
        return result
    }

    /// `float('1e3')`, `float(' nan ')`, `float('-inf')`, with Python's `ValueError` for text
    /// that is not a number.
    static func parseFloat(_ text: String) throws(RuntimeError) -> Double {
        let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "")
        switch cleaned.lowercased() {
        case "nan", "+nan", "-nan": return .nan
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        default:
            guard !cleaned.isEmpty, let value = Double(cleaned) else {
                throw .valueError("could not convert string to float: \(LiteralFormatting.string(text))")
            }
            return value
        }
    }

    /// `abs(x)`; an array given up by its only owner (see ``Interpreter``'s calls of `abs`) is
    /// reused as the result when NumPy's `__abs__` would reuse it (``TemporaryElision``).
    static func absolute(_ value: consuming Value) throws(RuntimeError) -> Value {
        if value.isArray {
            return try ArrayOperations.unaryEliding(.absolute, consume value, symbol: "abs()")
        }
        switch value {
        case .int(let i):
            guard i != .min else { throw .overflowError("integer result does not fit in 64 bits (scenario code's ints are 64-bit)") }
            return .int(Swift.abs(i))
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(Swift.abs(d))
        case .arrayScalar(let s):
            switch s.value {
            case .int(let i): return .arrayScalar(ArrayScalar(.int(i < 0 ? 0 &- i : i), dtype: s.dtype))
            case .float(let d): return .arrayScalar(ArrayScalar(.float(Swift.abs(d)), dtype: s.dtype))
            case .bool: return value
            }
        default:
            throw .typeError("bad operand type for abs(): '\(value.typeName)'")
        }
    }

    /// `min(...)` / `max(...)`: the first extreme item, compared with `<` / `>` (on
    /// `key(item)` when a key is given); `default` for an empty iterable when given.
    static func extreme(_ a: Arguments, name: String, op: ComparisonOperator, context: RuntimeContext) throws(RuntimeError) -> Value {
        let arguments = a.variadic
        var items: [Value]
        switch arguments.count {
        case 0: throw .typeError("\(name) expected at least 1 argument, got 0")
        case 1:
            var iterator = try ValueIterator(arguments[0])
            items = try iterator.collect()
            guard !items.isEmpty else {
                if a.values["default"] != nil, !a.isNone("default") { return a["default"] }
                throw .valueError("\(name)() iterable argument is empty")
            }
        default:
            items = arguments
        }
        let key = a["key"]
        func rank(_ item: Value) throws(RuntimeError) -> Value {
            key.isNoneValue ? item : try context.invoke(key, [item], [])
        }
        var best = items[0]
        var bestRank = try rank(best)
        for item in items.dropFirst() {
            let itemRank = try rank(item)
            if try Value.comparison(op, itemRank, bestRank).truthValue() {
                best = item
                bestRank = itemRank
            }
        }
        return best
    }

    /// `round(number, ndigits)`: half to even; an int without `ndigits` for floats.
    static func round(_ value: Value, digits: Int?) throws(RuntimeError) -> Value {
        switch value {
        case .int(let i):
            guard let digits, digits < 0 else { return .int(i) }
            guard digits > -19 else { return .int(0) }
            var power = 1
            for _ in 0..<(-digits) { power *= 10 }
            var quotient = i / power, remainder = i % power
            if remainder < 0 { quotient -= 1; remainder += power }
            if remainder * 2 > power || (remainder * 2 == power && quotient % 2 != 0) { quotient += 1 }
            let (result, overflow) = quotient.multipliedReportingOverflow(by: power)
            if overflow { throw .overflowError("integer result does not fit in 64 bits (scenario code's ints are 64-bit)") }
            return .int(result)
        case .bool(let b):
            return .int(b ? 1 : 0)
        case .float(let d):
            guard let digits else { return .int(try truncate(d.rounded(.toNearestOrEven))) }
            return .float(roundDouble(d, digits))
        case .arrayScalar(let s):
            guard let digits else {
                if let i = s.integerValue { return .int(i) }
                return .int(try truncate(s.doubleValue.rounded(.toNearestOrEven)))
            }
            // A NumPy scalar's `__round__(ndigits)` is `np.round`: scaled by 10**ndigits and
            // rounded with rint, in the scalar's dtype (`round(np.float64(2.675), 2)` is 2.68,
            // `round(np.int64(155), -1)` is `np.int64(160)`), no array buffer.
            let rounded = try ArrayOperations.inScratch { () throws(RuntimeError) in
                try engine { try NDArray.round(try s.makeArray(), decimals: digits) }
            }
            return .arrayScalar(try engine { try ArrayScalar(element: rounded) })
        case .array:
            throw .typeError("type numpy.ndarray doesn't define __round__ method")
        default:
            throw .typeError("type \(value.typeName) doesn't define __round__ method")
        }
    }

    /// A float correctly rounded to `digits` decimals (half to even on the exact value).
    static func roundDouble(_ value: Double, _ digits: Int) -> Double {
        guard value.isFinite else { return value }
        if digits >= 0 {
            guard digits <= 323 else { return value }
            return Double(String(format: "%.\(digits)f", value)) ?? value
        }
        let scale = Foundation.pow(10.0, Double(-digits))
        return (value / scale).rounded(.toNearestOrEven) * scale
    }

    /// `isinstance(obj, class_or_tuple)`.
    static func isInstance(_ value: Value, _ type: Value) throws(RuntimeError) -> Bool {
        switch type {
        case .tuple(let types):
            for t in types where try isInstance(value, t) { return true }
            return false
        case .function("builtins.int"):
            if case .int = value { return true }
            if case .bool = value { return true }
            return false
        case .function("builtins.float"):
            if case .float = value { return true }
            if case .arrayScalar(let s) = value { return s.dtype == .float64 }
            return false
        case .function("builtins.bool"):
            if case .bool = value { return true }
            return false
        case .function("builtins.str"):
            if case .string = value { return true }
            return false
        case .function("builtins.list"):
            if case .list = value { return true }
            return false
        case .function("builtins.tuple"):
            if case .tuple = value { return true }
            return false
        case .function("builtins.range"):
            if case .range = value { return true }
            return false
        case .function("numpy.ndarray"):
            if case .array = value { return true }
            return false
        case .function("builtins.dict"):
            if case .object(let object) = value { return object is PythonDict }
            return false
        case .function("builtins.set"):
            if case .object(let object) = value { return object is PythonSet }
            return false
        case .object(let type as ExceptionClass):
            if case .object(let exception as ExceptionObject) = value { return exception.type.isSubclass(of: type) }
            return false
        case .dtype(let dtype):
            if case .arrayScalar(let s) = value { return s.dtype == dtype }
            return false
        default:
            throw .typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
    }
}
