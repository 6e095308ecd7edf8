import Foundation

/// NumPy's `norm=` of `numpy.fft`: which direction is scaled.
public enum FFTNorm: String, Sendable, CaseIterable {
    /// Forward unscaled, inverse scaled by `1/n` (the default).
    case backward
    /// Both directions scaled by `1/√n`.
    case ortho
    /// Forward scaled by `1/n`, inverse unscaled.
    case forward

    /// The factor of a transform of `n` points in one direction.
    func factor(points n: Int, inverse: Bool) -> Double {
        switch (self, inverse) {
        case (.backward, false), (.forward, true): 1
        case (.backward, true), (.forward, false): 1 / Double(n)
        case (.ortho, _): 1 / Double(n).squareRoot()
        }
    }
}

extension NDArray {
    /// NumPy's `np.fft.fft(a, n, axis, norm, out)` (`inverse: false`) and `np.fft.ifft`
    /// (`inverse: true`): the discrete Fourier transform of the lanes of `a` along `axis`,
    /// each cut or zero-padded to `n` points (default: the length along `axis`).
    ///
    /// `X_k = f · Σ_{m<n} x_m e^{∓2πimk/n}` (`−` forward, `+` inverse; `f` from ``FFTNorm``).
    /// The result is complex128, complex64 for float32 and complex64 input (which NumPy 2.4.6
    /// transforms in double precision).
    ///
    /// Memory, in NumPy 2.4.6's order (docs/research/numpy-fft.md):
    /// 1. the result (`nbytes` of the output shape), unless `out` is given;
    /// 2. a complex128 copy of `a` unless it is complex128 (the ufunc iterator's cast);
    /// 3. a complex128 output buffer when the result is complex64;
    /// 4. pocketfft's plan (``PocketfftLayout``), its trigonometric tables while it is built;
    /// 5. with more than one lane, a buffer of two lanes (`2·n·16 + 64` bytes);
    /// 6. the transform's scratch (`n·16 + 64` per lane, `n2` twice under Bluestein).
    /// All but the result are freed before it returns.
    public static func fft(_ a: NDArray, n: Int? = nil, axis: Int = -1, norm: FFTNorm = .backward,
                           inverse: Bool = false, out: NDArray? = nil) throws(EngineError) -> NDArray {
        guard a.ndim > 0 else { throw .axisOutOfBounds(axis: axis, ndim: 0) }
        let axis = try normalize(axis: axis, ndim: a.ndim)
        let points = n ?? a.shape[axis]
        guard points >= 1 else { throw .invalidArgument("Invalid number of FFT data points (\(points)) specified.") }
        var shape = a.shape
        shape[axis] = points
        let single = a.dtype == .float32 || a.dtype == .complex64
        let resultType: DType = single ? .complex64 : .complex128
        let result: NDArray
        if let out {
            guard out.shape == shape else {
                throw .badOutput("out has shape \(EngineError.shapeText(out.shape)), the result has shape \(EngineError.shapeText(shape))")
            }
            guard out.dtype.isComplex else { throw .badOutput("out must be a complex array, got \(out.dtype)") }
            try out.checkWritable()
            result = out
        } else {
            result = try NDArray(empty: shape, dtype: resultType)
        }
        let input = a.dtype == .complex128 ? a : try a.astype(.complex128, order: .keep)
        let buffer = result.dtype == .complex128 ? result : try NDArray(empty: shape, dtype: .complex128)
        let transform = try ComplexTransform(length: points)
        let factor = norm.factor(points: points, inverse: inverse)
        try transformLanes(input, into: buffer, axis: axis, transform: transform, forward: !inverse, factor: factor)
        if buffer.storage !== result.storage { try buffer.assign(to: result) }
        return result
    }

    /// NumPy's `fftn`/`ifftn` (and `fft2`/`ifft2` with the last two axes): ``fft(_:n:axis:norm:inverse:out:)``
    /// along each of `axes` in turn, the last axis first, each step a new array (the previous
    /// step's freed when the next is made), as `numpy/fft/_pocketfft.py` does. `out` receives
    /// the last step.
    public static func fftn(_ a: NDArray, sizes: [Int]? = nil, axes: [Int]? = nil, norm: FFTNorm = .backward,
                            inverse: Bool = false, out: NDArray? = nil) throws(EngineError) -> NDArray {
        let axes = axes ?? (sizes.map { s in Array((a.ndim - s.count)..<a.ndim) } ?? Array(0..<a.ndim))
        if let sizes, sizes.count != axes.count {
            throw .invalidArgument("Shape and axes have different lengths.")
        }
        guard !axes.isEmpty else { return try a.copy(order: .keep) }
        var current = a
        for position in axes.indices.reversed() {
            current = try fft(current, n: sizes?[position], axis: axes[position], norm: norm, inverse: inverse,
                              out: position == 0 ? out : nil)
        }
        return current
    }

    /// Runs `transform` over every lane of `input` (complex128) along `axis`, writing the lanes
    /// of `output` (complex128, `points` long along `axis`), through ``forEachLane(input:output:axis:laneDoubles:_:)``.
    static func transformLanes(_ input: NDArray, into output: NDArray, axis: Int, transform: ComplexTransform,
                               forward: Bool, factor: Double) throws(EngineError) {
        let points = output.shape[axis]
        let copied = Swift.min(points, input.shape[axis])
        try forEachLane(input: input, output: output, axis: axis, laneDoubles: 2 * points) { source, inputStep, lane, target, outputStep, width throws(EngineError) in
            for k in 0..<copied { lane[k] = (source + k * inputStep).load(as: ComplexValue.self) }
            for k in copied..<points { lane[k] = ComplexValue(r: 0, i: 0) }
            try transform.execute(lane, forward: forward, factor: factor, width: width)
            if UnsafeMutableRawPointer(lane) != target {
                for k in 0..<points { (target + k * outputStep).storeBytes(of: lane[k], as: ComplexValue.self) }
            }
        }
    }
}
