import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// `numpy.linalg` on LAPACK from scenario code: NumPy 2.4.6's values (printed by
/// docs/research/scripts/linalg/numpy_linalg_values.py into its `.out`) and its exact
/// allocations, including `umath_linalg`'s malloc'd work buffers, as memray measured them
/// (docs/research/numpy-linalg.md; docs/research/scripts/linalg/numpy_linalg.py and its `.out`:
/// the ledger's peak is memray's `big_peak_noblas` less CPython's 8 224-byte arena).
@Suite("numpy.linalg on LAPACK and its Python-level functions")
struct LinalgSolverTests {
    /// A harness with `A`, a symmetric positive-definite N×N float64 matrix made as the
    /// research scripts make it, and `rng` after it.
    private func harness(n: Int, _ extra: String = "") throws -> Harness {
        let h = Harness()
        try h.run("N = \(n)\nrng = np.random.default_rng(0)\nM = rng.standard_normal((N, N))\nA = M @ M.T + N * np.eye(N)\ndel M\n" + extra)
        return h
    }

    private func expectClose(_ h: Harness, _ expression: String, _ numpy: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try h.repr("bool(np.allclose(\(expression), \(numpy), rtol=1e-7, atol=1e-8))") == "True", "\(expression)", sourceLocation: sourceLocation)
    }

    @Test("values agree with NumPy's (numpy_linalg_values.out)")
    func values() throws {
        let h = try harness(n: 50, "b = rng.standard_normal((N, 3))\nS = np.stack([A, A * 2])\n")
        try expectClose(h, "np.linalg.inv(A)[0, :3]", "[0.01314736, 0.00059652, -0.00020098]")
        try expectClose(h, "np.linalg.solve(A, b)[:2]", "[[-0.01561304, -0.03512322, -0.01433019], [0.00149916, 0.01066759, 0.00503379]]")
        try expectClose(h, "np.linalg.solve(A, b[:, 0])[:3]", "[-0.01561304, 0.00149916, -0.00073472]")
        try expectClose(h, "np.linalg.det(A[:5, :5])", "9795884711.052078")
        #expect(try h.repr("np.linalg.slogdet(A)[0]") == "np.float64(1.0)")
        try expectClose(h, "np.linalg.slogdet(A)[1]", "224.28946986364122")
        try expectClose(h, "np.linalg.cholesky(A)[:3, :3]", "[[9.60937232, 0, 0], [-0.49310436, 10.0321474, 0], [0.0600357, 0.61785972, 9.73817765]]")
        try expectClose(h, "np.linalg.cholesky(A, upper=True)[:3, :3]", "[[9.60937232, -0.49310436, 0.0600357], [0, 10.0321474, 0.61785972], [0, 0, 9.73817765]]")
        try expectClose(h, "np.linalg.norm(A)", "790.9005883671525")
        try expectClose(h, "np.linalg.norm(A, axis=1)[:3]", "[103.54265055, 112.17829655, 103.2930933]")
        try expectClose(h, "np.linalg.norm(A, 1)", "471.1924052593224")
        try expectClose(h, "np.linalg.norm(A, np.inf)", "471.1924052593225")
        try expectClose(h, "np.linalg.norm(b, 3, axis=0)", "[4.5336112, 4.16927964, 4.17777612]")
        try expectClose(h, "np.linalg.norm(b, 0, axis=0)", "[50., 50., 50.]")
        try expectClose(h, "np.linalg.norm(b, -np.inf, axis=1)[:3]", "[0.85843593, 0.51095075, 0.31646237]")
        try expectClose(h, "np.linalg.norm(np.arange(5))", "5.477225575051661")
        #expect(try h.repr("(np.linalg.norm(A, keepdims=True).shape, np.linalg.norm(A, axis=(0, 1), keepdims=True).shape)") == "((1, 1), (1, 1))")
        try expectClose(h, "np.linalg.det(S)", "[2.55669611e+097, 2.87858391e+112]")
        #expect(try h.repr("(np.linalg.inv(S).shape, np.linalg.solve(S, b).shape)") == "((2, 50, 50), (2, 50, 3))")
        #expect(try h.repr("(np.linalg.inv(A.astype(np.float32)).dtype, np.linalg.det(A.astype(np.float32)))") == "(dtype('float32'), np.float32(inf))")
    }

    @Test("singular, not positive-definite and non-square matrices raise np.linalg.LinAlgError with NumPy's messages")
    func errors() throws {
        let h = try harness(n: 4)
        #expect(h.error("np.linalg.inv(np.zeros((3, 3)))")?.description.contains("LinAlgError: Singular matrix") == true)
        #expect(h.error("np.linalg.solve(np.stack([A, np.zeros((4, 4))]), np.ones(4))")?.description.contains("LinAlgError: Singular matrix") == true)
        #expect(h.error("np.linalg.cholesky(-A)")?.description.contains("LinAlgError: Matrix is not positive definite") == true)
        #expect(h.error("np.linalg.inv(np.zeros((3, 4)))")?.description.contains("LinAlgError: Last 2 dimensions of the array must be square") == true)
        #expect(h.error("np.linalg.det(np.zeros(3))")?.description.contains("LinAlgError: 1-dimensional array given. Array must be at least two-dimensional") == true)
        #expect(h.error("np.linalg.solve(A, np.ones(3))")?.description.contains("ValueError: solve1: Input operand 1 has a mismatch in its core dimension 0") == true)
        #expect(h.error("np.linalg.norm(A, 'nuc', axis=0)")?.description.contains("ValueError: Invalid norm order 'nuc' for vectors") == true)
        #expect(h.error("np.linalg.norm(A, 3)")?.description.contains("ValueError: Invalid norm order for matrices.") == true)
        #expect(h.error("np.linalg.inv(A.astype(np.complex128))")?.description.contains("complex arrays are not supported yet") == true)
        #expect(h.error("np.linalg.norm(A.astype(np.complex64))")?.description.contains("complex array is not supported yet") == true)
        #expect(h.error("np.linalg.outer(A, A[0])")?.description.contains("ValueError: Input arrays must be one-dimensional, but they are x1.ndim=2 and x2.ndim=1.") == true)
        #expect(try h.measure("o = np.linalg.outer(A[0], A[1])") == (128, 128))
        try h.run("try:\n    np.linalg.inv(np.zeros((3, 3)))\nexcept np.linalg.LinAlgError as error:\n    message = str(error)\n")
        #expect(try h.repr("(message, np.linalg.det(np.zeros((3, 3))))") == "('Singular matrix', np.float64(0.0))")
    }

    @Test("inv: the result plus one 8·(2·M² + M)-byte work buffer; float32 through a float64 copy and a converted result")
    func invMemory() throws {
        let h = try harness(n: 800, "A32 = A.astype(np.float32)\nS = np.stack([A[:200, :200]] * 8)\n")
        #expect(try h.measure("r = np.linalg.inv(A)") == (5_120_000 + 10_246_400, 5_120_000))
        #expect(try h.measure("r = np.linalg.inv(A32)") == (5_120_000 + 5_120_000 + 10_246_400, 2_560_000 - 5_120_000))
        #expect(try h.measure("r = np.linalg.inv(S)") == (2_560_000 + 641_600, 2_560_000 - 2_560_000))
        // inv(A) @ b: the inverse's buffers, then a 64 000-byte product (r, 2 560 000 bytes, deleted first).
        #expect(try h.measure("del r\nr = np.linalg.inv(A) @ np.ones((N, 10))") == (5_120_000 + 10_246_400 - 2_560_000, 64_000 - 2_560_000))
    }

    @Test("solve: the result plus 8·(M² + M·K + M) bytes (K = 1 for a vector b)")
    func solveMemory() throws {
        let h = try harness(n: 800, "b = rng.standard_normal((N, 10))\nv = b[:, 0].copy()\nA32 = A.astype(np.float32)\nb32 = b.astype(np.float32)\n")
        #expect(try h.measure("x = np.linalg.solve(A, b)") == (64_000 + 5_190_400, 64_000))
        #expect(try h.measure("y = np.linalg.solve(A, v)") == (6_400 + 5_132_800, 6_400))
        #expect(try h.measure("z = np.linalg.solve(A32, b32)") == (5_120_000 + 64_000 + 64_000 + 5_190_400, 32_000))
    }

    @Test("det and slogdet: 8·(M² + M) bytes of work, a scalar result; cholesky: the result plus 8·M²")
    func factorizationMemory() throws {
        let h = try harness(n: 800, "A32 = A.astype(np.float32)\nS = np.stack([A[:200, :200]] * 8)\n")
        #expect(try h.measure("d = np.linalg.det(A)").peak == 8 + 5_126_400)
        #expect(try h.measure("d = np.linalg.det(A32)").peak == 5_120_000 + 8 + 5_126_400)
        #expect(try h.measure("s = np.linalg.slogdet(A)").peak == 16 + 5_126_400)
        #expect(try h.measure("d = np.linalg.det(S)").peak == 64 + 321_600)
        #expect(try h.measure("L = np.linalg.cholesky(A)") == (5_120_000 + 5_120_000, 5_120_000))
        #expect(try h.measure("U = np.linalg.cholesky(A32, upper=True)") == (3 * 5_120_000, 2_560_000))
    }

    @Test("norm: NumPy's temporaries (none for the default norm of a contiguous array)")
    func normMemory() throws {
        let h = Harness()
        try h.run("rng = np.random.default_rng(0)\nX = rng.standard_normal((100_000, 10))\nY = rng.standard_normal((1000, 1000))\nx = rng.standard_normal(1_000_000)\nX32 = X.astype(np.float32)\n")
        #expect(try h.measure("r = np.linalg.norm(x)").peak == 16)                    // 0-d dot and sqrt results
        #expect(try h.measure("r = np.linalg.norm(Y)").peak == 16)
        #expect(try h.measure("r = np.linalg.norm(Y.T[::2])").peak == 4_000_000 + 16)  // ravel(order='K') copies
        #expect(try h.measure("r = np.linalg.norm(X, axis=1)") == (8_000_000 + 800_000 + 800_000, 800_000))
        #expect(try h.measure("r = np.linalg.norm(X, axis=1, keepdims=True)") == (9_600_000, 0))
        #expect(try h.measure("r = np.linalg.norm(X32, axis=1)") == (4_000_000 + 400_000 + 400_000, 400_000 - 800_000))
        #expect(try h.measure("r = np.linalg.norm(X, ord=1, axis=0)").peak == 8_000_080)
        #expect(try h.measure("r = np.linalg.norm(x, ord=np.inf)").peak == 8_000_008)
        #expect(try h.measure("r = np.linalg.norm(X, ord=3, axis=1)") == (8_800_000, 800_000))
        #expect(try h.measure("r = np.linalg.norm(Y, ord=1)").peak == 8_008_000)
        #expect(try h.measure("r = np.linalg.norm(Y, ord=np.inf)").peak == 8_008_000)
    }

    @Test("svd, pinv, lstsq, matrix_rank, cond and the singular-value norms agree with NumPy's")
    func singularValueValues() throws {
        let h = try harness(n: 50, "b = rng.standard_normal((N, 3))\nS = np.stack([A, A * 2])\nT = rng.standard_normal((40, 6))\nu, s, vh = np.linalg.svd(T, full_matrices=False)\n")
        try expectClose(h, "s[:3]", "[7.59344664, 6.80354756, 5.99353821]")
        try expectClose(h, "abs(u[0, :3])", "[0.02776468, 0.10774321, 0.04292373]")
        try expectClose(h, "abs(vh[0, :3])", "[0.43315429, 0.63126369, 0.17336162]")
        try expectClose(h, "u @ (s[:, None] * vh)", "T")
        #expect(try h.repr("np.linalg.svd(T)[0].shape") == "(40, 40)")
        try expectClose(h, "np.linalg.svd(T, compute_uv=False)[-1]", "5.08178597920782")
        try expectClose(h, "np.linalg.pinv(T)[:2, :3]", "[[0.01169084, -0.01155515, -0.04127311], [-0.00312359, 0.0012168, -0.04532175]]")
        try h.run("x, r, k, sv = np.linalg.lstsq(T, b[:40, 0])\n")
        try expectClose(h, "x[:3]", "[0.0505268, -0.036663, -0.23634546]")
        try expectClose(h, "r", "[46.91092012]")
        #expect(try h.repr("(k, np.linalg.matrix_rank(A), np.linalg.matrix_rank(T[:, [0, 1, 1]]))") == "(np.int32(6), np.int64(50), np.int64(2))")
        try expectClose(h, "sv[:2]", "[7.59344664, 6.80354756]")
        try expectClose(h, "np.linalg.cond(A)", "4.506226812930878")
        try expectClose(h, "np.linalg.cond(A, -2)", "0.22191515019404756")
        try expectClose(h, "np.linalg.norm(A, 2)", "225.34650695198053")
        try expectClose(h, "np.linalg.norm(A, 'nuc')", "4988.857884417803")
    }

    @Test("svd: the outputs, then 8·(M·N + K + R·M + N·C) + 64·K bytes and dgesdd's workspace query")
    func svdMemory() throws {
        let h = try harness(n: 800, "X = rng.standard_normal((2000, 100))\nX32 = X.astype(np.float32)\n")
        // Full 800×800: u, s, vh, then 15 417 600 and 8 · 1 925 600 bytes (numpy_linalg_svd.out #26).
        #expect(try h.measure("u, s, vh = np.linalg.svd(A)").peak == 5_120_000 + 6_400 + 5_120_000 + 15_417_600 + 15_404_800)
        #expect(try h.measure("u, s, vh = np.linalg.svd(X, full_matrices=False)").peak == 1_600_000 + 800 + 80_000 + 3_287_200 + 325_600)
        try h.run("del u, s, vh\n")
        #expect(try h.measure("s = np.linalg.svd(A, compute_uv=False)").peak == 6_400 + 5_177_600 + 428_800)
        #expect(try h.measure("u, s, vh = np.linalg.svd(X32, full_matrices=False)").peak == 1_600_000 + 1_600_000 + 800 + 80_000 + 3_287_200 + 325_600)
        #expect(try h.measure("k = np.linalg.matrix_rank(A)").peak == 6_400 + 5_177_600 + 428_800)
        #expect(try h.measure("c = np.linalg.cond(A)").peak == 6_400 + 5_177_600 + 428_800)
        #expect(try h.measure("n = np.linalg.norm(A, 2)").peak == 6_400 + 5_177_600 + 428_800)
    }

    @Test("pinv and lstsq: their SVD buffers at the peak (numpy_linalg_svd.out #30, #31, #32, #36)")
    func pinvLstsqMemory() throws {
        let h = Harness()
        try h.run("rng = np.random.default_rng(0)\nX = rng.standard_normal((20000, 100))\ny = rng.standard_normal(20000)\nY = X[:2000, :5].copy()\nW = X[:2000].copy()\n")
        #expect(try h.measure("P = np.linalg.pinv(W)") == (1_600_000 + 800 + 80_000 + 3_287_200 + 325_600, 1_600_000))
        #expect(try h.measure("beta = np.linalg.pinv(X) @ y").peak == 16_000_000 + 800 + 80_000 + 32_087_200 + 325_600)
        // lstsq: x, residuals, s, then 8·(M·N + M·K + min) and 8·(lwork + liwork); x copied at the end.
        #expect(try h.measure("x, r, k, s = np.linalg.lstsq(X, y)").peak == 800 + 8 + 800 + 16_160_800 + 82_208)
        #expect(try h.measure("x, r, k, s = np.linalg.lstsq(W, Y)").peak == 4_000 + 40 + 800 + 1_680_800 + 85_408)
    }

    @Test("eigh, eigvalsh, matrix_power and multi_dot agree with NumPy's")
    func eighChainValues() throws {
        let h = try harness(n: 50, """
            b = rng.standard_normal((N, 3))
            T = rng.standard_normal((40, 6))
            C1, C2, C3, C4 = rng.standard_normal((10, 3)), rng.standard_normal((3, 8)), rng.standard_normal((8, 2)), rng.standard_normal((2, 7))
            w, v = np.linalg.eigh(A[:6, :6])

            """)
        try expectClose(h, "w[:3]", "[79.16503394, 83.64438383, 96.09069919]")
        try expectClose(h, "abs(v[0, :3])", "[0.27883644, 0.45117945, 0.8383521]")
        try expectClose(h, "np.linalg.eigvalsh(A[:6, :6], UPLO='u')[-1]", "139.71572611835148")
        try expectClose(h, "np.linalg.matrix_power(A[:4, :4], 5)[0, :2]", "[6.97250272e+09, -1.94555059e+09]")
        try expectClose(h, "np.linalg.matrix_power(A[:4, :4], -3)[0, :2]", "[1.29664366e-06, 1.77507532e-07]")
        #expect(try h.repr("np.linalg.matrix_power(A[:4, :4], 0)[0]") == "array([1., 0., 0., 0.])")
        try expectClose(h, "np.linalg.multi_dot([C1, C2, C3, C4])[0, :3]", "[12.02176242, 6.10369027, 11.83639577]")
        try expectClose(h, "np.linalg.multi_dot([C1[:, 0], C1, C2, C3[:, 0]])", "5.654520017875307")
        try expectClose(h, "np.linalg.multi_dot([C2[0], C3])", "[-0.35831504, 1.1008988]")
        #expect(h.error("np.linalg.eigh(A, UPLO='X')")?.description.contains("ValueError: UPLO argument must be 'L' or 'U'") == true)
    }

    @Test("eigh/eigvalsh: w (v), 8·M·(M + 1) bytes and dsyevd's workspace; matrix_power and multi_dot: their products' lifetimes")
    func eighChainMemory() throws {
        let h = try harness(n: 800, """
            S = np.stack([A[:200, :200]] * 4).astype(np.float32)
            B = A[:400, :400].copy()
            A1, A2, A3, A4 = rng.standard_normal((1000, 50)), rng.standard_normal((50, 800)), rng.standard_normal((800, 20)), rng.standard_normal((20, 700))

            """)
        // numpy_linalg_eigh.out #37-#42
        #expect(try h.measure("w, v = np.linalg.eigh(A)") == (6_400 + 5_120_000 + 5_126_400 + 10_310_432, 5_126_400))
        #expect(try h.measure("e = np.linalg.eigvalsh(A)") == (6_400 + 5_126_400 + 217_608, 6_400))
        #expect(try h.measure("w, v = np.linalg.eigh(S, UPLO='U')").peak == 1_280_000 + 6_400 + 1_280_000 + 321_600 + 657_632)
        #expect(try h.measure("P = np.linalg.matrix_power(B, 5)") == (2 * 1_280_000, 1_280_000))
        #expect(try h.measure("P = np.linalg.matrix_power(B, -2)") == (2 * 1_280_000 + 2_563_200 - 1_280_000, 0))
        #expect(try h.measure("R = np.linalg.multi_dot([A1, A2, A3, A4])") == (160_000 + 5_600_000, 5_600_000))
    }
}
