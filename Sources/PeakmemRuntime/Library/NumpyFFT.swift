import PeakmemEngine

extension FunctionRegistry {
    /// `numpy.fft`: the complex transforms (`fft`, `ifft`, `fft2`, `ifft2`, `fftn`, `ifftn`),
    /// the real ones of even length (`rfft`, `irfft`, `hfft`, `rfft2`, `irfft2`, `rfftn`, `irfftn`)
    /// with `n`/`s`, `axis`/`axes`, `norm` and `out`, computed by the engine on pocketfft's
    /// plan layout so that the ledger holds the buffers NumPy 2.4.6 mallocs; `fftfreq`,
    /// `rfftfreq`, `fftshift` and `ifftshift`.
    func registerNumpyFFT() {
        for (name, inverse) in [("fft", false), ("ifft", true)] {
            register("numpy.fft.\(name)", [.required("a"), .optional("n"), .optional("axis", .int(-1)), .optional("norm"), .optional("out")],
                     summary: inverse ? "the inverse discrete Fourier transform along one axis (complex result)"
                                      : "the discrete Fourier transform along one axis (complex result; any length: radix passes or Bluestein, as pocketfft)") { a, _ throws(RuntimeError) in
                let input = try a.array("a")
                let n = try a.optionalInt("n")
                let axis = try a.int("axis")
                let norm = try Self.fftNorm(a)
                let out = try a.output()
                return .array(try engine { try NDArray.fft(input, n: n, axis: axis, norm: norm, inverse: inverse, out: out) })
            }
        }
        for (name, inverse, defaultAxes) in [("fft2", false, Value.tuple([.int(-2), .int(-1)])), ("ifft2", true, .tuple([.int(-2), .int(-1)])),
                                             ("fftn", false, Value.none), ("ifftn", true, Value.none)] {
            register("numpy.fft.\(name)", [.required("a"), .optional("s"), .optional("axes", defaultAxes), .optional("norm"), .optional("out")],
                     summary: "the \(inverse ? "inverse " : "")\(name.hasSuffix("2") ? "2-d" : "n-d") discrete Fourier transform: one 1-d transform per axis, the last axis first") { a, _ throws(RuntimeError) in
                let input = try a.array("a")
                let sizes = a.isNone("s") ? nil : try a.shape("s")
                let axes = a.isNone("axes") ? nil : try a.shape("axes")
                let norm = try Self.fftNorm(a)
                let out = try a.output()
                return .array(try engine { try NDArray.fftn(input, sizes: sizes, axes: axes, norm: norm, inverse: inverse, out: out) })
            }
        }
        for name in ["rfft", "irfft", "hfft"] {
            register("numpy.fft.\(name)", [.required("a"), .optional("n"), .optional("axis", .int(-1)), .optional("norm"), .optional("out")],
                     summary: name == "rfft" ? "the non-negative-frequency half of the transform of real input (even lengths)"
                                             : name == "irfft" ? "the real signal whose rfft is a (even lengths)"
                                                               : "the real transform of a Hermitian-symmetric signal given by its first half (irfft of the conjugate)") { a, _ throws(RuntimeError) in
                let input = try a.array("a")
                let n = try a.optionalInt("n"), axis = try a.int("axis"), norm = try Self.fftNorm(a), out = try a.output()
                return .array(try engine {
                    switch name {
                    case "rfft": try NDArray.rfft(input, n: n, axis: axis, norm: norm, out: out)
                    case "irfft": try NDArray.irfft(input, n: n, axis: axis, norm: norm, out: out)
                    default: try NDArray.hfft(input, n: n, axis: axis, norm: norm, out: out)
                    }
                })
            }
        }
        for (name, inverse, defaultAxes) in [("rfft2", false, Value.tuple([.int(-2), .int(-1)])), ("irfft2", true, .tuple([.int(-2), .int(-1)])),
                                             ("rfftn", false, Value.none), ("irfftn", true, Value.none)] {
            register("numpy.fft.\(name)", [.required("a"), .optional("s"), .optional("axes", defaultAxes), .optional("norm"), .optional("out")],
                     summary: inverse ? "the inverse of \(name.dropFirst()): complex inverses along all but the last axis, then irfft"
                                      : "rfft along the last axis, then complex transforms along the others") { a, _ throws(RuntimeError) in
                let input = try a.array("a")
                let sizes = a.isNone("s") ? nil : try a.shape("s")
                let axes = a.isNone("axes") ? nil : try a.shape("axes")
                let norm = try Self.fftNorm(a), out = try a.output()
                return .array(try engine { try NDArray.rfftn(input, sizes: sizes, axes: axes, norm: norm, inverse: inverse, out: out) })
            }
        }
        for (name, real) in [("fftfreq", false), ("rfftfreq", true)] {
            register("numpy.fft.\(name)", [.required("n"), .optional("d", .float(1)), .keyword("device")],
                     summary: real ? "the sample frequencies of rfft: [0, 1, ..., n/2] / (n*d)"
                                   : "the sample frequencies of fft: [0, 1, ..., -1] / (n*d)") { a, _ throws(RuntimeError) in
                let n = try a.int("n"), d = try a.double("d")
                return .array(try engine { real ? try NDArray.rfftfreq(n, spacing: d) : try NDArray.fftfreq(n, spacing: d) })
            }
        }
        for (name, inverse) in [("fftshift", false), ("ifftshift", true)] {
            register("numpy.fft.\(name)", [.required("x"), .optional("axes")],
                     summary: "the zero-frequency term moved \(inverse ? "back from" : "to") the centre (np.roll by n//2 per axis, one new array)") { a, _ throws(RuntimeError) in
                let x = try a.array("x")
                let axes = a.isNone("axes") ? nil : try a.shape("axes")
                return .array(try engine { try NDArray.fftshift(x, axes: axes, inverse: inverse) })
            }
        }
    }

    /// `norm=`: None or "backward", "ortho", "forward", as NumPy checks it.
    static func fftNorm(_ a: Arguments) throws(RuntimeError) -> FFTNorm {
        if a.isNone("norm") { return .backward }
        let text = try a.string("norm")
        guard let norm = FFTNorm(rawValue: text) else {
            throw .valueError("Invalid norm value \(text); should be \"backward\",\"ortho\" or \"forward\".")
        }
        return norm
    }
}
