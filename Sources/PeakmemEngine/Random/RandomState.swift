import Synchronization

/// NumPy's legacy random generator `np.random.RandomState`: MT19937 with NumPy's seeding and
/// NumPy's legacy sampling algorithms, so that the same seed gives the same numbers, bit for
/// bit, as `np.random.seed(s); np.random.randn(...)` in NumPy (every version since 1.0 for
/// these methods; `RandomState`'s stream is frozen by NumPy's compatibility policy).
///
/// A `RandomState` is a reference object, like NumPy's: every holder of it draws from one
/// stream. Its state is protected by a lock, taken once per call (as NumPy's `RandomState`
/// takes its `lock` once per call), so concurrent callers each get a consecutive run of the
/// stream. ``global`` is the state behind the module-level `np.random.*` functions.
///
/// Arrays are float64 (int64 for ``randint(_:_:size:dtype:)`` by default), C-ordered, filled
/// in C order, and allocated through ``NDArray/init(empty:dtype:order:zeroed:)`` so the
/// ``Ledger`` records exactly `nbytes` per array (1 byte for an empty one), as NumPy allocates
/// `np.empty(size)` and fills it.
public final class RandomState: Sendable {
    /// The state behind NumPy's module-level functions (`np.random.seed`, `np.random.randn`,
    /// ...). Until it is seeded it is seeded from OS entropy (see
    /// ``MersenneTwister/fromEntropy()``), as NumPy seeds its global state at import.
    public static let global = RandomState()

    let sampler: Mutex<LegacySampler>

    /// A generator seeded from OS entropy (NumPy's `RandomState()` / `RandomState(None)`).
    public init() {
        sampler = Mutex(LegacySampler(twister: .fromEntropy()))
    }

    /// A generator seeded with a 32-bit integer (NumPy's `RandomState(seed)` for an integer
    /// seed; see ``MersenneTwister/init(seed:)``).
    public init(seed: UInt32) {
        sampler = Mutex(LegacySampler(twister: MersenneTwister(seed: seed)))
    }

    /// A generator with the given sampler state (NumPy's `RandomState()` followed by
    /// `set_state(...)`).
    public init(state: LegacySampler) {
        sampler = Mutex(state)
    }

    /// Re-seeds, as `np.random.seed(seed)` does: `nil` seeds from OS entropy; an integer must
    /// be in `0 ... 2³² − 1` and seeds with ``MersenneTwister/init(seed:)``. The Gaussian
    /// cache is emptied either way.
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` with NumPy's message
    ///   `Seed must be between 0 and 2**32 - 1` for an integer outside that range (NumPy
    ///   rejects `2**32 + 5` too: only array seeds reach `init_by_array`).
    public func seed(_ seed: Int?) throws(EngineError) {
        let twister: MersenneTwister
        if let seed {
            guard let word = UInt32(exactly: seed) else { throw Self.seedRangeError }
            twister = MersenneTwister(seed: word)
        } else {
            twister = .fromEntropy()
        }
        sampler.withLock { $0 = LegacySampler(twister: twister) }
    }

    /// Re-seeds with an array of integers, as `np.random.seed([k₀, k₁, …])` does (a 1-d
    /// array seed: ``MersenneTwister/init(key:)``), emptying the Gaussian cache.
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` `Seed must be non-empty` for an empty
    ///   array, `Seed must be between 0 and 2**32 - 1` when an element is outside that range.
    public func seed(array: [Int]) throws(EngineError) {
        guard !array.isEmpty else { throw EngineError.invalidArgument("Seed must be non-empty") }
        var key: [UInt32] = []
        key.reserveCapacity(array.count)
        for value in array {
            guard let word = UInt32(exactly: value) else { throw Self.seedRangeError }
            key.append(word)
        }
        let twister = MersenneTwister(key: key)
        sampler.withLock { $0 = LegacySampler(twister: twister) }
    }

    /// A copy of the current state (NumPy's `get_state()`: the 624 key words, the position,
    /// `has_gauss` and `gauss`).
    public func state() -> LegacySampler {
        sampler.withLock { $0 }
    }

    static var seedRangeError: EngineError {
        .invalidArgument("Seed must be between 0 and 2**32 - 1")
    }
}
