extension NDArray {
    /// `a.T`: the view with the axes reversed. A C-contiguous array's transpose is
    /// Fortran-contiguous and the reverse. Allocates nothing.
    public var T: NDArray {
        view(shape: shape.reversed(), strides: strides.reversed(), offset: offset)
    }

    /// `a.transpose(axes)`: the view whose axis `i` is this array's axis `axes[i]` (negative
    /// axes count from the end); `nil` reverses the axes. Allocates nothing.
    public func transpose(_ axes: [Int]? = nil) throws(EngineError) -> NDArray {
        guard let axes else { return T }
        guard axes.count == ndim else { throw .axesDontMatch }
        var seen = Set<Int>()
        var resolved: [Int] = []
        for axis in axes {
            let a = try NDArray.normalize(axis: axis, ndim: ndim)
            guard seen.insert(a).inserted else { throw .invalidArgument("repeated axis in transpose") }
            resolved.append(a)
        }
        return view(shape: resolved.map { shape[$0] }, strides: resolved.map { strides[$0] }, offset: offset)
    }

    /// `a.swapaxes(axis1, axis2)`: the view with two axes exchanged. Allocates nothing.
    public func swapaxes(_ axis1: Int, _ axis2: Int) throws(EngineError) -> NDArray {
        let a = try NDArray.normalize(axis: axis1, ndim: ndim)
        let b = try NDArray.normalize(axis: axis2, ndim: ndim)
        var order = Array(0..<ndim)
        order.swapAt(a, b)
        return try transpose(order)
    }
}
