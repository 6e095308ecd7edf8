/// A compiled ``FusedExpression``: typed instructions over block-sized registers, as numexpr
/// compiles its expressions to a register program run block by block.
///
/// Every node is typed with numexpr's rules (``FusedKind``) and operands of another kind are
/// converted by explicit `cast` instructions. Registers are of three sorts: the *inputs*
/// (a block of an array, read in place when the array is C-contiguous in the result's shape
/// and of the register's dtype, else converted or gathered into scratch), the *constants*
/// (literals and 0-d arrays, filled once per thread) and the *temporaries* (scratch slots,
/// reused once their value is dead, so a long expression needs few slots).
struct FusedProgram {
    /// What an instruction computes.
    enum Operation {
        /// A conversion (or, between equal kinds, a copy) of the operand.
        case cast
        case unary(FusedUnary)
        case binary(FusedBinary)
        case select
        case function(FusedFunction)
    }

    /// One step: `registers[result] = operation(registers[operands])`, computed in `kind`
    /// (the operands' kind; a comparison's result is boolean).
    struct Instruction {
        var operation: Operation
        var kind: FusedKind
        /// The kind of the result (`kind`, but for casts and comparisons).
        var resultKind: FusedKind
        var operands: [Int]
        var result: Int
    }

    /// Where a register's block comes from.
    enum Register {
        case input(NDArray)
        case constant(Scalar)
        case temporary
    }

    private(set) var registers: [(source: Register, kind: FusedKind)] = []
    private(set) var instructions: [Instruction] = []
    /// The register holding the value of the whole expression (always a temporary).
    private(set) var result = 0
    /// The broadcast shape of the array operands.
    let shape: [Int]
    private var casts: [Int: [FusedKind: Int]] = [:]

    /// Compiles `expression`.
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` for what numexpr refuses (integer arrays
    ///   to negative literal powers, `~`, `&`, `|` on numbers, `-` on booleans), broadcast
    ///   mismatches between the arrays.
    init(_ expression: FusedExpression) throws(EngineError) {
        shape = try NDArray.broadcastShape(FusedProgram.arrays(in: expression).map(\.shape))
        var top = try compile(expression)
        if case .temporary = registers[top].source {} else {
            top = emit(.cast, kind: registers[top].kind, [top], resultKind: registers[top].kind)
        }
        result = top
    }

    /// The kind of the expression's value.
    var resultKind: FusedKind { registers[result].kind }

    private static func arrays(in expression: FusedExpression) -> [NDArray] {
        switch expression {
        case .array(let a): [a]
        case .constant: []
        case .unary(_, let x), .function(_, let x): arrays(in: x)
        case .binary(_, let x, let y): arrays(in: x) + arrays(in: y)
        case .select(let c, let x, let y): arrays(in: c) + arrays(in: x) + arrays(in: y)
        }
    }

    private mutating func compile(_ expression: FusedExpression) throws(EngineError) -> Int {
        switch expression {
        case .array(let a):
            if a.dtype.isComplex {
                throw .unsupportedDType("numexpr of \(a.dtype) arrays is not supported yet")
            }
            if a.ndim == 0 { return constant(a.scalarValue, kind: FusedKind(a.dtype)) }
            if let same = registers.firstIndex(where: { if case .input(let b) = $0.source { b.isSameView(as: a) } else { false } }) {
                return same
            }
            registers.append((.input(a), FusedKind(a.dtype)))
            return registers.count - 1
        case .constant(let s):
            return constant(s, kind: FusedKind(s))
        case .unary(let op, let x):
            let r = try compile(x)
            let kind = registers[r].kind
            switch op {
            case .negate where kind == .bool:
                throw .invalidArgument("numexpr: unary minus of booleans is not supported")
            case .not where kind != .bool:
                throw .invalidArgument("numexpr: `~` applies to booleans only")
            default:
                return emit(.unary(op), kind: kind, [r], resultKind: kind)
            }
        case .binary(.power, let x, .constant(let exponent)):
            return try power(try compile(x), exponent)
        case .binary(let op, let x, let y):
            return try binary(op, try compile(x), y)
        case .select(let c, let x, let y):
            let condition = try compile(c), a = try compile(x), b = try compile(y)
            let kind = Swift.max(registers[a].kind, registers[b].kind)
            return emit(.select, kind: kind, [cast(condition, to: .bool), cast(a, to: kind), cast(b, to: kind)], resultKind: kind)
        case .function(let f, let x):
            let r = try compile(x)
            let kind = registers[r].kind.floating
            return emit(.function(f), kind: kind, [cast(r, to: kind)], resultKind: kind)
        }
    }

    private mutating func binary(_ op: FusedBinary, _ a: Int, _ y: FusedExpression) throws(EngineError) -> Int {
        // numexpr's moderate optimization: x / c is x * (1/c) for a float literal c of x's kind.
        if op == .divide, case .constant(.float(let c)) = y, registers[a].kind == .double {
            return try binary(.multiply, a, .constant(.float(1 / c)))
        }
        let b = try compile(y)
        var kind = Swift.max(registers[a].kind, registers[b].kind)
        switch op {
        case .and, .or:
            guard kind == .bool else { throw .invalidArgument("numexpr: `\(op.rawValue)` applies to booleans only") }
        case .subtract where kind == .bool:
            throw .invalidArgument("numexpr: subtraction of booleans is not supported")
        case .divide where kind < .float:
            kind = .double
        default:
            break
        }
        return emit(.binary(op), kind: kind, [cast(a, to: kind), cast(b, to: kind)], resultKind: op.isComparison ? .bool : kind)
    }

    /// `x ** c` for a literal `c`, as numexpr's aggressive optimization compiles it: integral
    /// and half-integral exponents up to 50 in magnitude become multiplications (by squaring,
    /// and one `sqrt` for a half), a negative one a division of 1 by them; others `pow`.
    private mutating func power(_ a: Int, _ exponent: Scalar) throws(EngineError) -> Int {
        let kind = registers[a].kind
        let x: Double
        switch exponent {
        case .bool(let b): x = b ? 1 : 0
        case .int(let i): x = Double(i)
        case .float(let d): x = d
        }
        if kind.isInteger, case .int = exponent, x < 0 {
            throw .invalidArgument("Integers to negative integer powers are not allowed.")
        }
        guard (2 * x).rounded() == 2 * x, Swift.abs(x) <= 50 else {
            return try binary(.power, a, .constant(exponent))
        }
        let n = Int(Swift.abs(x)), half = Int(Swift.abs(2 * x)) % 2 == 1
        var product: Int?, square = a, mask = 1
        while true {
            if n & mask != 0 { product = product.map { multiply($0, square) } ?? square }
            mask <<= 1
            if mask > n { break }
            square = multiply(square, square)
        }
        if half {
            let root = emit(.function(.sqrt), kind: kind.floating, [cast(a, to: kind.floating)], resultKind: kind.floating)
            product = product.map { multiply($0, root) } ?? root
        }
        let positive = product ?? constant(.int(1), kind: kind)
        guard x < 0 else { return positive }
        let divisorKind = Swift.max(registers[positive].kind, .int)
        let quotientKind = divisorKind < .float ? FusedKind.double : divisorKind
        let one = constant(.int(1), kind: .int)
        return emit(.binary(.divide), kind: quotientKind, [cast(one, to: quotientKind), cast(positive, to: quotientKind)],
                    resultKind: quotientKind)
    }

    private mutating func multiply(_ a: Int, _ b: Int) -> Int {
        let kind = Swift.max(registers[a].kind, registers[b].kind)
        return emit(.binary(.multiply), kind: kind, [cast(a, to: kind), cast(b, to: kind)], resultKind: kind)
    }

    private mutating func constant(_ value: Scalar, kind: FusedKind) -> Int {
        registers.append((.constant(value), kind))
        return registers.count - 1
    }

    /// Register `r` converted to `kind` (one cast instruction per register and kind).
    private mutating func cast(_ r: Int, to kind: FusedKind) -> Int {
        if registers[r].kind == kind { return r }
        if let done = casts[r]?[kind] { return done }
        // A literal converts once, when its register is filled, not block by block.
        if case .constant(let value) = registers[r].source {
            let converted = constant(value, kind: kind)
            casts[r, default: [:]][kind] = converted
            return converted
        }
        let converted = emit(.cast, kind: registers[r].kind, [r], resultKind: kind)
        casts[r, default: [:]][kind] = converted
        return converted
    }

    private mutating func emit(_ operation: Operation, kind: FusedKind, _ operands: [Int], resultKind: FusedKind) -> Int {
        registers.append((.temporary, resultKind))
        let result = registers.count - 1
        instructions.append(Instruction(operation: operation, kind: kind, resultKind: resultKind, operands: operands, result: result))
        return result
    }

    /// The scratch slot of each temporary register, reusing the slots of values no later
    /// instruction reads, and the number of slots.
    func temporarySlots() -> (slots: [Int: Int], count: Int) {
        var lastUse: [Int: Int] = [:]
        for (position, instruction) in instructions.enumerated() {
            for operand in instruction.operands { lastUse[operand] = position }
        }
        var slots: [Int: Int] = [:], free: [Int] = [], count = 0
        for (position, instruction) in instructions.enumerated() {
            // The result takes a slot no operand of this instruction holds (a kernel writing a
            // wider element over a narrower operand would clobber elements not yet read).
            if let slot = free.popLast() {
                slots[instruction.result] = slot
            } else {
                slots[instruction.result] = count
                count += 1
            }
            for operand in Set(instruction.operands) where lastUse[operand] == position {
                if let slot = slots[operand] { free.append(slot) }
            }
        }
        return (slots, count)
    }
}

extension NDArray {
    /// True when both arrays are the same view of one storage.
    func isSameView(as other: NDArray) -> Bool {
        storage === other.storage && offset == other.offset && strides == other.strides && shape == other.shape
            && dtype == other.dtype
    }

    /// The element of a 0-d array as a literal of its kind.
    var scalarValue: Scalar {
        switch dtype {
        case .bool: .bool(ElementReader<Bool>.read(baseAddress, dtype: dtype))
        case .uint8, .int32, .int64: .int(ElementReader<Int64>.read(baseAddress, dtype: dtype))
        case .float32, .float64, .complex64, .complex128: .float(ElementReader<Double>.read(baseAddress, dtype: dtype))
        }
    }
}
