import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The engine's numexpr: evaluates a ``FusedExpression`` block by block, on every core, with
/// no full-size temporary.
///
/// The result's elements (in C order) are cut into chunks of whole blocks that the threads
/// claim one after another from a shared counter (as numexpr's threads take their next block
/// index), so a thread that gets a core late, on a loaded machine, does less of the work
/// instead of holding everyone up; each thread runs the compiled ``FusedProgram`` on blocks
/// of ``blockLength`` elements, its registers in scratch buffers of `blockLength · 8` bytes. Memory: exactly one array buffer,
/// the result (`size · itemsize` of numexpr's result dtype), or none with `out`; the register
/// scratch (a few hundred KiB per thread) is not an array buffer and is not in the ledger, as
/// numexpr's registers are not in NumPy's data-allocation domain.
public enum FusedEvaluator {
    /// Elements per block (numexpr's `BLOCK_SIZE1` is 1024 for its virtual machine; 4096
    /// float64 values, 32 KiB a register, keep a program's registers in L2).
    public static let blockLength = 4096

    /// Results smaller than this run on one thread (thread start-up would cost more).
    static let parallelThreshold = 1 << 15

    /// The most blocks a thread claims at once (64 Ki float64 elements, 512 KiB of result).
    static let claimBlocks = 16

    /// How a result may be converted into `out` (numexpr's and NumPy's `casting`).
    public enum Casting: String, Sendable, CaseIterable {
        case no, equiv, safe
        case sameKind = "same_kind"
        case unsafe

        /// True when a `from` result may be written into a `to` array under this rule.
        public func allows(_ from: DType, _ to: DType) -> Bool {
            switch self {
            case .no, .equiv: from == to
            case .safe: from.canCastSafely(to: to)
            case .sameKind: from.canCastSameKind(to: to)
            case .unsafe: true
            }
        }
    }

    /// The dtype of `expression`'s value under numexpr's typing rules.
    public static func resultType(_ expression: FusedExpression) throws(EngineError) -> DType {
        try FusedProgram(expression).resultKind.dtype
    }

    /// Evaluates `expression` into a new array, or into `out`.
    ///
    /// - Parameters:
    ///   - threads: the threads to use (nil: one per core, as numexpr's default).
    /// - Throws: what compiling refuses (``FusedProgram/init(_:)``), an `out` of another shape
    ///   or of a dtype `casting` does not allow, a memory limit for the result.
    public static func evaluate(_ expression: FusedExpression, out: NDArray? = nil, casting: Casting = .sameKind,
                                threads: Int? = nil) throws(EngineError) -> NDArray {
        let program = try FusedProgram(expression)
        let resultType = program.resultKind.dtype
        let result: NDArray
        if let out {
            guard out.shape == program.shape || (program.shape.isEmpty && out.size == 1) else {
                throw .badOutput("output operand with shape \(EngineError.shapeText(out.shape)) doesn't match the result shape \(EngineError.shapeText(program.shape))")
            }
            guard casting.allows(resultType, out.dtype) else {
                throw .castingRefused("Cannot cast the expression's result from dtype('\(resultType)') to dtype('\(out.dtype)') according to the rule '\(casting.rawValue)'")
            }
            result = out
        } else {
            result = try NDArray(empty: program.shape, dtype: resultType)
        }
        let total = result.size
        guard total > 0 else { return result }
        let blocks = (total + blockLength - 1) / blockLength
        let cores = threads ?? ProcessorCount.online
        let workers = total < parallelThreshold ? 1 : Swift.max(1, Swift.min(cores, blocks))
        let run = FusedRun(program: program, output: result)
        if workers == 1 {
            var pending = true
            run.evaluate { () -> Range<Int>? in
                defer { pending = false }
                return pending ? 0..<total : nil
            }
        } else {
            // About eight claims per thread, at most `claimBlocks` blocks each.
            let chunk = Swift.min(claimBlocks, Swift.max(1, blocks / (workers * 8))) * blockLength
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                run.evaluate { () -> Range<Int>? in
                    let start = run.nextElement.add(chunk, ordering: .relaxed).oldValue
                    return start < total ? start..<Swift.min(total, start + chunk) : nil
                }
            }
        }
        return result
    }
}

/// The number of online processors, read once.
public enum ProcessorCount {
    public static let online: Int = Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}

/// One evaluation: the program, how each input and the output are reached, and the work of
/// one thread over a range of the result's elements.
///
/// Sendable (unchecked): every property is a `let`; the threads of one evaluation read them and
/// claim element ranges through the atomic ``nextElement``, each writing only its own range of
/// `output`, and the caller joins them all before it reads the result.
final class FusedRun: @unchecked Sendable {
    let program: FusedProgram
    let output: NDArray
    let slots: [Int: Int]
    let slotCount: Int
    /// For each input register: the array and its strides broadcast to the result's shape.
    let inputs: [(register: Int, array: NDArray, strides: [Int], direct: Bool)]
    let constants: [(register: Int, value: Scalar)]
    let outputDirect: Bool
    /// The first element no thread has claimed yet (multi-threaded runs).
    let nextElement = Atomic<Int>(0)

    init(program: FusedProgram, output: NDArray) {
        self.program = program
        self.output = output
        (slots, slotCount) = program.temporarySlots()
        var inputs: [(Int, NDArray, [Int], Bool)] = [], constants: [(Int, Scalar)] = []
        for (r, register) in program.registers.enumerated() {
            switch register.source {
            case .input(let a):
                let direct = a.shape == output.shape && a.isCContiguous && a.dtype == register.kind.dtype
                inputs.append((r, a, a.broadcastStrides(to: output.shape), direct))
            case .constant(let value):
                constants.append((r, value))
            case .temporary:
                break
            }
        }
        self.inputs = inputs
        self.constants = constants
        outputDirect = output.isCContiguous && output.dtype == program.resultKind.dtype
    }

    /// Evaluates, on this thread, the ranges of the result's elements (C order) that `claim`
    /// hands out, until it returns nil.
    func evaluate(_ claim: () -> Range<Int>?) {
        let length = FusedEvaluator.blockLength
        let registerCount = program.registers.count
        // Scratch: the temporaries' slots, then one per constant, one per non-direct input, the output staging.
        let scratchCount = slotCount + constants.count + inputs.count + 1
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: scratchCount * length * 8, alignment: 64)
        let offsets = UnsafeMutablePointer<Int>.allocate(capacity: length)
        let pointers = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: registerCount)
        defer { scratch.deallocate(); offsets.deallocate(); pointers.deallocate() }
        func slot(_ i: Int) -> UnsafeMutableRawPointer { scratch + i * length * 8 }
        pointers.initialize(repeating: scratch, count: registerCount)
        for (register, slotIndex) in slots { pointers[register] = slot(slotIndex) }
        for (i, constant) in constants.enumerated() {
            let target = slot(slotCount + i)
            pointers[constant.register] = target
            program.registers[constant.register].kind.dtype.fill(target, with: constant.value, count: length)
        }
        let staging = slot(scratchCount - 1)
        let resultKind = program.resultKind
        let resultSize = resultKind.dtype.itemSize
        while let range = claim() {
            var start = range.lowerBound
            while start < range.upperBound {
                let n = Swift.min(length, range.upperBound - start)
                for (i, input) in inputs.enumerated() {
                    let kind = program.registers[input.register].kind
                    if input.direct {
                        pointers[input.register] = input.array.baseAddress + start * kind.dtype.itemSize
                    } else {
                        let target = slot(slotCount + constants.count + i)
                        pointers[input.register] = target
                        load(input.array, strides: input.strides, start: start, count: n, as: kind, into: target, offsets: offsets)
                    }
                }
                pointers[program.result] = outputDirect ? output.baseAddress + start * resultSize : staging
                for instruction in program.instructions {
                    FusedKernels.run(instruction, count: n, pointers)
                }
                if !outputDirect {
                    FlatWalk.offsets(shape: output.shape, strides: output.strides, start: start, count: n, into: offsets)
                    for i in 0..<n {
                        output.dtype.storeCast(from: staging + i * resultSize, dtype: resultKind.dtype, to: output.baseAddress + offsets[i])
                    }
                }
                start += n
            }
        }
    }

    /// Elements `start ..< start + count` (C order over the result's shape) of an input,
    /// converted to `kind` into `target`.
    private func load(_ array: NDArray, strides: [Int], start: Int, count: Int, as kind: FusedKind,
                      into target: UnsafeMutableRawPointer, offsets: UnsafeMutablePointer<Int>) {
        if array.shape == output.shape, array.isCContiguous {
            // uint8 has kind int: convert from the array's own dtype, not its kind's.
            FusedKernels.cast(array.baseAddress + start * array.itemSize, from: array.dtype, to: target, kind, count)
            return
        }
        FlatWalk.offsets(shape: output.shape, strides: strides, start: start, count: count, into: offsets)
        let size = kind.dtype.itemSize
        for i in 0..<count {
            kind.dtype.storeCast(from: array.baseAddress + offsets[i], dtype: array.dtype, to: target + i * size)
        }
    }
}

/// Byte offsets of consecutive elements in C order over a shape with given strides.
enum FlatWalk {
    /// Writes the offsets of elements `start ..< start + count` (flat C-order positions).
    static func offsets(shape: [Int], strides: [Int], start: Int, count: Int, into target: UnsafeMutablePointer<Int>) {
        let ndim = shape.count
        guard ndim > 0 else {
            for i in 0..<count { target[i] = 0 }
            return
        }
        var index = [Int](repeating: 0, count: ndim)
        var rest = start, offset = 0
        for axis in stride(from: ndim - 1, through: 0, by: -1) {
            index[axis] = rest % shape[axis]
            rest /= shape[axis]
            offset += index[axis] * strides[axis]
        }
        let last = ndim - 1, lastStride = strides[last], lastLength = shape[last]
        for i in 0..<count {
            target[i] = offset
            index[last] += 1
            offset += lastStride
            if index[last] == lastLength {
                var axis = last
                while axis >= 0, index[axis] == shape[axis] {
                    offset -= index[axis] * strides[axis]
                    index[axis] = 0
                    axis -= 1
                    if axis >= 0 {
                        index[axis] += 1
                        offset += strides[axis]
                    }
                }
            }
        }
    }
}

extension DType {
    /// Writes `count` copies of `value` (converted to this dtype) at `target`.
    func fill(_ target: UnsafeMutableRawPointer, with value: Scalar, count: Int) {
        func fill<T: ArrayElement>(_: T.Type) {
            target.assumingMemoryBound(to: T.self).update(repeating: value.value(as: T.self), count: count)
        }
        switch self {
        case .bool: fill(Bool.self)
        case .uint8: fill(UInt8.self)
        case .int32: fill(Int32.self)
        case .int64: fill(Int64.self)
        case .float32: fill(Float.self)
        case .float64: fill(Double.self)
        case .complex64, .complex128:
            // A real scalar as a complex element: real part, imaginary 0.
            let real = value.value(as: Double.self)
            for i in 0..<count {
                if self == .complex64 {
                    (target + 8 * i).storeBytes(of: Float(real), as: Float.self)
                    (target + 8 * i + 4).storeBytes(of: Float(0), as: Float.self)
                } else {
                    (target + 16 * i).storeBytes(of: real, as: Double.self)
                    (target + 16 * i + 8).storeBytes(of: Double(0), as: Double.self)
                }
            }
        }
    }
}
