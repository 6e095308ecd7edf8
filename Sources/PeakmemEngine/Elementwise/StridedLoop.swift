/// The traversal of several arrays of one shape, element by element, as NumPy's `nditer`
/// plans it: dimensions of length 1 are dropped, the remaining ones ordered from the largest
/// to the smallest stride of the first operand (the output), and neighbouring dimensions
/// merged whenever every operand steps through them as through one
/// (`stride[outer] == stride[inner] · shape[inner]`). What is left is an outer odometer and
/// an inner run of `count` elements with one byte stride per operand, handed to a kernel.
///
/// Contiguous operands of one layout reduce to a single run over all elements, which the
/// kernels turn into a tight, vectorisable loop.
struct StridedLoop {
    /// The planned dimensions, outermost first.
    let shape: [Int]
    /// Per operand, its byte strides along `shape`.
    let strides: [[Int]]

    /// Plans the traversal of `shape` for operands with the given byte strides.
    ///
    /// - Parameter cOrder: visit the elements in C order (last index fastest), as NumPy's
    ///   `NPY_CORDER` iteration does, instead of in the first operand's memory order.
    init(shape fullShape: [Int], strides operandStrides: [[Int]], cOrder: Bool = false) {
        var axes = fullShape.indices.filter { fullShape[$0] != 1 }
        let lead = operandStrides[0]
        // Outermost = largest absolute stride of the first operand; stable for ties (one axis
        // needs no ordering: a 1-d operand's loop is built without sorting).
        if !cOrder, axes.count > 1 {
            axes = axes.enumerated().sorted { lhs, rhs in
                let a = abs(lead[lhs.element]), b = abs(lead[rhs.element])
                return a != b ? a > b : lhs.offset < rhs.offset
            }.map(\.element)
        }
        var shape: [Int] = []
        var strides: [[Int]] = operandStrides.map { _ in [] }
        for axis in axes {
            if let last = shape.indices.last,
               operandStrides.indices.allSatisfy({ strides[$0][last] == operandStrides[$0][axis] * fullShape[axis] }) {
                shape[last] *= fullShape[axis]
                for op in operandStrides.indices { strides[op][last] = operandStrides[op][axis] }
            } else {
                shape.append(fullShape[axis])
                for op in operandStrides.indices { strides[op].append(operandStrides[op][axis]) }
            }
        }
        self.shape = shape
        self.strides = strides
    }

    /// Number of elements visited.
    var count: Int { shape.reduce(1, *) }

    /// Calls `body(pointers, innerStrides, count)` for each inner run, with the operands'
    /// addresses of the run's first element. `bases` are the operands' element-0 addresses.
    func forEachRun(
        bases: [UnsafeMutableRawPointer],
        _ body: (_ pointers: UnsafeBufferPointer<UnsafeMutableRawPointer>, _ strides: UnsafeBufferPointer<Int>,
                 _ count: Int) throws(EngineError) -> Void
    ) throws(EngineError) {
        let operands = bases.count
        if shape.contains(0) { return }
        if shape.isEmpty {
            // A 0-d traversal: one element.
            let zero = [Int](repeating: 0, count: operands)
            try bases.withUnsafeBufferPointer { (p) throws(EngineError) in
                try zero.withUnsafeBufferPointer { (s) throws(EngineError) in try body(p, s, 1) }
            }
            return
        }
        let inner = shape.count - 1
        let innerStrides = strides.map { $0[inner] }
        var pointers = bases
        var index = [Int](repeating: 0, count: inner)
        try innerStrides.withUnsafeBufferPointer { (innerBuffer) throws(EngineError) in
            while true {
                try pointers.withUnsafeBufferPointer { (p) throws(EngineError) in
                    try body(p, innerBuffer, shape[inner])
                }
                // Advance the odometer over the outer dimensions.
                var axis = inner - 1
                while axis >= 0 {
                    index[axis] += 1
                    if index[axis] < shape[axis] {
                        for op in 0..<operands { pointers[op] += strides[op][axis] }
                        break
                    }
                    for op in 0..<operands { pointers[op] -= strides[op][axis] * (shape[axis] - 1) }
                    index[axis] = 0
                    axis -= 1
                }
                if axis < 0 { return }
            }
        }
    }
}
