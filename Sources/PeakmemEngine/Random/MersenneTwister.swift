/// The 32-bit Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998), seeded exactly as
/// NumPy's legacy `np.random.RandomState` seeds it, so that both produce the same stream of
/// 32-bit words for the same seed.
///
/// **State.** 624 words `x[0] … x[623]` and a position `i` (0 … 624) of the next word to
/// hand out. When `i == 624` the whole block is regenerated ("twisted") before use.
///
/// **Twist.** For `k = 0 … 623` (indices mod 624), with `upper(w) = w & 0x8000_0000`,
/// `lower(w) = w & 0x7FFF_FFFF` and `A = 0x9908_B0DF`:
///
///     y    = upper(x[k]) | lower(x[k+1])
///     x[k] = x[k+397] ⊕ (y >> 1) ⊕ (A if y is odd else 0)
///
/// computed in place in increasing `k`, so `x[k+397]` (and `x[k+1]` for `k = 623`, i.e.
/// `x[0]`) is already the new value once it has been regenerated.
///
/// **Tempering.** The word handed out is `x[i]` passed through
///
///     y ^= y >> 11;  y ^= (y << 7) & 0x9D2C_5680;  y ^= (y << 15) & 0xEFC6_0000;  y ^= y >> 18
///
/// **Derived outputs** (NumPy's `mt19937_next64` / `mt19937_next_double`):
/// - a 64-bit word is `(first << 32) | second` of two consecutive 32-bit words;
/// - a double in `[0, 1)` is `(a·2²⁶ + b) / 2⁵³` with `a` the top 27 bits of the first word
///   (`w₁ >> 5`) and `b` the top 26 bits of the second (`w₂ >> 6`): a multiple of 2⁻⁵³, and
///   every step is exact in binary64.
public struct MersenneTwister: Sendable {
    /// Words in the state (MT19937's `n`).
    public static let stateLength = 624
    /// The twist offset (MT19937's `m`).
    static let shift = 397

    /// The 624 state words `x[0] … x[623]`.
    @usableFromInline var words: InlineArray<624, UInt32>
    /// The index of the next state word to temper and hand out; 624 means "twist first".
    @usableFromInline var index: Int

    /// Seeds from a 32-bit integer, as `np.random.seed(s)` does for an integer `s` in
    /// `0 ..< 2³²` (NumPy's `mt19937_seed`, the reference `init_genrand`):
    ///
    ///     x[0] = s,   x[k] = (1812433253 · (x[k−1] ⊕ (x[k−1] >> 30)) + k) mod 2³²   for k = 1 … 623
    ///
    /// (Knuth's linear congruential multiplier, TAOCP vol. 2, 3rd ed., p. 106), position 624.
    public init(seed: UInt32) {
        words = InlineArray(repeating: 0)
        index = Self.stateLength
        Self.fillLinear(&words, seed: seed)
    }

    /// Seeds from an array of 32-bit words, as `np.random.seed([k₀, k₁, …])` does for a
    /// non-empty 1-d array of integers in `0 ..< 2³²` (the reference `init_by_array`):
    ///
    /// 1. fill the state with ``init(seed:)``'s recurrence from `19650218`;
    /// 2. `max(624, count)` steps, starting with `i = 1, j = 0`:
    ///    `x[i] = ((x[i] ⊕ ((x[i−1] ⊕ (x[i−1] >> 30)) · 1664525)) + key[j] + j) mod 2³²`,
    ///    then `i += 1`, `j += 1`; when `i` reaches 624, `x[0] = x[623]` and `i = 1`; when `j`
    ///    reaches `count`, `j = 0`;
    /// 3. 623 steps of `x[i] = ((x[i] ⊕ ((x[i−1] ⊕ (x[i−1] >> 30)) · 1566083941)) − i) mod 2³²`
    ///    with the same wrap-around of `i`;
    /// 4. `x[0] = 0x8000_0000` (so the state is never all zero); position 624.
    ///
    /// - Precondition: `key` is not empty.
    public init(key: [UInt32]) {
        precondition(!key.isEmpty, "MersenneTwister(key:) needs at least one word")
        words = InlineArray(repeating: 0)
        index = Self.stateLength
        Self.fillLinear(&words, seed: 19_650_218)
        let n = Self.stateLength
        var i = 1
        var j = 0
        for _ in 0 ..< Swift.max(n, key.count) {
            let previous = words[i - 1]
            words[i] = (words[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= n { words[0] = words[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0 ..< n - 1 {
            let previous = words[i - 1]
            words[i] = (words[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(truncatingIfNeeded: i)
            i += 1
            if i >= n { words[0] = words[n - 1]; i = 1 }
        }
        words[0] = 0x8000_0000
    }

    /// A state given word by word (NumPy's `set_state(('MT19937', key, pos, …))`).
    ///
    /// - Precondition: `key` has 624 words and `position` is in `0 ... 624`.
    public init(key: [UInt32], position: Int) {
        precondition(key.count == Self.stateLength, "an MT19937 state has 624 words")
        precondition((0 ... Self.stateLength).contains(position), "an MT19937 position is in 0 ... 624")
        words = InlineArray { key[$0] }
        index = position
    }

    /// The 624 state words, as NumPy's `get_state()[1]` lists them.
    public var key: [UInt32] { (0 ..< Self.stateLength).map { words[$0] } }

    /// The position of the next word, as NumPy's `get_state()[2]` gives it (624 right after
    /// seeding).
    public var position: Int { index }

    /// The next tempered 32-bit word (NumPy's `mt19937_next32`).
    @inlinable
    public mutating func nextUInt32() -> UInt32 {
        if index >= 624 { twist() }
        // 0 <= index < 624 here: `index` only grows from 0 after a twist, and the initialisers
        // take it from 0 ... 624.
        var y = words[unchecked: index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// The next 64-bit word: two 32-bit words, the first in the high half
    /// (NumPy's `mt19937_next64`).
    @inlinable
    public mutating func nextUInt64() -> UInt64 {
        let high = UInt64(nextUInt32())
        return high << 32 | UInt64(nextUInt32())
    }

    /// The next double in `[0, 1)`: `((w₁ >> 5)·2²⁶ + (w₂ >> 6)) / 2⁵³` for the next two
    /// words `w₁`, `w₂` (NumPy's `mt19937_next_double`, a.k.a. `genrand_res53`).
    @inlinable
    public mutating func nextDouble() -> Double {
        let a = nextUInt32() >> 5
        let b = nextUInt32() >> 6
        return (Double(a) * 67_108_864.0 + Double(b)) / 9_007_199_254_740_992.0
    }

    /// Regenerates all 624 words (the twist described on the type) and rewinds to word 0.
    ///
    /// The loop runs in three parts so that no index needs reducing modulo 624: `k + 397`
    /// wraps to `k − 227` from `k = 227` on, and `x[k+1]` wraps to `x[0]` at `k = 623`.
    @usableFromInline
    mutating func twist() {
        let n = Self.stateLength, m = Self.shift
        @inline(__always)
        func mixed(_ current: UInt32, _ next: UInt32, _ far: UInt32) -> UInt32 {
            let y = (current & 0x8000_0000) | (next & 0x7FFF_FFFF)
            return far ^ (y >> 1) ^ ((0 &- (y & 1)) & 0x9908_B0DF)
        }
        for k in 0 ..< n - m {
            words[unchecked: k] = mixed(words[unchecked: k], words[unchecked: k + 1], words[unchecked: k + m])
        }
        for k in n - m ..< n - 1 {
            words[unchecked: k] = mixed(words[unchecked: k], words[unchecked: k + 1], words[unchecked: k + m - n])
        }
        words[unchecked: n - 1] = mixed(words[unchecked: n - 1], words[unchecked: 0], words[unchecked: m - 1])
        index = 0
    }

    /// `x[0] = seed`, `x[k] = 1812433253 · (x[k−1] ⊕ (x[k−1] >> 30)) + k` (mod 2³²).
    private static func fillLinear(_ words: inout InlineArray<624, UInt32>, seed: UInt32) {
        words[0] = seed
        for k in 1 ..< stateLength {
            let previous = words[k - 1]
            words[k] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(k)
        }
    }
}
