/// Runs one binary operation for the compute element type `T` chosen at run time (a
/// ``DTypeVisitor``): plans the strided traversal of output and inputs and hands each run
/// to ``ElementwiseKernel/binary(_:_:_:count:scratch:_:)`` with the operator's scalar function.
struct BinaryExecution: DTypeVisitor {
    let op: BinaryOperator
    let a: Operand
    let b: Operand
    let out: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        // Scalars become stride-0 lanes of T over one value held for the whole operation.
        let scalarA = ScalarCell<T>(a), scalarB = ScalarCell<T>(b)
        let laneA = a.lane(broadcastTo: out.shape, cell: scalarA), laneB = b.lane(broadcastTo: out.shape, cell: scalarB)
        let plan = StridedLoop(shape: out.shape, strides: [out.strides, laneA.strides, laneB.strides])
        let scratch = ElementwiseKernel.Scratch()
        let outType = out.dtype
        let squares = op == .power && exponentIsTwo
        let roots = op == .power && T.dtype.isFloatingPoint && out.size > 0 && laneB.strides.allSatisfy { $0 == 0 }
            && ElementReader<Double>.read(laneB.base, dtype: laneB.dtype) == 0.5
        let zero = T(intCast: 0)
        let function = op.floatBinaryFunction
        try plan.forEachRun(bases: [out.baseAddress, laneA.base, laneB.base]) { p, s, n throws(EngineError) in
            let o = ElementwiseKernel.Lane(pointer: p[0], stride: s[0], dtype: outType)
            let x = ElementwiseKernel.Lane(pointer: p[1], stride: s[1], dtype: laneA.dtype)
            let y = ElementwiseKernel.Lane(pointer: p[2], stride: s[2], dtype: laneB.dtype)
            switch op {
            case .add: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.add(u, v) }
            case .subtract: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.subtract(u, v) }
            case .multiply: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.multiply(u, v) }
            case .divide: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.divide(u, v) }
            case .power where squares:
                ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, _: T) in T.multiply(u, u) }
            case .power where roots:
                ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, _: T) in T.sqrt(u) }
            case .power: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.power(u, v) }
            case .maximum: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.maximum(u, v) }
            case .minimum: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.minimum(u, v) }
            case .equal: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in u == v }
            case .notEqual: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in u != v }
            case .less: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.less(u, v) }
            case .lessEqual: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in u == v || T.less(u, v) }
            case .greater: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.less(v, u) }
            case .greaterEqual: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in u == v || T.less(v, u) }
            case .bitwiseAnd: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.bitAnd(u, v) }
            case .bitwiseOr: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.bitOr(u, v) }
            case .bitwiseXor: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.bitXor(u, v) }
            case .leftShift: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.shiftLeft(u, v) }
            case .rightShift: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.shiftRight(u, v) }
            case .floorDivide: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.floorDivide(u, v) }
            case .remainder: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.remainder(u, v) }
            case .logicalAnd: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in u != zero && v != zero }
            case .logicalOr: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in u != zero || v != zero }
            case .logicalXor: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in (u != zero) != (v != zero) }
            case .floatPower: ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.power(u, v) }
            case .arctan2, .hypot, .copysign, .logaddexp, .heaviside, .fmod, .fmax, .fmin:
                if let function { ElementwiseKernel.binary(o, x, y, count: n, scratch: scratch) { (u: T, v: T) in T.apply(function, u, v) } }
            }
        }
        withExtendedLifetime((scalarA, scalarB, a, b)) {}
    }

    /// True for `a ** 2` with the scalar 2 (or 2.0), computed as `a * a`: a multiply instead of
    /// a `pow` call per element, with the same results (the integer power by squaring is
    /// `a * a`; NumPy 2.4.6's `np.power(x, 2.0)` equals `x * x` on 10^7 random float64 and
    /// float32 values). NumPy's operator `a ** 2` is `np.square` (`fast_scalar_power`); its
    /// `a ** 2.0` and `np.power(a, 2)` run the power loop. Decided once per operation.
    ///
    /// Likewise a float power whose exponent is one value for every element (a scalar or a 0-d
    /// array, stride 0) equal to 0.5 is `sqrt` — NumPy's float power loop special-cases such
    /// exponents, and only 0.5 gives another result than `pow` (`(-0.0) ** 0.5` is -0.0 and
    /// `(-inf) ** 0.5` NaN, as `np.sqrt`; `pow` gives +0.0 and +inf).
    private var exponentIsTwo: Bool {
        switch b {
        case .scalar(.int(2)): true
        case .scalar(.float(let e)): e == 2
        default: false
        }
    }
}

extension Operand {
    /// Where the operand's elements are read from, broadcast to `shape`: an array's own
    /// buffer, or a scalar's `cell` with zero strides.
    func lane<T: ArrayElement>(broadcastTo shape: [Int], cell: ScalarCell<T>) -> (base: UnsafeMutableRawPointer, strides: [Int], dtype: DType) {
        switch self {
        case .array(let array):
            return (array.baseAddress, array.broadcastStrides(to: shape), array.dtype)
        case .scalar:
            return (cell.pointer, [Int](repeating: 0, count: shape.count), T.dtype)
        }
    }
}

/// Runs one unary operation for the loop's element type `T` (the input is converted block by
/// block when its dtype differs, see ``ElementwiseKernel/unary(_:_:count:scratch:_:)``).
struct UnaryExecution: DTypeVisitor {
    let op: UnaryOperator
    let a: NDArray
    let out: NDArray

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        let plan = StridedLoop(shape: out.shape, strides: [out.strides, a.broadcastStrides(to: out.shape)])
        let scratch = ElementwiseKernel.Scratch()
        let outType = out.dtype, inType = a.dtype
        let function = op.floatFunction
        try plan.forEachRun(bases: [out.baseAddress, a.baseAddress]) { p, s, n throws(EngineError) in
            let o = ElementwiseKernel.Lane(pointer: p[0], stride: s[0], dtype: outType)
            let x = ElementwiseKernel.Lane(pointer: p[1], stride: s[1], dtype: inType)
            func run(_ f: (T) -> T) { ElementwiseKernel.unary(o, x, count: n, scratch: scratch, f) }
            switch op {
            case .negative: run(T.negate)
            case .positive: run { $0 }
            case .invert: run(T.bitNot)
            case .absolute, .fabs: run(T.absolute)
            case .square: run(T.square)
            case .reciprocal: run(T.reciprocal)
            case .sign: run(T.sign)
            case .floor: run(T.floor)
            case .ceil: run(T.ceil)
            case .sqrt: run(T.sqrt)
            case .exp: run(T.exp)
            case .log: run(T.log)
            case .log2: run(T.log2)
            case .log10: run(T.log10)
            case .sin: run(T.sin)
            case .cos: run(T.cos)
            case .tan: run(T.tan)
            case .tanh: run(T.tanh)
            case .rint: run(T.rint)
            default: if let function { run { T.apply(function, $0) } }
            }
        }
        withExtendedLifetime(a) {}
    }
}

/// One Python scalar converted to `T`, at a stable address for the length of an operation.
final class ScalarCell<T: ArrayElement> {
    let pointer: UnsafeMutableRawPointer

    init(_ operand: Operand) {
        pointer = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 16)
        if case .scalar(let scalar) = operand {
            pointer.storeBytes(of: scalar.value(as: T.self), as: T.self)
        }
    }

    deinit { pointer.deallocate() }
}
