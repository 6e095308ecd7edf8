import Foundation
import PeakmemEngine

/// The builtins of everyday Python that take or make iterables and functions (`sorted`,
/// `map`, `any`, ...), `dict` and `set` and their methods, `str` methods, and the `math`,
/// `functools` and `itertools` functions scenario code uses.
///
/// `map`, `filter`, `zip`-like results and `reversed` are lazy as in Python 3 (one element at
/// a time, so an array made per element is released before the next is made).
extension FunctionRegistry {
    func registerPythonBuiltins() {
        registerIterationBuiltins()
        registerContainerMethods()
        registerStringMethods()
        registerMath()
        registerTime()
        registerFunctools()
    }

    private func registerIterationBuiltins() {
        register("builtins.sorted", [.positional("iterable"), .keyword("key"), .keyword("reverse", .bool(false))],
                 summary: "a new sorted list of the items (stable; by key(item) when given)") { a, context throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            return .list(ListStorage(try PythonBuiltins.sorted(try iterator.collect(), key: a["key"], reverse: try a.bool("reverse"), context: context)))
        }
        register("builtins.reversed", [.positional("sequence")], summary: "the items in reverse order, lazily") { a, _ throws(RuntimeError) in
            var iterator = try ValueIterator(a["sequence"])
            var items = try iterator.collect()
            return .object(GeneratorObject(typeName: "reversed") { () throws(RuntimeError) -> Value? in items.popLast() })
        }
        register("builtins.map", [.positional("function"), .variadic("iterables")], summary: "function applied to the items, lazily") { a, context throws(RuntimeError) in
            let function = a["function"]
            guard !a.variadic.isEmpty else { throw .typeError("map() must have at least two arguments.") }
            var iterators: [ValueIterator] = []
            for iterable in a.variadic { iterators.append(try ValueIterator(iterable)) }
            return .object(GeneratorObject(typeName: "map") { () throws(RuntimeError) -> Value? in
                var items: [Value] = []
                for index in iterators.indices {
                    guard let item = try iterators[index].next() else { return nil }
                    items.append(item)
                }
                return try context.invoke(function, items, [])
            })
        }
        register("builtins.filter", [.positional("function"), .positional("iterable")], summary: "the items for which function(item) is true, lazily") { a, context throws(RuntimeError) in
            let function = a["function"]
            var iterator = try ValueIterator(a["iterable"])
            return .object(GeneratorObject(typeName: "filter") { () throws(RuntimeError) -> Value? in
                while let item = try iterator.next() {
                    let keep = function.isNoneValue ? item : try context.invoke(function, [item], [])
                    if try keep.truthValue() { return item }
                }
                return nil
            })
        }
        register("builtins.any", [.positional("iterable")], summary: "whether some item is true") { a, _ throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            while let item = try iterator.next() { if try item.truthValue() { return .bool(true) } }
            return .bool(false)
        }
        register("builtins.all", [.positional("iterable")], summary: "whether every item is true") { a, _ throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            while let item = try iterator.next() { if !(try item.truthValue()) { return .bool(false) } }
            return .bool(true)
        }
        register("builtins.dict", [.optionalPositional("iterable"), .variadicKeywords("kwargs")],
                 summary: "a new dict from a mapping or (key, value) pairs, and keyword arguments") { a, _ throws(RuntimeError) in
            let dictionary = PythonDict()
            if !a.isNone("iterable") { try PythonBuiltins.update(dictionary, with: a["iterable"]) }
            for (key, value) in a.keywordValues { try dictionary.setItem(.string(key), value) }
            return .object(dictionary)
        }
        register("builtins.set", [.optionalPositional("iterable")], summary: "a new set of the items") { a, _ throws(RuntimeError) in
            let set = PythonSet()
            if !a.isNone("iterable") {
                var iterator = try ValueIterator(a["iterable"])
                while let item = try iterator.next() { try set.insert(item) }
            }
            return .object(set)
        }
        register("builtins.next", [.positional("iterator"), .optionalPositional("default")], summary: "the next item of an iterator") { a, _ throws(RuntimeError) in
            guard case .object(let generator as GeneratorObject) = a["iterator"] else {
                throw .typeError("'\(a["iterator"].typeName)' object is not an iterator")
            }
            if let item = try generator.next() { return item }
            if a.values["default"] != nil, !a.isNone("default") { return a["default"] }
            throw RuntimeError("StopIteration", "")
        }
        register("builtins.iter", [.positional("object")], summary: "an iterator over the items") { a, _ throws(RuntimeError) in
            if case .object(let generator as GeneratorObject) = a["object"] { return .object(generator) }
            var iterator = try ValueIterator(a["object"])
            return .object(GeneratorObject(typeName: "iterator") { () throws(RuntimeError) -> Value? in try iterator.next() })
        }
        register("builtins.callable", [.positional("obj")], summary: "whether the object can be called") { a, _ throws(RuntimeError) in
            switch a["obj"] {
            case .function, .method, .dtype: return .bool(true)
            case .object(let object): return .bool(object is UserFunction || object is ExceptionClass)
            default: return .bool(false)
            }
        }
        register("builtins.divmod", [.positional("a"), .positional("b")], summary: "(a // b, a % b)") { a, context throws(RuntimeError) in
            .tuple([try Value.binaryOperation(.floorDivide, a["a"], a["b"], context: context),
                    try Value.binaryOperation(.modulo, a["a"], a["b"], context: context)])
        }
        register("builtins.pow", [.positional("base"), .positional("exp")], summary: "base ** exp") { a, context throws(RuntimeError) in
            try Value.binaryOperation(.power, a["base"], a["exp"], context: context)
        }
        register("builtins.format", [.positional("value"), .optionalPositional("format_spec", .string(""))],
                 summary: "the value formatted with the format-specification mini-language") { a, _ throws(RuntimeError) in
            .string(try FormatSpecification.format(a["value"], try a.string("format_spec")))
        }
        register("builtins.chr", [.positional("i")], summary: "the one-character string of a code point") { a, _ throws(RuntimeError) in
            guard let scalar = Unicode.Scalar(UInt32(clamping: max(0, try a.int("i")))) else { throw .valueError("chr() arg not in range(0x110000)") }
            return .string(String(Character(scalar)))
        }
        register("builtins.ord", [.positional("c")], summary: "the code point of a one-character string") { a, _ throws(RuntimeError) in
            let text = try a.string("c")
            guard text.unicodeScalars.count == 1 else {
                throw .typeError("ord() expected a character, but string of length \(text.unicodeScalars.count) found")
            }
            return .int(Int(text.unicodeScalars.first!.value))
        }
        register("numpy.errstate", [.keyword("all"), .keyword("divide"), .keyword("over"), .keyword("under"), .keyword("invalid")],
                 summary: "a context manager for NumPy's floating-point error handling (the engine warns about nothing, so it changes nothing)") { _, _ throws(RuntimeError) in
            .object(ErrorStateManager())
        }
    }

    private func registerContainerMethods() {
        register("dict.keys", [], summary: "the keys") { a, _ throws(RuntimeError) in .list(ListStorage(try PythonBuiltins.dict(a).keys)) }
        register("dict.values", [], summary: "the values") { a, _ throws(RuntimeError) in .list(ListStorage(try PythonBuiltins.dict(a).values)) }
        register("dict.items", [], summary: "the (key, value) pairs") { a, _ throws(RuntimeError) in
            let dictionary = try PythonBuiltins.dict(a)
            return .list(ListStorage(zip(dictionary.keys, dictionary.values).map { .tuple([$0, $1]) }))
        }
        register("dict.get", [.positional("key"), .optionalPositional("default")], summary: "the value for key, or default") { a, _ throws(RuntimeError) in
            try PythonBuiltins.dict(a).value(for: a["key"]) ?? a["default"]
        }
        register("dict.pop", [.positional("key"), .optionalPositional("default")], summary: "removes key and returns its value") { a, _ throws(RuntimeError) in
            let dictionary = try PythonBuiltins.dict(a)
            if try dictionary.contains(a["key"]) { return try dictionary.remove(a["key"]) }
            if a.values["default"] != nil, !a.isNone("default") { return a["default"] }
            throw RuntimeError("KeyError", a["key"].pythonRepresentation)
        }
        register("dict.setdefault", [.positional("key"), .optionalPositional("default")], summary: "the value for key, inserting default first if absent") { a, _ throws(RuntimeError) in
            let dictionary = try PythonBuiltins.dict(a)
            if let value = try dictionary.value(for: a["key"]) { return value }
            try dictionary.setItem(a["key"], a["default"])
            return a["default"]
        }
        register("dict.update", [.optionalPositional("other"), .variadicKeywords("kwargs")], summary: "adds the items of other and the keyword arguments") { a, _ throws(RuntimeError) in
            let dictionary = try PythonBuiltins.dict(a)
            if !a.isNone("other") { try PythonBuiltins.update(dictionary, with: a["other"]) }
            for (key, value) in a.keywordValues { try dictionary.setItem(.string(key), value) }
            return .none
        }
        register("dict.clear", [], summary: "removes every item") { a, _ throws(RuntimeError) in
            try PythonBuiltins.dict(a).removeAll()
            return .none
        }
        register("dict.copy", [], summary: "a shallow copy") { a, _ throws(RuntimeError) in
            let copy = PythonDict()
            try PythonBuiltins.update(copy, with: a.receiver)
            return .object(copy)
        }
        register("set.add", [.positional("elem")], summary: "adds an element") { a, _ throws(RuntimeError) in
            try PythonBuiltins.set(a).insert(a["elem"])
            return .none
        }
        register("set.discard", [.positional("elem")], summary: "removes an element if present") { a, _ throws(RuntimeError) in
            try PythonBuiltins.set(a).remove(a["elem"])
            return .none
        }
        register("set.remove", [.positional("elem")], summary: "removes an element; KeyError if absent") { a, _ throws(RuntimeError) in
            guard try PythonBuiltins.set(a).remove(a["elem"]) else { throw RuntimeError("KeyError", a["elem"].pythonRepresentation) }
            return .none
        }
        register("set.union", [.variadic("others")], summary: "a new set with the elements of all") { a, _ throws(RuntimeError) in
            let result = PythonSet()
            for source in [a.receiver] + a.variadic {
                var iterator = try ValueIterator(source)
                while let item = try iterator.next() { try result.insert(item) }
            }
            return .object(result)
        }
        register("set.intersection", [.positional("other")], summary: "a new set with the elements in both") { a, _ throws(RuntimeError) in
            let result = PythonSet()
            for item in try PythonBuiltins.set(a).elements where try a["other"].contains(item) { try result.insert(item) }
            return .object(result)
        }
        register("list.sort", [.keyword("key"), .keyword("reverse", .bool(false))], summary: "sorts the list in place (stable)") { a, context throws(RuntimeError) in
            let storage = try Arrays.listStorage(a)
            storage.elements = try PythonBuiltins.sorted(storage.elements, key: a["key"], reverse: try a.bool("reverse"), context: context)
            return .none
        }
        register("list.index", [.positional("value")], summary: "the first position of value") { a, _ throws(RuntimeError) in
            let storage = try Arrays.listStorage(a)
            for (index, element) in storage.elements.enumerated() where try Value.comparison(.equal, element, a["value"]).truthValue() {
                return .int(index)
            }
            throw .valueError("\(a["value"].pythonRepresentation) is not in list")
        }
        register("list.count", [.positional("value")], summary: "how many items equal value") { a, _ throws(RuntimeError) in
            var count = 0
            for element in try Arrays.listStorage(a).elements where try Value.comparison(.equal, element, a["value"]).truthValue() { count += 1 }
            return .int(count)
        }
        register("list.reverse", [], summary: "reverses the list in place") { a, _ throws(RuntimeError) in
            try Arrays.listStorage(a).elements.reverse()
            return .none
        }
    }

    private func registerStringMethods() {
        register("str.join", [.positional("iterable")], summary: "the items (strings) joined by the string") { a, _ throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            var parts: [String] = []
            while let item = try iterator.next() {
                guard case .string(let part) = item else {
                    throw .typeError("sequence item \(parts.count): expected str instance, \(item.typeName) found")
                }
                parts.append(part)
            }
            return .string(parts.joined(separator: try PythonBuiltins.text(a)))
        }
        register("str.split", [.optional("sep"), .optional("maxsplit", .int(-1))], summary: "the words (split at runs of whitespace, or at sep)") { a, _ throws(RuntimeError) in
            let parts = try PythonBuiltins.split(try PythonBuiltins.text(a), separator: a.isNone("sep") ? nil : try a.string("sep"), limit: try a.int("maxsplit"))
            return .list(ListStorage(parts.map(Value.string)))
        }
        for (name, edges) in [("strip", (true, true)), ("lstrip", (true, false)), ("rstrip", (false, true))] {
            register("str.\(name)", [.optionalPositional("chars")], summary: "the string without leading/trailing whitespace (or chars)") { a, _ throws(RuntimeError) in
                let characters: Set<Character> = a.isNone("chars") ? [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"] : Set(try a.string("chars"))
                var result = Substring(try PythonBuiltins.text(a))
                if edges.0 { while let first = result.first, characters.contains(first) { result.removeFirst() } }
                if edges.1 { while let last = result.last, characters.contains(last) { result.removeLast() } }
                return .string(String(result))
            }
        }
        register("str.replace", [.positional("old"), .positional("new"), .optionalPositional("count", .int(-1))], summary: "a copy with old replaced by new") { a, _ throws(RuntimeError) in
            let old = try a.string("old"), new = try a.string("new"), limit = try a.int("count")
            let parts = try PythonBuiltins.text(a).components(separatedBy: old)
            guard limit >= 0, limit < parts.count - 1 else { return .string(parts.joined(separator: new)) }
            return .string(parts[...limit].joined(separator: new) + old + parts[(limit + 1)...].joined(separator: old))
        }
        register("str.startswith", [.positional("prefix")], summary: "whether the string starts with prefix (or one of a tuple)") { a, _ throws(RuntimeError) in
            let string = try PythonBuiltins.text(a)
            let candidates: [Value] = if case .tuple(let items) = a["prefix"] { items } else { [a["prefix"]] }
            for candidate in candidates {
                guard case .string(let prefix) = candidate else { throw .typeError("startswith first arg must be str or a tuple of str, not \(candidate.typeName)") }
                if string.unicodeScalars.starts(with: prefix.unicodeScalars) { return .bool(true) }
            }
            return .bool(false)
        }
        register("str.endswith", [.positional("suffix")], summary: "whether the string ends with suffix (or one of a tuple)") { a, _ throws(RuntimeError) in
            let string = try PythonBuiltins.text(a)
            let candidates: [Value] = if case .tuple(let items) = a["suffix"] { items } else { [a["suffix"]] }
            for candidate in candidates {
                guard case .string(let suffix) = candidate else { throw .typeError("endswith first arg must be str or a tuple of str, not \(candidate.typeName)") }
                if string.unicodeScalars.reversed().starts(with: suffix.unicodeScalars.reversed()) { return .bool(true) }
            }
            return .bool(false)
        }
        register("str.upper", [], summary: "the string in upper case") { a, _ throws(RuntimeError) in .string(try PythonBuiltins.text(a).uppercased()) }
        register("str.lower", [], summary: "the string in lower case") { a, _ throws(RuntimeError) in .string(try PythonBuiltins.text(a).lowercased()) }
        register("str.find", [.positional("sub")], summary: "the first index of sub, or -1") { a, _ throws(RuntimeError) in
            let scalars = Array(try PythonBuiltins.text(a).unicodeScalars), sub = Array(try a.string("sub").unicodeScalars)
            guard sub.count <= scalars.count else { return .int(-1) }
            for start in 0...(scalars.count - sub.count) where Array(scalars[start..<(start + sub.count)]) == sub { return .int(start) }
            return .int(-1)
        }
        register("str.count", [.positional("sub")], summary: "how many non-overlapping times sub occurs") { a, _ throws(RuntimeError) in
            let sub = try a.string("sub")
            guard !sub.isEmpty else { return .int(try PythonBuiltins.text(a).unicodeScalars.count + 1) }
            return .int(try PythonBuiltins.text(a).components(separatedBy: sub).count - 1)
        }
        for (name, align) in [("ljust", "<"), ("rjust", ">"), ("center", "^")] {
            register("str.\(name)", [.positional("width"), .optionalPositional("fillchar", .string(" "))], summary: "the string padded to width") { a, _ throws(RuntimeError) in
                .string(try FormatSpecification.format(.string(try PythonBuiltins.text(a)), "\(try a.string("fillchar"))\(align)\(try a.int("width"))"))
            }
        }
        register("str.zfill", [.positional("width")], summary: "the string padded with zeros on the left to width") { a, _ throws(RuntimeError) in
            let string = try PythonBuiltins.text(a), width = try a.int("width")
            guard string.count < width else { return .string(string) }
            let sign = string.first.map { "+-".contains($0) } ?? false
            let padding = String(repeating: "0", count: width - string.count)
            return .string(sign ? String(string.first!) + padding + string.dropFirst() : padding + string)
        }
        register("str.format", [.variadic("args"), .variadicKeywords("kwargs")], summary: "the string with its {} fields replaced") { a, _ throws(RuntimeError) in
            .string(try PythonBuiltins.format(try PythonBuiltins.text(a), a.variadic, a.keywordValues))
        }
    }

    private func registerMath() {
        register(namespace: "math")
        register(constant: "math.pi", .float(Double.pi))
        register(constant: "math.e", .float(M_E))
        register(constant: "math.tau", .float(2 * Double.pi))
        register(constant: "math.inf", .float(Double.infinity))
        register(constant: "math.nan", .float(Double.nan))
        let unary: [(String, @Sendable (Double) -> Double)] = [
            ("sqrt", Foundation.sqrt), ("exp", Foundation.exp), ("sin", Foundation.sin), ("cos", Foundation.cos),
            ("tan", Foundation.tan), ("asin", Foundation.asin), ("acos", Foundation.acos), ("atan", Foundation.atan),
            ("sinh", Foundation.sinh), ("cosh", Foundation.cosh), ("tanh", Foundation.tanh), ("log2", Foundation.log2),
            ("log10", Foundation.log10), ("log1p", Foundation.log1p), ("expm1", Foundation.expm1), ("fabs", Swift.abs),
        ]
        for (name, function) in unary {
            register("math.\(name)", [.positional("x")], summary: "math.\(name)(x) of a float") { a, _ throws(RuntimeError) in
                let x = try a.double("x")
                if ["sqrt", "log2", "log10"].contains(name), x < 0 || (x == 0 && name != "sqrt") {
                    throw .valueError("math domain error")
                }
                if ["asin", "acos"].contains(name), Swift.abs(x) > 1 { throw .valueError("math domain error") }
                return .float(function(x))
            }
        }
        register("math.log", [.positional("x"), .optionalPositional("base")], summary: "the natural logarithm (or to base)") { a, _ throws(RuntimeError) in
            let x = try a.double("x")
            guard x > 0 else { throw .valueError("math domain error") }
            if a.isNone("base") { return .float(Foundation.log(x)) }
            return .float(Foundation.log(x) / Foundation.log(try a.double("base")))
        }
        register("math.pow", [.positional("x"), .positional("y")], summary: "x ** y as floats") { a, _ throws(RuntimeError) in
            .float(Foundation.pow(try a.double("x"), try a.double("y")))
        }
        register("math.atan2", [.positional("y"), .positional("x")], summary: "the angle of (x, y)") { a, _ throws(RuntimeError) in
            .float(Foundation.atan2(try a.double("y"), try a.double("x")))
        }
        register("math.hypot", [.variadic("coordinates")], summary: "the Euclidean norm") { a, _ throws(RuntimeError) in
            var total = 0.0
            for value in a.variadic { let x = try value.asDouble(for: "hypot"); total += x * x }
            return .float(total.squareRoot())
        }
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            register("math.\(name)", [.positional("x")], summary: "x rounded \(name == "floor" ? "down" : name == "ceil" ? "up" : "toward zero") to an int") { a, _ throws(RuntimeError) in
                if case .int(let value) = a["x"] { return .int(value) }
                let x = try a.double("x")
                guard x.isFinite else { throw x.isNaN ? .valueError("cannot convert float NaN to integer") : .overflowError("cannot convert float infinity to integer") }
                return .int(Int(x.rounded(rule)))
            }
        }
        let tests: [(String, @Sendable (Double) -> Bool)] = [("isnan", { $0.isNaN }), ("isinf", { $0.isInfinite }), ("isfinite", { $0.isFinite })]
        for (name, test) in tests {
            register("math.\(name)", [.positional("x")], summary: "math.\(name)(x)") { a, _ throws(RuntimeError) in .bool(test(try a.double("x"))) }
        }
        register("math.isclose", [.positional("a"), .positional("b"), .keyword("rel_tol", .float(1e-9)), .keyword("abs_tol", .float(0))],
                 summary: "whether a and b are close") { a, _ throws(RuntimeError) in
            let x = try a.double("a"), y = try a.double("b")
            if x == y { return .bool(true) }
            let difference = Swift.abs(x - y)
            return .bool(difference <= Swift.max(try a.double("rel_tol") * Swift.max(Swift.abs(x), Swift.abs(y)), try a.double("abs_tol")))
        }
        register("math.factorial", [.positional("n")], summary: "n!") { a, _ throws(RuntimeError) in
            let n = try a.int("n")
            guard n >= 0 else { throw .valueError("factorial() not defined for negative values") }
            var result = 1
            for k in stride(from: 2, through: n, by: 1) {
                let (product, overflow) = result.multipliedReportingOverflow(by: k)
                if overflow { throw .overflowError("factorial result beyond 64 bits") }
                result = product
            }
            return .int(result)
        }
        register("math.gcd", [.variadic("integers")], summary: "the greatest common divisor") { a, _ throws(RuntimeError) in
            var result = 0
            for value in a.variadic {
                var x = Swift.abs(try value.asInt(for: "gcd")), y = result
                while x != 0 { (y, x) = (x, y % x) }
                result = y
            }
            return .int(result)
        }
        register("math.prod", [.positional("iterable"), .keyword("start", .int(1))], summary: "start times the items") { a, context throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            var total = a["start"]
            while let item = try iterator.next() { total = try Value.binaryOperation(.multiply, total, item, context: context) }
            return total
        }
        register("math.fsum", [.positional("iterable")], summary: "the exactly rounded float sum") { a, _ throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            var partials: [Double] = []
            while let item = try iterator.next() {
                var x = try item.asDouble(for: "fsum")
                var kept: [Double] = []
                for var y in partials {
                    if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                    let high = x + y
                    let low = y - (high - x)
                    if low != 0 { kept.append(low) }
                    x = high
                }
                partials = kept + [x]
            }
            return .float(partials.reduce(0, +))
        }
        register("math.degrees", [.positional("x")], summary: "radians to degrees") { a, _ throws(RuntimeError) in .float(try a.double("x") * 180 / Double.pi) }
        register("math.radians", [.positional("x")], summary: "degrees to radians") { a, _ throws(RuntimeError) in .float(try a.double("x") * Double.pi / 180) }
    }

    private func registerFunctools() {
        register(namespace: "functools")
        register("functools.reduce", [.positional("function"), .positional("iterable"), .optionalPositional("initial")],
                 summary: "function applied cumulatively to the items, left to right") { a, context throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            var total: Value
            if a.values["initial"] != nil, !a.isNone("initial") {
                total = a["initial"]
            } else {
                guard let first = try iterator.next() else { throw .typeError("reduce() of empty iterable with no initial value") }
                total = first
            }
            while let item = try iterator.next() { total = try context.invoke(a["function"], [total, item], []) }
            return total
        }
        register(namespace: "itertools")
        register("itertools.chain", [.variadic("iterables")], summary: "the items of each iterable in turn, lazily") { a, _ throws(RuntimeError) in
            var sources = a.variadic[...]
            var current: ValueIterator?
            return .object(GeneratorObject(typeName: "itertools.chain") { () throws(RuntimeError) -> Value? in
                while true {
                    if current == nil {
                        guard let next = sources.popFirst() else { return nil }
                        current = try ValueIterator(next)
                    }
                    if let item = try current!.next() { return item }
                    current = nil
                }
            })
        }
        register("itertools.product", [.variadic("iterables"), .keyword("repeat", .int(1))], summary: "the tuples of the Cartesian product") { a, _ throws(RuntimeError) in
            var pools: [[Value]] = []
            for source in a.variadic {
                var iterator = try ValueIterator(source)
                pools.append(try iterator.collect())
            }
            pools = Array(repeating: pools, count: try a.int("repeat")).flatMap { $0 }
            var result: [[Value]] = [[]]
            for pool in pools { result = result.flatMap { prefix in pool.map { prefix + [$0] } } }
            return .list(ListStorage(result.map(Value.tuple)))
        }
        register("itertools.accumulate", [.positional("iterable"), .optionalPositional("func")], summary: "running totals") { a, context throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            var result: [Value] = []
            while let item = try iterator.next() {
                guard let last = result.last else { result.append(item); continue }
                result.append(a.isNone("func") ? try Value.binaryOperation(.add, last, item, context: context)
                                               : try context.invoke(a["func"], [last, item], []))
            }
            return .list(ListStorage(result))
        }
        register("itertools.islice", [.positional("iterable"), .positional("stop")], summary: "the first stop items") { a, _ throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            var result: [Value] = []
            let stop = try a.int("stop")
            while result.count < stop, let item = try iterator.next() { result.append(item) }
            return .list(ListStorage(result))
        }
        register("itertools.count", [.optionalPositional("start", .int(0)), .optionalPositional("step", .int(1))], summary: "start, start + step, ... forever") { a, context throws(RuntimeError) in
            var next = a["start"]
            let step = a["step"]
            return .object(GeneratorObject(typeName: "itertools.count") { () throws(RuntimeError) -> Value? in
                defer { next = (try? Value.binaryOperation(.add, next, step, context: context)) ?? next }
                return next
            })
        }
        register("itertools.combinations", [.positional("iterable"), .positional("r")], summary: "the r-length combinations, in order") { a, _ throws(RuntimeError) in
            var iterator = try ValueIterator(a["iterable"])
            let pool = try iterator.collect(), r = try a.int("r")
            var result: [Value] = []
            func extend(_ start: Int, _ prefix: [Value]) {
                if prefix.count == r { result.append(.tuple(prefix)); return }
                guard start < pool.count else { return }
                for index in start..<pool.count { extend(index + 1, prefix + [pool[index]]) }
            }
            extend(0, [])
            return .list(ListStorage(result))
        }
    }
}

extension Value {
    /// Whether this is `None`.
    var isNoneValue: Bool {
        if case .none = self { return true }
        return false
    }
}

/// What `with np.errstate(...)` manages: nothing to change, since the engine raises no
/// floating-point warnings.
final class ErrorStateManager: ContextManager, @unchecked Sendable {
    var typeName: String { "errstate" }
    var methodNamespace: String { "errstate" }
    func enter() throws(RuntimeError) -> Value { .object(self) }
    func exit() {}
}

/// The algorithms behind the builtins above.
enum PythonBuiltins {
    /// The receiver of a dict method.
    static func dict(_ a: Arguments) throws(RuntimeError) -> PythonDict {
        guard case .object(let dictionary as PythonDict) = a.receiver else { throw .typeError("\(a.function)() needs a dict") }
        return dictionary
    }

    /// The receiver of a str method.
    static func text(_ a: Arguments) throws(RuntimeError) -> String {
        guard case .string(let text) = a.receiver else { throw .typeError("\(a.function)() needs a str") }
        return text
    }

    /// The receiver of a set method.
    static func set(_ a: Arguments) throws(RuntimeError) -> PythonSet {
        guard case .object(let set as PythonSet) = a.receiver else { throw .typeError("\(a.function)() needs a set") }
        return set
    }

    /// Adds a dict's items, or (key, value) pairs, to `dictionary`.
    static func update(_ dictionary: PythonDict, with source: Value) throws(RuntimeError) {
        if case .object(let other as PythonDict) = source {
            for (key, value) in zip(other.keys, other.values) { try dictionary.setItem(key, value) }
            return
        }
        var iterator = try ValueIterator(source)
        while let pair = try iterator.next() {
            let items = try Interpreter.unpack(pair, count: 2)
            try dictionary.setItem(items[0], items[1])
        }
    }

    /// `sorted(items, key=key, reverse=reverse)`: a stable merge sort comparing with `<` (on
    /// the keys when given), as Python's.
    static func sorted(_ items: [Value], key: Value, reverse: Bool, context: RuntimeContext) throws(RuntimeError) -> [Value] {
        var keys: [Value] = []
        for item in items { keys.append(key.isNoneValue ? item : try context.invoke(key, [item], [])) }
        var order = Array(items.indices)
        // Insertion into a binary-searched position keeps equal keys in order (stable).
        var sorted: [Int] = []
        for index in order {
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                let before = reverse ? try Value.comparison(.less, keys[sorted[middle]], keys[index]).truthValue()
                                     : try Value.comparison(.less, keys[index], keys[sorted[middle]]).truthValue()
                if before { high = middle } else { low = middle + 1 }
            }
            sorted.insert(index, at: low)
        }
        order = sorted
        return order.map { items[$0] }
    }

    /// `text.split(separator, limit)`: at runs of whitespace (dropping empty words) without a
    /// separator, at each separator otherwise; at most `limit` splits when non-negative.
    static func split(_ text: String, separator: String?, limit: Int) throws(RuntimeError) -> [String] {
        guard let separator else {
            var words: [String] = []
            var rest = Substring(text)
            while true {
                rest = rest.drop(while: \.isWhitespace)
                guard !rest.isEmpty else { break }
                if limit >= 0, words.count == limit {
                    words.append(String(rest))
                    break
                }
                let word = rest.prefix(while: { !$0.isWhitespace })
                words.append(String(word))
                rest = rest.dropFirst(word.count)
            }
            return words
        }
        guard !separator.isEmpty else { throw .valueError("empty separator") }
        let parts = text.components(separatedBy: separator)
        guard limit >= 0, limit < parts.count - 1 else { return parts }
        return Array(parts[..<limit]) + [parts[limit...].joined(separator: separator)]
    }

    /// `template.format(*positional, **keywords)`: `{}`, `{0}`, `{name}` fields with
    /// optional `!r`/`!s` and a format spec; `{{` and `}}` are braces.
    static func format(_ template: String, _ positional: [Value], _ keywords: [(String, Value)]) throws(RuntimeError) -> String {
        var result = ""
        var characters = Array(template)[...]
        var automatic = 0
        while let character = characters.popFirst() {
            if character == "{" {
                if characters.first == "{" {
                    characters.removeFirst()
                    result.append("{")
                    continue
                }
                var field = ""
                var depth = 0
                while let next = characters.popFirst() {
                    if next == "{" { depth += 1 }
                    if next == "}" {
                        if depth == 0 { break }
                        depth -= 1
                    }
                    field.append(next)
                }
                var name = field, spec = "", conversion: Character?
                if let colon = field.firstIndex(of: ":") {
                    name = String(field[..<colon])
                    spec = String(field[field.index(after: colon)...])
                }
                if let bang = name.firstIndex(of: "!") {
                    conversion = name[name.index(after: bang)...].first
                    name = String(name[..<bang])
                }
                // Nested fields in the spec (`{:{width}}`).
                if spec.contains("{") { spec = try format(spec, positional, keywords) }
                var value: Value
                if name.isEmpty {
                    guard automatic < positional.count else { throw .indexError("Replacement index \(automatic) out of range for positional args tuple") }
                    value = positional[automatic]
                    automatic += 1
                } else if let index = Int(name) {
                    guard index < positional.count else { throw .indexError("Replacement index \(index) out of range for positional args tuple") }
                    value = positional[index]
                } else {
                    guard let match = keywords.first(where: { $0.0 == name }) else { throw RuntimeError("KeyError", "'\(name)'") }
                    value = match.1
                }
                switch conversion {
                case "r", "a": value = .string(value.pythonRepresentation)
                case "s": value = .string(value.pythonString)
                default: break
                }
                result += try FormatSpecification.format(value, spec)
            } else if character == "}" {
                guard characters.first == "}" else { throw .valueError("Single '}' encountered in format string") }
                characters.removeFirst()
                result.append("}")
            } else {
                result.append(character)
            }
        }
        return result
    }
}
