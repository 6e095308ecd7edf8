import Foundation

extension PocketfftLayout {
    /// pocketfft's factors for a real transform (`rfftp`): 4s first, one 2 moved to the front,
    /// then odd primes.
    static func realFactorize(_ n: Int) -> [Int] {
        var len = n
        var result: [Int] = []
        while len % 4 == 0 { result.append(4); len /= 4 }
        appendTwoAndOddFactors(of: len, to: &result)
        return n == 1 ? [] : result
    }

    /// The doubles of `rfftp`'s twiddle table: `Σ (ip−1)·(ido−1)`, `+ 2·ip` for factors above 5.
    static func realTwiddleCount(_ n: Int) -> Int {
        var count = 0, l1 = 1
        for ip in realFactorize(n) {
            let ido = n / (l1 * ip)
            count += (ip - 1) * (ido - 1)
            if ip > 5 { count += 2 * ip }
            l1 *= ip
        }
        return count
    }

    /// True when pocketfft transforms real data of length `n` with Bluestein's algorithm
    /// (`pocketfft_r`: as the complex choice, with the radix cost halved).
    static func realUsesBluestein(_ n: Int) -> Bool {
        let largest = n < 50 ? 0 : largestPrimeFactor(n)
        if largest * largest <= n { return false }
        return 1.5 * 2 * costGuess(goodSize(2 * n - 1)) < 0.5 * costGuess(n)
    }
}

/// A real transform of even length `n` (`rfft`, `irfft`) in the buffers pocketfft's `rfftp`
/// allocates: the `n` samples are packed as `n/2` complex values `z_m = x_{2m} + i·x_{2m+1}`,
/// transformed by a complex plan of `n/2` whose twiddles fill pocketfft's real plan buffer
/// (`realTwiddleCount(n)` doubles; built from pocketfft's trigonometric tables of `n`), and
/// split into the `n/2 + 1` outputs with `X_k = E_k + e^{−2πik/n}·O_k`,
/// `E_k = (Z_k + conj Z_{n/2−k})/2`, `O_k = (Z_k − conj Z_{n/2−k})/(2i)`. The scratch is
/// pocketfft's `n` doubles (`n/2` complex values).
final class RealTransform {
    let length: Int
    private let plan: ComplexFFTPlan

    init(length n: Int) throws(EngineError) {
        let half = n / 2
        let factors = PocketfftLayout.factorize(half)
        guard n >= 2, n % 2 == 0, !PocketfftLayout.realUsesBluestein(n),
              2 * PocketfftLayout.twiddleCount(half, factors: factors) <= PocketfftLayout.realTwiddleCount(n) else {
            throw .unsupportedDType("a real FFT of length \(n) (odd, or of a large prime factor) is not supported yet; use np.fft.fft, whose result holds the same values")
        }
        length = n
        let storage = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(PocketfftLayout.realTwiddleCount(n), elementSize: 8))
        let roots = try UnitRoots(n)
        plan = try ComplexFFTPlan(length: half, factors: factors, storage: storage, roots: { roots[2 * $0] })
    }

    /// `e^{−2πik/n}`.
    private func root(_ k: Int) -> ComplexValue {
        let angle = -2 * Double.pi * Double(k) / Double(length)
        return ComplexValue(r: cos(angle), i: sin(angle))
    }

    /// The forward transform of the `n` doubles packed at `z` (as `n/2` complex values), in
    /// place; then the `n/2 + 1` outputs, scaled by `factor`, stored through `store(k, X_k)`.
    /// `width` lanes wide scratch, as ``ComplexTransform/execute(_:forward:factor:width:)``.
    func forward(_ z: UnsafeMutablePointer<ComplexValue>, factor: Double, width: Int,
                 store: (Int, ComplexValue) -> Void) throws(EngineError) {
        let half = length / 2
        let scratch = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(width * length, elementSize: 8))
        plan.execute(z, scratch: scratch.base.assumingMemoryBound(to: ComplexValue.self), forward: true, factor: 1)
        let z0 = z[0]
        for k in stride(from: 1, through: half / 2, by: 1) {
            let a = z[k], b = z[half - k]
            let even = ComplexValue(r: (a.r + b.r) / 2, i: (a.i - b.i) / 2)
            let odd = ComplexValue(r: (a.i + b.i) / 2, i: -(a.r - b.r) / 2)
            let w = root(k), wMirror = ComplexValue(r: -w.r, i: w.i)
            store(k, (even + w * odd).scaled(factor))
            store(half - k, (even.conjugate + wMirror * odd.conjugate).scaled(factor))
        }
        store(0, ComplexValue(r: (z0.r + z0.i) * factor, i: 0))
        store(half, ComplexValue(r: (z0.r - z0.i) * factor, i: 0))
    }

    /// The inverse: from `X_0 … X_{n/2}` (`input(k)`; the imaginary parts of `X_0` and
    /// `X_{n/2}` ignored, as pocketfft ignores them) the `n` doubles written at `z`, scaled by
    /// `factor`: `Z_k = (X_k + conj X_{n/2−k}) + i·e^{2πik/n}(X_k − conj X_{n/2−k})`, then the
    /// backward complex transform of `Z`, whose values are `x_{2m} + i·x_{2m+1}`.
    func backward(_ input: (Int) -> ComplexValue, into z: UnsafeMutablePointer<ComplexValue>, factor: Double,
                  width: Int) throws(EngineError) {
        let half = length / 2
        for k in 0..<half {
            var a = input(k), b = input(half - k)
            if k == 0 { a.i = 0; b.i = 0 }
            let sum = ComplexValue(r: a.r + b.r, i: a.i - b.i)
            let difference = ComplexValue(r: a.r - b.r, i: a.i + b.i)
            let w = root(k)
            let rotated = ComplexValue(r: w.r, i: -w.i) * difference
            z[k] = ComplexValue(r: sum.r - rotated.i, i: sum.i + rotated.r)
        }
        let scratch = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(width * length, elementSize: 8))
        plan.execute(z, scratch: scratch.base.assumingMemoryBound(to: ComplexValue.self), forward: false, factor: factor)
    }
}
