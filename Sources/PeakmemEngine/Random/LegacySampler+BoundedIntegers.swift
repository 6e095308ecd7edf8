/// Bounded random integers as NumPy's legacy `RandomState.randint` draws them: **masked
/// rejection sampling** (NumPy keeps it for `RandomState` instead of Lemire's faster method so
/// that seeded streams never change).
///
/// To draw uniformly from the closed range `off … off + rng`: let `mask` be the smallest
/// `2ᵏ − 1 ≥ rng` (all bits below `rng`'s highest set bit); draw a word `w` and keep
/// `v = w & mask` if `v ≤ rng`, otherwise draw again; the result is `off + v`, wrapping
/// modulo 2^bits so that signed offsets work in two's complement. Each attempt succeeds with
/// probability `(rng + 1)/(mask + 1) > 1/2`.
///
/// Which words are drawn depends on the output type and on `rng`, exactly as in NumPy:
/// - 64-bit output: nothing when `rng = 0`; one 32-bit word per attempt when
///   `rng < 2³² − 1`; one 32-bit word, unmasked, when `rng = 2³² − 1`; one 64-bit word
///   (``MersenneTwister/nextUInt64()``), unmasked, when `rng = 2⁶⁴ − 1`; one masked 64-bit
///   word per attempt otherwise.
/// - 32-bit output: nothing when `rng = 0`, one word unmasked when `rng = 2³² − 1`, one masked
///   word per attempt otherwise.
/// - 8-bit output: bytes taken from a 32-bit buffer, low byte first (a new word every fourth
///   byte; the buffer lives for one fill call), masked as above unless `rng = 255`.
/// - bool output: `off` when `rng = 0`; otherwise bits taken from a 32-bit buffer, lowest bit
///   first (a new word every 32 bits; the buffer lives for one fill call).
extension LegacySampler {
    /// The smallest `2ᵏ − 1 ≥ value` (NumPy's `gen_mask`).
    @inlinable
    static func mask(covering value: UInt64) -> UInt64 {
        value == 0 ? 0 : UInt64.max >> UInt64(value.leadingZeroBitCount)
    }

    /// Writes `count` values uniform on `off … off + rng` (mod 2⁶⁴) to `out` (NumPy's
    /// `random_bounded_uint64_fill` with `use_masked = true`).
    public mutating func fillBounded(offset off: UInt64, range rng: UInt64,
                                     count: Int, into out: UnsafeMutablePointer<UInt64>) {
        if rng == 0 {
            for i in 0 ..< count { out[i] = off }
        } else if rng <= 0xFFFF_FFFF {
            if rng == 0xFFFF_FFFF {
                for i in 0 ..< count { out[i] = off &+ UInt64(twister.nextUInt32()) }
            } else {
                let narrowRange = UInt32(rng)
                let narrowMask = UInt32(Self.mask(covering: rng))
                for i in 0 ..< count {
                    var value: UInt32
                    repeat { value = twister.nextUInt32() & narrowMask } while value > narrowRange
                    out[i] = off &+ UInt64(value)
                }
            }
        } else if rng == .max {
            for i in 0 ..< count { out[i] = off &+ twister.nextUInt64() }
        } else {
            let mask = Self.mask(covering: rng)
            for i in 0 ..< count {
                var value: UInt64
                repeat { value = twister.nextUInt64() & mask } while value > rng
                out[i] = off &+ value
            }
        }
    }

    /// Writes `count` values uniform on `off … off + rng` (mod 2³²) to `out` (NumPy's
    /// `random_bounded_uint32_fill` with `use_masked = true`).
    public mutating func fillBounded(offset off: UInt32, range rng: UInt32,
                                     count: Int, into out: UnsafeMutablePointer<UInt32>) {
        if rng == 0 {
            for i in 0 ..< count { out[i] = off }
        } else if rng == .max {
            for i in 0 ..< count { out[i] = off &+ twister.nextUInt32() }
        } else {
            let mask = UInt32(Self.mask(covering: UInt64(rng)))
            for i in 0 ..< count {
                var value: UInt32
                repeat { value = twister.nextUInt32() & mask } while value > rng
                out[i] = off &+ value
            }
        }
    }

    /// Writes `count` values uniform on `off … off + rng` (mod 2⁸) to `out`, four bytes per
    /// 32-bit word (NumPy's `random_bounded_uint8_fill` with `use_masked = true`).
    public mutating func fillBounded(offset off: UInt8, range rng: UInt8,
                                     count: Int, into out: UnsafeMutablePointer<UInt8>) {
        var buffer: UInt32 = 0
        var remaining = 0
        func nextByte(_ twister: inout MersenneTwister) -> UInt8 {
            if remaining == 0 {
                buffer = twister.nextUInt32()
                remaining = 3
            } else {
                buffer >>= 8
                remaining -= 1
            }
            return UInt8(truncatingIfNeeded: buffer)
        }
        if rng == 0 {
            for i in 0 ..< count { out[i] = off }
        } else if rng == .max {
            for i in 0 ..< count { out[i] = off &+ nextByte(&twister) }
        } else {
            let mask = UInt8(Self.mask(covering: UInt64(rng)))
            for i in 0 ..< count {
                var value: UInt8
                repeat { value = nextByte(&twister) & mask } while value > rng
                out[i] = off &+ value
            }
        }
    }

    /// Writes `count` booleans to `out`: all `off` when `rng` is false, otherwise fair coin
    /// flips, 32 per word, lowest bit first (NumPy's `random_bounded_bool_fill`).
    public mutating func fillBounded(offset off: Bool, range rng: Bool,
                                     count: Int, into out: UnsafeMutablePointer<Bool>) {
        guard rng else {
            for i in 0 ..< count { out[i] = off }
            return
        }
        var buffer: UInt32 = 0
        var remaining = 0
        for i in 0 ..< count {
            if remaining == 0 {
                buffer = twister.nextUInt32()
                remaining = 31
            } else {
                buffer >>= 1
                remaining -= 1
            }
            out[i] = buffer & 1 != 0
        }
    }
}
