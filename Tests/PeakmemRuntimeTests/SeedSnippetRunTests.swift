import Testing
import PeakmemLanguage
@testable import PeakmemRuntime

/// A seed-document snippet (as copied in `PeakmemLanguageTests/SeedSnippetTests.swift`) run
/// with small sizes.
struct SeedRun: Sendable, CustomTestStringConvertible {
    enum Outcome: Sendable {
        /// Runs to the end.
        case runs
        /// Runs to the end once the registry has every one of these functions (each with the
        /// block line where the snippet first uses it); until then, stops with an `unsupported`
        /// error at the first line using a function not registered yet.
        case needs([String: Int])
        /// Stops with this error kind at this line (code that is not NumPy).
        case fails(LanguageError.Kind, line: Int)
    }

    let seed: String
    /// What earlier snippets of the same document defined (small sizes).
    let setup: String
    /// The snippet, sizes substituted.
    let code: String
    let outcome: Outcome

    var testDescription: String { "\(seed): \(code.split(separator: "\n").first ?? "")" }

    /// The line of the first use of a needed function that `registry` does not have (ufunc
    /// methods such as `numpy.add.reduce` count as missing while their ufunc has none), or nil
    /// when the snippet should run.
    func firstMissingLine(_ registry: FunctionRegistry) -> Int? {
        guard case .needs(let functions) = outcome else { return nil }
        return functions.filter { registry.entry($0.key) == nil }.map(\.value).min()
    }
}

let seedRuns: [SeedRun] = [
    // 000: Why does X.dot(X.T) require so much memory in numpy?
    SeedRun(seed: "000", setup: "", code: """
        X = np.random.randn(10,50)
        S = X.dot(X.T)
        """, outcome: .needs(["numpy.dot": 2])),
    SeedRun(seed: "000", setup: "", code: """
        X = np.random.randn(10,500)
        Y = np.random.randn(500, 10)

        # X and Y are both C-order, no copy
        np.dot(X, Y)
        X = np.asfortranarray(X)
        np.dot(X, Y)
        X = np.ascontiguousarray(X)
        Y = np.asfortranarray(Y)
        np.dot(X, Y)
        X = np.asfortranarray(X)
        np.dot(X, Y)
        """, outcome: .needs(["numpy.dot": 5])),
    SeedRun(seed: "000", setup: "", code: """
        from scipy.linalg import blas
        X = np.random.randn(10,500)

        res1 = np.dot(X, X.T)
        res2 = blas.dgemm(alpha=1., a=X.T, b=X.T, trans_a=True)
        """, outcome: .needs(["numpy.dot": 4, "scipy.linalg.blas.dgemm": 5])),
    SeedRun(seed: "000", setup: "res1 = np.ones((2, 2))\nres2 = np.ones((2, 2))", code: "np.all(res1 == res2)",
            outcome: .needs(["numpy.all": 1])),
    // 001: Techniques for working with large Numpy arrays
    SeedRun(seed: "001", setup: "", code: "gc.collect()", outcome: .fails(.nameError, line: 1)),
    SeedRun(seed: "001", setup: "import numpy", code: "numpy.memmap", outcome: .needs(["numpy.memmap": 1])),
    SeedRun(seed: "001", setup: "a = np.random.rand(100)\nb = np.random.rand(100)", code: "a**2 + b**2 + 2*a*b", outcome: .runs),
    SeedRun(seed: "001", setup: "", code: """
        x = np.arange(1, 6)
        np.add.reduce(x) # Outputs 15
        """, outcome: .needs(["numpy.add.reduce": 2])),
    SeedRun(seed: "001", setup: "x = np.arange(1, 6)", code: "np.multiply.reduce(x) # Outputs 120",
            outcome: .needs(["numpy.multiply.reduce": 1])),
    SeedRun(seed: "001", setup: "x = np.arange(1, 6)", code: """
        np.add.accumulate(x) # Outputs array([ 1,  3,  6, 10, 15], dtype=int32)
        np.multiply.accumulate(x) # Outputs array([  1,   2,   6,  24, 120], dtype=int32)
        """, outcome: .needs(["numpy.add.accumulate": 1, "numpy.multiply.accumulate": 1])),
    // 002: lazy evaluation of numpy.einsum
    SeedRun(seed: "002", setup: "", code: """
        import numpy as np
        n = 10
        q = 12
        A = np.random.normal(size=(n,n))
        B = np.random.normal(size=(q, ))

        C = np.einsum("i, jk -> ijk", B, A)
        D = np.einsum('ijk, ikj -> k', C, C)
        """, outcome: .needs(["numpy.einsum": 7])),
    SeedRun(seed: "002", setup: "A = np.random.normal(size=(10, 10))\nB = np.random.normal(size=(12,))", code: """
        D1 = np.einsum('i, jk, i, kj -> k', B, A, B, A, optimize='optimal')
        """, outcome: .needs(["numpy.einsum": 1])),
    SeedRun(seed: "002", setup: "n = 10\nq = 12\nA = np.random.normal(size=(n, n))\nB = np.random.normal(size=(q,))", code: """
        Y2 = np.random.normal(size=(n, ))
        Z2 = np.random.normal(size=(q, n))
        C2 = np.einsum("j, ik -> ijk", Y2, Z2)
        """, outcome: .needs(["numpy.einsum": 3])),
    SeedRun(seed: "002", setup: "", code: """
        C = np.einsum_lazy("i, jk -> ijk", B, A)  # nothing has been computed yet!
        """, outcome: .fails(.attributeError, line: 1)),
    SeedRun(seed: "002", setup: "E = np.arange(3.0)", code: """
        for e in E:  # only HERE C1, C2 and E are actually computed
            print(e)
        """, outcome: .runs),
    // 003: How to avoid Kronecker product in NumPy computations
    SeedRun(seed: "003", setup: "", code: """
        sizes = [784,30,10]
        weights = [np.random.randn(y, x) for x, y in zip(sizes[:-1],sizes[1:])]
        """, outcome: .runs),
    SeedRun(seed: "003", setup: "weights = [np.random.randn(30, 784)]", code: "foo = np.kron(np.identity(30),weights[0])",
            outcome: .needs(["numpy.kron": 1])),
    SeedRun(seed: "003", setup: "foo = np.ones((4, 6))\ndata = np.random.rand(3, 6)", code: "bar = np.dot(foo,data[0])",
            outcome: .needs(["numpy.dot": 1])),
    SeedRun(seed: "003", setup: "data = np.random.rand(4, 6)", code: "data[0].shape\ndata[0].dtype", outcome: .runs),
    SeedRun(seed: "003", setup: "data = np.random.rand(4, 60)\nweights = [np.random.rand(3, 2)]", code: """
        for i in range(len(data)):
            foo = np.kron(np.identity(30),weights[0])
            bar = np.dot(foo,data[i])
        """, outcome: .needs(["numpy.kron": 2, "numpy.dot": 3])),
    SeedRun(seed: "003", setup: "data = np.random.rand(4, 60)\nweights = [np.random.rand(30, 2)]", code: """
        k = 30 # kernel size
        data3D = data.reshape(data.shape[0],k,-1)
        out = np.tensordot(data3D, weights[0], axes=(2,1)).reshape(-1,k**2)
        """, outcome: .needs(["numpy.tensordot": 3])),
    SeedRun(seed: "003", setup: "k = 3\ndata = np.random.rand(4, 6)\nweights = [np.random.rand(3, 2)]", code: """
        out = data.reshape(-1,data.shape[1]//k).dot(weights[0].T).reshape(-1,k**2)
        """, outcome: .needs(["numpy.dot": 1])),
    SeedRun(seed: "003", setup: "", code: """
        # Toy setup and code run with original codes
        k = 3 # kernel size, which is 30 in the original case

        data = np.random.rand(4,6)
        w0 = np.random.rand(3,2) # this is weights[0]
        foo = np.kron(np.identity(k), w0)
        output_first_row = foo.dot(data[0])
        """, outcome: .needs(["numpy.kron": 6, "numpy.dot": 7])),
    SeedRun(seed: "003", setup: "k = 3\ndata = np.random.rand(4, 6)\nw0 = np.random.rand(3, 2)", code: """
        data3D = data.reshape(data.shape[0],k,-1)
        vectorized_out = np.tensordot(data3D, w0, axes=(2,1)).reshape(-1,k**2)
        """, outcome: .needs(["numpy.tensordot": 2])),
    SeedRun(seed: "003", setup: "output_first_row = np.ones(9)\nvectorized_out = np.ones((4, 9))",
            code: "output_first_row\nvectorized_out", outcome: .runs),
    SeedRun(seed: "003", setup: "", code: """
        import numpy as np
        sizes = [784,30,10]
        weights = [np.random.rand(y, x) for x, y in zip(sizes[:-1],sizes[1:])]
        data = np.random.rand(2,23520)
        k = 30 # kernel size
        # @Paul Panzer's soln
        (weights[0] @ data.reshape(-1, 30, 784).swapaxes(1, 2)).swapaxes(1, 2)
        np.tensordot(data.reshape(data.shape[0],k,-1), weights[0], axes=(2,1)).reshape(-1,k**2)
        data.reshape(-1,data.shape[1]//k).dot(weights[0].T).reshape(-1,k**2)
        """, outcome: .needs(["numpy.matmul": 7, "numpy.tensordot": 8, "numpy.dot": 9])),
    SeedRun(seed: "003", setup: "", code: """
        import numpy as np
        sizes = [784,30,10]
        weights = [np.random.randn(y, x) for x, y in zip(sizes[:-1],sizes[1:])]
        k = 2
        # create sparse data
        data = np.maximum(np.random.uniform(-100, 1, (k, 23520)), 0)
        foo = np.kron(np.identity(30),weights[0])
        bar = [np.dot(foo,d) for d in data]
        bar2 = (weights[0] @ data.reshape(k, 30, 784).swapaxes(1, 2)).swapaxes(1, 2)
        bar3 = (weights[0] @ data.reshape(-1, 784).T).T.reshape(k, -1)
        from scipy import sparse
        dsp = sparse.csr_matrix(data.reshape(-1, 784))
        bar4 = (weights[0] @ dsp.T).T.reshape(k, -1)
        print(np.allclose(bar, bar2.reshape(k, -1)))
        print(np.allclose(bar, bar3))
        print(np.allclose(bar, bar4))
        """, outcome: .needs(["numpy.kron": 7, "numpy.dot": 8, "numpy.matmul": 9, "scipy.sparse.csr_matrix": 12])),
]

@Suite("Seed snippets run")
struct SeedSnippetRunTests {
    @Test(arguments: seedRuns)
    func snippetRuns(_ snippet: SeedRun) throws {
        let h = Harness()
        try h.run(snippet.setup)
        let registry = FunctionRegistry.standard
        switch snippet.outcome {
        case .runs:
            try h.run(snippet.code)
        case .needs:
            if let line = snippet.firstMissingLine(registry) {
                let error = h.error(snippet.code)
                #expect(error?.kind == .unsupported, "\(String(describing: error))")
                #expect(error?.location.line == line)
            } else {
                try h.run(snippet.code)
            }
        case .fails(let kind, let line):
            let error = h.error(snippet.code)
            #expect(error?.kind == kind)
            #expect(error?.location.line == line)
        }
    }

    @Test func loopOverAnArrayPrintsItsElements() throws {
        let h = Harness()
        try h.run("E = np.arange(3.0)\nfor e in E:\n    print(e)\n")
        #expect(h.output == "0.0\n1.0\n2.0\n")
    }

    @Test func kroneckerWeightsHaveTheSeedsShapes() throws {
        let h = Harness()
        try h.run("sizes = [784,30,10]\nweights = [np.random.randn(y, x) for x, y in zip(sizes[:-1],sizes[1:])]\n")
        #expect(try h.repr("[w.shape for w in weights]") == "[(30, 784), (10, 30)]")
    }

    @Test func everySnippetPassesTheChecker() throws {
        // What the checker reports for the snippets is what running reports first.
        for snippet in seedRuns {
            let setup = try Parser.parse(snippet.setup, origin: testOrigin)
            let code = try Parser.parse(snippet.code, origin: testOrigin)
            let problems = Checker().check([setup, code])
            switch snippet.outcome {
            case .runs:
                #expect(problems.isEmpty, "\(snippet.code): \(problems)")
            case .needs:
                let line = snippet.firstMissingLine(FunctionRegistry.standard)
                #expect(problems.first?.location.line == line, "\(snippet.code): \(problems)")
            case .fails(_, let line):
                #expect(problems.first?.location.line == line, "\(snippet.code): \(problems)")
            }
        }
    }
}
