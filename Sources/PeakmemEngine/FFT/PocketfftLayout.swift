/// The buffers NumPy 2.4.6's pocketfft (C++, `numpy/fft/_pocketfft_umath.cpp`) allocates with
/// plain `malloc` for a complex transform of one length, and the factorisation they follow.
///
/// Every pocketfft array (`arr<T>`) asks `malloc` for its elements plus 64 bytes (it aligns by
/// hand), so each buffer below is `count · elementSize + 64` bytes
/// (docs/research/numpy-fft.md §2 measures each of them with memray).
///
/// * **Plan** (`cfftp`): the factors of the length — 8s first, then 4s, one 2 moved to the front,
///   then odd primes in ascending order — and one twiddle table of
///   `Σ (ip−1)·(ido−1)` complex values (`+ ip` more for each factor above 11), where
///   `ido = n / (l1·ip)` and `l1` is the product of the factors before.
/// * **Trigonometric table** (`sincos_2pibyn`, while the plan is built): two arrays of
///   `2^s` and `⌈nval / 2^s⌉` complex values, `nval = (n+2)/2`, `s` the least shift with
///   `4^s ≥ nval` (for s ≥ 1).
/// * **Scratch** (`pass_all`): `n` complex values during each transform.
/// * **Bluestein** (`fftblue`, chosen when the largest prime factor `p` has `p² > n` and
///   `1.5 · 2 · cost(n2) < cost(n)`, `n2` the least 2·3·5·7·11-smooth number ≥ `2n − 1`): the
///   plan of `n2`, `n + n2/2 + 1` complex coefficients, while building a `2n` table and an
///   `n2` temporary; during each transform an `n2` work array and the plan's `n2` scratch.
public struct PocketfftLayout: Sendable, Equatable {
    /// The transform length.
    public let length: Int
    /// pocketfft's factors of `length`, in pass order.
    public let factors: [Int]
    /// The Bluestein length `n2`, when pocketfft uses Bluestein's algorithm for this length.
    public let bluesteinLength: Int?

    /// The layout pocketfft chooses for a complex transform of `length` (≥ 1).
    public init(length: Int) {
        self.length = length
        let largest = length < 50 ? 0 : Self.largestPrimeFactor(length)
        if largest * largest <= length {
            bluesteinLength = nil
        } else {
            let n2 = Self.goodSize(2 * length - 1)
            bluesteinLength = 1.5 * 2 * Self.costGuess(n2) < Self.costGuess(length) ? n2 : nil
        }
        factors = Self.factorize(bluesteinLength ?? length)
    }

    /// The factors of the radix passes for `n` (the plan of `n2` under Bluestein).
    static func factorize(_ n: Int) -> [Int] {
        var len = n
        var result: [Int] = []
        while len % 8 == 0 { result.append(8); len /= 8 }
        while len % 4 == 0 { result.append(4); len /= 4 }
        appendTwoAndOddFactors(of: len, to: &result)
        return n == 1 ? [] : result
    }

    /// pocketfft's tail of both factorisations: a remaining factor 2 moved to the front of
    /// `factors`, then the odd primes of `remainder` in ascending order.
    static func appendTwoAndOddFactors(of remainder: Int, to factors: inout [Int]) {
        var len = remainder
        if len % 2 == 0 {
            len /= 2
            factors.append(2)
            factors.swapAt(0, factors.count - 1)
        }
        var divisor = 3
        while divisor * divisor <= len {
            while len % divisor == 0 { factors.append(divisor); len /= divisor }
            divisor += 2
        }
        if len > 1 { factors.append(len) }
    }

    /// The complex values of the twiddle table of a plan of `n` with `factors`.
    static func twiddleCount(_ n: Int, factors: [Int]) -> Int {
        var count = 0, l1 = 1
        for ip in factors {
            let ido = n / (l1 * ip)
            count += (ip - 1) * (ido - 1)
            if ip > 11 { count += ip }
            l1 *= ip
        }
        return count
    }

    static func largestPrimeFactor(_ value: Int) -> Int {
        var n = value, result = 1
        while n % 2 == 0 { result = 2; n /= 2 }
        var x = 3
        while x * x <= n {
            while n % x == 0 { result = x; n /= x }
            x += 2
        }
        return n > 1 ? n : result
    }

    static func costGuess(_ value: Int) -> Double {
        var n = value, result = 0.0
        while n % 2 == 0 { result += 2; n /= 2 }
        var x = 3
        while x * x <= n {
            while n % x == 0 { result += x <= 5 ? Double(x) : 1.1 * Double(x); n /= x }
            x += 2
        }
        if n > 1 { result += n <= 5 ? Double(n) : 1.1 * Double(n) }
        return result * Double(value)
    }

    /// The least 2·3·5·7·11-smooth number ≥ `n` (pocketfft's `good_size_cmplx`).
    static func goodSize(_ n: Int) -> Int {
        if n <= 12 { return n }
        var best = 2 * n
        var f11 = 1
        while f11 < best {
            var f117 = f11
            while f117 < best {
                var f1175 = f117
                while f1175 < best {
                    var x = f1175
                    while x < n { x *= 2 }
                    while true {
                        if x < n {
                            x *= 3
                        } else if x > n {
                            if x < best { best = x }
                            if x & 1 == 1 { break }
                            x >>= 1
                        } else {
                            return n
                        }
                    }
                    f1175 *= 5
                }
                f117 *= 7
            }
            f11 *= 11
        }
        return best
    }

    /// Bytes of one pocketfft array of `count` elements of `size` bytes.
    static func arrayBytes(_ count: Int, elementSize: Int = 16) -> Int { count * elementSize + 64 }

    /// The two table sizes (in complex values) of `sincos_2pibyn(n)`.
    static func sinCosCounts(_ n: Int) -> (Int, Int) {
        let nval = (n + 2) / 2
        var shift = 1
        while (1 << shift) * (1 << shift) < nval { shift += 1 }
        let block = 1 << shift
        return (block, (nval + block - 1) / block)
    }
}
