/// A complex transform of one length as pocketfft computes it: the radix plan of the length,
/// or Bluestein's algorithm over a smooth length `n2 ≥ 2n − 1` (``PocketfftLayout``), with
/// every buffer pocketfft `malloc`s allocated as ledger-counted storage in the same order.
final class ComplexTransform {
    let layout: PocketfftLayout
    private let plan: ComplexFFTPlan
    /// Bluestein's chirp `b_k = e^{iπk²/n}` (`n` values) and the transform of the padded
    /// chirp (`n2/2 + 1` values), in one buffer.
    private let chirp: ArrayStorage?

    init(length: Int) throws(EngineError) {
        layout = PocketfftLayout(length: length)
        guard let n2 = layout.bluesteinLength else {
            plan = try ComplexFFTPlan(length: length)
            chirp = nil
            return
        }
        plan = try ComplexFFTPlan(length: n2)
        let n = length
        let storage = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(n + n2 / 2 + 1))
        chirp = storage
        let bk = storage.base.bindMemory(to: ComplexValue.self, capacity: n + n2 / 2 + 1)
        let bkf = bk + n
        let roots = try UnitRoots(2 * n)
        bk[0] = .init(r: 1, i: 0)
        var coefficient = 0
        for m in 1..<Swift.max(n, 1) {
            coefficient += 2 * m - 1
            if coefficient >= 2 * n { coefficient -= 2 * n }
            bk[m] = roots[coefficient]
        }
        let padded = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(n2))
        let tbkf = padded.base.bindMemory(to: ComplexValue.self, capacity: n2)
        let scale = 1 / Double(n2)
        tbkf[0] = bk[0].scaled(scale)
        for m in 1..<n {
            tbkf[m] = bk[m].scaled(scale)
            tbkf[n2 - m] = tbkf[m]
        }
        if n <= n2 - n { for m in n...(n2 - n) { tbkf[m] = .init(r: 0, i: 0) } }
        let scratch = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(n2))
        plan.execute(tbkf, scratch: scratch.base.assumingMemoryBound(to: ComplexValue.self), forward: true, factor: 1)
        for i in 0...(n2 / 2) { bkf[i] = tbkf[i] }
    }

    /// Transforms the `length` values at `c` in place, scaled by `factor`. `width` is the
    /// number of lanes pocketfft transforms at once (2 in its multi-lane loop, whose vector
    /// type holds two doubles): its scratch, and Bluestein's work array, are that many lanes
    /// wide, so the engine allocates them as wide. Under Bluestein pocketfft allocates the
    /// scratch twice in turn; once here, with the same peak.
    func execute(_ c: UnsafeMutablePointer<ComplexValue>, forward: Bool, factor: Double, width: Int = 1) throws(EngineError) {
        guard let chirp, let n2 = layout.bluesteinLength else {
            let scratch = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(width * layout.length))
            plan.execute(c, scratch: scratch.base.assumingMemoryBound(to: ComplexValue.self), forward: forward, factor: factor)
            return
        }
        let n = layout.length
        let bk = chirp.base.assumingMemoryBound(to: ComplexValue.self)
        let bkf = bk + n
        let work = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(width * n2))
        let akf = work.base.bindMemory(to: ComplexValue.self, capacity: n2)
        for m in 0..<n { akf[m] = c[m].twiddled(bk[m], forward: forward) }
        for m in n..<n2 { akf[m] = .init(r: 0, i: 0) }
        let scratch = try ArrayStorage(byteCount: PocketfftLayout.arrayBytes(width * n2))
        let ch = scratch.base.assumingMemoryBound(to: ComplexValue.self)
        plan.execute(akf, scratch: ch, forward: true, factor: 1)
        akf[0] = akf[0].twiddled(bkf[0], forward: !forward)
        for m in 1..<((n2 + 1) / 2) {
            akf[m] = akf[m].twiddled(bkf[m], forward: !forward)
            akf[n2 - m] = akf[n2 - m].twiddled(bkf[m], forward: !forward)
        }
        if n2 % 2 == 0 { akf[n2 / 2] = akf[n2 / 2].twiddled(bkf[n2 / 2], forward: !forward) }
        plan.execute(akf, scratch: ch, forward: false, factor: 1)
        for m in 0..<n { c[m] = akf[m].twiddled(bk[m], forward: forward).scaled(factor) }
    }
}
