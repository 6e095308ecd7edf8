import PeakmemEngine
import PeakmemLanguage
import Synchronization

extension FunctionRegistry {
    /// `numexpr.evaluate`: the engine's fused evaluator (``FusedEvaluator``) on an expression
    /// string over the caller's arrays; `numexpr.set_num_threads`, `numexpr.detect_number_of_cores`.
    func registerNumexpr() {
        register("numexpr.evaluate", [.required("ex"), .optional("local_dict"), .optional("global_dict"), .optional("out"),
                                      .optional("order", .string("K")), .optional("casting", .string("same_kind"))],
                 summary: "an elementwise expression over the caller's arrays, fused block by block on numexpr's threads (every core unless set_num_threads chose fewer); allocates only its result (nothing with out=)") { a, context throws(RuntimeError) in
            guard a.isNone("local_dict"), a.isNone("global_dict") else {
                throw .unsupported("numexpr.evaluate(local_dict=, global_dict=) is not supported yet; the names resolve in the caller's scope")
            }
            guard try a.string("order") == "K" else { throw .unsupported("numexpr.evaluate(order=...) other than 'K' is not supported yet") }
            let castingName = try a.string("casting")
            guard let casting = FusedEvaluator.Casting(rawValue: castingName) else {
                throw .valueError("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'")
            }
            let text = try a.string("ex")
            let syntax: PeakmemLanguage.Expression
            do throws(LanguageError) {
                syntax = try Parser.parseExpression(text, origin: SourceOrigin(file: "<expr>"))
            } catch {
                throw RuntimeError("SyntaxError", "numexpr could not parse \(Value.string(text).pythonRepresentation): \(error.message)")
            }
            let expression = try NumexprTranslation(lookup: context.callerName).translate(syntax)
            let out = try a.optionalArray("out")
            if let out, let resultType = try? FusedEvaluator.resultType(expression), !casting.allows(resultType, out.dtype) {
                throw .typeError("Iterator requested dtype could not be cast from dtype('\(resultType)') to dtype('\(out.dtype)'), the operand 0 dtype, according to the rule '\(castingName)'")
            }
            return .array(try engine { try FusedEvaluator.evaluate(expression, out: out, casting: casting, threads: NumexprThreads.count) })
        }
        register("numexpr.set_num_threads", [.required("nthreads")],
                 summary: "the threads numexpr.evaluate uses (returns the previous number)") { a, _ throws(RuntimeError) in
            let requested = try a.int("nthreads")
            guard requested > 0 else { throw .valueError("the number of threads must be positive") }
            return .int(NumexprThreads.set(requested))
        }
        register("numexpr.detect_number_of_cores", [], summary: "the number of cores") { _, _ throws(RuntimeError) in
            .int(NumexprThreads.cores)
        }
    }
}

/// The thread count `numexpr.set_num_threads` chose (the cores by default).
enum NumexprThreads {
    static var cores: Int { ProcessorCount.online }
    private static let chosen = Mutex(0)

    static var count: Int { chosen.withLock { $0 == 0 ? cores : $0 } }

    static func set(_ threads: Int) -> Int {
        chosen.withLock { value in
            let previous = value == 0 ? cores : value
            value = threads
            return previous
        }
    }
}

/// An expression of the scenario language read as numexpr reads its expression strings:
/// names are the caller's arrays (or numbers), literals are typed as numexpr types them,
/// and only the operators and functions numexpr compiles are accepted.
struct NumexprTranslation {
    let lookup: (String) -> Value?

    func translate(_ syntax: PeakmemLanguage.Expression) throws(RuntimeError) -> FusedExpression {
        switch syntax.kind {
        case .name(let name):
            guard let value = lookup(name) else { throw .nameError("name '\(name)' is not defined") }
            return try operand(value, name: name)
        case .integer(let i):
            return .constant(.int(Int64(i)))
        case .float(let d):
            return .constant(.float(d))
        case .boolean(let b):
            return .constant(.bool(b))
        case .unary(.minus, let x):
            switch try translate(x) {
            case .constant(.int(let i)): return .constant(.int(-i))
            case .constant(.float(let d)): return .constant(.float(-d))
            case let other: return .unary(.negate, other)
            }
        case .unary(.plus, let x):
            return try translate(x)
        case .unary(.invert, let x):
            return .unary(.not, try translate(x))
        case .binary(let op, let x, let y):
            guard let fused = NumexprTranslation.binary[op] else {
                throw .unsupported("numexpr.evaluate: the `\(op.rawValue)` operator is not supported here")
            }
            return .binary(fused, try translate(x), try translate(y))
        case .comparison(let x, let parts):
            guard parts.count == 1, let fused = FusedBinary(rawValue: parts[0].op.rawValue) else {
                throw .unsupported("numexpr.evaluate: chained comparisons and `is`/`in` are not supported")
            }
            return .binary(fused, try translate(x), try translate(parts[0].operand))
        case .call(let callee, let arguments):
            guard case .name(let name) = callee.kind, arguments.allSatisfy({ $0.label == nil }) else {
                throw .unsupported("numexpr.evaluate: only calls of numexpr's functions by name are supported")
            }
            let args = try arguments.map { (argument) throws(RuntimeError) in try translate(argument.value) }
            if name == "where" {
                guard args.count == 3 else { throw .typeError("where() takes 3 arguments (\(args.count) given)") }
                return .select(args[0], args[1], args[2])
            }
            guard let function = FusedFunction(rawValue: name) else {
                throw .unsupported("numexpr.evaluate: function '\(name)' is not supported; supported: where, " +
                                   FusedFunction.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard args.count == 1 else { throw .typeError("\(name)() takes 1 argument (\(args.count) given)") }
            return .function(function, args[0])
        case .logical:
            throw .unsupported("numexpr.evaluate: `and`/`or` are not supported; use `&` and `|`")
        default:
            throw .unsupported("numexpr.evaluate: this kind of expression is not supported")
        }
    }

    /// A name's value as numexpr takes it: arrays as they are, numbers as 0-d arrays
    /// (`np.asarray`: Python ints are int64, floats float64).
    private func operand(_ value: Value, name: String) throws(RuntimeError) -> FusedExpression {
        switch value {
        case .array(let array): return .array(array)
        case .int, .float, .bool, .arrayScalar:
            let array = try ArrayOperations.inScratch { () throws(RuntimeError) in try value.asArray(for: "numexpr variable '\(name)'") }
            return .array(array)
        default:
            throw .typeError("numexpr.evaluate: variable '\(name)' is a \(value.typeName), not an array or a number")
        }
    }

    private static let binary: [PeakmemLanguage.BinaryOperator: FusedBinary] = [
        .add: .add, .subtract: .subtract, .multiply: .multiply, .divide: .divide, .power: .power,
        .bitwiseAnd: .and, .bitwiseOr: .or,
    ]
}
