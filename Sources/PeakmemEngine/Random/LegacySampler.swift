#if canImport(Glibc)
import Glibc
#endif

/// The sampling core of NumPy's legacy `RandomState`: an MT19937 generator plus the one cached
/// Gaussian value (NumPy's `aug_bitgen_t`: `has_gauss`, `gauss`), and the legacy sampling
/// algorithms as mutating methods.
///
/// Every method consumes exactly the words NumPy's legacy code consumes, in the same order,
/// and computes the same IEEE-754 operations in the same order, so the values are identical
/// bit for bit. ``RandomState`` wraps one of these behind a lock; use a sampler directly for a
/// single-threaded stream.
public struct LegacySampler: Sendable {
    /// The bit generator.
    public var twister: MersenneTwister
    /// True when ``gauss`` holds the second value of the last polar-method pair.
    public var hasGauss: Bool
    /// The cached Gaussian value (0 when ``hasGauss`` is false, as NumPy keeps it).
    public var gauss: Double

    /// A sampler over `twister` with an empty Gaussian cache.
    public init(twister: MersenneTwister) {
        self.twister = twister
        self.hasGauss = false
        self.gauss = 0
    }

    /// A sampler in a given state (NumPy's `set_state`).
    public init(twister: MersenneTwister, hasGauss: Bool, gauss: Double) {
        self.twister = twister
        self.hasGauss = hasGauss
        self.gauss = gauss
    }

    /// A double uniform on `[0, 1)` in steps of 2⁻⁵³ (``MersenneTwister/nextDouble()``;
    /// NumPy's `random_standard_uniform`, the values of `rand` and `random_sample`).
    @inlinable
    public mutating func standardUniform() -> Double {
        twister.nextDouble()
    }

    /// `low + range · U` with `U` from ``standardUniform()`` (NumPy's `random_uniform`; the
    /// caller passes `range = high − low`, computed once).
    @inlinable
    public mutating func uniform(low: Double, range: Double) -> Double {
        low + range * twister.nextDouble()
    }

    /// A standard normal value by Marsaglia's polar method, with NumPy's legacy cache
    /// (`legacy_gauss`).
    ///
    /// If a value is cached it is returned and the cache emptied. Otherwise: draw
    /// `x₁ = 2U₁ − 1`, `x₂ = 2U₂ − 1` (two ``standardUniform()`` values each) until
    /// `0 < r² = x₁² + x₂² < 1`, the pair being uniform on the unit disc; then with
    /// `f = √(−2 ln r² / r²)` the values `f·x₁` and `f·x₂` are independent N(0, 1)
    /// (Box–Muller in polar form, without trigonometric functions). `f·x₂` is returned and
    /// `f·x₁` is cached for the next call.
    @inlinable
    public mutating func standardNormal() -> Double {
        if hasGauss {
            let cached = gauss
            hasGauss = false
            gauss = 0
            return cached
        }
        var x1: Double
        var x2: Double
        var r2: Double
        repeat {
            x1 = 2.0 * twister.nextDouble() - 1.0
            x2 = 2.0 * twister.nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * log(r2) / r2).squareRoot()
        gauss = f * x1
        hasGauss = true
        return f * x2
    }

    /// `loc + scale · Z` with `Z` from ``standardNormal()`` (NumPy's `legacy_normal`).
    @inlinable
    public mutating func normal(loc: Double, scale: Double) -> Double {
        loc + scale * standardNormal()
    }
}
