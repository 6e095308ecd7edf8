extension NDArray {
    /// A new array with the same elements: NumPy's `a.copy(order=)` (whose default is `'C'`)
    /// and `np.copy(a, order=)` (default `'K'`).
    ///
    /// Memory: allocates exactly `nbytes` (1 byte when empty). `order` decides the layout of
    /// the copy: `.c` row-major, `.fortran` column-major, `.any` Fortran when the source is
    /// Fortran- and not C-contiguous, `.keep` the source's axis order by decreasing stride
    /// (with positive strides).
    public func copy(order: MemoryOrder = .c) throws(EngineError) -> NDArray {
        try astype(dtype, order: order, copy: true)
    }

    /// The elements converted to `dtype` (NumPy's `astype`, default `order='K'`, casting
    /// `'unsafe'`): C casts on x86-64, see ``ArrayElement``.
    ///
    /// Memory: with `copy: false` and the same dtype and an order the array already has, the
    /// array itself is returned and nothing is allocated; otherwise exactly
    /// `size · dtype.itemSize` bytes.
    public func astype(_ dtype: DType, order: MemoryOrder = .keep, copy: Bool = true) throws(EngineError) -> NDArray {
        if !copy, dtype == self.dtype, satisfies(order) { return self }
        let strides = layoutStrides(for: order, itemSize: dtype.itemSize)
        let result = try NDArray(storage: ArrayStorage(byteCount: size * dtype.itemSize, dtype: dtype, shape: shape), dtype: dtype,
                                 shape: shape, strides: strides)
        try assign(to: result)
        return result
    }

    /// NumPy's `np.ascontiguousarray(a)`: the array itself when it is C-contiguous (no
    /// allocation), else a C-ordered copy of exactly `nbytes`. A 0-d array becomes 1-d.
    public func ascontiguousarray() throws(EngineError) -> NDArray {
        let source = ndim == 0 ? NDArray(storage: storage, dtype: dtype, shape: [1], strides: [itemSize], offset: offset) : self
        return try source.isCContiguous ? source : source.copy(order: .c)
    }

    /// NumPy's `np.asfortranarray(a)`: the array itself when it is Fortran-contiguous (no
    /// allocation), else a Fortran-ordered copy of exactly `nbytes`. A 0-d array becomes 1-d.
    public func asfortranarray() throws(EngineError) -> NDArray {
        let source = ndim == 0 ? NDArray(storage: storage, dtype: dtype, shape: [1], strides: [itemSize], offset: offset) : self
        return try source.isFContiguous ? source : source.copy(order: .fortran)
    }

    /// Copies this array's elements into `target` (same shape or broadcastable to it),
    /// converting dtypes as C casts: NumPy's `np.copyto(target, self, casting='unsafe')`.
    /// Allocates nothing, unless the two overlap through different views (then the source is
    /// copied first, as NumPy does).
    public func assign(to target: NDArray) throws(EngineError) {
        try target.checkWritable()
        guard try NDArray.broadcastShape([shape, target.shape]) == target.shape else {
            throw .broadcastMismatch([shape, target.shape])
        }
        let source = overlapsDifferently(with: target) ? try copy(order: .keep) : self
        if dtype.isComplex || target.dtype.isComplex {
            source.assignComplex(to: target)
            return
        }
        try target.dtype.dispatch(UnaryExecution(op: .positive, a: source, out: target))
    }

    /// True when the array already has the layout `order` asks for.
    func satisfies(_ order: MemoryOrder) -> Bool {
        switch order {
        case .c: isCContiguous
        case .fortran: isFContiguous
        case .any, .keep: isContiguous
        }
    }

    /// The byte strides of a new array of this shape laid out in `order`.
    func layoutStrides(for order: MemoryOrder, itemSize: Int) -> [Int] {
        switch order {
        case .c:
            return NDArray.contiguousStrides(shape: shape, itemSize: itemSize, order: .c)
        case .fortran:
            return NDArray.contiguousStrides(shape: shape, itemSize: itemSize, order: .fortran)
        case .any:
            let fortran = isFContiguous && !isCContiguous
            return NDArray.contiguousStrides(shape: shape, itemSize: itemSize, order: fortran ? .fortran : .c)
        case .keep:
            if isCContiguous { return NDArray.contiguousStrides(shape: shape, itemSize: itemSize, order: .c) }
            if isFContiguous { return NDArray.contiguousStrides(shape: shape, itemSize: itemSize, order: .fortran) }
            // Innermost = smallest absolute stride; ties keep C order (later axis inner).
            let axes = shape.indices.sorted { lhs, rhs in
                let a = abs(strides[lhs]), b = abs(strides[rhs])
                return a != b ? a > b : lhs < rhs
            }
            var result = [Int](repeating: 0, count: ndim)
            var step = itemSize
            for axis in axes.reversed() {
                result[axis] = step
                step *= Swift.max(shape[axis], 1)
            }
            return result
        }
    }
}
