import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// `np.einsum`, `np.einsum_path` and `peakmem.lazy.einsum` from scenario code, with the exact
/// bytes NumPy 2.4.6 allocates (measured with memray on NumPy's data allocator, seed 002 at
/// n = 300, q = 302, where every vector is above NumPy's 1 KiB small-buffer cache; the 8-byte
/// 0-d intermediates come from that cache and are counted as NumPy's tracemalloc domain counts them).
@Suite("einsum in scenario code")
struct EinsumRuntimeTests {
    private func harness(n: Int, q: Int) throws -> Harness {
        let h = Harness()
        try h.run("""
            import peakmem
            n = \(n)
            q = \(q)
            np.random.seed(0)
            A = np.random.normal(size=(n, n))
            B = np.random.normal(size=(q,))
            Y2 = np.random.normal(size=(n,))
            Z2 = np.random.normal(size=(q, n))
            """)
        return h
    }

    @Test("seed 002 at n=300, q=302: D1 and the four E terms allocate NumPy's vectors only")
    func seedTermsExact() throws {
        let h = try harness(n: 300, q: 302)
        // NumPy: [8 (cached), 2400, 2400, -2400, -8] → peak 4808, retained 2400.
        #expect(try h.measure("D1 = np.einsum('i, jk, i, kj -> k', B, A, B, A, optimize='optimal')") == (4808, 2400))
        #expect(try h.measure("E_C2C2 = np.einsum('j, ik, k, ij -> k', Y2, Z2, Y2, Z2, optimize='optimal')") == (4816, 2400))
        #expect(try h.measure("E_CC2 = np.einsum('i, jk, k, ij -> k', B, A, Y2, Z2, optimize='optimal')") == (4800, 2400))
        #expect(try h.measure("E_C2C = np.einsum('j, ik, i, kj -> k', Y2, Z2, B, A, optimize='optimal')") == (7200, 2400))
        // D without any path: the C loop allocates its output only.
        #expect(try h.measure("D0 = np.einsum('i, jk, i, kj -> k', B, A, B, A)") == (2400, 2400))
        #expect(try h.repr("bool(np.allclose(D0, D1))") == "True")
    }

    @Test("seed 002 at n=100, q=102: C, D and E through the 3-D arrays; lazy E without them")
    func seedThreeD() throws {
        let h = try harness(n: 100, q: 102)
        #expect(try h.measure("C = np.einsum('i, jk -> ijk', B, A)") == (8_160_000, 8_160_000))
        #expect(try h.measure("D = np.einsum('ijk, ikj -> k', C, C)") == (800, 800))
        try h.run("C2 = np.einsum('j, ik -> ijk', Y2, Z2)")
        // NumPy: both sums (8 160 000 each), the 800-byte result, then the sums freed.
        #expect(try h.measure("E = np.einsum('ijk, ikj -> k', C+C2, C+C2)") == (2 * 8_160_000 + 800, 800))
        let lazy = try h.measure("""
            LC = peakmem.lazy.einsum('i, jk -> ijk', B, A)
            LC2 = peakmem.lazy.einsum('j, ik -> ijk', Y2, Z2)
            LE = np.einsum('ijk, ikj -> k', LC + LC2, LC + LC2, optimize='optimal')
            """)
        // Term by term: the 800-byte output and the vectors of each product's path, never an
        // 8 160 000-byte 3-D array.
        #expect(lazy.peak == 3200)
        #expect(lazy.retained == 800)
        #expect(try h.repr("bool(np.allclose(LE, E))") == "True")
        #expect(try h.repr("LC + LC2") == "<LazyEinsum shape=(102, 100, 100) of 2 products>")
        #expect(try h.repr("(LC - 2 * LC2).terms") == "['i,jk->ijk', '-2.0 * j,ik->ijk']")
        try h.run("LE2 = peakmem.lazy.einsum('ijk, ikj -> k', LC + LC2, LC + LC2)")
        #expect(try h.repr("len(LE2.terms)") == "4")
        #expect(try h.repr("bool(np.allclose(LE2.evaluate(), E))") == "True")
        #expect(try h.repr("bool(np.allclose((LE2 / 2).evaluate(optimize='greedy'), E / 2))") == "True")
    }

    @Test("einsum_path returns NumPy's path list and report, with peakmem's predicted peak")
    func einsumPath() throws {
        let h = try harness(n: 100, q: 102)
        try h.run("P = np.einsum_path('i, jk, i, kj -> k', B, A, B, A, optimize='optimal')")
        #expect(try h.repr("P[0]") == "['einsum_path', (0, 2), (0, 1), (0, 1)]")
        let report = try h.value("P[1]")
        guard case .string(let text) = report else { Issue.record("report is not a string"); return }
        #expect(text.hasPrefix("  Complete contraction:  i,jk,i,kj->k\n         Naive scaling:  3\n     Optimized scaling:  2\n"))
        #expect(text.contains("   Theoretical speedup:  200.936\n"))
        #expect(text.contains("peakmem predicted peak"))
        // The E terms' optimal paths, as NumPy 2.4.6's np.einsum_path printed them.
        #expect(try h.repr("np.einsum_path('j, ik, k, ij -> k', Y2, Z2, Y2, Z2, optimize='optimal')[0]") == "['einsum_path', (0, 3), (0, 2), (0, 1)]")
        #expect(try h.repr("np.einsum_path('i, jk, k, ij -> k', B, A, Y2, Z2, optimize='optimal')[0]") == "['einsum_path', (0, 3), (0, 2), (0, 1)]")
        #expect(try h.repr("np.einsum_path('j, ik, i, kj -> k', Y2, Z2, B, A, optimize='optimal')[0]") == "['einsum_path', (0, 3), (0, 1), (0, 1)]")
        // The path list is accepted back by einsum, as NumPy's is.
        #expect(try h.measure("D2 = np.einsum('i, jk, i, kj -> k', B, A, B, A, optimize=P[0])") == (1608, 800))
    }

    @Test("optimize values, out=, dtype= and errors as NumPy")
    func arguments() throws {
        let h = try harness(n: 4, q: 5)
        // The C einsum returns a NumPy scalar for a 0-d result; a path ending in matmul, a 0-d array.
        #expect(try h.repr("np.einsum('i,i', Y2, Y2)").hasPrefix("np.float64("))
        #expect(try h.repr("np.einsum('i,i', Y2, Y2, optimize=True)").hasPrefix("array("))
        try h.run("O = np.zeros(4)")
        #expect(try h.measure("R = np.einsum('ij,j->i', A, Y2, out=O)") == (0, 0))
        #expect(try h.repr("bool(np.allclose(O, A @ Y2))") == "True")
        try h.run("R[0] = 99.0")   // R is O itself
        #expect(try h.repr("float(O[0])") == "99.0")
        #expect(try h.repr("np.einsum('ij->i', A.astype(np.float32), dtype=np.float64).dtype") == "dtype('float64')")
        #expect(h.error("np.einsum('ij,jk', A)")?.description.contains("ValueError: more operands provided to einstein sum function than specified in the subscripts string") == true)
        #expect(h.error("np.einsum('ij,jk', A, optimize=True)")?.description.contains("ValueError: Number of einsum subscripts must be equal to the number of operands.") == true)
        #expect(h.error("np.einsum('ij,jk,kl', A, A, A, optimize=['einsum_path', (0, 1)])")?.description.contains("RuntimeError: Invalid einsum_path is specified: 1 more operands has to be contracted.") == true)
        #expect(h.error("np.einsum('ij', A, optimize='fastest')")?.description.contains("KeyError") == true)
        for out in ["5", "[0.0]", "(np.empty(()),)"] {
            #expect(h.error("np.einsum('ij->', A, out=\(out))")?.description.contains("TypeError: keyword parameter out must be an array for einsum") == true)
        }
        #expect(try h.repr("np.einsum('ij,jk,kl->il', A, A, A, optimize=('greedy', 16)).shape") == "(4, 4)")
    }
}
