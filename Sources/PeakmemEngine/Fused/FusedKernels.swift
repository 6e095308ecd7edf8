#if canImport(Glibc)
import Glibc
#endif

/// The inner loops of the fused evaluator: one instruction over one block of `count`
/// contiguous elements per register.
enum FusedKernels {
    /// Runs `instruction` on the blocks at `registers` (one pointer per register).
    static func run(_ instruction: FusedProgram.Instruction, count n: Int, _ registers: UnsafeMutablePointer<UnsafeMutableRawPointer>) {
        // Read in place (no array of pointers built per block and instruction).
        let indices = instruction.operands
        func operand(_ i: Int) -> UnsafeRawPointer { UnsafeRawPointer(registers[indices[i]]) }
        let out = registers[instruction.result]
        switch instruction.operation {
        case .cast:
            cast(operand(0), from: instruction.kind.dtype, to: out, instruction.resultKind, n)
        case .unary(let op):
            switch (op, instruction.kind) {
            case (.not, _): map(n, operand(0), out) { (u: Bool) in !u }
            case (_, .bool): break
            case (_, .int): negate(Int32.self, n, operand(0), out)
            case (_, .long): negate(Int64.self, n, operand(0), out)
            case (_, .float): negate(Float.self, n, operand(0), out)
            case (_, .double): negate(Double.self, n, operand(0), out)
            }
        case .binary(let op):
            let a = operand(0), b = operand(1)
            switch instruction.kind {
            case .bool: arithmetic(op, Bool.self, n, a, b, out)
            case .int: arithmetic(op, Int32.self, n, a, b, out)
            case .long: arithmetic(op, Int64.self, n, a, b, out)
            case .float: arithmetic(op, Float.self, n, a, b, out)
            case .double: arithmetic(op, Double.self, n, a, b, out)
            }
        case .select:
            let c = operand(0), a = operand(1), b = operand(2)
            switch instruction.kind {
            case .bool: select(Bool.self, n, c, a, b, out)
            case .int: select(Int32.self, n, c, a, b, out)
            case .long: select(Int64.self, n, c, a, b, out)
            case .float: select(Float.self, n, c, a, b, out)
            case .double: select(Double.self, n, c, a, b, out)
            }
        case .function(let f):
            if instruction.kind == .float {
                function(f, Float.self, n, operand(0), out)
            } else {
                function(f, Double.self, n, operand(0), out)
            }
        }
    }

    // The kernels are inlined into each concrete call above, so that every loop is
    // specialised for its element type (a generic loop would call the arithmetic through
    // protocol witnesses element by element).

    @inline(__always)
    private static func negate<T: ArrayElement>(_: T.Type, _ n: Int, _ a: UnsafeRawPointer, _ out: UnsafeMutableRawPointer) {
        map(n, a, out) { (u: T) in T.negate(u) }
    }

    @inline(__always)
    private static func arithmetic<T: ArrayElement>(_ op: FusedBinary, _: T.Type, _ n: Int, _ a: UnsafeRawPointer,
                                                    _ b: UnsafeRawPointer, _ out: UnsafeMutableRawPointer) {
        switch op {
        case .add: zip(n, a, b, out) { (u: T, v: T) in T.add(u, v) }
        case .subtract: zip(n, a, b, out) { (u: T, v: T) in T.subtract(u, v) }
        case .multiply: zip(n, a, b, out) { (u: T, v: T) in T.multiply(u, v) }
        case .divide: zip(n, a, b, out) { (u: T, v: T) in T.divide(u, v) }
        case .power: zip(n, a, b, out) { (u: T, v: T) in T.power(u, v) }
        case .less: zip(n, a, b, out) { (u: T, v: T) -> Bool in T.less(u, v) }
        case .lessEqual: zip(n, a, b, out) { (u: T, v: T) -> Bool in u == v || T.less(u, v) }
        case .greater: zip(n, a, b, out) { (u: T, v: T) -> Bool in T.less(v, u) }
        case .greaterEqual: zip(n, a, b, out) { (u: T, v: T) -> Bool in u == v || T.less(v, u) }
        case .equal: zip(n, a, b, out) { (u: T, v: T) -> Bool in u == v }
        case .notEqual: zip(n, a, b, out) { (u: T, v: T) -> Bool in u != v }
        case .and: zip(n, a, b, out) { (u: T, v: T) in T.bitAnd(u, v) }
        case .or: zip(n, a, b, out) { (u: T, v: T) in T.bitOr(u, v) }
        }
    }

    @inline(__always)
    private static func select<T: ArrayElement>(_: T.Type, _ n: Int, _ c: UnsafeRawPointer, _ a: UnsafeRawPointer,
                                                _ b: UnsafeRawPointer, _ out: UnsafeMutableRawPointer) {
        let pc = c.assumingMemoryBound(to: Bool.self)
        let pa = a.assumingMemoryBound(to: T.self), pb = b.assumingMemoryBound(to: T.self)
        let po = out.assumingMemoryBound(to: T.self)
        for i in 0..<n { po[i] = pc[i] ? pa[i] : pb[i] }
    }

    @inline(__always)
    private static func map<T, R>(_ n: Int, _ a: UnsafeRawPointer, _ out: UnsafeMutableRawPointer, _ f: (T) -> R) {
        let pa = a.assumingMemoryBound(to: T.self), po = out.assumingMemoryBound(to: R.self)
        for i in 0..<n { po[i] = f(pa[i]) }
    }

    @inline(__always)
    private static func zip<T, R>(_ n: Int, _ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ out: UnsafeMutableRawPointer,
                                  _ f: (T, T) -> R) {
        let pa = a.assumingMemoryBound(to: T.self), pb = b.assumingMemoryBound(to: T.self)
        let po = out.assumingMemoryBound(to: R.self)
        for i in 0..<n { po[i] = f(pa[i], pb[i]) }
    }

    @inline(__always)
    private static func function<T: FusedFloatingElement>(_ f: FusedFunction, _: T.Type, _ n: Int, _ a: UnsafeRawPointer,
                                                           _ out: UnsafeMutableRawPointer) {
        switch f {
        case .sqrt: map(n, a, out) { (u: T) in u.squareRoot() }
        case .abs: map(n, a, out) { (u: T) in Swift.abs(u) }
        case .exp: map(n, a, out) { (u: T) in T.exp(u) }
        case .log: map(n, a, out) { (u: T) in T.log(u) }
        case .log10: map(n, a, out) { (u: T) in T.log10(u) }
        case .sin: map(n, a, out) { (u: T) in T.sin(u) }
        case .cos: map(n, a, out) { (u: T) in T.cos(u) }
        case .tan: map(n, a, out) { (u: T) in T.tan(u) }
        case .arctan: map(n, a, out) { (u: T) in T.atan(u) }
        case .tanh: map(n, a, out) { (u: T) in T.tanh(u) }
        }
    }

    /// Converts `n` elements of dtype `from` at `source` to kind `to` at `target`, as C casts.
    static func cast(_ source: UnsafeRawPointer, from: DType, to target: UnsafeMutableRawPointer, _ to: FusedKind, _ n: Int) {
        func into<T: ArrayElement>(_: T.Type) {
            from.dispatchConversion(from: UnsafeMutableRawPointer(mutating: source), stride: from.itemSize, count: n,
                                          into: target.assumingMemoryBound(to: T.self))
        }
        switch to {
        case .bool: into(Bool.self)
        case .int: into(Int32.self)
        case .long: into(Int64.self)
        case .float: into(Float.self)
        case .double: into(Double.self)
        }
    }
}

/// The float element types and the libm functions numexpr calls for them (`exp`, `log`,
/// `log10`, `sin`, `cos`, `tan`, `tanh` are the engine's ``ElementMath``; `atan` is numexpr's own).
protocol FusedFloatingElement: ArrayElement, BinaryFloatingPoint {
    static func atan(_ x: Self) -> Self
}

extension Double: FusedFloatingElement {
    @inline(__always) static func atan(_ x: Double) -> Double { Glibc.atan(x) }
}

extension Float: FusedFloatingElement {
    @inline(__always) static func atan(_ x: Float) -> Float { atanf(x) }
}
