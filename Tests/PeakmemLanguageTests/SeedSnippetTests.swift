import Testing
@testable import PeakmemLanguage

/// A code snippet copied by hand from one of the seed documents in `shared/seeds/`.
struct SeedSnippet: Sendable, CustomTestStringConvertible {
    /// The seed file the snippet comes from.
    let seed: String
    /// The snippet as scenario code.
    let code: String

    var testDescription: String { "\(seed): \(code.split(separator: "\n").first ?? "")" }
}

/// Every code snippet of the four seed documents that lies inside the supported surface.
///
/// Edits made while copying, and what was left out:
/// - IPython magics: the `%memit ` and `%timeit ` prefixes are stripped and the statement kept
///   (peakmem measures the statement itself; an unstripped magic is rejected, see
///   `ipythonMagicIsRejectedClearly`).
/// - IPython prompts `In [68]: ` and `...: ` are stripped; `Out[...]` lines are printed results,
///   not code, and are left out.
/// - seed 000's `print np.all(res1 == res2)` is a Python 2 print statement: not valid Python 3,
///   left out of the snippet (see `pythonTwoPrintIsRejectedLikeCPython`).
/// - Indentation that the Q&A pages lost (loop bodies in seeds 002 and 003) or added (code inside
///   list items in seed 002) is restored to Python's.
/// - seed 002's answer builds generator expressions and defines a function (`def _einsum`):
///   outside the supported surface, checked as rejected in `outOfSurfaceSeedCodeIsRejected`.
/// - seed 003 repeats its text twice; its snippets are listed once.
let seedSnippets: [SeedSnippet] = [
    // 000: Why does X.dot(X.T) require so much memory in numpy?
    SeedSnippet(seed: "000", code: """
        X = np.random.randn(1000,500000)
        S = X.dot(X.T)
        """),
    SeedSnippet(seed: "000", code: """
        X = np.random.randn(1000,50000)
        Y = np.random.randn(50000, 100)

        # X and Y are both C-order, no copy
        np.dot(X, Y)
        # maximum of 1: 485.554688 MB per loop

        # make X Fortran order and Y C-order, now the larger array (X) gets
        # copied
        X = np.asfortranarray(X)
        np.dot(X, Y)
        # maximum of 1: 867.070312 MB per loop

        # make X C-order and  Y Fortran order, now the smaller array (Y) gets
        # copied
        X = np.ascontiguousarray(X)
        Y = np.asfortranarray(Y)
        np.dot(X, Y)
        # maximum of 1: 523.792969 MB per loop

        # make both of them F-ordered, both get copied!
        X = np.asfortranarray(X)
        np.dot(X, Y)
        # maximum of 1: 905.093750 MB per loop
        """),
    SeedSnippet(seed: "000", code: """
        from scipy.linalg import blas
        X = np.random.randn(1000,50000)

        res1 = np.dot(X, X.T)
        # maximum of 1: 845.367188 MB per loop

        res2 = blas.dgemm(alpha=1., a=X.T, b=X.T, trans_a=True)
        # maximum of 1: 471.656250 MB per loop
        """),
    SeedSnippet(seed: "000", code: "np.all(res1 == res2)"),

    // 001: Techniques for working with large Numpy arrays
    SeedSnippet(seed: "001", code: "gc.collect()"),
    SeedSnippet(seed: "001", code: "numpy.memmap"),
    SeedSnippet(seed: "001", code: "a**2 + b**2 + 2*a*b"),
    SeedSnippet(seed: "001", code: """
        x = np.arange(1, 6)
        np.add.reduce(x) # Outputs 15
        """),
    SeedSnippet(seed: "001", code: "np.multiply.reduce(x) # Outputs 120"),
    SeedSnippet(seed: "001", code: """
        np.add.accumulate(x) # Outputs array([ 1,  3,  6, 10, 15], dtype=int32)
        np.multiply.accumulate(x) # Outputs array([  1,   2,   6,  24, 120], dtype=int32)
        """),

    // 002: lazy evaluation of numpy.einsum
    SeedSnippet(seed: "002", code: """
        import numpy as np
        n = 100
        q = 102
        A = np.random.normal(size=(n,n))
        B = np.random.normal(size=(q, ))

        C = np.einsum("i, jk -> ijk", B, A)
        D = np.einsum('ijk, ikj -> k', C, C)
        """),
    SeedSnippet(seed: "002", code: """
        D1 = np.einsum('i, jk, i, kj -> k', B, A, B, A, optimize='optimal')
        """),
    SeedSnippet(seed: "002", code: """
        C = np.einsum("i, jk -> ijk", B, A)    # as before

        Y2 = np.random.normal(size=(n, ))
        Z2 = np.random.normal(size=(q, n))
        C2 = np.einsum("j, ik -> ijk", Y2, Z2)

        E = np.einsum('ijk, ikj -> k', C+C2, C+C2)
        """),
    SeedSnippet(seed: "002", code: """
        E_CC   = np.einsum('i, jk, i, kj -> k', B,  A,  B,  A, optimize='optimal') # as D before
        E_C2C2 = np.einsum('j, ik, k, ij -> k', Y2, Z2, Y2, Z2, optimize='optimal')
        E_CC2 = np.einsum('i, jk, k, ij -> k', B, A, Y2, Z2, optimize='optimal')
        E_C2C = np.einsum('j, ik, i, kj -> k', Y2, Z2, B, A, optimize='optimal')

        E_new = E_CC + E_C2C2 + E_CC2 + E_C2C
        np.isclose(E_new, E) # all True!
        """),
    SeedSnippet(seed: "002", code: """
        C = np.einsum_lazy("i, jk -> ijk", B, A)  # nothing has been computed yet!
        C2 = np.einsum_lazy("j, ik -> ijk", Y2, Z2) # nothing has been computed yet!
        E = np.einsum('ijk, ikj -> k', C+C2, C+C2) # expand the sums and uses optimal einsum_path to compute E
        """),
    SeedSnippet(seed: "002", code: """
        for e in E:  # only HERE C1, C2 and E are actually computed
            print(e)
        """),

    // 003: How to avoid Kronecker product in NumPy computations
    SeedSnippet(seed: "003", code: """
        sizes = [784,30,10]
        weights = [np.random.randn(y, x) for x, y in zip(sizes[:-1],sizes[1:])]
        """),
    SeedSnippet(seed: "003", code: "foo = np.kron(np.identity(30),weights[0])"),
    SeedSnippet(seed: "003", code: "bar = np.dot(foo,data[0])"),
    SeedSnippet(seed: "003", code: "data[0].shape\ndata[0].dtype"),
    SeedSnippet(seed: "003", code: """
        for i in range(len(data)):
            foo = np.kron(np.identity(30),weights[0])
            bar = np.dot(foo,data[i])
        """),
    SeedSnippet(seed: "003", code: """
        k = 30 # kernel size
        data3D = data.reshape(data.shape[0],k,-1)
        out = np.tensordot(data3D, weights[0], axes=(2,1)).reshape(-1,k**2)
        """),
    SeedSnippet(seed: "003", code: """
        out = data.reshape(-1,data.shape[1]//k).dot(weights[0].T).reshape(-1,k**2)
        """),
    SeedSnippet(seed: "003", code: """
        # Toy setup and code run with original codes
        k = 3 # kernel size, which is 30 in the original case

        data = np.random.rand(4,6)
        w0 = np.random.rand(3,2) # this is weights[0]
        foo = np.kron(np.identity(k), w0)
        output_first_row = foo.dot(data[0])
        """),
    SeedSnippet(seed: "003", code: """
        data3D = data.reshape(data.shape[0],k,-1)
        vectorized_out = np.tensordot(data3D, w0, axes=(2,1)).reshape(-1,k**2)
        """),
    SeedSnippet(seed: "003", code: "output_first_row\nvectorized_out"),
    SeedSnippet(seed: "003", code: """
        import numpy as np
        sizes = [784,30,10]
        weights = [np.random.rand(y, x) for x, y in zip(sizes[:-1],sizes[1:])]
        data = np.random.rand(1666,23520)
        k = 30 # kernel size
        # @Paul Panzer's soln
        (weights[0] @ data.reshape(-1, 30, 784).swapaxes(1, 2)).swapaxes(1, 2)
        np.tensordot(data.reshape(data.shape[0],k,-1), weights[0], axes=(2,1)).reshape(-1,k**2)
        data.reshape(-1,data.shape[1]//k).dot(weights[0].T).reshape(-1,k**2)
        """),
    SeedSnippet(seed: "003", code: """
        import numpy as np
        sizes = [784,30,10]
        weights = [np.random.randn(y, x) for x, y in zip(sizes[:-1],sizes[1:])]
        k = 2
        # create sparse data
        data = np.maximum(np.random.uniform(-100, 1, (k, 23520)), 0)
        foo = np.kron(np.identity(30),weights[0])
        # This is the original loop as a list comprehension
        bar = [np.dot(foo,d) for d in data]
        # This is the equivalent using matrix multiplication.
        # We can take advantage of the fact that the '@' operator
        # can do batch matrix multiplication (it uses the last two
        # dimensions as the matrix and all others as batch index).
        # The reshape does the chopping up but gives us rows where columns
        # are required, hence the first swapaxes.
        # The second swapaxes is to make the result directly comparable to
        # the `np.kron` based result.
        bar2 = (weights[0] @ data.reshape(k, 30, 784).swapaxes(1, 2)).swapaxes(1, 2)
        # Instead of letting numpy do the batching we can glue all the
        # columns of all the second factors together into one matrix
        bar3 = (weights[0] @ data.reshape(-1, 784).T).T.reshape(k, -1)
        # This last formulation works more or less unchanged on sparse data
        from scipy import sparse
        dsp = sparse.csr_matrix(data.reshape(-1, 784))
        bar4 = (weights[0] @ dsp.T).T.reshape(k, -1)
        print(np.allclose(bar, bar2.reshape(k, -1)))
        print(np.allclose(bar, bar3))
        print(np.allclose(bar, bar4))
        """),
]

@Suite("Seed snippets")
struct SeedSnippetTests {
    @Test(arguments: seedSnippets)
    func snippetParses(_ snippet: SeedSnippet) throws {
        let program = try Parser.parse(snippet.code, origin: SourceOrigin(file: "seeds/\(snippet.seed)"))
        #expect(!program.statements.isEmpty)
        // The rendering is valid scenario code and means the same thing.
        let reparsed = try Parser.parse(program.description, origin: testOrigin)
        #expect(reparsed.description == program.description)
    }

    @Test func snippetTreesReadAsInTheSeeds() {
        #expect(rendered("S = X.dot(X.T)") == "S = X.dot(X.T)")
        #expect(rendered("out = np.tensordot(data3D, weights[0], axes=(2,1)).reshape(-1,k**2)")
            == "out = np.tensordot(data3D, weights[0], axes=(2, 1)).reshape(-1, k ** 2)")
        #expect(rendered("bar3 = (weights[0] @ data.reshape(-1, 784).T).T.reshape(k, -1)")
            == "bar3 = (weights[0] @ data.reshape(-1, 784).T).T.reshape(k, -1)")
        #expect(rendered("a**2 + b**2 + 2*a*b") == "((a ** 2) + (b ** 2)) + ((2 * a) * b)")
        #expect(rendered("weights = [np.random.randn(y, x) for x, y in zip(sizes[:-1],sizes[1:])]")
            == "weights = [np.random.randn(y, x) for x, y in zip(sizes[:-1], sizes[1:])]")
        #expect(rendered("out = data.reshape(-1,data.shape[1]//k).dot(weights[0].T).reshape(-1,k**2)")
            == "out = data.reshape(-1, data.shape[1] // k).dot(weights[0].T).reshape(-1, k ** 2)")
    }

    @Test func ipythonMagicIsRejectedClearly() {
        let error = parseError("X = np.ones(3)\n%memit np.dot(X, Y)\n")
        #expect(error?.kind == .unsupported)
        #expect(error?.message == UnsupportedConstruct.ipythonMagic.message)
        #expect(error?.location == Location(line: 2, column: 1))
        #expect(error?.range.end == Location(line: 2, column: 7))
    }

    @Test func pythonTwoPrintIsRejectedLikeCPython() {
        let error = parseError("print np.all(res1 == res2)\n")
        #expect(error?.kind == .syntax)
        #expect(error?.message == "Missing parentheses in call to 'print'. Did you mean print(...)?")
        #expect(error?.location == Location(line: 1, column: 1))
    }

    /// Seed 002's answer: generator expressions and a function definition, which scenario code
    /// now runs as Python does.
    @Test(arguments: [
        #"C1 = (np.einsum_lazy("i, jk -> ijk", b, a) for a, b in ((A, B),))"#,
        "C2 = (np.einsum_lazy(\"j, ik -> ijk\", y2, z2) for y2, z2 in ((Y2, Z2),))",
        "def _einsum(v, w):\n    u = v + w # no need to do this twice\n    return np.einsum('ijk, ikj -> k', u, u)",
        "E = (_einsum(c1, c2) for c1, c2 in ((C1, C2),))",
    ])
    func seedCodeWithGeneratorsAndFunctionsParses(_ code: String) throws {
        _ = try Parser.parse(code, origin: testOrigin)
    }
}
