import Testing
import PeakmemLanguage
@testable import PeakmemRuntime

/// `peakmem check`: problems found without running, all of them, at their file positions.
@Suite("Static checks")
struct CheckerTests {
    private func problems(_ blocks: [String], predefined: Set<String> = []) throws -> [String] {
        let programs = try blocks.enumerated().map { index, code in
            try Parser.parse(code, origin: SourceOrigin(file: "s.yaml", firstLine: 10 * (index + 1)))
        }
        return Checker().check(programs, predefined: predefined).map {
            "\($0.location.line):\($0.location.column) [\($0.kind)] \($0.message)"
        }
    }

    @Test func reportsEveryProblemInOrder() throws {
        let found = try problems(["""
            import pandas as pd
            X = np.random.randn(n, 5)
            Y = np.zeross(3)
            Z = np.random.rand(2, sizes=3)
            W = np.zeros(3, dtyp=float)
            S = X + Q
            d = {'a': 1}
            """])
        #expect(found == [
            "10:8 [ImportError] No module named 'pandas'; scenario code can import: \(importable)",
            "11:21 [NameError] NameError: name 'n' is not defined",
            "12:5 [AttributeError] AttributeError: module 'numpy' has no attribute 'zeross'. Did you mean: 'zeros'? \(listHint)",
            "13:5 [TypeError] TypeError: rand() got an unexpected keyword argument 'sizes'; it takes no keyword arguments",
            "14:5 [TypeError] TypeError: zeros() got an unexpected keyword argument 'dtyp'; its keywords are shape, dtype, order",
            "15:9 [NameError] NameError: name 'Q' is not defined",
        ])
    }

    @Test func parametersAndEarlierBlocksDefineNames() throws {
        let setup = "X = np.random.randn(n, p)\nfrom scipy.linalg import blas\n"
        let variantSetup = "X = np.asfortranarray(X)"
        let run = "S = X.T * 2\nT = S.reshape(-1)\n"
        #expect(try problems([setup, variantSetup, run], predefined: ["n", "p"]) == [])
        #expect(try problems([run]) == ["10:5 [NameError] NameError: name 'X' is not defined"])
    }

    @Test func flowDoesNotCauseFalseAlarms() throws {
        let code = """
            for i in range(3):
                if i > 0:
                    delta = current - previous
                previous = i * 2
                current = previous + 1
            if len([1]) > 0:
                chosen = 1
            else:
                other = 2
            total = chosen + i + delta
            squares = [k * k for k in range(4) if k]
            pairs = [(a, b) for a in range(2) for b in range(a)]
            """
        #expect(try problems([code]) == [])
    }

    @Test func comprehensionVariablesStayInside() throws {
        #expect(try problems(["L = [k for k in range(3)]\nprint(k)\n"]) == ["11:7 [NameError] NameError: name 'k' is not defined"])
    }

    @Test func deletedNamesAreUndefined() throws {
        #expect(try problems(["X = np.ones(3)\ndel X\nY = X + 1\ndel Z\n"]) == [
            "12:5 [NameError] NameError: name 'X' is not defined",
            "13:5 [NameError] NameError: name 'Z' is not defined",
        ])
    }

    @Test func attributeChainsAreResolvedThroughAliases() throws {
        let found = try problems(["""
            import numpy as xp
            import scipy.linalg.blas
            from scipy import sparse
            a = xp.random.randn(3)
            b = xp.random.standard_norml(3)
            c = scipy.sparse.random(3, 3)
            d = xp.add.reduceat(a, a)
            np = 3
            e = np.anything
            f = len(a, a)
            """])
        #expect(found == [
            "14:5 [AttributeError] AttributeError: module 'numpy.random' has no attribute 'standard_norml'. Did you mean: 'standard_normal'? \(listHint)",
            "15:5 [unsupported] `scipy.sparse.random` is not supported yet; `peakmem list --functions` lists what scenario code can call",
            "16:5 [unsupported] ufunc methods such as `np.add.reduceat` are not supported yet; `peakmem list --functions` lists what scenario code can call",
            "19:5 [TypeError] TypeError: len() takes 1 positional argument but 2 were given",
        ])
    }

    @Test("objects of declared types: their attributes and methods are checked, not taken for an ndarray's")
    func declaredObjectTypes() throws {
        let found = try problems(["""
            import scipy.sparse
            D = np.zeros((3, 3))
            dsp = scipy.sparse.csr_matrix(D)
            v = dsp.data
            n = dsp.nnz + dsp.indices.size
            M = dsp.T.toarray()
            w = dsp.dot(D, D)
            u = dsp.nzz
            x = D.data
            """])
        #expect(found == [
            "16:5 [TypeError] TypeError: dot() takes 1 positional argument but 2 were given",
            "17:5 [AttributeError] AttributeError: 'csr_matrix' object has no attribute 'nzz'. Did you mean: 'nnz'?",
            "18:5 [unsupported] `ndarray.data` is not supported yet; `peakmem list --functions` lists what scenario code can call",
        ])
    }

    @Test("a value of unknown type keeps the array check for names no supported type has")
    func unknownValues() throws {
        // `A` is a parameter: it could be a CSR matrix, whose `data` exists; nothing has `ctypes`.
        #expect(try problems(["a = A.data\nb = A.ctypes\n"], predefined: ["A"]) == [
            "11:5 [unsupported] `ndarray.ctypes` is not supported yet; `peakmem list --functions` lists what scenario code can call",
        ])
    }

    @Test func importedFunctionsAreChecked() throws {
        #expect(try problems(["from numpy import zeros as z\nx = z(3, ordr='C')\n"]) == [
            "11:5 [TypeError] TypeError: zeros() got an unexpected keyword argument 'ordr'; its keywords are shape, dtype, order",
        ])
        #expect(try problems(["from numpy import zeross\nimport scipy\n"]) == [
            "10:19 [ImportError] cannot import name 'zeross' from 'numpy'. Did you mean: 'zeros'? \(listHint)",
            "11:8 [ImportError] 'scipy' cannot be imported by itself in scenario code; scenario code can import: \(importable)",
        ])
    }

    @Test func checkAgreesWithRunning() throws {
        // Every checker finding is also what running reports first.
        for code in ["Y = np.zeross(3)", "W = np.zeros(3, dtyp=float)", "print(Q)", "import pandas", "from pandas import DataFrame", "from scipy import foo"] {
            let checked = Checker().check([try Parser.parse(code, origin: testOrigin)])
            let ran = Harness().error(code)
            #expect(checked.first == ran)
        }
    }
}
