import Foundation

extension NDArray {
    /// NumPy's `a.real`: for a complex array a view of the real parts (dtype ``DType/realPart``,
    /// the same strides, no allocation); for any other array the array itself.
    public var realPart: NDArray {
        guard dtype.isComplex else { return self }
        var view = NDArray(storage: storage, dtype: dtype.realPart, shape: shape, strides: strides, offset: offset)
        view.isReadOnly = isReadOnly
        return view
    }

    /// NumPy's `a.imag`: for a complex array a view of the imaginary parts (offset by one part,
    /// no allocation); for any other array a new read-only array of zeros of its dtype
    /// (`nbytes` bytes, zeroed), as NumPy gives.
    public func imaginaryPart() throws(EngineError) -> NDArray {
        if dtype.isComplex {
            var view = NDArray(storage: storage, dtype: dtype.realPart, shape: shape, strides: strides,
                               offset: offset + dtype.itemSize / 2)
            view.isReadOnly = isReadOnly
            return view
        }
        var zeros = try NDArray(empty: shape, dtype: dtype, zeroed: true)
        zeros.isReadOnly = true
        return zeros
    }

    /// NumPy's `np.conjugate(a)` (`np.conj`, `a.conj()`): a new array with the imaginary parts
    /// negated (a copy for non-complex input). Memory: one result of `nbytes`, or nothing
    /// beyond `out`.
    public static func conjugate(_ a: NDArray, out: NDArray? = nil) throws(EngineError) -> NDArray {
        let result = try ufuncResult(out: out, shape: a.shape, dtype: a.dtype, order: preferredOrder([.array(a)]), ufunc: "conjugate")
        a.mapComplex(into: result) { ($0.0, -$0.1) }
        return result
    }

    /// NumPy's `np.angle(z, deg)`: `arctan2(z.imag, z.real)` in radians (degrees with `deg`),
    /// float64 (float32 for complex64 or float32 input). Memory: one result (NumPy scales by
    /// `180/π` in place, `a *= 180/pi`).
    public static func angle(_ z: NDArray, degrees: Bool = false) throws(EngineError) -> NDArray {
        let type: DType = z.dtype == .complex64 || z.dtype == .float32 ? .float32 : .float64
        let result = try NDArray(empty: z.shape, dtype: type, order: preferredOrder([.array(z)]))
        let scale = degrees ? 180 / Double.pi : 1
        z.mapComplex(into: result) { (atan2($0.1, $0.0) * scale, 0) }
        return result
    }

    /// Writes `transform` of every element of `self` (read as complex) into `target` (same shape).
    func mapComplex(into target: NDArray, _ transform: ((Double, Double)) -> (Double, Double)) {
        let source = baseAddress, destination = target.baseAddress
        let from = dtype, to = target.dtype
        NDArray.forEachOffset(shape: shape, strides: [strides, target.strides]) { offsets in
            ComplexElements.write(transform(ComplexElements.read(source + offsets[0], dtype: from)),
                                  to: destination + offsets[1], dtype: to)
        }
    }

    /// True when a binary ufunc with these operands computes in complex.
    static func isComplexOperation(_ a: Operand, _ b: Operand) -> Bool {
        for operand in [a, b] { if case .array(let array) = operand, array.dtype.isComplex { return true } }
        return false
    }

    /// A binary ufunc with a complex operand: `+ − · /` (complex result of NumPy's promoted
    /// dtype) and `== !=` (bool). Memory: one result (or `out`); operands of another dtype are
    /// read element by element (NumPy converts them through its iterator's buffer, which the
    /// ledger does not count, as for real operands).
    static func applyComplex(_ op: BinaryOperator, _ a: Operand, _ b: Operand, out: NDArray?) throws(EngineError) -> NDArray {
        let aType = try operandDType(a, other: b), bType = try operandDType(b, other: a)
        let common = DType.promote(aType, bType)
        let resultType: DType
        switch op {
        case .add, .subtract, .multiply, .divide: resultType = common
        case .equal, .notEqual: resultType = .bool
        default:
            throw .unsupportedDType("np.\(op.rawValue) of \(common) operands is not supported yet")
        }
        let shape = try broadcastShape([a.shape, b.shape] + (out.map { [$0.shape] } ?? []))
        let result = try ufuncResult(out: out, shape: shape, dtype: resultType, order: preferredOrder([a, b]), ufunc: op.rawValue)
        let left = try a.separated(from: out), right = try b.separated(from: out)
        func reader(_ operand: Operand) -> (UnsafeMutableRawPointer?, DType, [Int], (Double, Double)) {
            switch operand {
            case .array(let array): (array.baseAddress, array.dtype, array.broadcastStrides(to: shape), (0, 0))
            case .scalar(let scalar): (nil, .float64, [Int](repeating: 0, count: shape.count), (scalar.value(as: Double.self), 0))
            }
        }
        let (lp, lt, ls, lc) = reader(left), (rp, rt, rs, rc) = reader(right)
        let target = result.baseAddress, targetType = result.dtype
        let single = common == .complex64
        NDArray.forEachOffset(shape: shape, strides: [ls, rs, result.strides]) { offsets in
            let x = lp.map { ComplexElements.read($0 + offsets[0], dtype: lt) } ?? lc
            let y = rp.map { ComplexElements.read($0 + offsets[1], dtype: rt) } ?? rc
            var z: (Double, Double)
            switch op {
            case .add: z = (x.0 + y.0, x.1 + y.1)
            case .subtract: z = (x.0 - y.0, x.1 - y.1)
            case .multiply: z = (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0)
            case .divide: z = complexQuotient(x, y)
            case .equal: z = (x == y ? 1 : 0, 0)
            default: z = (x != y ? 1 : 0, 0)
            }
            if single, resultType != .bool { z = (Double(Float(z.0)), Double(Float(z.1))) }
            ComplexElements.write(z, to: target + offsets[2], dtype: targetType)
        }
        return result
    }

    /// `x / y` by Smith's algorithm, as NumPy's complex division scales by the larger part of
    /// the divisor to avoid overflow.
    static func complexQuotient(_ x: (Double, Double), _ y: (Double, Double)) -> (Double, Double) {
        let (a, b) = x, (c, d) = y
        if abs(c) >= abs(d) {
            if c == 0 && d == 0 { return (a / abs(c), b / abs(c)) }
            let ratio = d / c, denominator = c + d * ratio
            return ((a + b * ratio) / denominator, (b - a * ratio) / denominator)
        }
        let ratio = c / d, denominator = c * ratio + d
        return ((a * ratio + b) / denominator, (b * ratio - a) / denominator)
    }

    /// A unary ufunc of a complex array: `absolute` (the modulus, a real result of
    /// ``DType/realPart``), `negative`, `positive`, `square`, `exp`, `sqrt`. Memory: one result.
    static func applyComplex(_ op: UnaryOperator, _ a: NDArray, out: NDArray?) throws(EngineError) -> NDArray {
        let resultType = op == .absolute ? a.dtype.realPart : a.dtype
        let transform: ((Double, Double)) -> (Double, Double)
        switch op {
        case .absolute: transform = { (hypot($0.0, $0.1), 0) }
        case .negative: transform = { (-$0.0, -$0.1) }
        case .positive: transform = { $0 }
        case .square: transform = { ($0.0 * $0.0 - $0.1 * $0.1, 2 * $0.0 * $0.1) }
        case .exp: transform = { let m = Foundation.exp($0.0); return (m * cos($0.1), m * sin($0.1)) }
        case .sqrt:
            transform = { z in
                let modulus = hypot(z.0, z.1)
                let re = ((modulus + z.0) / 2).squareRoot()
                let im = ((modulus - z.0) / 2).squareRoot()
                return (re, z.1 < 0 || (z.1 == 0 && z.1.sign == .minus) ? -im : im)
            }
        default:
            throw .unsupportedDType("np.\(op.rawValue) of a \(a.dtype) array is not supported yet")
        }
        let result = try ufuncResult(out: out, shape: a.shape, dtype: resultType, order: preferredOrder([.array(a)]), ufunc: op.rawValue)
        let input = out.map { a.overlapsDifferently(with: $0) } == true ? try a.copy(order: .keep) : a
        input.mapComplex(into: result, transform)
        return result
    }
}
