extension NDArray {
    /// NumPy's `C_CONTIGUOUS` flag: the elements fill the bytes from `offset` in row-major
    /// order. Dimensions of length 1 are ignored, and an array with no elements is contiguous
    /// (NumPy's rule since 1.8, "relaxed strides").
    public var isCContiguous: Bool {
        NDArray.isContiguous(shape: shape, strides: strides, itemSize: itemSize, axes: shape.indices.reversed())
    }

    /// NumPy's `F_CONTIGUOUS` flag: as ``isCContiguous`` in column-major order.
    public var isFContiguous: Bool {
        NDArray.isContiguous(shape: shape, strides: strides, itemSize: itemSize, axes: Array(shape.indices))
    }

    /// True when the array is C- or Fortran-contiguous.
    public var isContiguous: Bool { isCContiguous || isFContiguous }

    /// The flags NumPy prints for `a.flags` that the engine tracks.
    public var flags: ArrayFlags {
        ArrayFlags(cContiguous: isCContiguous, fContiguous: isFContiguous)
    }

    static func isContiguous(shape: [Int], strides: [Int], itemSize: Int, axes: [Int]) -> Bool {
        if shape.contains(0) { return true }
        var expected = itemSize
        for axis in axes where shape[axis] != 1 {
            if strides[axis] != expected { return false }
            expected *= shape[axis]
        }
        return true
    }
}

/// The contiguity flags of an array, as NumPy's `ndarray.flags` reports them.
public struct ArrayFlags: Sendable, Hashable, Codable {
    /// `C_CONTIGUOUS`.
    public var cContiguous: Bool
    /// `F_CONTIGUOUS`.
    public var fContiguous: Bool
}
