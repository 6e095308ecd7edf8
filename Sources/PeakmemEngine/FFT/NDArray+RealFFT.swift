extension NDArray {
    /// NumPy's `np.fft.rfft(a, n, axis, norm, out)`: the `n/2 + 1` non-negative-frequency terms
    /// of the transform of real input (complex128), `n` (default: the length along `axis`)
    /// even and without a large prime factor (``RealTransform``).
    ///
    /// Memory, as NumPy 2.4.6 (docs/research/numpy-fft.md): the result; a float64 copy of `a`
    /// unless it is float64; pocketfft's real plan (`realTwiddleCount(n)·8 + 64` bytes) and its
    /// trigonometric tables while it is built; with several lanes a two-lane buffer
    /// (`2n·8 + 64`); the scratch (`n·8 + 64`, two lanes wide with several lanes).
    public static func rfft(_ a: NDArray, n: Int? = nil, axis: Int = -1, norm: FFTNorm = .backward,
                            out: NDArray? = nil) throws(EngineError) -> NDArray {
        guard a.ndim > 0 else { throw .axisOutOfBounds(axis: axis, ndim: 0) }
        guard !a.dtype.isComplex, a.dtype != .float32 else {
            throw .unsupportedDType("np.fft.rfft of a \(a.dtype) array is not supported yet")
        }
        let axis = try normalize(axis: axis, ndim: a.ndim)
        let points = n ?? a.shape[axis]
        guard points >= 1 else { throw .invalidArgument("Invalid number of FFT data points (\(points)) specified.") }
        var shape = a.shape
        shape[axis] = points / 2 + 1
        let result = try fftResult(out: out, shape: shape)
        let input = a.dtype == .float64 ? a : try a.astype(.float64, order: .keep)
        let transform = try RealTransform(length: points)
        let factor = norm.factor(points: points, inverse: false)
        let copied = Swift.min(points, input.shape[axis])
        try forEachLane(input: input, output: result, axis: axis, laneDoubles: points) { source, inputStep, lane, target, outputStep, width throws(EngineError) in
            let doubles = UnsafeMutableRawPointer(lane).assumingMemoryBound(to: Double.self)
            var p = source
            for k in 0..<copied { doubles[k] = p.load(as: Double.self); p += inputStep }
            for k in copied..<points { doubles[k] = 0 }
            try transform.forward(lane, factor: factor, width: width) { k, value in
                (target + k * outputStep).storeBytes(of: value, as: ComplexValue.self)
            }
        }
        return result
    }

    /// NumPy's `np.fft.irfft(a, n, axis, norm, out)`: the `n` real values (default
    /// `n = 2·(m − 1)`, `m` the length along `axis`) whose `rfft` is `a`; `a` is cut or
    /// zero-padded to `n/2 + 1` terms. Memory: the float64 result, a complex128 copy of `a`
    /// unless it is complex128, the real plan and the scratch as ``rfft(_:n:axis:norm:out:)``.
    public static func irfft(_ a: NDArray, n: Int? = nil, axis: Int = -1, norm: FFTNorm = .backward,
                             out: NDArray? = nil) throws(EngineError) -> NDArray {
        guard a.ndim > 0 else { throw .axisOutOfBounds(axis: axis, ndim: 0) }
        let axis = try normalize(axis: axis, ndim: a.ndim)
        let points = n ?? 2 * (a.shape[axis] - 1)
        guard points >= 1 else { throw .invalidArgument("Invalid number of FFT data points (\(points)) specified.") }
        var shape = a.shape
        shape[axis] = points
        let result: NDArray
        if let out {
            guard out.shape == shape, out.dtype == .float64 else {
                throw .badOutput("out must be a float64 array of shape \(EngineError.shapeText(shape))")
            }
            try out.checkWritable()
            result = out
        } else {
            result = try NDArray(empty: shape, dtype: .float64)
        }
        let input = a.dtype == .complex128 ? a : try a.astype(.complex128, order: .keep)
        let transform = try RealTransform(length: points)
        let factor = norm.factor(points: points, inverse: true)
        let available = input.shape[axis]
        try forEachLane(input: input, output: result, axis: axis, laneDoubles: points) { source, inputStep, lane, target, outputStep, width throws(EngineError) in
            try transform.backward({ k in k < available ? (source + k * inputStep).load(as: ComplexValue.self) : ComplexValue(r: 0, i: 0) },
                                   into: lane, factor: factor, width: width)
            if UnsafeMutableRawPointer(lane) != target {
                let doubles = UnsafeMutableRawPointer(lane).assumingMemoryBound(to: Double.self)
                for k in 0..<points { (target + k * outputStep).storeBytes(of: doubles[k], as: Double.self) }
            }
        }
        return result
    }

    /// NumPy's `np.fft.hfft(a, n, axis, norm)`: `irfft(conj(a), n)` with the norm's
    /// direction swapped, as `numpy/fft/_pocketfft.py` computes it (the conjugate is a new array).
    public static func hfft(_ a: NDArray, n: Int? = nil, axis: Int = -1, norm: FFTNorm = .backward,
                            out: NDArray? = nil) throws(EngineError) -> NDArray {
        let swapped: FFTNorm = norm == .backward ? .forward : norm == .forward ? .backward : .ortho
        let conjugated = try conjugate(a.dtype.isComplex ? a : try a.astype(.complex128))
        return try irfft(conjugated, n: n, axis: axis, norm: swapped, out: out)
    }

    /// `rfftn`/`rfft2` (`inverse: false`): ``rfft(_:n:axis:norm:out:)`` along the last of
    /// `axes`, then ``fft(_:n:axis:norm:inverse:out:)`` along the others; `irfftn`/`irfft2`:
    /// ``fft(_:n:axis:norm:inverse:out:)`` inverses along all but the last axis, then
    /// ``irfft(_:n:axis:norm:out:)`` along it. Each step a new array, as NumPy's loops.
    public static func rfftn(_ a: NDArray, sizes: [Int]? = nil, axes: [Int]? = nil, norm: FFTNorm = .backward,
                             inverse: Bool = false, out: NDArray? = nil) throws(EngineError) -> NDArray {
        let axes = axes ?? (sizes.map { s in Array((a.ndim - s.count)..<a.ndim) } ?? Array(0..<a.ndim))
        if let sizes, sizes.count != axes.count { throw .invalidArgument("Shape and axes have different lengths.") }
        guard let last = axes.last else { throw .invalidArgument("at least 1 axis must be transformed") }
        let lastSize = sizes?.last
        if !inverse {
            var current = try rfft(a, n: lastSize, axis: last, norm: norm, out: axes.count == 1 ? out : nil)
            for position in (0..<(axes.count - 1)).reversed() {
                current = try fft(current, n: sizes?[position], axis: axes[position], norm: norm, out: position == 0 ? out : nil)
            }
            return current
        }
        var current = a
        for position in 0..<(axes.count - 1) {
            current = try fft(current, n: sizes?[position], axis: axes[position], norm: norm, inverse: true)
        }
        return try irfft(current, n: lastSize, axis: last, norm: norm, out: out)
    }

    /// A complex128 result of `shape`: `out` after its checks, or a new array.
    static func fftResult(out: NDArray?, shape: [Int]) throws(EngineError) -> NDArray {
        guard let out else { return try NDArray(empty: shape, dtype: .complex128) }
        guard out.shape == shape, out.dtype == .complex128 else {
            throw .badOutput("out must be a complex128 array of shape \(EngineError.shapeText(shape))")
        }
        try out.checkWritable()
        return out
    }

    /// Calls `body` for every lane of `input` along `axis` with (the lane's first input element,
    /// the input's byte step, a work lane of `laneDoubles` doubles, the output lane's first
    /// element, the output's byte step, the lane width of pocketfft's scratch). One lane whose
    /// output is contiguous works in the output itself; otherwise the work lane is a two-lane
    /// buffer of `2·laneDoubles·8 + 64` bytes, as pocketfft's multi-lane loops allocate.
    static func forEachLane(input: NDArray, output: NDArray, axis: Int, laneDoubles: Int,
                            _ body: (UnsafeRawPointer, Int, UnsafeMutablePointer<ComplexValue>, UnsafeMutableRawPointer, Int, Int) throws(EngineError) -> Void)
        throws(EngineError) {
        var outerShape = output.shape
        outerShape.remove(at: axis)
        var inputStrides = input.strides, outputStrides = output.strides
        let inputStep = inputStrides.remove(at: axis), outputStep = outputStrides.remove(at: axis)
        let lanes = outerShape.reduce(1, *)
        guard lanes > 0 else { return }
        let inPlace = lanes == 1 && outputStep == output.itemSize
        let buffer = inPlace ? nil : try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(2 * laneDoubles, elementSize: 8))
        let width = lanes > 1 ? 2 : 1
        var failure: EngineError?
        forEachOffset(shape: outerShape, strides: [inputStrides, outputStrides]) { offsets in
            guard failure == nil else { return }
            let target = output.baseAddress + offsets[1]
            let lane = (buffer?.base ?? target).assumingMemoryBound(to: ComplexValue.self)
            do throws(EngineError) {
                try body(UnsafeRawPointer(input.baseAddress + offsets[0]), inputStep, lane, target, outputStep, width)
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
    }
}
