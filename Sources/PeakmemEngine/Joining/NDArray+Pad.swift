extension NDArray {
    /// `np.pad(a, pad_width, mode)`: a new array with `widths[k].before` positions before and
    /// `widths[k].after` positions after the values along each axis `k`, filled as `mode` says.
    ///
    /// Values and order of work are NumPy 2.4.6's `numpy/lib/_arraypad_impl.py`: `np.empty`
    /// of the padded shape (Fortran order when the input is Fortran- and not C-contiguous, else
    /// C), the input assigned into its middle, then one pass per axis in order over the region
    /// of interest (the full extent of the axes already padded, the original extent of the
    /// later ones), the pad areas written by slice assignments — for `reflect`, `symmetric` and
    /// `wrap` in chunks of at most the original length, repeated until the pad area is full.
    ///
    /// Memory: the padded array (`nbytes` of the result), plus, as NumPy's `PyArray_AssignArray`,
    /// a temporary of the written slice's size for each slice assignment whose source lies in the
    /// padded array's memory extent (the bounds check of `solve_may_share_memory`; for a 1-d
    /// target only when the source runs the other way), freed when that assignment ends. So a
    /// 2-d `edge`/`reflect`/`symmetric`/`wrap` pad of an `(m, n)` array holds `(m + padding) ·
    /// width · itemsize` more while it writes each side of the last axis; `constant` and the 1-d
    /// modes hold nothing but the result.
    ///
    /// - Throws: `ValueError` "index can't contain negative values" for a negative width, and
    ///   "can't extend empty axis k using modes other than 'constant' or 'empty'".
    public func padded(_ widths: [PadPair<Int>], mode: PadMode) throws(EngineError) -> NDArray {
        precondition(widths.count == ndim, "one pad pair per axis")
        guard widths.allSatisfy({ $0.before >= 0 && $0.after >= 0 }) else {
            throw .invalidArgument("index can't contain negative values")
        }
        let shape = zip(self.shape, widths).map { $0 + $1.before + $1.after }
        let order: MemoryOrder = isFContiguous && !isCContiguous ? .fortran : .c
        let result = try NDArray(empty: shape, dtype: dtype, order: order)
        let original = zip(self.shape, widths).map { IndexItem.slice(start: $1.before, stop: $1.before + $0, step: 1) }
        try result.view(at: original).assignBoundsChecked(from: self)
        switch mode {
        case .empty:
            return result
        case .constant(let values):
            for axis in 0..<ndim {
                let roi = try result.regionOfInterest(original, axis: axis)
                try roi.padArea(axis: axis, widths[axis], before: true).fill(values[axis].before)
                try roi.padArea(axis: axis, widths[axis], before: false).fill(values[axis].after)
            }
            return result
        default:
            break
        }
        if size == 0 {
            for axis in 0..<ndim where self.shape[axis] == 0 && (widths[axis].before > 0 || widths[axis].after > 0) {
                throw .invalidArgument("can't extend empty axis \(axis) using modes other than 'constant' or 'empty'")
            }
            return result
        }
        for axis in 0..<ndim {
            var left = widths[axis].before, right = widths[axis].after
            switch mode {
            case .edge:
                let roi = try result.regionOfInterest(original, axis: axis)
                try roi.padEdges(axis: axis, widths[axis])
            case .reflect, .symmetric:
                if self.shape[axis] == 1 && (left > 0 || right > 0) {
                    try result.padEdges(axis: axis, widths[axis])   // NumPy's legacy singleton case
                    continue
                }
                let roi = try result.regionOfInterest(original, axis: axis)
                while left > 0 || right > 0 {
                    (left, right) = try roi.reflectChunk(axis: axis, left, right, period: self.shape[axis],
                                                         includeEdge: mode == .symmetric)
                }
            case .wrap:
                let roi = try result.regionOfInterest(original, axis: axis)
                let period = result.shape[axis] - left - right
                while left > 0 || right > 0 {
                    (left, right) = try roi.wrapChunk(axis: axis, left, right, period: period)
                }
            case .constant, .empty:
                break
            }
        }
        return result
    }

    /// NumPy's `_view_roi`: the full extent of the axes up to and including `axis`, the
    /// original area of the later ones.
    private func regionOfInterest(_ original: [IndexItem], axis: Int) throws(EngineError) -> NDArray {
        try view(at: [IndexItem](repeating: .all, count: axis + 1) + original[(axis + 1)...])
    }

    /// The view `a[(slice(None),) * axis + (slice(start, stop, step),)]`.
    private func slicing(axis: Int, _ start: Int?, _ stop: Int?, _ step: Int? = nil) throws(EngineError) -> NDArray {
        try view(at: [IndexItem](repeating: .all, count: axis) + [.slice(start: start, stop: stop, step: step)])
    }

    /// The pad area before (`[:width]`) or after (`[length - width:]`) the values along `axis`.
    private func padArea(axis: Int, _ width: PadPair<Int>, before: Bool) throws(EngineError) -> NDArray {
        before ? try slicing(axis: axis, nil, width.before) : try slicing(axis: axis, shape[axis] - width.after, nil)
    }

    /// NumPy's `_get_edges` + `_set_pad_area`: each side's pad area set to its edge slice.
    private func padEdges(axis: Int, _ width: PadPair<Int>) throws(EngineError) {
        let end = shape[axis] - width.after
        try padArea(axis: axis, width, before: true).assignBoundsChecked(from: slicing(axis: axis, width.before, width.before + 1))
        try padArea(axis: axis, width, before: false).assignBoundsChecked(from: slicing(axis: axis, end - 1, end))
    }

    /// NumPy's `_set_reflect_both` with `method='even'`: one chunk on each side still to pad;
    /// returns the widths left.
    private func reflectChunk(axis: Int, _ leftPad: Int, _ rightPad: Int, period: Int,
                              includeEdge: Bool) throws(EngineError) -> (Int, Int) {
        var left = leftPad, right = rightPad
        var oldLength = shape[axis] - right - left
        let edgeOffset: Int
        if includeEdge {
            oldLength = oldLength / period * period
            edgeOffset = 1
        } else {
            oldLength = (oldLength - 1) / (period - 1) * (period - 1) + 1 - 1
            edgeOffset = 0
        }
        if left > 0 {
            let chunk = Swift.min(oldLength, left)
            let stop = left - edgeOffset
            let source = try slicing(axis: axis, stop + chunk, stop, -1)
            try slicing(axis: axis, left - chunk, left).assignBoundsChecked(from: source)
            left -= chunk
        }
        if right > 0 {
            let chunk = Swift.min(oldLength, right)
            let start = -right + edgeOffset - 2
            let source = try slicing(axis: axis, start, start - chunk, -1)
            let target = shape[axis] - right
            try slicing(axis: axis, target, target + chunk).assignBoundsChecked(from: source)
            right -= chunk
        }
        return (left, right)
    }

    /// NumPy's `_set_wrap_both`: one chunk on each side still to pad; returns the widths left.
    private func wrapChunk(axis: Int, _ leftPad: Int, _ rightPad: Int, period original: Int) throws(EngineError) -> (Int, Int) {
        let period = (shape[axis] - rightPad - leftPad) / original * original
        var newLeft = 0, newRight = 0
        if leftPad > 0 {
            let end = leftPad + period
            let source = try slicing(axis: axis, end - Swift.min(period, leftPad), end)
            let target: NDArray
            if leftPad > period {
                target = try slicing(axis: axis, leftPad - period, leftPad)
                newLeft = leftPad - period
            } else {
                target = try slicing(axis: axis, nil, leftPad)
            }
            try target.assignBoundsChecked(from: source)
        }
        if rightPad > 0 {
            let start = -rightPad - period
            let source = try slicing(axis: axis, start, start + Swift.min(period, rightPad))
            let target: NDArray
            if rightPad > period {
                target = try slicing(axis: axis, -rightPad, -rightPad + period)
                newRight = rightPad - period
            } else {
                target = try slicing(axis: axis, -rightPad, nil)
            }
            try target.assignBoundsChecked(from: source)
        }
        return (newLeft, newRight)
    }

    /// `self[...] = source` as NumPy's `PyArray_AssignArray` decides about overlap: when the
    /// target has more than one dimension (or is 1-d and the source's last axis runs the other
    /// way) and the two memory extents overlap, the source is first copied into a new array of
    /// the target's shape and layout, freed when the assignment ends; otherwise nothing is
    /// allocated.
    func assignBoundsChecked(from source: NDArray) throws(EngineError) {
        try checkWritable()
        guard try NDArray.broadcastShape([source.shape, shape]) == shape else {
            throw .broadcastMismatch([source.shape, shape])
        }
        guard size > 0 else { return }
        var value = source
        let reversed = ndim == 1 && source.ndim >= 1 && strides[0] * source.strides[source.ndim - 1] < 0
        if ndim > 1 || reversed, mayShareMemory(with: source) {
            let staged = try NDArray(storage: ArrayStorage(byteCount: nbytes), dtype: dtype, shape: shape,
                                     strides: layoutStrides(for: .keep, itemSize: itemSize))
            try dtype.dispatch(UnaryExecution(op: .positive, a: source, out: staged))
            value = staged
        }
        try dtype.dispatch(UnaryExecution(op: .positive, a: value, out: self))
    }
}
