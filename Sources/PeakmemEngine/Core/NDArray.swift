/// An n-dimensional array with NumPy's memory model.
///
/// An array is a *view descriptor* over an ``ArrayStorage``: the element at index
/// `(i₀, …, iₙ₋₁)` lives at byte
///
///     offset + i₀·strides[0] + … + iₙ₋₁·strides[n-1]
///
/// from `storage.base`. **Strides and the offset are in bytes**, as NumPy's `.strides` are, and
/// may be zero (broadcast) or negative (reversed slices). Several arrays may share one storage
/// (views); the storage is freed when the last of them goes away, so copying an `NDArray`
/// value copies the descriptor, never the data, exactly like binding a second Python name.
///
/// A C-ordered (row-major) array of shape `(m, n)` and dtype of `s` bytes has strides
/// `(n·s, s)`; its Fortran-ordered (column-major) twin has strides `(s, m·s)`.
///
/// Sendable (unchecked): a value descriptor over an ``ArrayStorage``, under the storage's rule
/// (one writer at a time, or disjoint ranges of one fused evaluation).
public struct NDArray: @unchecked Sendable {
    /// The buffer this array reads and writes; shared with its views.
    public internal(set) var storage: ArrayStorage
    /// The element type.
    public let dtype: DType
    /// The length of each dimension.
    public let shape: [Int]
    /// The byte distance between neighbours along each dimension.
    public let strides: [Int]
    /// The byte position of element `(0, …, 0)` in `storage`.
    public let offset: Int
    /// True for a view NumPy marks read-only (`np.broadcast_to`'s), and for the views made
    /// from it (see ``view(shape:strides:offset:)``): writing through it is refused.
    public internal(set) var isReadOnly = false

    /// Creates a view on `storage`. The caller guarantees that every element it can address
    /// lies inside the storage.
    public init(storage: ArrayStorage, dtype: DType, shape: [Int], strides: [Int], offset: Int = 0) {
        precondition(shape.count == strides.count, "shape and strides differ in length")
        self.storage = storage
        self.dtype = dtype
        self.shape = shape
        self.strides = strides
        self.offset = offset
    }

    /// A new, uninitialised array (NumPy's `np.empty`) in C (`"C"`) or Fortran (`"F"`) order.
    public init(empty shape: [Int], dtype: DType = .float64, order: MemoryOrder = .c, zeroed: Bool = false)
        throws(EngineError)
    {
        let bytes = try NDArray.checkedByteCount(shape: shape, itemSize: dtype.itemSize)
        let storage: ArrayStorage
        do {
            storage = try ArrayStorage(byteCount: bytes, zeroed: zeroed, dtype: dtype, shape: shape)
        } catch .outOfMemory {
            throw .outOfMemory(bytes: bytes, shape: shape, dtype: dtype)
        }
        self.init(storage: storage, dtype: dtype, shape: shape,
                  strides: NDArray.contiguousStrides(shape: shape, itemSize: dtype.itemSize, order: order))
    }

    /// The bytes of a `shape` array of `itemSize`-byte elements, checked as NumPy checks a new
    /// array (`PyArray_NewFromDescr_int`): a negative length is refused, and a product
    /// `itemSize · n₀ · n₁ ⋯` that does not fit a signed 64-bit count is ``EngineError/arrayTooBig``
    /// (a zero length makes the product 0 whatever follows). Every shape the engine allocates
    /// or views goes through here or ``checkedElementCount(_:)``, so no product of lengths traps.
    public static func checkedByteCount(shape: [Int], itemSize: Int) throws(EngineError) -> Int {
        guard shape.allSatisfy({ $0 >= 0 }) else { throw .negativeDimension }
        if shape.contains(0) { return 0 }
        var bytes = itemSize
        for length in shape {
            let (product, overflow) = bytes.multipliedReportingOverflow(by: length)
            guard !overflow else { throw .arrayTooBig }
            bytes = product
        }
        return bytes
    }

    /// The number of elements of `shape`, checked: ``EngineError/arrayTooBig`` when the product
    /// of the lengths does not fit a signed 64-bit count.
    public static func checkedElementCount(_ shape: [Int]) throws(EngineError) -> Int {
        try checkedByteCount(shape: shape, itemSize: 1)
    }

    /// Number of dimensions.
    public var ndim: Int { shape.count }
    /// Number of elements.
    public var size: Int { shape.reduce(1, *) }
    /// Bytes the elements occupy (NumPy's `nbytes`: `size · itemsize`, whatever the strides).
    public var nbytes: Int { size * dtype.itemSize }
    /// Bytes per element.
    public var itemSize: Int { dtype.itemSize }
    /// The address of element `(0, …, 0)`.
    public var baseAddress: UnsafeMutableRawPointer { storage.base + offset }

    /// The strides of a contiguous array of `shape` in `order`, in bytes. Dimensions of
    /// length 0 or 1 get the stride they would have in a contiguous layout, as NumPy does.
    public static func contiguousStrides(shape: [Int], itemSize: Int, order: MemoryOrder) -> [Int] {
        var strides = [Int](repeating: 0, count: shape.count)
        var step = itemSize
        let axes: [Int] = order == .fortran ? Array(shape.indices) : shape.indices.reversed()
        for axis in axes {
            strides[axis] = step
            step *= Swift.max(shape[axis], 1)
        }
        return strides
    }

    /// Resolves a possibly negative axis against `ndim` (NumPy's `normalize_axis_index`).
    public static func normalize(axis: Int, ndim: Int) throws(EngineError) -> Int {
        let resolved = axis < 0 ? axis + ndim : axis
        guard resolved >= 0, resolved < ndim else { throw .axisOutOfBounds(axis: axis, ndim: ndim) }
        return resolved
    }
}

/// The memory order of a new array or a copy.
public enum MemoryOrder: String, Sendable, Hashable, CaseIterable {
    /// Row-major: the last index varies fastest.
    case c = "C"
    /// Column-major: the first index varies fastest.
    case fortran = "F"
    /// `F` if the source is Fortran-contiguous and not C-contiguous, else `C`.
    case any = "A"
    /// As close to the source's layout as possible.
    case keep = "K"
}
