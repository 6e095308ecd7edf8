extension NDArray {
    /// NumPy's broadcast shape of several shapes: shapes are aligned on their last dimension,
    /// and along each dimension the lengths must be equal or 1 (a missing dimension counts
    /// as 1); the result takes the larger length.
    ///
    /// - Throws: ``EngineError/broadcastMismatch(_:)`` naming every shape, as NumPy does.
    public static func broadcastShape(_ shapes: [[Int]]) throws(EngineError) -> [Int] {
        // Operands of one shape (the common case, and every call on same-shaped arrays).
        if let first = shapes.first, shapes.allSatisfy({ $0 == first }) { return first }
        let ndim = shapes.map { $0.count }.max() ?? 0
        var result = [Int](repeating: 1, count: ndim)
        for shape in shapes {
            let pad = ndim - shape.count
            for (axis, length) in shape.enumerated() {
                let current = result[pad + axis]
                if current == length || length == 1 { continue }
                if current == 1 {
                    result[pad + axis] = length
                } else {
                    throw .broadcastMismatch(shapes)
                }
            }
        }
        return result
    }

    /// The byte strides with which this array is read when broadcast to `shape`: stride 0
    /// along every dimension that is added in front or that has length 1 here. Allocates
    /// nothing (NumPy's `broadcast_to` view).
    public func broadcastStrides(to shape: [Int]) -> [Int] {
        let pad = shape.count - ndim
        var result = [Int](repeating: 0, count: shape.count)
        for axis in 0..<ndim where self.shape[axis] != 1 || shape[pad + axis] == 1 {
            result[pad + axis] = self.shape[axis] == 1 ? 0 : strides[axis]
        }
        return result
    }
}
