/// NumPy's `np.random.SeedSequence`: turns a seed (a non-negative integer or a list of them)
/// into well-mixed state words for a bit generator, as `default_rng(seed)` does before it
/// seeds PCG64.
///
/// The entropy is the seed as little-endian 32-bit words (`0` is `[0]`; a list contributes
/// each integer's words in turn). It is hashed into a pool of four 32-bit words (NumPy's
/// `mix_entropy`: `hashmix` with the multiplier `0x931e8875` from `0x43b0d7e5`, combined by
/// `mix(x, y) = (0xca01f9dd·x − 0x4973f715·y) ^ (… >> 16)`), and ``generateState(words:)``
/// expands the pool by cycling through it with a second hash (from `0x8b51f9dd`, multiplier
/// `0x58f38ded`). All arithmetic is modulo 2³². Spawn keys are not supported (an empty key
/// is what `default_rng(seed)` uses).
public struct SeedSequence: Sendable, Equatable {
    /// The mixed entropy pool (NumPy's `pool`, four words).
    public let pool: [UInt32]

    private static let initA: UInt32 = 0x43b0_d7e5, multA: UInt32 = 0x931e_8875
    private static let initB: UInt32 = 0x8b51_f9dd, multB: UInt32 = 0x58f3_8ded
    private static let mixMultL: UInt32 = 0xca01_f9dd, mixMultR: UInt32 = 0x4973_f715
    private static let poolSize = 4

    /// The sequence of the entropy words `entropy` (already split into 32-bit words).
    public init(entropyWords entropy: [UInt32]) {
        var hashConst = Self.initA
        func hashmix(_ value: UInt32) -> UInt32 {
            var value = value ^ hashConst
            hashConst = hashConst &* Self.multA
            value = value &* hashConst
            return value ^ (value >> 16)
        }
        func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
            let result = Self.mixMultL &* x &- Self.mixMultR &* y
            return result ^ (result >> 16)
        }
        var mixer = [UInt32](repeating: 0, count: Self.poolSize)
        for i in 0 ..< Self.poolSize {
            mixer[i] = hashmix(i < entropy.count ? entropy[i] : 0)
        }
        for source in 0 ..< Self.poolSize {
            for destination in 0 ..< Self.poolSize where source != destination {
                mixer[destination] = mix(mixer[destination], hashmix(mixer[source]))
            }
        }
        for source in Self.poolSize ..< max(Self.poolSize, entropy.count) {
            for destination in 0 ..< Self.poolSize {
                mixer[destination] = mix(mixer[destination], hashmix(entropy[source]))
            }
        }
        pool = mixer
    }

    /// The sequence of a seed given as non-negative integers (`default_rng(5)` is `[5]`,
    /// `default_rng([1, 2])` is `[1, 2]`): each integer contributes its little-endian 32-bit
    /// words (at least one).
    ///
    /// - Throws: ``EngineError/invalidArgument(_:)`` for a negative integer, with NumPy's
    ///   message, or for an empty list.
    public init(seed: [Int]) throws(EngineError) {
        var words: [UInt32] = []
        for value in seed {
            guard value >= 0 else {
                throw .invalidArgument("expected non-negative integer")
            }
            var rest = UInt64(value)
            repeat {
                words.append(UInt32(truncatingIfNeeded: rest))
                rest >>= 32
            } while rest != 0
        }
        self.init(entropyWords: words)
    }

    /// `words` 32-bit state words (NumPy's `generate_state(n, np.uint32)`).
    public func generateState(words count: Int) -> [UInt32] {
        var hashConst = Self.initB
        var state: [UInt32] = []
        state.reserveCapacity(count)
        for i in 0 ..< count {
            var value = pool[i % Self.poolSize] ^ hashConst
            hashConst = hashConst &* Self.multB
            value = value &* hashConst
            state.append(value ^ (value >> 16))
        }
        return state
    }

    /// `count` 64-bit state words (NumPy's `generate_state(n, np.uint64)`: twice as many
    /// 32-bit words, paired little-endian).
    public func generateState64(words count: Int) -> [UInt64] {
        let halves = generateState(words: 2 * count)
        return (0 ..< count).map { UInt64(halves[2 * $0]) | UInt64(halves[2 * $0 + 1]) << 32 }
    }
}
