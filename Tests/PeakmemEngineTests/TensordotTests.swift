import Testing
@testable import PeakmemEngine

@Suite("Matrix products: tensordot, kron, outer")
struct TensordotTests {
    @Test("tensordot of seed 003's shapes: a float32→float64 cast copy and the result, as NumPy 2.4 measures")
    func seed003Shapes() throws {
        // Seed 003 at 1/100 of its rows: data 16×23520 float32, w 30×784 float64.
        let random = RandomState(seed: 5)
        let data = try random.rand([16, 23520]).astype(.float32)
        let w = try random.randn([30, 784])
        var out: NDArray?
        let figures = try ledgerFigures {
            out = try NDArray.tensordot(data.reshape([16, 30, -1]), w, axes: [2], [1]).reshape([-1, 900])
        }
        // The reshapes are views; dot converts data to float64 (16·30·784·8) and allocates 480×30.
        #expect(figures.peak == 16 * 30 * 784 * 8 + 480 * 30 * 8)
        #expect(figures.live == 480 * 30 * 8)
        #expect(out?.shape == [16, 900])
        // The same numbers as the kron loop of the seed: kron(I₃₀, w) · data[i].
        let row0 = try NDArray.dot(NDArray.kron(NDArray.identity(30), w), data[0].astype(.float64))
        #expect(try NDArray.allclose(out![0], row0, rtol: 1e-9, atol: 1e-9))
    }

    @Test("tensordot with an int and with axes that force a reshape copy")
    func axes() throws {
        let a = try sequence([3, 4, 5]), b = try sequence([4, 5, 2])
        let c = try NDArray.tensordot(a, b)       // axes=2
        #expect(c.shape == [3, 2])
        #expect(try NDArray.allclose(c, NDArray.dot(a.reshape([3, 20]), b.reshape([20, 2]))))
        // Summing a's middle axis: a.transpose(0, 2, 1) cannot be viewed as 15×4, so it is copied.
        var d: NDArray?
        let bytes = try allocatedBytes { d = try NDArray.tensordot(a, sequence([4]), axes: [1], [0]) }
        #expect(d?.shape == [3, 5])
        #expect(bytes == a.nbytes + 15 * 8 + 4 * 8)   // the copy, the result, and the arange operand
    }

    @Test("kron allocates only its result for C-contiguous operands; outer ravels non-C operands")
    func kronOuter() throws {
        let a = try sequence([3, 3]), b = try sequence([4, 5])
        var k: NDArray?
        #expect(try allocatedBytes { k = try NDArray.kron(a, b) } == 9 * 20 * 8)
        #expect(k?.shape == [12, 15])
        #expect(try k!.element([5, 7], as: Double.self) == a.element([1, 1], as: Double.self) * b.element([1, 2], as: Double.self))
        var o: NDArray?
        #expect(try allocatedBytes { o = try NDArray.outer(a.T, b) } == a.nbytes + 9 * 20 * 8)
        #expect(o?.shape == [9, 20])
    }
}
