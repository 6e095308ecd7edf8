/// How ``NDArray/padded(_:mode:)`` fills the pad area: the `mode=` of NumPy's `np.pad` that the
/// engine models.
public enum PadMode: Sendable, Hashable {
    /// `'constant'`: the `(before, after)` value of each axis (`constant_values=`).
    case constant([PadPair<Scalar>])
    /// `'empty'`: the pad area is left uninitialised.
    case empty
    /// `'edge'`: the edge value of each axis repeated.
    case edge
    /// `'reflect'`: the values mirrored about the edge, which is not repeated
    /// (`reflect_type='even'`).
    case reflect
    /// `'symmetric'`: the values mirrored with the edge repeated (`reflect_type='even'`).
    case symmetric
    /// `'wrap'`: the values of the other end, periodically.
    case wrap
}

/// A `(before, after)` pair of one axis: NumPy's `pad_width` and `constant_values` entries.
public struct PadPair<Element: Sendable & Hashable>: Sendable, Hashable {
    /// The value for the start of the axis.
    public var before: Element
    /// The value for the end of the axis.
    public var after: Element

    /// A pair.
    public init(_ before: Element, _ after: Element) {
        self.before = before
        self.after = after
    }
}
