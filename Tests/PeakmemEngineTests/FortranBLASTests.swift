import Testing
@testable import PeakmemEngine

/// scipy.linalg.blas ?gemm/?syrk: the figures of docs/research/numpy-products.md §6.1
/// (`scipy_blas_rules.py`, SciPy 1.17.1), at a fifth of its sizes: X 40×600 float64 C
/// (192 000 bytes), result 40×40 (12 800 bytes float64, 6 400 float32).
@Suite("scipy.linalg.blas gemm and syrk")
struct FortranBLASTests {
    let x: NDArray
    let xxt: NDArray
    let out64 = 40 * 40 * 8

    init() throws {
        x = try RandomState(seed: 3).randn([40, 600])
        xxt = try NDArray.matmul(x, x.T)
    }

    @Test("dgemm(1., X.T, X.T, trans_a=True) copies nothing: exactly nbytes(result), zero-filled F order")
    func transposedOperandsAreUsedInPlace() throws {
        var s: NDArray?
        let figures = try ledgerFigures { s = try NDArray.gemm(.double, alpha: 1, a: x.T, b: x.T, transA: true) }
        #expect(figures.allocatedTotal == out64 && figures.peak == out64 && figures.allocations == 1)
        #expect(s!.isFContiguous && !s!.isCContiguous && s!.dtype == .float64)
        #expect(try NDArray.allclose(s!, xxt))
    }

    @Test("C-contiguous, strided and wrong-dtype operands are copied to F order, each separately")
    func copies() throws {
        let both = try ledgerFigures { _ = try NDArray.gemm(.double, alpha: 1, a: x, b: x, transB: true) }
        #expect(both.allocatedTotal == 2 * x.nbytes + out64 && both.peak == 2 * x.nbytes + out64 && both.live == 0)
        var s: NDArray?
        #expect(try allocatedBytes { s = try NDArray.gemm(.double, alpha: 1, a: x, b: x.T) } == x.nbytes + out64)
        #expect(try NDArray.allclose(s!, xxt))
        let strided = try x.view(at: [.all, .slice(start: nil, stop: nil, step: 2)])
        #expect(try allocatedBytes { s = try NDArray.gemm(.double, alpha: 1, a: strided, b: strided.T) } == 2 * strided.nbytes + out64)
        #expect(try NDArray.allclose(s!, NDArray.matmul(strided, strided.T)))
        let x32 = try x.astype(.float32)
        #expect(try allocatedBytes { s = try NDArray.gemm(.double, alpha: 1, a: x32.T, b: x32.T, transA: true) } == 2 * x.nbytes + out64)
        let sgemmOwn = try ledgerFigures { s = try NDArray.gemm(.single, alpha: 1, a: x32.T, b: x32.T, transA: true) }
        #expect(sgemmOwn.allocatedTotal == out64 / 2 && s!.dtype == .float32)
        #expect(try NDArray.allclose(s!, xxt, rtol: 1e-4, atol: 1e-3))
        #expect(try allocatedBytes { _ = try NDArray.gemm(.single, alpha: 1, a: x.T, b: x.T, transA: true) } == 2 * x32.nbytes + out64 / 2)
        let ints = try x.astype(.int64)
        #expect(try allocatedBytes { _ = try NDArray.gemm(.double, alpha: 1, a: ints.T, b: ints.T, transA: true) } == 2 * x.nbytes + out64)
    }

    @Test("c is used itself only with overwrite_c and F order of the routine's dtype; otherwise copied")
    func output() throws {
        let c = try NDArray.ones([40, 40], order: .fortran)
        var s: NDArray?
        let inPlace = try ledgerFigures { s = try NDArray.gemm(.double, alpha: 0.5, a: x.T, b: x.T, beta: 2, c: c, transA: true, overwriteC: true) }
        #expect(inPlace.allocatedTotal == 0)
        #expect(s!.storage === c.storage)
        let expected = try NDArray.apply(.add, .array(NDArray.apply(.multiply, .array(xxt), .scalar(.float(0.5)))), .scalar(.float(2)))
        #expect(try NDArray.allclose(c, expected))
        let fresh = try NDArray.ones([40, 40], order: .fortran)
        #expect(try allocatedBytes { s = try NDArray.gemm(.double, alpha: 0.5, a: x.T, b: x.T, beta: 2, c: fresh, transA: true) } == out64)
        #expect(s!.storage !== fresh.storage && s!.isFContiguous)
        #expect(try NDArray.allclose(s!, expected) && fresh.elements(as: Double.self).allSatisfy { $0 == 1 })
        let cOrder = try NDArray.ones([40, 40])
        #expect(try allocatedBytes { s = try NDArray.gemm(.double, alpha: 1, a: x.T, b: x.T, c: cOrder, transA: true, overwriteC: true) } == out64)
        #expect(s!.isFContiguous && s!.storage !== cOrder.storage)
        let single = try NDArray.ones([40, 40], dtype: .float32, order: .fortran)
        #expect(try allocatedBytes { s = try NDArray.gemm(.double, alpha: 1, a: x.T, b: x.T, c: single, transA: true, overwriteC: true) } == out64)
        #expect(s!.dtype == .float64)
        // beta without c multiplies the zero-filled result: it changes nothing.
        #expect(try NDArray.allclose(NDArray.gemm(.double, alpha: 1, a: x.T, b: x.T, beta: 2, transA: true), xxt))
    }

    @Test("syrk writes one triangle of a zero-filled F result; C input is copied, its transpose is not")
    func syrk() throws {
        var s: NDArray?
        #expect(try allocatedBytes { s = try NDArray.syrk(.double, alpha: 1, a: x) } == x.nbytes + out64)
        #expect(try allocatedBytes { s = try NDArray.syrk(.double, alpha: 1, a: x.T, trans: true) } == out64)
        #expect(s!.isFContiguous)
        for (i, j) in [(0, 1), (3, 30), (39, 0), (20, 7)] {
            let value = try s!.element([i, j], as: Double.self)
            let reference = try xxt.element([i, j], as: Double.self)
            #expect(i <= j ? abs(value - reference) < 1e-9 : value == 0)
        }
        s = try NDArray.syrk(.double, alpha: 1, a: x.T, trans: true, lower: true)
        #expect(try s!.element([0, 1], as: Double.self) == 0)
        #expect(try abs(s!.element([1, 0], as: Double.self) - xxt.element([1, 0], as: Double.self)) < 1e-9)
        let x32 = try x.astype(.float32)
        #expect(try allocatedBytes { s = try NDArray.syrk(.single, alpha: 1, a: x32.T, trans: true) } == out64 / 2)
        let c = try NDArray.ones([40, 40], order: .fortran)
        #expect(try allocatedBytes { s = try NDArray.syrk(.double, alpha: 1, a: x.T, beta: 1, c: c, trans: true, overwriteC: true) } == 0)
        #expect(try c.element([5, 2], as: Double.self) == 1)
        #expect(try abs(c.element([2, 5], as: Double.self) - xxt.element([2, 5], as: Double.self) - 1) < 1e-9)
    }

    @Test("shape errors read as f2py's")
    func errors() throws {
        #expect(throws: EngineError.invalidArgument("(trans_b?kb==k:ldb==k) failed for hidden n: dgemm:n=600")) {
            try NDArray.gemm(.double, alpha: 1, a: x, b: x)
        }
        #expect(throws: EngineError.invalidArgument("dgemm: failed to create array from the 2nd keyword `c` -- 0-th dimension must be fixed to 40 but got 3")) {
            try NDArray.gemm(.double, alpha: 1, a: x.T, b: x.T, c: NDArray.zeros([3, 3]), transA: true)
        }
        // A 1-d operand is a column: (600,) · (1, 600) is 600×600.
        let row = try x.view(at: [.slice(start: 0, stop: 1, step: nil)])
        let column = try x.view(at: [.integer(0)])
        #expect(try NDArray.gemm(.double, alpha: 1, a: column, b: row).shape == [600, 600])
    }
}
