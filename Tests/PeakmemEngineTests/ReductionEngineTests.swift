import Testing
@testable import PeakmemEngine

@Suite("Engine reductions and accumulations")
struct ReductionEngineTests {
    @Test("reduce allocates only its result, along any axis of any layout")
    func reduceAllocatesItsResult() throws {
        let a = try sequence([300, 500])
        let f = try a.asfortranarray()
        for (array, axes, bytes) in [(a, [0], 4000), (a, [1], 2400), (f, [0], 4000), (f, [1], 2400), (a, nil, 8), (a.T, [0], 2400)] as [(NDArray, [Int]?, Int)] {
            let figures = try ledgerFigures { _ = try NDArray.reduce(.add, array, axes: axes) }
            #expect(figures.allocatedTotal == bytes)
            #expect(figures.peak == bytes)
        }
        let out = try NDArray(empty: [500])
        #expect(try allocatedBytes { _ = try NDArray.reduce(.maximum, a, axes: [0], out: out) } == 0)
        #expect(try allocatedBytes { _ = try NDArray.accumulate(.add, a, axis: 1) } == 1_200_000)
    }

    @Test("sums: identity start, -0 handling, empty input, integer widening")
    func sums() throws {
        let negativeZero = try NDArray.full([3], .float(-0.0))
        let sum = try NDArray.reduce(.add, negativeZero, axes: nil)
        #expect(try sum.element([], as: Double.self).sign == .plus)
        let empty = try NDArray(empty: [0])
        #expect(try NDArray.reduce(.add, empty, axes: nil).element([], as: Double.self) == 0)
        #expect(try NDArray.reduce(.multiply, empty, axes: nil).element([], as: Double.self) == 1)
        #expect(throws: EngineError.self) { try NDArray.reduce(.minimum, empty, axes: nil) }
        let bytes = try NDArray.full([300], .int(200), dtype: .uint8)
        let total = try NDArray.reduce(.add, bytes, axes: nil)
        #expect(total.dtype == .int64)
        #expect(try total.element([], as: Int64.self) == 60_000)
        #expect(try NDArray.accumulate(.add, bytes).dtype == .int64)
        #expect(try NDArray.reduce(.maximum, bytes, axes: nil).dtype == .uint8)
    }

    @Test("pairwise summation follows NumPy's blocks")
    func pairwise() throws {
        // 1e16 followed by 1023 ones: NumPy 2.4.6 prints np.add.reduce of it as 1.0000000000001008e+16
        // (a sequential sum would lose every 1).
        let count = 1024
        let values = UnsafeMutablePointer<Double>.allocate(capacity: count)
        defer { values.deallocate() }
        values[0] = 1e16
        for i in 1..<count { values[i] = 1 }
        let pairwise = PairwiseSum.sum(UnsafeRawPointer(values), count: count, stride: 8, as: Double.self)
        #expect(pairwise == 1.0000000000001008e+16)
    }
}
