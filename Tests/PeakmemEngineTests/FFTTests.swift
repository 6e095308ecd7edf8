import Foundation
import Testing
@testable import PeakmemEngine

/// `np.fft.fft`/`ifft` in the engine: values against a direct DFT, and the ledger's exact
/// bytes against NumPy 2.4.6's pocketfft buffers (docs/research/numpy-fft.md, measured by
/// docs/research/scripts/numpy_fft.py).
@Suite("FFT")
struct FFTTests {
    /// `x_m = sin(m) + 0.5·cos(3m)`, as complex128 with imaginary part `cos(m)/4`.
    func signal(_ n: Int, complex: Bool) throws -> NDArray {
        let a = try NDArray(empty: [n], dtype: complex ? .complex128 : .float64)
        for m in 0..<n {
            let re = sin(Double(m)) + 0.5 * cos(3 * Double(m))
            ComplexElements.write((re, complex ? cos(Double(m)) / 4 : 0), to: a.baseAddress + m * a.itemSize, dtype: a.dtype)
        }
        return a
    }

    func directDFT(_ a: NDArray, inverse: Bool) -> [(Double, Double)] {
        let n = a.shape[0]
        let x = (0..<n).map { ComplexElements.read(a.baseAddress + $0 * a.itemSize, dtype: a.dtype) }
        return (0..<n).map { k in
            var sum = (0.0, 0.0)
            for m in 0..<n {
                let angle = (inverse ? 2 : -2) * Double.pi * Double((m * k) % n) / Double(n)
                sum.0 += x[m].0 * cos(angle) - x[m].1 * sin(angle)
                sum.1 += x[m].0 * sin(angle) + x[m].1 * cos(angle)
            }
            return inverse ? (sum.0 / Double(n), sum.1 / Double(n)) : sum
        }
    }

    @Test("fft and ifft agree with a direct DFT for radix, generic-factor and Bluestein lengths",
          arguments: [1, 2, 3, 4, 5, 7, 8, 12, 16, 49, 53, 64, 77, 101, 128, 210, 256, 343, 1009, 1024])
    func values(length: Int) throws {
        for inverse in [false, true] {
            let x = try signal(length, complex: true)
            let result = try NDArray.fft(x, inverse: inverse)
            let expected = directDFT(x, inverse: inverse)
            #expect(result.dtype == .complex128)
            for k in 0..<length {
                let got = ComplexElements.read(result.baseAddress + 16 * k, dtype: .complex128)
                #expect(abs(got.0 - expected[k].0) <= 1e-9 * Double(length), "\(length) \(inverse) k=\(k)")
                #expect(abs(got.1 - expected[k].1) <= 1e-9 * Double(length), "\(length) \(inverse) k=\(k)")
            }
        }
    }

    @Test("pocketfft's choice of Bluestein and its plan sizes")
    func layout() {
        #expect(PocketfftLayout(length: 65536).factors == [2, 8, 8, 8, 8, 8])
        #expect(PocketfftLayout.twiddleCount(65536, factors: [2, 8, 8, 8, 8, 8]) == 65499)
        #expect(PocketfftLayout(length: 65537).bluesteinLength == 131220)
        #expect(PocketfftLayout(length: 10007).bluesteinLength != nil)
        #expect(PocketfftLayout(length: 60000).bluesteinLength == nil)
    }

    @Test("fft of 2^16 float64: result, complex copy, plan 1 048 048, scratch 1 048 640 (memray peak 4 205 162 with Python's objects)")
    func ledgerPowerOfTwo() throws {
        let x = try signal(65536, complex: false)
        let figures = try ledgerFigures { _ = try NDArray.fft(x) }
        #expect(figures.peak == 1_048_576 + 1_048_576 + 1_048_048 + 1_048_640)
        #expect(figures.live == 0)
    }

    @Test("fft of the prime 65537 (Bluestein over 131220): peak while the chirp is built, 10 504 368")
    func ledgerPrime() throws {
        let x = try signal(65537, complex: false)
        let figures = try ledgerFigures { _ = try NDArray.fft(x) }
        // result + copy 2 × 1 048 592, plan(131220) 2 099 200, chirp 2 098 432, tables of 2n 8256 + 2128,
        // padded chirp 2 099 584 and its scratch 2 099 584.
        #expect(figures.peak == 2 * 1_048_592 + 2_099_200 + 2_098_432 + 8256 + 2128 + 2 * 2_099_584)
    }

    @Test("fft of complex128 2^16 keeps the result only: peak 3 145 264 (memray 3 154 616)")
    func ledgerComplex() throws {
        let z = try signal(65536, complex: true)
        let (result, _, _, live) = try ledgerBytes { try NDArray.fft(z) }
        #expect(live == 1_048_576)
        let figures = try ledgerFigures { _ = try NDArray.fft(z) }
        #expect(figures.peak == 1_048_576 + 1_048_048 + 1_048_640)
        #expect(result.shape == [65536])
    }

    @Test("fft of 512×512 along the last axis: two-lane buffer and scratch of 16 448 (memray 8 438 784)")
    func ledgerLanes() throws {
        let x = try NDArray.arange(.int(0), .int(512 * 512), dtype: .float64).reshape([512, 512])
        let figures = try ledgerFigures { _ = try NDArray.fft(x) }
        #expect(figures.peak == 4_194_304 + 4_194_304 + 7904 + 16_448 + 16_448)
    }
}
