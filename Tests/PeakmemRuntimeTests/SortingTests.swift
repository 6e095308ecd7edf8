import Foundation
import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// Sorting, searching, unique/bincount, median/percentile/quantile, average and ptp agree with
/// NumPy 2.4.6 — every line of docs/research/scripts/numpy_everyday_a_values.out, which
/// numpy_everyday_a_values.py printed, is evaluated here and compared with NumPy's repr — and
/// allocate what NumPy allocates (docs/research/numpy-sorting.md, numpy-order-statistics.md).
@Suite("Sorting, searching and order statistics")
struct SortingTests {
    /// The arrays of numpy_everyday_a_values.py.
    static func harness() throws -> Harness {
        let h = Harness()
        try h.run("""
        np.random.seed(0)
        x = np.random.rand(100000)
        X = x.reshape(250, 400)
        XF = np.asfortranarray(X)
        xi = (x * 1000).astype(np.int64)
        x32 = x.astype(np.float32)
        n = np.array([3.0, np.nan, 1.0, 2.0, np.nan, -np.inf])
        s = np.sort(x[:1000])
        small = np.array([5, 3, 3, 9, 1, 5, 5, 0], dtype=np.int32)
        w = x[::-1].copy()
        """)
        return h
    }

    @Test("every value of numpy_everyday_a_values.out is NumPy's, bit for bit")
    func valuesAreNumpys() throws {
        try Self.harness().expectNumpyValues("numpy_everyday_a_values.out", moreThan: 110)
    }

    /// The 8 MB arrays of numpy_everyday_a.py, the script that measured NumPy's buffers.
    static func largeHarness() throws -> Harness {
        let h = Harness()
        try h.run("""
        np.random.seed(0)
        x = np.random.rand(1000000)
        X = np.random.rand(1000, 1000)
        XF = np.asfortranarray(X)
        xi = np.random.randint(0, 1000, 1000000)
        s = np.sort(np.random.rand(1000))
        w = np.random.rand(1000000)
        xb = x > 0.5
        yi = np.random.randint(0, 2000, 1000000)
        small = np.arange(0, 1000, 7)
        """)
        return h
    }

    @Test("sort, argsort, partition allocate NumPy's copy, result and lane buffers (exact bytes)")
    func sortingLedger() throws {
        let h = try Self.largeHarness()
        #expect(try h.fresh("r = np.sort(x)") == (8_000_000, 8_000_000))
        #expect(try h.fresh("r = np.sort(X, axis=0)") == (8_008_000, 8_000_000))           // copy + one 8000-byte lane buffer
        #expect(try h.fresh("r = np.sort(XF)") == (8_008_000, 8_000_000))                  // F copy (order K): strided last axis
        #expect(try h.fresh("r = np.sort(X, axis=None)") == (8_000_000, 8_000_000))
        #expect(try h.measure("y = x.copy()") == (8_000_000, 8_000_000))
        #expect(try h.measure("y.sort()") == (0, 0))
        #expect(try h.fresh("r = np.argsort(x)") == (8_000_000, 8_000_000))
        #expect(try h.fresh("r = np.argsort(X, axis=0)") == (8_016_000, 8_000_000))        // value and index lane buffers
        #expect(try h.fresh("r = np.partition(x, 500000)") == (8_000_000, 8_000_000))
        #expect(try h.fresh("r = np.partition(X, 10, axis=0)") == (8_008_000, 8_000_000))
        #expect(try h.measure("y.partition(500000)") == (0, 0))
        #expect(try h.fresh("r = np.argpartition(x, 500000)") == (8_000_000, 8_000_000))
    }

    @Test("median, percentile, quantile allocate NumPy's partitioned copy and temporaries (exact bytes)")
    func orderStatisticsLedger() throws {
        let h = try Self.largeHarness()
        // The copy, the 0-d mean, _median_nancheck's 0-d index, take(-1) and isnan: a scalar result.
        #expect(try h.fresh("r = np.median(x)") == (8_000_025, 0))
        // K-order copy; the partition's lane buffer (8000, freed) is below the later peak of the
        // mean (8000), take(-1) (8000) and isnan (1000).
        #expect(try h.fresh("r = np.median(X, axis=0)") == (8_017_008, 8_000))
        #expect(try h.fresh("r = np.median(x, overwrite_input=True)") == (25, 0))
        // q as a 0-d array (8), flatten, the 0-d NaN flag, the 8-byte result (a NumPy scalar).
        #expect(try h.fresh("r = np.percentile(x, 90)") == (8_000_017, 0))
        // q, the copy, 1000 NaN flags, previous, next, diff, diff*gamma, result (the two products freed in turn).
        #expect(try h.fresh("r = np.quantile(X, 0.5, axis=1)") == (8_041_008, 8_000))
        #expect(try h.fresh("r = np.quantile(X, [0.25, 0.75], axis=0)") == (8_000_000 + 1_000 + 5 * 16_000 + 16, 16_000))
        // q, flatten, the taken int64 result (no NaN flag for integers).
        #expect(try h.fresh("r = np.percentile(xi, 50, method='nearest')") == (8_000_016, 0))
        // the 0-d weight sum (its == 0 flag is freed by then), a * w (full size), the 0-d sum.
        #expect(try h.fresh("r = np.average(x, weights=w)") == (8_000_016, 0))
        // scl (1,), a * w (8 000 000, freed once summed), the sums (8000, freed), the quotient (8000).
        #expect(try h.fresh("r = np.average(X, axis=0, weights=w[:1000])") == (8_008_008, 8_000))
        // the maximum, the minimum, their difference.
        #expect(try h.fresh("r = np.ptp(X, axis=0)") == (24_000, 8_000))
    }

    @Test("isin, intersect1d, union1d, setdiff1d, setxor1d allocate NumPy's buffers (exact bytes)")
    func setOperationsLedger() throws {
        let h = try Self.largeHarness()
        let inRange = try h.value("np.count_nonzero(xi <= 994)").asInt(for: "count")
        // result, helper table (995), xi <= max, xi >= min (freed), xi[mask], its int64 offsets,
        // the gathered booleans: NumPy's table method (memray: 18 913 940 for its own data).
        #expect(try h.fresh("r = np.isin(xi, small)") == (2_000_000 + 995 + 17 * inRange, 1_000_000))
        // unique(xi): 8 000 000 + 8000 (copy freed), unique(yi) likewise, concatenation 24 000,
        // its equality mask and the result.
        let both = try h.value("np.intersect1d(xi, yi).size").asInt(for: "count")
        #expect(try h.fresh("r = np.intersect1d(xi, yi)").peak == 8_000_000 + 8_000 + 16_000)
        #expect(try h.fresh("r = np.intersect1d(xi, yi)").retained == 8 * both)
        // the concatenation (16 000 000) and unique's flatten of it (16 000 000), then 2000 values.
        #expect(try h.fresh("r = np.union1d(xi, yi)") == (32_016_000, 16_000))
        #expect(try h.fresh("r = np.setdiff1d(xi, small)").peak == 8_008_000)
        #expect(try h.fresh("r = np.setxor1d(xi, yi)").peak == 8_024_000)
        // a short second array: the result and one comparison temporary at a time.
        #expect(try h.fresh("r = np.isin(x, s[:50])") == (2_000_000, 1_000_000))
        // NumPy's sorting method: unique(x, return_inverse=True) and unique(s), the concatenation,
        // its argsort, the sorted copy, the comparison, the flags, ret and ret[rev_idx]
        // (memray: NumPy's heap peak 49 000 112 for the same statement).
        #expect(try h.fresh("r = np.isin(x, s)") == (49_000_000, 1_000_000))
    }

    @Test("unique, bincount, searchsorted, digitize, argwhere, flatnonzero allocate NumPy's buffers (exact bytes)")
    func searchingLedger() throws {
        let h = try Self.largeHarness()
        #expect(try h.fresh("r = np.unique(xi)") == (8_008_000, 8_000))            // flatten + hash result
        #expect(try h.fresh("r = np.unique(xi, return_counts=True)") == (9_999_999, 16_000))
        #expect(try h.fresh("r = np.unique(xi, return_index=True)") == (25_999_999, 16_000))
        #expect(try h.fresh("r = np.unique(xi, return_inverse=True)") == (41_008_000, 8_008_000))
        #expect(try h.fresh("r = np.unique(x)") == (17_000_000, 8_000_000))
        #expect(try h.fresh("r = np.bincount(xi)") == (8_000, 8_000))
        #expect(try h.fresh("r = np.bincount(xi, weights=w)") == (8_000, 8_000))
        #expect(try h.fresh("r = np.bincount(xi, minlength=5000)") == (40_000, 40_000))
        #expect(try h.fresh("r = np.searchsorted(s, x)") == (8_000_000, 8_000_000))
        #expect(try h.fresh("r = np.searchsorted(s[::-1], x, sorter=np.arange(999, -1, -1))") == (8_016_000, 8_000_000))
        #expect(try h.fresh("r = np.digitize(x, s)") == (8_000_000, 8_000_000))
        #expect(try h.fresh("r = np.digitize(x, s[::-1])") == (16_000_000, 8_000_000))
        let nonzero = try h.value("np.count_nonzero(X > 0.5)").asInt(for: "count")
        #expect(try h.fresh("r = np.argwhere(X > 0.5)") == (1_000_000 + 2 * 16 * nonzero, 16 * nonzero))
        let ones = try h.value("np.count_nonzero(xb)").asInt(for: "count")
        #expect(try h.fresh("r = np.flatnonzero(xb)") == (8 * ones, 8 * ones))
    }
}

extension Harness {
    /// ``measure(_:)`` after unbinding `r`, so that the retained bytes are those of the new `r`.
    func fresh(_ code: String) throws -> (peak: Int, retained: Int) {
        try run("r = None")
        return try measure(code)
    }
}
