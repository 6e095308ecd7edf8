/// The sum-of-products kernel of NumPy's C einsum: one pass over every combination of label
/// values, adding the product of the operands' elements into the output element the output
/// labels select. It allocates nothing: repeated labels of one operand read its diagonal
/// through the sum of their strides, a dimension of length 1 broadcasts through stride 0, and
/// operands of another dtype are converted element by element (NumPy converts them in its
/// iterator's buffers, which are not data buffers either).
///
/// The labels are visited with the one of smallest strides innermost (as NumPy's iterator
/// reorders axes for memory order); the inner loop has fast forms for one and two operands of
/// the computation's dtype, and keeps a running sum in a register when the innermost label is
/// summed away.
struct EinsumLoop: DTypeVisitor {
    /// The operands, each with one byte stride per loop label (0 where it lacks the label).
    let operands: [NDArray]
    let operandStrides: [[Int]]
    /// The output (zeroed beforehand) and its byte stride per loop label (0 for summed labels).
    let output: NDArray
    let outputStrides: [Int]
    /// The length of each loop label.
    let lengths: [Int]
    /// False when every label is an output label and the output is fresh: each output element
    /// is then visited once and written (`=`), not read and added to (`+=`).
    let accumulate: Bool

    /// Prepares the loop for `subscripts` over `operands` into the zeroed `output`.
    init(subscripts: EinsumSubscripts, sizes: [Character: Int], operands: [NDArray], output: NDArray, accumulate: Bool = true) {
        var labels = subscripts.output + Set(subscripts.inputs.flatMap { $0 }).subtracting(subscripts.output).sorted()
        labels.removeAll { sizes[$0, default: 1] == 1 }
        func strides(of labelList: [Character], _ array: NDArray) -> [Int] {
            labels.map { label in
                var stride = 0
                for (axis, own) in labelList.enumerated() where own == label && array.shape[axis] != 1 {
                    stride += array.strides[axis]
                }
                return stride
            }
        }
        var operandStrides = zip(subscripts.inputs, operands).map { strides(of: $0, $1) }
        var outputStrides = strides(of: subscripts.output, output)
        // Outer labels first: order by the largest stride any array takes along them.
        let weight = labels.indices.map { index in
            (operandStrides.map { abs($0[index]) } + [abs(outputStrides[index])]).max() ?? 0
        }
        let order = labels.indices.sorted { weight[$0] > weight[$1] }
        operandStrides = operandStrides.map { list in order.map { list[$0] } }
        outputStrides = order.map { outputStrides[$0] }
        var lengths = order.map { sizes[labels[$0]]! }
        // Coalesce: a label whose every stride is its inner neighbour's times that one's length
        // continues it (as NumPy's iterator merges such axes), so the two run as one longer loop.
        var level = lengths.count - 2
        while level >= 0 {
            let inner = level + 1, length = lengths[inner]
            let continues = { (list: [Int]) in list[level] == list[inner] * length }
            if continues(outputStrides), operandStrides.allSatisfy(continues) {
                lengths[inner] *= lengths[level]
                lengths.remove(at: level)
                outputStrides.remove(at: level)
                for k in operandStrides.indices { operandStrides[k].remove(at: level) }
            }
            level -= 1
        }
        self.operands = operands
        self.operandStrides = operandStrides
        self.output = output
        self.outputStrides = outputStrides
        self.lengths = lengths
        self.accumulate = accumulate
    }

    func visit<T: ArrayElement>(_: T.Type) throws(EngineError) {
        defer { withExtendedLifetime((operands, output)) {} }
        guard !lengths.contains(0) else { return }
        let count = operands.count
        let depth = lengths.count
        let inner = depth > 0 ? lengths[depth - 1] : 1
        let innerStrides = depth > 0 ? operandStrides.map { $0[depth - 1] } : [Int](repeating: 0, count: count)
        let innerOut = depth > 0 ? outputStrides[depth - 1] : 0
        let native = operands.allSatisfy { $0.dtype == T.dtype }
        var pointers = operands.map { $0.baseAddress }
        var target = output.baseAddress
        var counter = [Int](repeating: 0, count: Swift.max(depth - 1, 0))
        while true {
            if native {
                Self.innerNative(T.self, pointers, innerStrides, target, innerOut, inner, accumulate)
            } else {
                Self.innerConverting(T.self, pointers, operands, innerStrides, target, innerOut, inner, accumulate)
            }
            // Advance the odometer over the outer labels.
            var level = depth - 2
            while level >= 0 {
                counter[level] += 1
                for k in 0..<count { pointers[k] += operandStrides[k][level] }
                target += outputStrides[level]
                if counter[level] < lengths[level] { break }
                for k in 0..<count { pointers[k] -= operandStrides[k][level] * lengths[level] }
                target -= outputStrides[level] * lengths[level]
                counter[level] = 0
                level -= 1
            }
            if level < 0 { return }
        }
    }

    /// The inner loop when every operand is stored as `T`.
    @inline(__always)
    private static func innerNative<T: ArrayElement>(_: T.Type, _ pointers: [UnsafeMutableRawPointer], _ strides: [Int],
                                                     _ target: UnsafeMutableRawPointer, _ outStride: Int, _ length: Int, _ accumulate: Bool) {
        let out = target.assumingMemoryBound(to: T.self)
        switch pointers.count {
        case 1:
            let (p, s) = (pointers[0], strides[0])
            if outStride == 0 {
                var sum = T(intCast: 0)
                for i in 0..<length { sum = T.add(sum, p.load(fromByteOffset: i * s, as: T.self)) }
                out.pointee = accumulate ? T.add(out.pointee, sum) : sum
            } else {
                for i in 0..<length {
                    let o = (target + i * outStride).assumingMemoryBound(to: T.self)
                    let x = p.load(fromByteOffset: i * s, as: T.self)
                    o.pointee = accumulate ? T.add(o.pointee, x) : x
                }
            }
        case 2:
            let (p, q, s, t) = (pointers[0], pointers[1], strides[0], strides[1])
            if outStride == 0 {
                var sum = T(intCast: 0)
                if s == MemoryLayout<T>.stride, t == MemoryLayout<T>.stride {
                    let x = p.assumingMemoryBound(to: T.self), y = q.assumingMemoryBound(to: T.self)
                    for i in 0..<length { sum = T.add(sum, T.multiply(x[i], y[i])) }
                } else {
                    for i in 0..<length {
                        sum = T.add(sum, T.multiply(p.load(fromByteOffset: i * s, as: T.self), q.load(fromByteOffset: i * t, as: T.self)))
                    }
                }
                out.pointee = accumulate ? T.add(out.pointee, sum) : sum
            } else if s == MemoryLayout<T>.stride, t == MemoryLayout<T>.stride, outStride == MemoryLayout<T>.stride {
                let x = p.assumingMemoryBound(to: T.self), y = q.assumingMemoryBound(to: T.self)
                if accumulate {
                    for i in 0..<length { out[i] = T.add(out[i], T.multiply(x[i], y[i])) }
                } else {
                    for i in 0..<length { out[i] = T.multiply(x[i], y[i]) }
                }
            } else if outStride == MemoryLayout<T>.stride, Swift.min(s, t) == 0, Swift.max(s, t) == MemoryLayout<T>.stride {
                // One operand fixed along the loop (an outer product's row): a scaled copy.
                let c = (s == 0 ? p : q).load(as: T.self), y = (s == 0 ? q : p).assumingMemoryBound(to: T.self)
                if accumulate {
                    for i in 0..<length { out[i] = T.add(out[i], T.multiply(c, y[i])) }
                } else {
                    for i in 0..<length { out[i] = T.multiply(c, y[i]) }
                }
            } else {
                for i in 0..<length {
                    let o = (target + i * outStride).assumingMemoryBound(to: T.self)
                    let product = T.multiply(p.load(fromByteOffset: i * s, as: T.self), q.load(fromByteOffset: i * t, as: T.self))
                    o.pointee = accumulate ? T.add(o.pointee, product) : product
                }
            }
        default:
            for i in 0..<length {
                var product = pointers[0].load(fromByteOffset: i * strides[0], as: T.self)
                for k in 1..<pointers.count {
                    product = T.multiply(product, pointers[k].load(fromByteOffset: i * strides[k], as: T.self))
                }
                let o = (target + i * outStride).assumingMemoryBound(to: T.self)
                o.pointee = accumulate ? T.add(o.pointee, product) : product
            }
        }
    }

    /// The inner loop when some operand is stored in another dtype: each element converted.
    private static func innerConverting<T: ArrayElement>(_: T.Type, _ pointers: [UnsafeMutableRawPointer], _ operands: [NDArray],
                                                         _ strides: [Int], _ target: UnsafeMutableRawPointer, _ outStride: Int, _ length: Int, _ accumulate: Bool) {
        for i in 0..<length {
            var product: T = ElementReader<T>.read(pointers[0] + i * strides[0], dtype: operands[0].dtype)
            for k in 1..<pointers.count {
                product = T.multiply(product, ElementReader<T>.read(pointers[k] + i * strides[k], dtype: operands[k].dtype))
            }
            let o = (target + i * outStride).assumingMemoryBound(to: T.self)
            o.pointee = accumulate ? T.add(o.pointee, product) : product
        }
    }
}
