/// Reading and writing single elements as complex numbers, for the operations on the complex
/// dtypes (``DType/complex64``, ``DType/complex128``), which the generic ``ArrayElement``
/// kernels do not cover.
///
/// A complex element is stored as its real part followed by its imaginary part (two float32
/// for complex64, two float64 for complex128). A real element reads as `(x, 0)`; a complex
/// value written into a real dtype keeps its real part, as NumPy's `complex → real` cast does
/// (NumPy also warns `ComplexWarning` there).
public enum ComplexElements {
    /// The element of `dtype` at `address` as (real, imaginary).
    @inline(__always)
    public static func read(_ address: UnsafeRawPointer, dtype: DType) -> (Double, Double) {
        switch dtype {
        case .complex128:
            return (address.load(as: Double.self), (address + 8).load(as: Double.self))
        case .complex64:
            return (Double(address.load(as: Float.self)), Double((address + 4).load(as: Float.self)))
        default:
            return (ElementReader<Double>.read(UnsafeMutableRawPointer(mutating: address), dtype: dtype), 0)
        }
    }

    /// Writes `value` as an element of `dtype` at `address`.
    @inline(__always)
    public static func write(_ value: (Double, Double), to address: UnsafeMutableRawPointer, dtype: DType) {
        switch dtype {
        case .complex128:
            address.storeBytes(of: value.0, as: Double.self)
            (address + 8).storeBytes(of: value.1, as: Double.self)
        case .complex64:
            address.storeBytes(of: Float(value.0), as: Float.self)
            (address + 4).storeBytes(of: Float(value.1), as: Float.self)
        default:
            var real = value.0
            withUnsafePointer(to: &real) { dtype.storeCast(from: UnsafeRawPointer($0), dtype: .float64, to: address) }
        }
    }
}

extension NDArray {
    /// Calls `body` with the byte offsets (from each array's `baseAddress`) of every element
    /// of `shape`, in C order, for arrays of the given byte strides (0 along broadcast axes).
    static func forEachOffset(shape: [Int], strides: [[Int]], _ body: ([Int]) -> Void) {
        let count = shape.reduce(1, *)
        guard count > 0 else { return }
        var index = [Int](repeating: 0, count: shape.count)
        var offsets = [Int](repeating: 0, count: strides.count)
        for _ in 0..<count {
            body(offsets)
            var axis = shape.count - 1
            while axis >= 0 {
                index[axis] += 1
                for k in strides.indices { offsets[k] += strides[k][axis] }
                if index[axis] < shape[axis] { break }
                for k in strides.indices { offsets[k] -= strides[k][axis] * shape[axis] }
                index[axis] = 0
                axis -= 1
            }
        }
    }

    /// Copies `self` (broadcast to `target`'s shape) into `target` when either is complex,
    /// element by element through ``ComplexElements``.
    func assignComplex(to target: NDArray) {
        let sourceStrides = broadcastStrides(to: target.shape)
        let source = baseAddress, destination = target.baseAddress
        let from = dtype, to = target.dtype
        NDArray.forEachOffset(shape: target.shape, strides: [sourceStrides, target.strides]) { offsets in
            ComplexElements.write(ComplexElements.read(source + offsets[0], dtype: from), to: destination + offsets[1], dtype: to)
        }
    }
}
