#if canImport(Glibc)
import Glibc
#endif

/// The sampling algorithms of NumPy's `Generator` (numpy/random/src/distributions), on a
/// ``PCG64`` stream, draw for draw.
extension PCG64 {
    /// A standard normal value by NumPy's 256-layer ziggurat (`random_standard_normal`): a
    /// 64-bit draw gives the layer (low 8 bits), the sign (bit 8) and a 52-bit magnitude;
    /// the value is accepted when the magnitude is under the layer's bound; the base layer
    /// samples the tail beyond `r` by Marsaglia's method with `log1p(−U)`; other layers
    /// accept against `exp(−x²/2)`; rejected draws start over.
    public mutating func standardNormal() -> Double {
        while true {
            var r = nextUInt64()
            let layer = Int(r & 0xff)
            r >>= 8
            let negative = r & 1 == 1
            let magnitude = (r >> 1) & 0x000f_ffff_ffff_ffff
            var x = Double(magnitude) * Double(bitPattern: ZigguratTables.normalW[layer])
            if negative { x = -x }
            if magnitude < ZigguratTables.normalK[layer] { return x }
            if layer == 0 {
                let edge = Double(bitPattern: ZigguratTables.normalR)
                let inverse = Double(bitPattern: ZigguratTables.normalInverseR)
                while true {
                    let xx = -inverse * log1p(-nextDouble())
                    let yy = -log1p(-nextDouble())
                    if yy + yy > xx * xx {
                        return (magnitude >> 8) & 1 == 1 ? -(edge + xx) : edge + xx
                    }
                }
            } else {
                let upper = Double(bitPattern: ZigguratTables.normalF[layer - 1])
                let lower = Double(bitPattern: ZigguratTables.normalF[layer])
                if (upper - lower) * nextDouble() + lower < exp(-0.5 * x * x) { return x }
            }
        }
    }

    /// A standard exponential value by NumPy's ziggurat (`random_standard_exponential`): the
    /// draw shifted right by 3 gives the layer (8 bits) and a 53-bit magnitude; the base layer
    /// returns `r − log1p(−U)`; other layers accept against `exp(−x)`, or start over.
    public mutating func standardExponential() -> Double {
        while true {
            var r = nextUInt64() >> 3
            let layer = Int(r & 0xff)
            r >>= 8
            let x = Double(r) * Double(bitPattern: ZigguratTables.exponentialW[layer])
            if r < ZigguratTables.exponentialK[layer] { return x }
            if layer == 0 {
                return Double(bitPattern: ZigguratTables.exponentialR) - log1p(-nextDouble())
            }
            let upper = Double(bitPattern: ZigguratTables.exponentialF[layer - 1])
            let lower = Double(bitPattern: ZigguratTables.exponentialF[layer])
            if (upper - lower) * nextDouble() + lower < exp(-x) { return x }
        }
    }

    /// An integer uniform on `[0, range]` (NumPy's `random_bounded_uint64` without masking):
    /// 0 draws nothing; a range below 2³² − 1 uses Lemire's method on 32-bit draws, exactly
    /// 2³² − 1 one 32-bit draw, a wider range Lemire's method on 64-bit draws (2⁶⁴ − 1: one
    /// 64-bit draw).
    public mutating func bounded(_ range: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        if range <= 0xffff_ffff {
            if range == 0xffff_ffff { return UInt64(nextUInt32()) }
            let exclusive = UInt32(range) + 1
            var m = UInt64(nextUInt32()) * UInt64(exclusive)
            var leftover = UInt32(truncatingIfNeeded: m)
            if leftover < exclusive {
                let threshold = (UInt32.max - UInt32(range)) % exclusive
                while leftover < threshold {
                    m = UInt64(nextUInt32()) * UInt64(exclusive)
                    leftover = UInt32(truncatingIfNeeded: m)
                }
            }
            return m >> 32
        }
        if range == .max { return nextUInt64() }
        let exclusive = range + 1
        var m = nextUInt64().multipliedFullWidth(by: exclusive)
        if m.low < exclusive {
            let threshold = (UInt64.max - range) % exclusive
            while m.low < threshold {
                m = nextUInt64().multipliedFullWidth(by: exclusive)
            }
        }
        return m.high
    }

    /// An integer uniform on `[0, max]` by masked rejection (NumPy's `random_interval`, used by
    /// `shuffle` and `permutation`): 32-bit draws while `max` fits in 32 bits.
    public mutating func interval(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        var mask = max
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        if max <= 0xffff_ffff {
            while true {
                let value = UInt64(nextUInt32()) & mask
                if value <= max { return value }
            }
        }
        while true {
            let value = nextUInt64() & mask
            if value <= max { return value }
        }
    }
}
