/// NumPy's default bit generator `np.random.PCG64`: a 128-bit linear congruential generator
/// with the XSL-RR output function (O'Neill's `pcg_setseq_128_xsl_rr_64`).
///
/// Each 64-bit draw advances `state ← state·M + inc (mod 2¹²⁸)` with
/// `M = 0x2360ed051fc65da44385df649fccf645` and returns the new state's high and low halves
/// XOR-ed, rotated right by the state's top six bits. A 32-bit draw (``nextUInt32()``) uses
/// the low half of a 64-bit draw and keeps the high half for the next 32-bit draw, as NumPy's
/// `pcg64_next32` does (the buffer belongs to the generator, so it outlives a call).
public struct PCG64: Sendable, Equatable {
    /// The LCG state.
    public private(set) var state: UInt128
    /// The LCG increment (always odd).
    public private(set) var increment: UInt128
    /// The high half of the last 64-bit draw that a 32-bit draw has not used yet.
    public private(set) var bufferedHalf: UInt32?

    static let multiplier: UInt128 = (UInt128(0x2360_ed05_1fc6_5da4) << 64) | UInt128(0x4385_df64_9fcc_f645)

    /// The generator NumPy's `PCG64(seed)` makes: four 64-bit words from `seed`
    /// (``SeedSequence/generateState64(words:)``) give the initial state `w₀·2⁶⁴ + w₁` and the
    /// stream `w₂·2⁶⁴ + w₃`, set as `pcg64_srandom_r` does (inc = stream·2 + 1; step; add the
    /// state; step).
    public init(seed: SeedSequence) {
        let words = seed.generateState64(words: 4)
        let initial = UInt128(words[0]) << 64 | UInt128(words[1])
        let stream = UInt128(words[2]) << 64 | UInt128(words[3])
        state = 0
        increment = stream << 1 | 1
        step()
        state &+= initial
        step()
        bufferedHalf = nil
    }

    private mutating func step() {
        state = state &* Self.multiplier &+ increment
    }

    /// The next 64 bits.
    public mutating func nextUInt64() -> UInt64 {
        step()
        let folded = UInt64(truncatingIfNeeded: state >> 64) ^ UInt64(truncatingIfNeeded: state)
        let rotation = UInt64(truncatingIfNeeded: state >> 122)
        return folded.rotatedRight(by: rotation)
    }

    /// The next 32 bits: the buffered high half when there is one, else the low half of a new
    /// 64-bit draw (buffering its high half).
    public mutating func nextUInt32() -> UInt32 {
        if let half = bufferedHalf {
            bufferedHalf = nil
            return half
        }
        let word = nextUInt64()
        bufferedHalf = UInt32(truncatingIfNeeded: word >> 32)
        return UInt32(truncatingIfNeeded: word)
    }

    /// A float uniform on `[0, 1)`: `(next32 >> 8)·2⁻²⁴` (NumPy's `next_float`, from
    /// ``nextUInt32()``, so two floats use one 64-bit draw).
    public mutating func nextFloat() -> Float {
        Float(nextUInt32() >> 8) * (1.0 / 16_777_216.0)
    }

    /// A double uniform on `[0, 1)`: `(next >> 11)·2⁻⁵³`.
    public mutating func nextDouble() -> Double {
        Double(nextUInt64() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }
}

extension UInt64 {
    @inlinable func rotatedRight(by count: UInt64) -> UInt64 {
        let k = count & 63
        return k == 0 ? self : (self >> k) | (self << (64 - k))
    }
}
