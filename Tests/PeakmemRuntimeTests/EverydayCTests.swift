import Foundation
import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// `np.pad`, `np.select`, `np.cov`, `np.corrcoef`, `np.interp`, `np.histogram` and `ufunc.outer` agree with NumPy 2.4.6 —
/// every line of docs/research/scripts/numpy_everyday_c_values.out, which
/// numpy_everyday_c_values.py printed, is evaluated here and compared with NumPy's repr — and
/// allocate what NumPy allocates (docs/research/numpy-everyday-c.md, measured by
/// numpy_everyday_c.py).
@Suite("Padding, select, covariance and interpolation")
struct EverydayCTests {
    /// The arrays of numpy_everyday_c_values.py.
    static func harness() throws -> Harness {
        let h = Harness()
        try h.run("""
        np.random.seed(0)
        x = np.random.rand(1000)
        X = x.reshape(25, 40)
        XF = np.asfortranarray(X)
        small = np.array([5, 3, 3, 9, 1, 5, 5, 0], dtype=np.int32)
        m = np.arange(12).reshape(3, 4)
        x32 = x.astype(np.float32)
        xn = x.copy(); xn[::7] = np.nan
        n = np.array([3.0, np.nan, 1.0, 2.0, np.nan, -np.inf])
        g = np.random.default_rng(12345)
        """)
        return h
    }

    @Test("every value of numpy_everyday_c_values.out is NumPy's")
    func valuesAreNumpys() throws {
        try Self.harness().expectNumpyValues("numpy_everyday_c_values.out", moreThan: 100)
    }

    /// The arrays of numpy_everyday_c.py's sizes (8 MB each).
    static func largeHarness() throws -> Harness {
        let h = Harness()
        try h.run("""
        np.random.seed(0)
        x = np.random.rand(1000000)
        X = np.random.rand(1000, 1000)
        xi = np.random.randint(0, 1000, 1000000)
        x32 = x.astype(np.float32)
        C = np.random.rand(10, 100000)
        xp = np.sort(np.random.rand(1000))
        fp = np.random.rand(1000)
        """)
        return h
    }

    @Test("np.pad allocates the padded array, and a slice-sized copy where NumPy's assignment overlaps (exact bytes)")
    func padLedger() throws {
        let h = try Self.largeHarness()
        #expect(try h.fresh("r = np.pad(x, 10)") == (8_000_160, 8_000_160))
        #expect(try h.fresh("r = np.pad(X, 10)") == (8_323_200, 8_323_200))
        #expect(try h.fresh("r = np.pad(X, ((1, 2), (3, 4)), constant_values=7)") == (8_080_168, 8_080_168))
        // The last axis' pad areas (1020 × 10 float64) overlap their source's extent: copied first.
        for mode in ["edge", "reflect", "symmetric", "wrap"] {
            #expect(try h.fresh("r = np.pad(X, 10, mode='\(mode)')") == (8_323_200 + 81_600, 8_323_200), "\(mode)")
        }
        #expect(try h.fresh("r = np.pad(xi, 5, mode='edge')") == (8_000_080, 8_000_080))
        #expect(try h.fresh("r = np.pad(x32, (0, 100))") == (4_000_400, 4_000_400))
    }

    @Test("np.select allocates its result and a 0-d array per Python number (exact bytes)")
    func selectLedger() throws {
        let h = try Self.largeHarness()
        // The two masks (1 MB each) and -x (8 MB) are the caller's, freed after the call.
        #expect(try h.fresh("r = np.select([x < 0.3, x > 0.7], [x, -x])") == (18_000_008, 8_000_000))
        #expect(try h.fresh("r = np.select([x < 0.3, x > 0.7], [x, 2.0], default=5)") == (10_000_016, 8_000_000))
        #expect(try h.fresh("r = np.select([xi < 300], [xi])") == (9_000_008, 8_000_000))
    }

    @Test("np.cov and np.corrcoef copy the data once, then hold means and the result (exact bytes)")
    func covarianceLedger() throws {
        let h = try Self.largeHarness()
        #expect(try h.fresh("r = np.cov(C)") == (8_000_880, 800))
        #expect(try h.fresh("r = np.corrcoef(C)") == (8_000_880, 800))
        #expect(try h.fresh("r = np.cov(C, ddof=0)") == (8_000_880, 800))
        #expect(try h.fresh("r = np.cov(x, x[::-1])") == (24_000_000, 32))
    }

    @Test("np.interp allocates the float64 result, a converted copy of x, and the slopes scratch (exact bytes)")
    func interpLedger() throws {
        let h = try Self.largeHarness()
        #expect(try h.fresh("r = np.interp(x, xp, fp)") == (8_007_992, 8_000_000))
        #expect(try h.fresh("r = np.interp(x32, xp, fp)") == (16_007_992, 8_000_000))
        #expect(try h.fresh("r = np.interp(xi, xp * 1000, fp)") == (16_015_992, 8_000_000))
        #expect(try h.fresh("r = np.interp(xp, x, x)") == (8_000, 8_000))   // more points than x: no slopes
    }
}

extension EverydayCTests {
    /// numpy_everyday_c.py cases 20-26: memray's peak of NumPy's buffers of 4096 bytes or more
    /// (2 293 760 with 16 float64 blocks) plus the edges and counts (88 + 80, or 408 + 400), as
    /// docs/research/numpy-everyday-c.md details; retained: tracemalloc's NumPy-domain figures.
    @Test("np.histogram holds NumPy's block temporaries until the next block and the return (exact bytes)")
    func histogramLedger() throws {
        let h = try Self.largeHarness()
        try h.run("W = np.random.rand(1000, 1000)")
        #expect(try h.fresh("r = np.histogram(x)") == (2_293_760 + 168, 168))
        #expect(try h.fresh("r = np.histogram(x, bins=100, range=(0.2, 0.8))") == (1_726_444, 1_608))
        #expect(try h.fresh("r = np.histogram(x, bins=xp)") == (1_056_576, 7_992))
        #expect(try h.fresh("r = np.histogram(x, bins=50, density=True)") == (2_293_760 + 808, 808))
        #expect(try h.fresh("r = np.histogram(x, bins=50, weights=W.ravel())") == (2_293_760 + 808, 808))
        #expect(try h.fresh("r = np.histogram(xi, bins=10)") == (2_818_048 + 168, 168))
        #expect(try h.fresh("r = np.histogram(X)") == (2_293_760 + 168, 168))
    }
}

extension EverydayCTests {
    @Test("np.add.outer and the other ufuncs' outer allocate their result only; Generator.random(dtype=np.float32) its float32 array; choice(p=) NumPy's cdf, samples and indices (exact bytes)")
    func outerLedger() throws {
        let h = try Self.largeHarness()
        try h.run("g = np.random.default_rng(0)")
        #expect(try h.fresh("r = g.random(1_000_000, dtype=np.float32)") == (4_000_000, 4_000_000))
        // choice(p=): cdf 8000, the uniform samples and the indices (8 MB each) until choice
        // returns (numpy_everyday_c.py cases 39, 40); from an array, its take beside them.
        try h.run("pw = fp / fp.sum()")
        #expect(try h.fresh("r = g.choice(1000, 1_000_000, p=pw)") == (16_008_000, 8_000_000))
        #expect(try h.fresh("r = g.choice(xp, 1_000_000, p=pw)") == (24_008_000, 8_000_000))
        #expect(try h.fresh("r = np.add.outer(xp, fp)") == (8_000_000, 8_000_000))
        #expect(try h.fresh("r = np.multiply.outer(xp, X[:, 0])") == (8_000_000, 8_000_000))
        #expect(try h.fresh("r = np.subtract.outer(X[:10, ::2], xp[:100])") == (4_000_000, 4_000_000))
        #expect(try h.fresh("r = np.maximum.outer(xi[:1000], xp)") == (8_000_000, 8_000_000))
    }
}

extension EverydayCTests {
    /// numpy_everyday_c.py cases 31-37: `xn` has a NaN every 100 elements (10 000).
    @Test("np.nanmedian, np.nanpercentile, np.nanquantile: the NaN mask, their positions, a NaN-free copy (exact bytes)")
    func nanOrderStatisticsLedger() throws {
        let h = try Self.largeHarness()
        try h.run("xn = x.copy()\nxn[::100] = np.nan")
        // mask 1 000 000, positions 80 000, copy 8 000 000, ~mask of the tail 10 000, the tail's 9900 values 79 200.
        let removal = 1_000_000 + 80_000 + 8_000_000 + 10_000 + 79_200
        #expect(try h.fresh("r = np.median(x)") == (8_000_025, 0))
        #expect(try h.fresh("r = np.nanmedian(xn)") == (removal, 0))
        #expect(try h.fresh("r = np.nanpercentile(xn, 90)") == (removal + 8, 0))           // q
        #expect(try h.fresh("r = np.nanquantile(xn, [0.25, 0.75])") == (removal + 16, 16))
        // No NaN: the mask (freed), then np.median's flattened copy (+ its 25 small bytes, as np.median(x)).
        #expect(try h.fresh("r = np.nanmedian(x)") == (8_000_025, 0))
        #expect(try h.fresh("r = np.nanmedian(X)") == (8_000_025, 0))
        #expect(try h.fresh("r = np.nanmedian(xi)") == (8_000_008, 0))
        // overwrite_input: xn itself has its NaNs replaced and is partitioned: no copy.
        #expect(try h.fresh("r = np.nanmedian(xn, overwrite_input=True)") == (removal - 8_000_000, 0))
    }
}
