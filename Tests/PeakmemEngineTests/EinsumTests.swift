import Testing
@testable import PeakmemEngine

/// The arrays of seed 002 at n = 4, q = 5, with values NumPy 2.4.6 was run on
/// (A = arange(16).reshape(4, 4), B = arange(5), Y2 = arange(4) + 1, Z2 = arange(20).reshape(5, 4) - 3).
private struct SeedArrays {
    let n = 4, q = 5
    let a: NDArray, b: NDArray, y2: NDArray, z2: NDArray
    init() throws {
        a = try sequence([4, 4]); b = try sequence([5])
        y2 = try NDArray.apply(.add, .array(sequence([4])), .scalar(.int(1)))
        z2 = try NDArray.apply(.subtract, .array(sequence([5, 4])), .scalar(.int(3)))
    }
}

@Suite("einsum: the C sum-of-products and pairwise contractions along a path")
struct EinsumTests {
    @Test("seed 002's C and D: the 3-D array is the only big buffer; D allocates only its output")
    func seedCAndD() throws {
        let s = try SeedArrays()
        var c: NDArray?, d: NDArray?
        let cFigures = try ledgerFigures { c = try NDArray.einsum("i, jk -> ijk", [s.b, s.a]) }
        #expect(cFigures.allocatedTotal == s.q * s.n * s.n * 8)
        #expect(c?.shape == [5, 4, 4])
        let dFigures = try ledgerFigures { d = try NDArray.einsum("ijk, ikj -> k", [c!, c!]) }
        #expect(dFigures.allocatedTotal == s.n * 8 && dFigures.allocations == 1)
        #expect(d?.elements(as: Double.self) == [1680, 5220, 9720, 15180])   // NumPy 2.4.6
    }

    @Test("loops over contiguous labels run merged (outer products, copies, sums) with the same values and buffers")
    func coalescedLoops() throws {
        let b = try sequence([5]), a = try sequence([4, 6]), x = try sequence([3, 4, 6])
        let outer = { (u: NDArray, v: NDArray) throws -> NDArray in   // u[i]·v[...] by broadcasting
            try NDArray.apply(.multiply, .array(u.reshape([u.size] + [Int](repeating: 1, count: v.ndim))), .array(v))
        }
        let pairs: [(NDArray, NDArray)] = try [(b, a), (b, a.T), (b, x), (b, x.swapaxes(0, 2))]
        for (left, right) in pairs {
            let spec = right.ndim == 2 ? "i,jk->ijk" : "i,jkl->ijkl"
            var c: NDArray?
            #expect(try allocatedBytes { c = try NDArray.einsum(spec, [left, right]) } == left.size * right.size * 8)
            #expect(try NDArray.allclose(c!, outer(left, right), rtol: 0, atol: 0))
        }
        // Summed and copied operands across merged labels: totals of x, of x·x, and a transposed copy.
        let total = try NDArray.einsum("ijk->", [x]).elements(as: Double.self)
        #expect(total == [2556])   // Σ 0..<72
        let squares = try NDArray.einsum("ijk,ijk->i", [x, x]).elements(as: Double.self)
        let expected: [Double] = (0..<3).map { i in
            var sum = 0.0
            for v in 24 * i..<24 * (i + 1) { sum += Double(v * v) }
            return sum
        }
        #expect(squares == expected)
        #expect(try NDArray.allclose(NDArray.einsum("ijk->kji", [x]), x.T.copy(), rtol: 0, atol: 0))
    }

    @Test("D1 along NumPy's optimal path: a scalar, then n-vectors; never a 3-D array")
    func seedD1Path() throws {
        let s = try SeedArrays()
        // np.einsum_path('i,jk,i,kj->k', B, A, B, A, optimize='optimal'): (0, 2), (0, 1), (0, 1),
        // with the step strings NumPy builds (operands popped from the highest position).
        let steps: [(operands: [Int], subscripts: String)] = [([0, 2], "i,i->"), ([0, 1], "kj,jk->k"), ([0, 1], "k,->k")]
        var d1: NDArray?
        let figures = try ledgerFigures { d1 = try NDArray.einsum([s.b, s.a, s.b, s.a], steps: steps) }
        // i,i-> : matmul (1,q)@(q,1) → 8 bytes; kj,jk->k : matmul (n,1,n)@(n,n,1) → n·8;
        // k,->k : multiply → n·8, then both intermediates are released.
        #expect(figures.peak == 8 + 2 * s.n * 8)
        #expect(figures.live == s.n * 8)
        #expect(figures.allocations == 3)
        #expect(d1?.elements(as: Double.self) == [1680, 5220, 9720, 15180])
    }

    @Test("E via C+C2 and as the explicit four-term sum agree with NumPy")
    func seedE() throws {
        let s = try SeedArrays()
        let c = try NDArray.einsum("i,jk->ijk", [s.b, s.a]), c2 = try NDArray.einsum("j,ik->ijk", [s.y2, s.z2])
        let sum = try NDArray.apply(.add, .array(c), .array(c2))
        let e = try NDArray.einsum("ijk,ikj->k", [sum, sum])
        #expect(e.elements(as: Double.self) == [9550, 24900, 43550, 65500])
        // NumPy's optimal paths for the four terms (recorded from np.einsum_path).
        let terms: [([NDArray], [(operands: [Int], subscripts: String)])] = [
            ([s.b, s.a, s.b, s.a], [([0, 2], "i,i->"), ([0, 1], "kj,jk->k"), ([0, 1], "k,->k")]),
            ([s.y2, s.z2, s.y2, s.z2], [([0, 3], "ij,j->i"), ([0, 2], "i,ik->k"), ([0, 1], "k,k->k")]),
            ([s.b, s.a, s.y2, s.z2], [([0, 3], "ij,i->j"), ([0, 2], "j,jk->k"), ([0, 1], "k,k->k")]),
            ([s.y2, s.z2, s.b, s.a], [([0, 3], "kj,j->k"), ([0, 1], "i,ik->k"), ([0, 1], "k,k->k")]),
        ]
        // Peaks, in bytes (n = 4): every step's result is a scalar or an n- or q-vector (a matmul
        // of two matrices or a multiply), never a 3-D array. E_CC: scalar 8 + matmul (n,1,1) 32 +
        // multiply 32; E_C2C2: q-vector 40 + n-vector 32; E_CC2: two n-vectors; E_C2C: three.
        let peaks = [8 + 4 * 8 + 4 * 8, 5 * 8 + 4 * 8, 2 * 4 * 8, 3 * 4 * 8]
        var total = try NDArray.zeros([s.n])
        for ((operands, steps), peak) in zip(terms, peaks) {
            var term: NDArray?
            let figures = try ledgerFigures { term = try NDArray.einsum(operands, steps: steps) }
            #expect(figures.peak == peak)
            total = try NDArray.apply(.add, .array(total), .array(term!))
        }
        #expect(total.elements(as: Double.self) == [9550, 24900, 43550, 65500])
    }

    @Test("a pairwise step copies exactly what NumPy's bmm_einsum copies")
    func pairwiseReshapeCopy() throws {
        let s = try SeedArrays()
        let c = try NDArray.einsum("i,jk->ijk", [s.b, s.a])
        // np.einsum('ijk,kj->i', C, A, optimize=True): step 'kj,ijk->i' on (A, C); C is brought
        // to 'kji' (a view) and reshaped to (n·n, q): a copy of C, freed after the matmul.
        var r: NDArray?
        let figures = try ledgerFigures { r = try NDArray.einsum([c, s.a], steps: [([0, 1], "kj,ijk->i")]) }
        #expect(figures.allocatedTotal == c.nbytes + s.q * 8)
        #expect(figures.peak == c.nbytes + s.q * 8)
        #expect(figures.live == s.q * 8)
        #expect(r?.elements(as: Double.self) == [0, 1060, 2120, 3180, 4240])
        #expect(try NDArray.allclose(r!, NDArray.einsum("ijk,kj->i", [c, s.a])))
    }

    @Test("traces, diagonals, transposes, ellipsis, implicit output")
    func subscriptForms() throws {
        let a = try sequence([4, 4])
        var view: NDArray?
        #expect(try allocatedBytes { view = try NDArray.einsum("ii->i", [a]) } == 0)
        #expect(view?.elements(as: Double.self) == [0, 5, 10, 15])
        #expect(try allocatedBytes { view = try NDArray.einsum("ba", [a]) } == 0)
        #expect(view?.strides == [8, 32])
        #expect(try NDArray.einsum("ii", [a]).elements(as: Double.self) == [30])
        #expect(try NDArray.einsum("ij->", [a]).elements(as: Double.self) == [120])
        // Outputs without summed labels are written, not accumulated, into an unzeroed buffer.
        let one = try NDArray.full([1, 1], .int(3), dtype: .float64)
        #expect(try NDArray.einsum("ij,ij->ij", [one, one]).elements(as: Double.self) == [9])
        #expect(try NDArray.einsum(",->", [NDArray.full([], .int(2), dtype: .float64), NDArray.full([], .int(5), dtype: .float64)]).elements(as: Double.self) == [10])
        #expect(try NDArray.einsum("i,j->ij", [sequence([2]), sequence([3])]).elements(as: Double.self) == [0, 0, 0, 0, 1, 2])
        let x = try sequence([2, 3, 4])
        #expect(try NDArray.einsum("...j,j->...", [x, sequence([4])]).elements(as: Double.self) == [14, 38, 62, 86, 110, 134])
        #expect(try NDArray.einsum("i...->...", [x]).shape == [3, 4])
        #expect(try NDArray.einsum("ij,jk", [sequence([2, 3]), sequence([3, 4])]).shape == [2, 4])
        // A length-1 dimension broadcasts against the label's length.
        let column = try sequence([3, 1])
        #expect(try NDArray.einsum("ij,ij->ij", [column, sequence([3, 2])]).elements(as: Double.self) == [0, 0, 2, 3, 8, 10])
        // Mixed dtypes are converted element by element: only the output is allocated.
        let ints = try sequence([3, 2], dtype: .int64), floats = try sequence([3, 2])
        #expect(try allocatedBytes { _ = try NDArray.einsum("ij,ij->", [ints, floats]) } == 8)
    }

    @Test("out= receives the result without allocation; dtype= follows the safe rule")
    func outAndDType() throws {
        let a = try sequence([3, 3])
        let out = try NDArray.full([3], .int(7), dtype: .float64)
        #expect(try allocatedBytes { _ = try NDArray.einsum("ij->i", [a], out: out) } == 0)
        #expect(out.elements(as: Double.self) == [3, 12, 21])
        let single = try NDArray.einsum("ij,jk->ik", [sequence([3, 3], dtype: .float32), sequence([3, 3], dtype: .float32)], dtype: .float64)
        #expect(single.dtype == .float64)
        #expect(throws: EngineError.castingRefused("Cannot cast array data from dtype('float64') to dtype('float32') according to the rule 'safe'")) {
            try NDArray.einsum("ij->i", [a], dtype: .float32)
        }
        let steps: [(operands: [Int], subscripts: String)] = [([0, 1], "ij,jk->ik")]
        let target = try NDArray.zeros([3, 3])
        // The matmul writes into out directly when no reshape or transpose follows it.
        #expect(try allocatedBytes { _ = try NDArray.einsum([a, a], steps: steps, out: target) } == 0)
        #expect(try NDArray.allclose(target, NDArray.matmul(a, a)))
        // An out= matmul cannot write as BLAS's C-ordered target (here Fortran-ordered) gets the
        // result through a temporary of its size, as np.matmul(..., out=) does.
        let fortran = try NDArray.zeros([3, 3], order: .fortran)
        #expect(try allocatedBytes { _ = try NDArray.einsum([a, a], steps: steps, out: fortran) } == 72)
        #expect(try NDArray.allclose(fortran, NDArray.matmul(a, a)))
    }

    @Test("bad subscripts raise NumPy's messages (C einsum and einsum_path dialects)")
    func errors() throws {
        let a = try sequence([2, 3]), v = try sequence([3])
        let cases: [(String, [NDArray], EinsumSubscripts.Dialect, String)] = [
            ("ij,jk", [a], .c, "more operands provided to einstein sum function than specified in the subscripts string"),
            ("ij", [a, a], .c, "fewer operands provided to einstein sum function than specified in the subscripts string"),
            ("i,jk->ik", [a, a], .c, "operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions."),
            ("ijk", [a], .c, "einstein sum subscripts string contains too many subscripts for operand 0"),
            ("ij->ik", [a], .c, "einstein sum subscripts string included output subscript 'k' which never appeared in an input"),
            ("ij->ii", [a], .c, "einstein sum subscripts string includes output subscript 'i' multiple times"),
            ("i$", [v], .c, "invalid subscript '$' in einstein sum subscripts string, subscripts must be letters"),
            ("ij,jk-ik", [a, a], .c, "einstein sum subscript string does not contain proper '->' output specified"),
            ("i.j", [a], .c, "einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand 0"),
            ("ii", [a], .c, "dimensions in operand 0 for collapsing index 'i' don't match (2 != 3)"),
            ("ij,jk", [a], .python, "Number of einsum subscripts must be equal to the number of operands."),
            ("i,jk->ik", [a, a], .python, "Einstein sum subscript i does not contain the correct number of indices for operand 0."),
            ("ij->ik", [a], .python, "Output character k did not appear in the input"),
            ("ij->ii", [a], .python, "Output character i appeared more than once in the output."),
            ("i$", [v], .python, "Character $ is not a valid symbol."),
            ("ij,jk->->ik", [a, a], .python, "Subscripts can only contain one '->'."),
            ("i.j", [a], .python, "Invalid Ellipses."),
            ("ij...k,", [a, v], .python, "Ellipses lengths do not match."),
        ]
        for (text, operands, dialect, message) in cases {
            #expect(throws: EngineError.invalidArgument(message)) {
                let parsed = try EinsumSubscripts.parse(text, ndims: operands.map(\.ndim), dialect: dialect)
                _ = try parsed.sizes(for: operands.map(\.shape), dialect: dialect)
            }
        }
        #expect(throws: EngineError.invalidArgument("Size of label 'j' for operand 1 (3) does not match previous terms (2).")) {
            _ = try EinsumSubscripts.parse("ij,jk->ik", ndims: [2, 2], dialect: .python).sizes(for: [[2, 3], [2, 3]], dialect: .python)
        }
    }

    @Test("ellipsis letters are NumPy's: the last unused letters, aligned on the right")
    func ellipsisLetters() throws {
        let parsed = try EinsumSubscripts.parse("...i,...i->...", ndims: [2, 1])
        #expect(parsed.description == "zi,i->z")
        let implicit = try EinsumSubscripts.parse("k...,jk", ndims: [2, 2])
        #expect(implicit.description == "kz,jk->zj")
    }

    @Test("D1 with optimize='optimal' plans NumPy's path and allocates what NumPy allocates")
    func seedD1Optimal() throws {
        let s = try SeedArrays()
        var d1: NDArray?
        let figures = try ledgerFigures {
            d1 = try NDArray.einsum("i, jk, i, kj -> k", [s.b, s.a, s.b, s.a], optimize: .strategy(.optimal))
        }
        #expect(figures.peak == 8 + 2 * s.n * 8 && figures.live == s.n * 8)
        #expect(d1?.elements(as: Double.self) == [1680, 5220, 9720, 15180])
        let plan = try NDArray.einsumPlan("i, jk, i, kj -> k", [s.b, s.a, s.b, s.a], optimize: .strategy(.optimal))
        #expect(plan.path == [[0, 2], [0, 1], [0, 1]])
    }

    @Test("lazy E = einsum('ijk,ikj->k', C+C2, C+C2) expands to four products and never builds a 3-D array")
    func lazySeedE() throws {
        let s = try SeedArrays()
        let c = try EinsumExpression("i, jk -> ijk", [.array(s.b), .array(s.a)])
        let c2 = try EinsumExpression("j, ik -> ijk", [.array(s.y2), .array(s.z2)])
        let sum = try c.adding(c2)
        let e = try EinsumExpression("ijk, ikj -> k", [.expression(sum), .expression(sum)])
        // The seed's four terms E_CC, E_CC2, E_C2C, E_C2C2, letter for letter.
        #expect(e.terms.map(\.subscripts) == ["i,jk,i,kj->k", "i,jk,k,ij->k", "j,ik,i,kj->k", "j,ik,k,ij->k"])
        // Peaks: the one-pass loop holds the running sum and one term (two n-vectors); along the
        // optimal and memory paths, the running sum plus the largest term's path peak (three
        // n-vectors, see seedE) — never a q·n·n array.
        for (optimize, peak) in [(EinsumOptimization.none, 2 * s.n * 8), (.strategy(.optimal), 4 * s.n * 8), (.strategy(.memory), 4 * s.n * 8)] {
            var value: NDArray?
            let figures = try ledgerFigures { value = try e.evaluate(optimize: optimize) }
            #expect(figures.peak == peak)
            #expect(figures.live == s.n * 8)
            #expect(value?.elements(as: Double.self) == [9550, 24900, 43550, 65500])
        }
        // Differences and scalings: (C + C2) - 2·C2 = C - C2.
        let difference = try sum.adding(c2.scaled(by: -2))
        let direct = try NDArray.apply(.subtract, .array(NDArray.einsum("i,jk->ijk", [s.b, s.a])), .array(NDArray.einsum("j,ik->ijk", [s.y2, s.z2])))
        #expect(try NDArray.allclose(difference.evaluate(), direct))
    }

    @Test("summed labels of a lazy operand get fresh labels, not the outer ones")
    func lazyFreshLabels() throws {
        let x = try sequence([3, 4]), y = try sequence([4, 5])
        let product = try EinsumExpression("ij,jk->ik", [.array(x), .array(y)])
        let traced = try EinsumExpression("ij,jk->i", [.expression(product), .array(try sequence([5, 2]))])
        #expect(traced.terms.map(\.subscripts) == ["ia,aj,jk->i"])
        let expected = try NDArray.einsum("ij,jk,kl->i", [x, y, sequence([5, 2])])
        #expect(try NDArray.allclose(traced.evaluate(), expected))
    }

    @Test("40 random contractions: the one-pass loop, greedy and optimal paths give the same numbers")
    func randomContractionsAgree() throws {
        var generator = SplitMix(seed: 2)
        let letters = Array("abcdefg")
        for _ in 0..<40 {
            let count = 2 + generator.next(4)
            var sizes: [Character: Int] = [:]
            for label in letters { sizes[label] = 1 + generator.next(4) }
            var inputs: [[Character]] = []
            for _ in 0..<count {
                let rank = generator.next(4)
                inputs.append((0..<rank).map { _ in letters[generator.next(letters.count)] })
            }
            let all = Set(inputs.flatMap { $0 })
            let output = all.sorted().filter { _ in generator.next(3) == 0 }
            let text = inputs.map { String($0) }.joined(separator: ",") + "->" + String(output)
            let operands = try inputs.map { labels in
                try NDArray.apply(.subtract, .array(sequence(labels.map { sizes[$0]! })), .scalar(.int(3)))
            }
            let reference = try NDArray.einsum(text, operands)
            for strategy in [EinsumPathStrategy.greedy, .optimal, .memory] {
                let planned = try NDArray.einsum(text, operands, optimize: .strategy(strategy))
                #expect(planned.shape == reference.shape, "\(text)")
                #expect(try NDArray.allclose(planned, reference), "\(text) \(strategy)")
            }
        }
    }
}

/// A small deterministic generator for test cases.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
