import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// complex128 arrays in scenario code: `np.fft`, printing, `.real`/`.imag`, `abs`, `conj`,
/// `angle`, arithmetic and comparisons, each printed as NumPy 2.4.6 prints it (the expected
/// texts are NumPy's output for the same code) and allocating what NumPy allocates
/// (docs/research/numpy-fft.md §4).
@Suite("complex arrays and numpy.fft in scenario code")
struct ComplexRuntimeTests {
    static let setup = "x = np.arange(8.0)\nz = np.fft.fft(x)\n"

    static let printed: [(String, String)] = [
        ("z", "[28.+0.j         -4.+9.65685425j -4.+4.j         -4.+1.65685425j\n -4.+0.j         -4.-1.65685425j -4.-4.j         -4.-9.65685425j]"),
        ("repr(np.fft.ifft(z))", "array([0.+0.j, 1.+0.j, 2.+0.j, 3.+0.j, 4.+0.j, 5.+0.j, 6.+0.j, 7.+0.j])"),
        ("np.abs(z)", "[28.         10.45250372  5.65685425  4.3295688   4.          4.3295688\n  5.65685425 10.45250372]"),
        ("z.real", "[28. -4. -4. -4. -4. -4. -4. -4.]"),
        ("z.imag", "[ 0.          9.65685425  4.          1.65685425  0.         -1.65685425\n -4.         -9.65685425]"),
        ("np.conj(z)[:3]", "[28.-0.j         -4.-9.65685425j -4.-4.j        ]"),
        ("np.angle(z)", "[ 0.          1.96349541  2.35619449  2.74889357  3.14159265 -2.74889357\n -2.35619449 -1.96349541]"),
        ("z * 2 + x - 1", "[55. +0.j        -8.+19.3137085j -7. +8.j        -6. +3.3137085j\n -5. +0.j        -4. -3.3137085j -3. -8.j        -2.-19.3137085j]"),
        ("z / (z + 1)", "[0.96551724+0.j         1.02933847+0.0944391j  1.12      +0.16j\n 1.25542423+0.14106691j 1.33333333-0.j         1.25542423-0.14106691j\n 1.12      -0.16j       1.02933847-0.0944391j ]"),
        ("z == z", "[ True  True  True  True  True  True  True  True]"),
        ("np.fft.fftfreq(8)", "[ 0.     0.125  0.25   0.375 -0.5   -0.375 -0.25  -0.125]"),
        ("np.fft.fftshift(np.fft.fftfreq(8))", "[-0.5   -0.375 -0.25  -0.125  0.     0.125  0.25   0.375]"),
        ("np.exp(z[:2])", "[ 1.44625706e+12+0.j         -1.78246140e-02-0.00421257j]"),
    ]

    @Test(arguments: printed)
    func printedLikeNumPy(_ expression: String, _ expected: String) throws {
        let h = Harness()
        try h.run(Self.setup + "print(\(expression))")
        #expect(h.output == expected + "\n")
    }

    /// (statement, peak, retained) at n = 65536, z complex128: NumPy's buffers from
    /// docs/research/scripts/numpy_fft.out (cases 28-37).
    static let memory: [(String, Int, Int)] = [
        ("r = z.real", 0, 0),
        ("r = np.imag(z)", 0, 0),
        ("r = np.abs(z)", 524_288, 524_288),
        ("r = np.conj(z)", 1_048_576, 1_048_576),
        ("r = np.angle(z)", 524_288, 524_288),
        ("r = z * 2.0", 1_048_576, 1_048_576),
        ("r = z == z", 65_536, 65_536),
        ("r = np.exp(z)", 1_048_576, 1_048_576),
        ("r = np.fft.fftshift(z)", 1_048_576, 1_048_576),
        ("r = np.fft.fft(z)", 1_048_576 + 1_048_048 + 1_048_640, 1_048_576),
        ("r = np.fft.fftfreq(65536)", 524_288 + 2 * 262_144 + 524_288 + 65_536, 524_288),
        // out=: nothing but the plan and the scratch (memray 2 106 024).
        ("r = np.fft.fft(z, out=o)", 1_048_048 + 1_048_640, 0),
        // complex64: the result, the complex128 cast of the input and the complex128 output
        // buffer (NumPy 2.4.6 transforms in double; memray 4 727 480).
        ("r = np.fft.fft(z64)", 524_288 + 2 * 1_048_576 + 1_048_048 + 1_048_640, 524_288),
        // rfft: result 524 304, real plan 524 152, scratch 524 352; irfft: result, plan, scratch.
        ("r = np.fft.rfft(x)", 524_304 + 524_152 + 524_352, 524_304),
        ("r = np.fft.irfft(y)", 524_288 + 524_152 + 524_352, 524_288),
        // hfft: the conjugate 524 304 stays while irfft runs.
        ("r = np.fft.hfft(y)", 524_304 + 524_288 + 524_152 + 524_352, 524_288),
    ]

    @Test(arguments: memory)
    func allocatesWhatNumPyAllocates(_ statement: String, _ peak: Int, _ retained: Int) throws {
        let h = Harness()
        try h.run("x = np.arange(65536.0)\nz = np.fft.fft(x)\ny = np.fft.rfft(x)\no = np.empty(65536, np.complex128)\nz64 = z.astype(np.complex64)")
        let figures = try h.measure(statement)
        #expect(figures.peak == peak)
        #expect(figures.retained == retained)
    }

    /// Identities of the transforms, each compared with np.allclose on the real and the
    /// imaginary parts (fft itself is checked against a direct DFT in the engine's FFTTests).
    static let realIdentities = [
        "close(np.fft.rfft(x), np.fft.fft(x)[:9])",
        "close(np.fft.irfft(np.fft.rfft(x)), x)",
        "close(np.fft.rfft(X), np.fft.fft(X)[:, :4])",
        "close(np.fft.rfft(X, axis=0), np.fft.fft(X, axis=0)[:3])",
        "close(np.fft.irfft(np.fft.rfft(X, axis=0), axis=0), X)",
        "close(np.fft.rfft2(X), np.fft.fft2(X)[:, :4])",
        "close(np.fft.irfft2(np.fft.rfft2(X)), X)",
        "close(np.fft.rfftn(X3), np.fft.fftn(X3)[:, :, :5])",
        "close(np.fft.irfftn(np.fft.rfftn(X3)), X3)",
        "close(np.fft.rfft(x, n=10, norm='ortho'), np.fft.fft(x[:10])[:6] / np.sqrt(10))",
        "close(np.fft.irfft(np.fft.rfft(x), n=12), np.fft.ifft(np.fft.rfft(x)[:7], n=12).real * 0 + np.fft.irfft(np.fft.rfft(x)[:7], n=12))",
        "close(np.fft.hfft(np.fft.rfft(x)[:5]), np.fft.irfft(np.conj(np.fft.rfft(x)[:5])) * 8)",
        "close(np.fft.ifft2(np.fft.fft2(X)), X)",
        "close(np.fft.fftn(X3, axes=(0, 2)), np.fft.fft(np.fft.fft(X3, axis=2), axis=0))",
        "close(np.fft.fft(x, norm='forward'), np.fft.fft(x) / 16)",
    ]

    @Test(arguments: realIdentities)
    func realTransforms(_ identity: String) throws {
        let h = Harness()
        try h.run("x = np.sin(np.arange(16.0)) + np.arange(16.0) / 10\nX = np.arange(24.0).reshape(4, 6) / 7\n"
                  + "X3 = np.cos(np.arange(96.0)).reshape(4, 3, 8)\n"
                  + "def close(a, b):\n    return np.allclose(a.real, b.real) and np.allclose(a.imag, b.imag)\n"
                  + "print(\(identity))")
        #expect(h.output == "True\n")
    }

    @Test("norm= is checked as NumPy checks it; n must be positive")
    func errors() {
        let h = Harness()
        #expect(h.error(Self.setup + "np.fft.fft(x, norm='bad')")?.message.contains("Invalid norm value bad") == true)
        #expect(h.error(Self.setup + "np.fft.fft(x, n=0)")?.message.contains("Invalid number of FFT data points (0) specified.") == true)
    }
}
