/// Runs one reduction for the compute element type `T`: folds `input` into `result`, whose
/// strides along the reduced axes are 0 (the result seen broadcast to the input's shape),
/// following NumPy's reduction loops.
///
/// The traversal is planned by ``StridedLoop`` with the input first, so the inner run follows
/// the input's smallest stride. A run along which the result's stride is 0 is a reduction of
/// that run into one element: for a float `add` it is NumPy's pairwise sum
/// (``PairwiseSum``) added to the element, otherwise a fold from left to right. A run along
/// which the result moves is `result[i] = op(result[i], input[i])` element by element (NumPy
/// reducing along an outer axis, with no pairwise summation). An input of another dtype is
/// converted in blocks of ``bufferLength`` elements (NumPy's iterator buffer), the blocks
/// being the inner loops — so no full-size converted copy exists, and float sums of cast input
/// are pairwise per block, as in NumPy.
struct ReduceExecution: DTypeVisitor {
    let op: BinaryOperator
    let input: NDArray
    /// The result, with the input's number of dimensions (length 1 on the reduced axes).
    let result: NDArray

    /// NumPy's default iterator buffer size, in elements.
    static let bufferLength = 8192

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        switch op {
        case .add: try run(T.self, pairwise: true) { T.add($0, $1) }
        case .subtract: try run(T.self, pairwise: false) { T.subtract($0, $1) }
        case .multiply: try run(T.self, pairwise: false) { T.multiply($0, $1) }
        case .maximum: try run(T.self, pairwise: false) { T.maximum($0, $1) }
        case .minimum: try run(T.self, pairwise: false) { T.minimum($0, $1) }
        case .fmax: try run(T.self, pairwise: false) { T.apply(.fmax, $0, $1) }
        case .fmin: try run(T.self, pairwise: false) { T.apply(.fmin, $0, $1) }
        default: throw .invalidArgument("\(op.rawValue).reduce is not supported")
        }
    }

    private func run<T: ArrayElement>(_: T.Type, pairwise: Bool, _ f: (T, T) -> T) throws(EngineError) {
        let plan = StridedLoop(shape: input.shape, strides: [input.strides, result.broadcastStrides(to: input.shape)])
        let converting = input.dtype != T.dtype
        let buffer = UnsafeMutablePointer<T>.allocate(capacity: converting ? Self.bufferLength : 1)
        defer { buffer.deallocate() }
        let inType = input.dtype
        let t = MemoryLayout<T>.stride
        try plan.forEachRun(bases: [input.baseAddress, result.baseAddress]) { p, s, n throws(EngineError) in
            var done = 0
            while done < n {
                let m = converting ? Swift.min(Self.bufferLength, n - done) : n
                let source: UnsafeRawPointer, stride: Int
                if converting {
                    inType.dispatchConversion(from: p[0] + done * s[0], stride: s[0], count: m, into: buffer)
                    (source, stride) = (UnsafeRawPointer(buffer), t)
                } else {
                    (source, stride) = (UnsafeRawPointer(p[0]), s[0])
                }
                let target = p[1] + done * s[1]
                if s[1] == 0 {
                    target.storeBytes(of: Self.fold(target.load(as: T.self), source, count: m, stride: stride,
                                                   pairwise: pairwise, f), as: T.self)
                } else {
                    for i in 0..<m {
                        let o = target + i * s[1]
                        o.storeBytes(of: f(o.load(as: T.self), (source + i * stride).load(as: T.self)), as: T.self)
                    }
                }
                done += m
            }
        }
        withExtendedLifetime((input, result)) {}
    }

    /// `initial op x₀ op x₁ …`: for a float `add`, `initial + pairwise(x)`; else from left to right.
    @inline(__always)
    static func fold<T: ArrayElement>(_ initial: T, _ x: UnsafeRawPointer, count: Int, stride: Int,
                                      pairwise: Bool, _ f: (T, T) -> T) -> T {
        if pairwise, T.self == Double.self {
            let sum = PairwiseSum.sum(x, count: count, stride: stride, as: Double.self)
            return f(initial, unsafeBitCast(sum, to: T.self))
        }
        if pairwise, T.self == Float.self {
            let sum = PairwiseSum.sum(x, count: count, stride: stride, as: Float.self)
            return f(initial, unsafeBitCast(sum, to: T.self))
        }
        var value = initial
        for i in 0..<count { value = f(value, (x + i * stride).load(as: T.self)) }
        return value
    }
}

/// Runs one accumulation for the compute element type `T`: along `axis`,
/// `result[0] = input[0]` and `result[k] = op(result[k-1], input[k])`, from left to right
/// (NumPy's accumulate has no pairwise summation), for every position of the other axes.
struct AccumulateExecution: DTypeVisitor {
    let op: BinaryOperator
    let input: NDArray
    let result: NDArray
    let axis: Int

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        switch op {
        case .add: try run(T.self) { T.add($0, $1) }
        case .subtract: try run(T.self) { T.subtract($0, $1) }
        case .multiply: try run(T.self) { T.multiply($0, $1) }
        case .maximum: try run(T.self) { T.maximum($0, $1) }
        case .minimum: try run(T.self) { T.minimum($0, $1) }
        case .fmax: try run(T.self) { T.apply(.fmax, $0, $1) }
        case .fmin: try run(T.self) { T.apply(.fmin, $0, $1) }
        default: throw .invalidArgument("\(op.rawValue).accumulate is not supported")
        }
    }

    private func run<T: ArrayElement>(_: T.Type, _ f: (T, T) -> T) throws(EngineError) {
        let length = input.shape[axis]
        guard length > 0 else { return }
        var otherShape = input.shape, inStrides = input.strides, outStrides = result.strides
        otherShape.remove(at: axis); inStrides.remove(at: axis); outStrides.remove(at: axis)
        let inStep = input.strides[axis], outStep = result.strides[axis]
        let plan = StridedLoop(shape: otherShape, strides: [outStrides, inStrides])
        let converting = input.dtype != T.dtype
        let block = ReduceExecution.bufferLength
        let buffer = UnsafeMutablePointer<T>.allocate(capacity: converting ? block : 1)
        defer { buffer.deallocate() }
        let inType = input.dtype
        try plan.forEachRun(bases: [result.baseAddress, input.baseAddress]) { p, s, n throws(EngineError) in
            for lane in 0..<n {
                let out = p[0] + lane * s[0], source = p[1] + lane * s[1]
                var accumulator = T(intCast: 0)
                var done = 0
                while done < length {
                    let m = converting ? Swift.min(block, length - done) : length
                    let x: UnsafeRawPointer, step: Int
                    if converting {
                        inType.dispatchConversion(from: source + done * inStep, stride: inStep, count: m, into: buffer)
                        (x, step) = (UnsafeRawPointer(buffer), MemoryLayout<T>.stride)
                    } else {
                        (x, step) = (UnsafeRawPointer(source), inStep)
                    }
                    for i in 0..<m {
                        let value = (x + i * step).load(as: T.self)
                        accumulator = done + i == 0 ? value : f(accumulator, value)
                        (out + (done + i) * outStep).storeBytes(of: accumulator, as: T.self)
                    }
                    done += m
                }
            }
        }
        withExtendedLifetime((input, result)) {}
    }
}
