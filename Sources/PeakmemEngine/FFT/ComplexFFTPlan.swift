import Foundation

/// One complex value of a transform buffer: the real part, then the imaginary part, as NumPy's
/// complex128 stores it.
struct ComplexValue {
    var r: Double
    var i: Double

    @inline(__always) static func + (a: ComplexValue, b: ComplexValue) -> ComplexValue { .init(r: a.r + b.r, i: a.i + b.i) }
    @inline(__always) static func - (a: ComplexValue, b: ComplexValue) -> ComplexValue { .init(r: a.r - b.r, i: a.i - b.i) }
    @inline(__always) static func * (a: ComplexValue, b: ComplexValue) -> ComplexValue {
        .init(r: a.r * b.r - a.i * b.i, i: a.r * b.i + a.i * b.r)
    }
    @inline(__always) func scaled(_ f: Double) -> ComplexValue { .init(r: r * f, i: i * f) }
    @inline(__always) var conjugate: ComplexValue { .init(r: r, i: -i) }
    /// `self · w` for a backward transform, `self · conj(w)` for a forward one.
    @inline(__always) func twiddled(_ w: ComplexValue, forward: Bool) -> ComplexValue {
        forward ? .init(r: r * w.r + i * w.i, i: i * w.r - r * w.i) : self * w
    }
    /// `self · (∓i)`: multiplication by `e^{∓iπ/2}`, `−i` for a forward transform.
    @inline(__always) func rotated(forward: Bool) -> ComplexValue {
        forward ? .init(r: i, i: -r) : .init(r: -i, i: r)
    }
}

/// The roots of unity `e^{2πik/n}` for `0 ≤ k < n`, held in two short tables of
/// `2^s` and `⌈nval/2^s⌉` values (pocketfft's `sincos_2pibyn`, so the engine allocates what
/// NumPy allocates while a plan is made): `e^{2πik/n} = v1[k mod 2^s] · v2[k / 2^s]` for
/// `2k ≤ n`, and the conjugate of `e^{2πi(n−k)/n}` beyond.
struct UnitRoots {
    let n: Int
    let shift: Int
    let mask: Int
    let low: ArrayStorage
    let high: ArrayStorage

    init(_ n: Int) throws(EngineError) {
        self.n = n
        let (lowCount, highCount) = PocketfftLayout.sinCosCounts(n)
        var s = 0
        while (1 << s) < lowCount { s += 1 }
        shift = s
        mask = lowCount - 1
        low = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(lowCount))
        high = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(highCount))
        let v1 = low.base.bindMemory(to: ComplexValue.self, capacity: lowCount)
        let v2 = high.base.bindMemory(to: ComplexValue.self, capacity: highCount)
        for k in 0..<lowCount { v1[k] = Self.root(k, n) }
        for k in 0..<highCount { v2[k] = Self.root(k * lowCount, n) }
    }

    /// `e^{2πik/n}` by octant symmetry, so that the argument of sin and cos stays below π/4.
    static func root(_ k: Int, _ n: Int) -> ComplexValue {
        let x = (k % n) * 8
        let ang = 0.25 * Double.pi / Double(n)
        func c(_ t: Int) -> Double { cos(Double(t) * ang) }
        func s(_ t: Int) -> Double { sin(Double(t) * ang) }
        if x < 4 * n {
            if x < 2 * n {
                return x < n ? .init(r: c(x), i: s(x)) : .init(r: s(2 * n - x), i: c(2 * n - x))
            }
            let y = x - 2 * n
            return y < n ? .init(r: -s(y), i: c(y)) : .init(r: -c(2 * n - y), i: s(2 * n - y))
        }
        let y = 8 * n - x
        if y < 2 * n {
            return y < n ? .init(r: c(y), i: -s(y)) : .init(r: s(2 * n - y), i: -c(2 * n - y))
        }
        let z = y - 2 * n
        return z < n ? .init(r: -s(z), i: -c(z)) : .init(r: -c(2 * n - z), i: -s(2 * n - z))
    }

    subscript(k: Int) -> ComplexValue {
        let v1 = low.base.assumingMemoryBound(to: ComplexValue.self)
        let v2 = high.base.assumingMemoryBound(to: ComplexValue.self)
        if 2 * k <= n { return v1[k & mask] * v2[k >> shift] }
        let m = n - k
        return (v1[m & mask] * v2[m >> shift]).conjugate
    }
}

/// A radix plan for complex transforms of one length: pocketfft's factors and twiddle table,
/// stored in one ledger-counted buffer of the bytes pocketfft's `cfftp` allocates.
///
/// The passes follow FFTPACK's self-sorting layout: the pass of factor `ip` after factors of
/// product `l1` reads `cc[i + ido·(m + ip·k)]` and writes `ch[i + ido·(k + l1·u)]`
/// (`ido = n/(l1·ip)`), the length-`ip` DFT of the `m` inputs, output `u` multiplied by the
/// twiddle `e^{∓2πi·u·l1·i/n}`.
final class ComplexFFTPlan {
    let length: Int
    let factors: [Int]
    /// `twiddleCount` complex values; a factor's table starts at `offsets[f]`, and a factor
    /// above 11 keeps its `ip` roots after its twiddles.
    private let twiddles: ArrayStorage?
    private let offsets: [Int]

    /// A plan whose twiddles live in a buffer of their own, of pocketfft's `cfftp` bytes, filled
    /// from pocketfft's trigonometric tables of `length` (allocated while the plan is made).
    convenience init(length: Int) throws(EngineError) {
        let factors = PocketfftLayout.factorize(length)
        guard length > 1 else { try self.init(length: length, factors: factors, storage: nil, roots: { _ in .init(r: 1, i: 0) }); return }
        let storage = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(PocketfftLayout.twiddleCount(length, factors: factors)))
        let roots = try UnitRoots(length)
        try self.init(length: length, factors: factors, storage: storage, roots: { roots[$0] })
    }

    /// A plan of `length` with `factors` whose twiddle table is written at the start of
    /// `storage` (which must hold `twiddleCount` complex values); `roots(k)` is `e^{2πik/length}`.
    init(length: Int, factors: [Int], storage: ArrayStorage?, roots: (Int) -> ComplexValue) throws(EngineError) {
        self.length = length
        self.factors = factors
        guard length > 1, let storage else { twiddles = nil; offsets = []; return }
        let count = PocketfftLayout.twiddleCount(length, factors: factors)
        precondition(storage.byteCount >= count * 16, "the plan's buffer is too small for its twiddles")
        twiddles = storage
        let tw = storage.base.bindMemory(to: ComplexValue.self, capacity: Swift.max(count, 1))
        var offsets: [Int] = []
        var l1 = 1, position = 0
        for ip in factors {
            let ido = length / (l1 * ip)
            offsets.append(position)
            for j in 1..<ip where ido > 1 {
                for i in 1..<ido { tw[position + (j - 1) * (ido - 1) + i - 1] = roots(j * l1 * i) }
            }
            position += (ip - 1) * (ido - 1)
            if ip > 11 {
                for j in 0..<ip { tw[position + j] = roots(j * l1 * ido) }
                position += ip
            }
            l1 *= ip
        }
        self.offsets = offsets
    }

    /// Transforms `c` (`length` values) in place, scaled by `factor`, using `scratch`
    /// (`length` values): forward `X_k = Σ x_m e^{−2πimk/n}`, backward with `e^{+…}`.
    func execute(_ c: UnsafeMutablePointer<ComplexValue>, scratch: UnsafeMutablePointer<ComplexValue>,
                 forward: Bool, factor: Double) {
        if length == 1 {
            c[0] = c[0].scaled(factor)
            return
        }
        var p1 = c, p2 = scratch
        var l1 = 1
        let tw = twiddles!.base.assumingMemoryBound(to: ComplexValue.self)
        for (index, ip) in factors.enumerated() {
            let ido = length / (l1 * ip)
            let wa = tw + offsets[index]
            switch ip {
            case 2: pass2(ido, l1, p1, p2, wa, forward)
            case 4: pass4(ido, l1, p1, p2, wa, forward)
            case 8: pass8(ido, l1, p1, p2, wa, forward)
            default: passGeneric(ip, ido, l1, p1, p2, wa, forward)
            }
            swap(&p1, &p2)
            l1 *= ip
        }
        if p1 != c {
            for k in 0..<length { c[k] = p1[k].scaled(factor) }
        } else if factor != 1 {
            for k in 0..<length { c[k] = c[k].scaled(factor) }
        }
    }

    private func pass2(_ ido: Int, _ l1: Int, _ cc: UnsafeMutablePointer<ComplexValue>,
                       _ ch: UnsafeMutablePointer<ComplexValue>, _ wa: UnsafeMutablePointer<ComplexValue>, _ fwd: Bool) {
        for k in 0..<l1 {
            for i in 0..<ido {
                let a = cc[i + ido * (0 + 2 * k)], b = cc[i + ido * (1 + 2 * k)]
                ch[i + ido * k] = a + b
                let d = a - b
                ch[i + ido * (k + l1)] = i == 0 ? d : d.twiddled(wa[i - 1], forward: fwd)
            }
        }
    }

    private func pass4(_ ido: Int, _ l1: Int, _ cc: UnsafeMutablePointer<ComplexValue>,
                       _ ch: UnsafeMutablePointer<ComplexValue>, _ wa: UnsafeMutablePointer<ComplexValue>, _ fwd: Bool) {
        for k in 0..<l1 {
            for i in 0..<ido {
                let base = i + ido * 4 * k
                let (y0, y1, y2, y3) = Self.dft4(cc[base], cc[base + ido], cc[base + 2 * ido], cc[base + 3 * ido], fwd)
                ch[i + ido * k] = y0
                if i == 0 {
                    ch[i + ido * (k + l1)] = y1
                    ch[i + ido * (k + 2 * l1)] = y2
                    ch[i + ido * (k + 3 * l1)] = y3
                } else {
                    ch[i + ido * (k + l1)] = y1.twiddled(wa[i - 1], forward: fwd)
                    ch[i + ido * (k + 2 * l1)] = y2.twiddled(wa[(ido - 1) + i - 1], forward: fwd)
                    ch[i + ido * (k + 3 * l1)] = y3.twiddled(wa[2 * (ido - 1) + i - 1], forward: fwd)
                }
            }
        }
    }

    @inline(__always)
    private static func dft4(_ x0: ComplexValue, _ x1: ComplexValue, _ x2: ComplexValue, _ x3: ComplexValue,
                             _ fwd: Bool) -> (ComplexValue, ComplexValue, ComplexValue, ComplexValue) {
        let t2 = x0 + x2, t1 = x0 - x2
        let t3 = x1 + x3, t4 = (x1 - x3).rotated(forward: fwd)
        return (t2 + t3, t1 + t4, t2 - t3, t1 - t4)
    }

    private func pass8(_ ido: Int, _ l1: Int, _ cc: UnsafeMutablePointer<ComplexValue>,
                       _ ch: UnsafeMutablePointer<ComplexValue>, _ wa: UnsafeMutablePointer<ComplexValue>, _ fwd: Bool) {
        let h = 0.5.squareRoot()
        // e^{∓iπ/4}, e^{∓iπ/2}, e^{∓3iπ/4}
        let w1 = ComplexValue(r: h, i: fwd ? -h : h)
        let w3 = ComplexValue(r: -h, i: fwd ? -h : h)
        for k in 0..<l1 {
            for i in 0..<ido {
                let base = i + ido * 8 * k
                let (e0, e1, e2, e3) = Self.dft4(cc[base], cc[base + 2 * ido], cc[base + 4 * ido], cc[base + 6 * ido], fwd)
                let (o0, o1, o2, o3) = Self.dft4(cc[base + ido], cc[base + 3 * ido], cc[base + 5 * ido], cc[base + 7 * ido], fwd)
                let a1 = o1 * w1, a2 = o2.rotated(forward: fwd), a3 = o3 * w3
                ch[i + ido * k] = e0 + o0
                @inline(__always) func store(_ u: Int, _ value: ComplexValue) {
                    ch[i + ido * (k + u * l1)] = i == 0 ? value : value.twiddled(wa[(u - 1) * (ido - 1) + i - 1], forward: fwd)
                }
                store(1, e1 + a1); store(2, e2 + a2); store(3, e3 + a3)
                store(4, e0 - o0); store(5, e1 - a1); store(6, e2 - a2); store(7, e3 - a3)
            }
        }
    }

    private func passGeneric(_ ip: Int, _ ido: Int, _ l1: Int, _ cc: UnsafeMutablePointer<ComplexValue>,
                             _ ch: UnsafeMutablePointer<ComplexValue>, _ wa: UnsafeMutablePointer<ComplexValue>, _ fwd: Bool) {
        let roots = (0..<ip).map { u -> ComplexValue in
            let w = UnitRoots.root(u, ip)
            return fwd ? w.conjugate : w
        }
        var x = [ComplexValue](repeating: .init(r: 0, i: 0), count: ip)
        for k in 0..<l1 {
            for i in 0..<ido {
                for m in 0..<ip { x[m] = cc[i + ido * (m + ip * k)] }
                for u in 0..<ip {
                    var sum = x[0]
                    var index = 0
                    for m in 1..<ip {
                        index += u
                        if index >= ip { index -= ip }
                        sum = sum + x[m] * roots[index]
                    }
                    ch[i + ido * (k + l1 * u)] = (i == 0 || u == 0) ? sum : sum.twiddled(wa[(u - 1) * (ido - 1) + i - 1], forward: fwd)
                }
            }
        }
    }
}
