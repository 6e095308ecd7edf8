import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// One expression of MoreUfuncFixtures.swift and NumPy's result.
struct UfuncFixture: Sendable, CustomTestStringConvertible {
    let expression: String
    /// True when NumPy's loop is exact (or glibc's function equals NumPy's on every value
    /// measured), so the engine must give the same bits.
    let exact: Bool
    let dtype: DType
    let expected: [UInt64]

    var testDescription: String { expression }
}

/// The added ufuncs give NumPy 2.4.6's values (bit for bit for the exact ones; within 3 units
/// in the last place for the transcendental ones, whose SIMD loops in NumPy differ from glibc
/// by up to 3 ulps: docs/research/scripts/more-ufuncs/ulps_vs_glibc.out) and allocate what NumPy
/// allocates (docs/research/numpy-more-ufuncs.md).
@Suite("More ufuncs: log1p … logaddexp, fmod, fmax, float_power, divmod")
struct MoreUfuncTests {
    /// The distance in units in the last place between two floats of `dtype`.
    private func ulps(_ a: Double, _ b: Double, _ dtype: DType) -> Int64 {
        if a.isNaN && b.isNaN { return 0 }
        func ordered(_ bits: Int64) -> Int64 { bits < 0 ? Int64.min - bits : bits }
        if dtype == .float32 {
            return abs(ordered(Int64(Int32(bitPattern: Float(a).bitPattern))) - ordered(Int64(Int32(bitPattern: Float(b).bitPattern))))
        }
        return abs(ordered(Int64(bitPattern: a.bitPattern)) - ordered(Int64(bitPattern: b.bitPattern)))
    }

    @Test("NumPy's values", arguments: moreUfuncFixtures)
    func values(_ fixture: UfuncFixture) throws {
        let h = Harness()
        try h.run(moreUfuncSetup)
        try h.run("r = \(fixture.expression)")
        let r = try h.array("r")
        #expect(r.dtype == fixture.dtype)
        #expect(r.size == fixture.expected.count)
        for (k, expected) in fixture.expected.enumerated() {
            if r.dtype.isFloatingPoint {
                let got = try r.element([k], as: Double.self), want = Double(bitPattern: expected)
                let distance = ulps(got, want, r.dtype)
                if fixture.exact {
                    #expect(got.bitPattern == want.bitPattern || (got.isNaN && want.isNaN), "element \(k): \(got) vs \(want)")
                } else {
                    #expect(distance <= 3, "element \(k): \(got) vs \(want)")
                }
            } else {
                #expect(try r.element([k], as: Int64.self) == Int64(bitPattern: expected), "element \(k)")
            }
        }
    }

    @Test("each allocates its result only; out= nothing; divmod two arrays")
    func memory() throws {
        let h = Harness()
        try h.run("""
            a = np.linspace(-0.9, 0.9, 1_000_000)
            b = np.linspace(1.0, 5.0, 1_000_000)
            i = np.arange(1_000_000, dtype=np.int32)
            f = a.astype(np.float32)
            o = np.empty(1_000_000)
            """)
        let cases: [(String, Int)] = [
            ("r = np.arcsin(a)", 8_000_000), ("r = np.log1p(a, out=o)", 0), ("r = np.arcsin(f)", 4_000_000),
            ("r = np.cbrt(i)", 8_000_000), ("r = np.trunc(i)", 4_000_000), ("r = np.arctan2(a, b)", 8_000_000),
            ("r = np.hypot(i, b)", 8_000_000), ("r = np.float_power(f, 2)", 8_000_000), ("r = np.fmax(a, b)", 8_000_000),
            ("r = np.fmod(i, 7)", 4_000_000), ("q, m = np.divmod(b, 0.75)", 16_000_000), ("r = np.logaddexp(a, b)", 8_000_000),
            ("r = np.heaviside(a, 0.5)", 8_000_000),
        ]
        for (code, bytes) in cases {
            try h.run("r = None\nq = None\nm = None")
            let measured = try h.measure(code)
            #expect(measured.peak == bytes, "\(code)")
            #expect(measured.retained == bytes, "\(code)")
        }
    }

    @Test("float16 loops are refused by name")
    func refusals() throws {
        let h = Harness()
        #expect(h.error("np.arctan2(np.ones(3, dtype=np.uint8), 2)")?.message.contains("float16") == true)
        #expect(h.error("np.log1p(np.ones(3, dtype=bool))")?.message.contains("float16") == true)
    }
}
