extension MersenneTwister {
    /// A generator seeded from the operating system's entropy source, as NumPy seeds a
    /// `RandomState` created or re-seeded with `seed=None` (including the global `np.random`
    /// state at import time).
    ///
    /// NumPy draws 128 bits of OS entropy into a `SeedSequence`, expands them into 624 words,
    /// sets `x[0] = 0x8000_0000` and `x[1 …] ` to words 1 … 623. This does the same with 623
    /// words read directly from the OS (`getrandom(2)` via `SystemRandomNumberGenerator`):
    /// neither stream is reproducible, and no seed reproduces NumPy's stream after `seed(None)`,
    /// so the expansion step has no observable counterpart to match.
    public static func fromEntropy() -> MersenneTwister {
        var system = SystemRandomNumberGenerator()
        var key = [UInt32](repeating: 0, count: stateLength)
        key[0] = 0x8000_0000
        for k in 1 ..< stateLength {
            key[k] = system.next()
        }
        return MersenneTwister(key: key, position: stateLength)
    }
}
