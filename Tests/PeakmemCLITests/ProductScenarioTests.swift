import Foundation
import Testing

/// The shipped matrix-product scenarios dgemm-trans and kron-tensordot at quick scale, end to
/// end: every variant runs, meets its exact `expect:` claims and agrees with the reference, and
/// the peaks are the exact figures of docs/research/numpy-products.md.
@Suite("Shipped product scenarios (end to end, quick scale)")
struct ProductScenarioTests {
    @Test("dgemm-trans: dgemm on the transposes, np.dot and @ under numpy-2 and syrk twice allocate only S; numpy-1.7 adds nbytes(X)")
    func dgemmTrans() throws {
        let run = try ShippedScenarioRun("dgemm-trans")
        #expect(run.variants.count == 7)
        // quick scale: X 100×5000 float64, S 100×100.
        let (x, s) = (4_000_000.0, 80_000.0)
        for name in ["dgemm-trans", "dot-numpy2", "matmul", "syrk-twice"] {
            #expect(run.figure(name, "peak_increment") == s, "\(name)")
        }
        #expect(run.figure("dot-numpy17", "peak_increment") == x + s)
        #expect(run.figure("xdot-numpy17", "peak_increment") == x + s)
        #expect(run.figure("dgemm-c-operands", "peak_increment") == 2 * x + s)
    }

    @Test("kron-tensordot: the kron loop holds two Kronecker matrices; tensordot, reshape-dot and matmul only the float64 copy of data")
    func kronTensordot() throws {
        let run = try ShippedScenarioRun("kron-tensordot")
        #expect(run.variants.count == 5)
        // quick scale: data 16×2352 float32 (150 528 B), bar 16×9 float64 (1 152 B),
        // foo 9×2352 float64 (169 344 B), identity 3×3 (72 B).
        let (data, bar, foo) = (150_528.0, 1_152.0, 169_344.0)
        #expect(run.figure("kron-loop", "peak_increment") == bar + 2 * foo + 72)
        for name in ["tensordot", "reshape-dot", "batched-matmul"] {
            #expect(run.figure(name, "peak_increment") == 2 * data + bar, "\(name)")
            #expect(run.figure(name, "retained") == bar, "\(name)")
        }
        let csrPeak = try #require(run.figure("csr", "peak_increment"))
        #expect(csrPeak.truncatingRemainder(dividingBy: 28) == 0 && csrPeak > 0)
    }
}
