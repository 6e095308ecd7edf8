import Synchronization

/// NumPy's `np.random.Generator` on its default bit generator ``PCG64``, as
/// `np.random.default_rng(seed)` makes it: the same seed gives the same numbers, bit for bit,
/// as NumPy 2.4.6 (``SeedSequence`` seeding, NumPy's ziggurat for normal and exponential
/// samples, Lemire's bounded integers, NumPy's shuffles).
///
/// A generator is a reference object, like NumPy's: every holder draws from one stream. Its
/// state is behind a lock taken once per call (NumPy's `Generator` holds its `lock` per call).
///
/// Memory, as NumPy's (measured in docs/research/numpy-default-rng.md): a sampling call with
/// a `size` allocates exactly its C-ordered result (``NDArray/init(empty:dtype:order:zeroed:)``)
/// and fills it in C order; without a size it allocates nothing. The temporaries of `choice`,
/// `permutation`, `shuffle` and `permuted` are described on each method.
public final class RandomGenerator: Sendable {
    let bits: Mutex<PCG64>

    /// A generator on the bit generator `bits` (NumPy's `Generator(PCG64(...))`).
    public init(bits: PCG64) {
        self.bits = Mutex(bits)
    }

    /// NumPy's `default_rng(seed)` for a non-negative integer seed or a list of them.
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` for a negative integer.
    public convenience init(seed: [Int]) throws(EngineError) {
        self.init(bits: PCG64(seed: try SeedSequence(seed: seed)))
    }

    /// NumPy's `default_rng()` / `default_rng(None)`: seeded with 128 bits of OS entropy
    /// (not reproducible, as in NumPy).
    public convenience init() {
        var system = SystemRandomNumberGenerator()
        let words: [UInt32] = (0 ..< 4).map { _ in system.next() }
        self.init(bits: PCG64(seed: SeedSequence(entropyWords: words)))
    }

    /// A copy of the bit generator's state.
    public var state: PCG64 { bits.withLock { $0 } }

    /// A new C-ordered float64 array of `shape` filled, in C order, by `draw`.
    func filled(_ shape: [Int], _ draw: (inout PCG64) -> Double) throws(EngineError) -> NDArray {
        let array = try NDArray(empty: shape, dtype: .float64, order: .c)
        let count = array.size
        let out = array.baseAddress.bindMemory(to: Double.self, capacity: Swift.max(count, 1))
        bits.withLock { bits in
            for i in 0 ..< count { out[i] = draw(&bits) }
        }
        return array
    }

    /// One value of `draw`, under the lock.
    func one(_ draw: (inout PCG64) -> Double) -> Double {
        bits.withLock { draw(&$0) }
    }
}
