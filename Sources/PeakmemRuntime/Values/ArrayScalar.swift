import PeakmemEngine

/// A NumPy scalar ("array scalar"): `np.float64(1.5)`, `np.int32(3)`, `np.True_`.
///
/// NumPy gives one where it reads a single element: indexing an array with one integer per
/// dimension (`a[0, 1]`), iterating over a 1-d array, an operation whose operands are all 0-d
/// (`a[0] * 2`), calling a dtype (`np.float32(2)`). A NumPy scalar is a small Python object that
/// holds its value inline: it owns no array buffer, so the ledger never sees one.
///
/// Arithmetic on NumPy scalars follows NumPy 2's promotion (NEP 50): the scalar's dtype is
/// *strong* (`np.float32(1) * np.float64(1)` is float64), Python numbers are *weak*
/// (`np.float32(1) * 2.0` stays float32).
public struct ArrayScalar: Sendable, Hashable {
    /// The scalar's dtype.
    public let dtype: DType
    /// The value as its Python kind: `.bool` for `bool`, `.int` for the integer dtypes, `.float`
    /// for the float dtypes (a float32 value is held exactly as a double).
    public let value: Scalar

    /// The scalar of `dtype` holding `value` converted as C casts (NumPy's `np.float32(x)`,
    /// `np.uint8(300)` wraps to 44).
    public init(_ value: Scalar, dtype: DType) {
        self.dtype = dtype
        switch dtype {
        case .bool: self.value = .bool(value.value(as: Bool.self))
        case .uint8: self.value = .int(Int64(value.value(as: UInt8.self)))
        case .int32: self.value = .int(Int64(value.value(as: Int32.self)))
        case .int64: self.value = .int(value.value(as: Int64.self))
        case .float32: self.value = .float(Double(value.value(as: Float.self)))
        case .float64: self.value = .float(value.value(as: Double.self))
        // A real value of a complex dtype (`np.complex128(2.0)`): imaginary part 0.
        case .complex64: self.value = .float(Double(value.value(as: Float.self)))
        case .complex128: self.value = .float(value.value(as: Double.self))
        }
    }

    /// The element of a 0-d array (or a 0-d view), as NumPy's `a[()]` reads it.
    public init(element array: NDArray) throws(EngineError) {
        let cell = array.ndim == 0 ? array : try array.reshape([])
        switch array.dtype {
        case .bool: self.init(.bool(try cell.element([], as: Bool.self)), dtype: .bool)
        case .uint8, .int32, .int64: self.init(.int(try cell.element([], as: Int64.self)), dtype: array.dtype)
        case .float32, .float64: self.init(.float(try cell.element([], as: Double.self)), dtype: array.dtype)
        case .complex64, .complex128:
            throw .unsupportedDType("a single element of a \(array.dtype) array (a NumPy complex scalar) is not supported yet; keep it as an array, e.g. z[0:1]")
        }
    }

    /// A new 0-d array holding the value (what NumPy makes of a scalar operand of a ufunc).
    /// Allocates `itemsize` bytes in the current ledger.
    public func makeArray() throws(EngineError) -> NDArray {
        try NDArray.full([], value, dtype: dtype)
    }

    /// `np.True_`.
    public static let boolTrue = ArrayScalar(.bool(true), dtype: .bool)
    /// `np.False_`.
    public static let boolFalse = ArrayScalar(.bool(false), dtype: .bool)

    /// The value as a double.
    public var doubleValue: Double {
        switch value {
        case .bool(let b): b ? 1 : 0
        case .int(let i): Double(i)
        case .float(let d): d
        }
    }

    /// The value as an integer, when the dtype is bool or an integer dtype.
    public var integerValue: Int? {
        switch value {
        case .bool(let b): b ? 1 : 0
        case .int(let i): Int(i)
        case .float: nil
        }
    }
}
