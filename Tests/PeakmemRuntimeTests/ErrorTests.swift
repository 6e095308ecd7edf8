import Testing
import PeakmemEngine
import PeakmemLanguage
@testable import PeakmemRuntime

/// A runtime error case: code run as a YAML block whose first line is file line 10,
/// indented by 4, and the error expected at a file position.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    let code: String
    let kind: LanguageError.Kind
    let message: String
    let line: Int
    let column: Int

    init(_ code: String, _ kind: LanguageError.Kind, _ message: String, _ line: Int, _ column: Int) {
        self.code = code
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    }

    var testDescription: String { code.split(separator: "\n").last.map(String.init) ?? code }
}

let importable = "numpy (import numpy as np), numpy.random, numpy.fft, scipy.sparse, scipy.linalg.blas, numexpr, peakmem, math, time, functools and itertools"
let listHint = "(`peakmem list --functions` lists what scenario code can call)"

let errorCases: [ErrorCase] = [
    ErrorCase("X = np.ones((3, 4))\nY = X + np.ones(5)", .valueError,
              "ValueError: operands could not be broadcast together with shapes (3,4) (5,)", 11, 9),
    ErrorCase("print(Y)", .nameError, "NameError: name 'Y' is not defined", 10, 11),
    ErrorCase("total = 1\nprint(totl)", .nameError, "NameError: name 'totl' is not defined. Did you mean: 'total'?", 11, 11),
    ErrorCase("np.foo(3)", .attributeError, "AttributeError: module 'numpy' has no attribute 'foo' \(listHint)", 10, 5),
    ErrorCase("x = np.zeross(3)", .attributeError,
              "AttributeError: module 'numpy' has no attribute 'zeross'. Did you mean: 'zeros'? \(listHint)", 10, 9),
    ErrorCase("x = np.zeros(3, dtyp=float)", .typeError,
              "TypeError: zeros() got an unexpected keyword argument 'dtyp'; its keywords are shape, dtype, order", 10, 9),
    ErrorCase("x = np.add(x1=1, x2=2)", .typeError,
              "TypeError: add() got some positional-only arguments passed as keyword arguments: 'x1', 'x2'", 10, 9),
    ErrorCase("x = np.ones()", .typeError, "TypeError: ones() missing 1 required positional argument: 'shape'", 10, 9),
    ErrorCase("import pandas as pd", .importError, "No module named 'pandas'; scenario code can import: \(importable)", 10, 12),
    ErrorCase("from numpy import zeross", .importError,
              "cannot import name 'zeross' from 'numpy'. Did you mean: 'zeros'? \(listHint)", 10, 23),
    ErrorCase("from pandas import DataFrame", .importError, "No module named 'pandas'; scenario code can import: \(importable)", 10, 10),
    ErrorCase("from scipy import foo", .importError,
              "cannot import name 'foo' from 'scipy' in scenario code; scenario code can import: \(importable)", 10, 23),
    ErrorCase("a, b, c = (1, 2)", .valueError, "ValueError: not enough values to unpack (expected 3, got 2)", 10, 5),
    ErrorCase("a, b = [1, 2, 3]", .valueError, "ValueError: too many values to unpack (expected 2)", 10, 5),
    ErrorCase("a, b = 5", .typeError, "TypeError: cannot unpack non-iterable int object", 10, 5),
    ErrorCase("x = 1 / 0", .init(rawValue: "ZeroDivisionError"), "ZeroDivisionError: division by zero", 10, 9),
    ErrorCase("x = 2 ** 64", .init(rawValue: "OverflowError"),
              "OverflowError: integer result does not fit in 64 bits (scenario code's ints are 64-bit)", 10, 9),
    ErrorCase("x = [1, 2][5]", .indexError, "IndexError: list index out of range", 10, 9),
    ErrorCase("x = np.ones((2, 2))[0, 0, 0]", .indexError,
              "IndexError: too many indices for array: array is 2-dimensional, but 3 were indexed", 10, 9),
    ErrorCase("x = np.ones(3)[5]", .indexError, "IndexError: index 5 is out of bounds for axis 0 with size 3", 10, 9),
    ErrorCase("x = np.ones(3)[True]", .unsupported,
              "0-d boolean indexing (`a[True]`, `a[np.True_]`) is not supported yet; boolean arrays of one or more dimensions (masks) are", 10, 9),
    ErrorCase("x = np.ones(3)[1.5]", .indexError,
              "IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices", 10, 9),
    ErrorCase("x = np.ones(3).foo", .attributeError, "AttributeError: 'numpy.ndarray' object has no attribute 'foo'", 10, 9),
    ErrorCase("x = np.ones(3).shap", .attributeError, "AttributeError: 'numpy.ndarray' object has no attribute 'shap'. Did you mean: 'shape'?", 10, 9),
    ErrorCase("x = np.ones(3).tofile('f')", .unsupported,
              "`ndarray.tofile` is not supported yet; `peakmem list --functions` lists what scenario code can call", 10, 9),
    ErrorCase("x = np.histogram2d(np.ones(2), np.ones(2))", .unsupported,
              "`np.histogram2d` is not supported yet; `peakmem list --functions` lists what scenario code can call", 10, 9),
    ErrorCase("x = np.arange(3)\ny = np.add.reduceat(x, x)", .unsupported,
              "ufunc methods such as `np.add.reduceat` are not supported yet; `peakmem list --functions` lists what scenario code can call", 11, 9),
    ErrorCase("if np.ones(3) > 0:\n    pass", .valueError,
              "ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()", 10, 8),
    ErrorCase("x = 1 + 'a'", .typeError, "TypeError: unsupported operand type(s) for +: 'int' and 'str'", 10, 9),
    ErrorCase("x = 'a' + 1", .typeError, "TypeError: can only concatenate str (not \"int\") to str", 10, 9),
    ErrorCase("x = np.ones(2) // np.ones(3)", .valueError,
              "ValueError: operands could not be broadcast together with shapes (2,) (3,)", 10, 9),
    ErrorCase("x = np.ones((2, 3)) @ np.ones((2, 3))", .valueError,
              "ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)", 10, 9),
    ErrorCase("x = np.ones((2, 3)).reshape(4)", .valueError, "ValueError: cannot reshape array of size 6 into shape (4,)", 10, 9),
    ErrorCase("x = 3(4)", .typeError, "TypeError: 'int' object is not callable", 10, 9),
    ErrorCase("x = np.zeros(-1)", .valueError, "ValueError: negative dimensions are not allowed", 10, 9),
    ErrorCase("x = np.zeros(2.5)", .typeError, "TypeError: 'float' object cannot be interpreted as an integer", 10, 9),
    ErrorCase("x = np.zeros(3, order='K')", .valueError, "ValueError: only 'C' or 'F' order is permitted", 10, 9),
    ErrorCase("x = np.zeros(3, dtype='float16')", .typeError,
              "TypeError: data type 'float16' not understood (supported: bool, uint8, int32, int64, float32, float64, complex64, complex128)", 10, 9),
    ErrorCase("x = float('x')", .valueError, "ValueError: could not convert string to float: 'x'", 10, 9),
    ErrorCase("x = np.float32('1,5')", .valueError, "ValueError: could not convert string to float: '1,5'", 10, 9),
    ErrorCase("x = np.int32('1.5')", .valueError, "ValueError: invalid literal for int() with base 10: '1.5'", 10, 9),
    ErrorCase("x = len(5)", .typeError, "TypeError: object of type 'int' has no len()", 10, 9),
    ErrorCase("np.random.seed(-1)", .valueError, "ValueError: Seed must be between 0 and 2**32 - 1", 10, 5),
    ErrorCase("x = np.ones(2, dtype=int)\nx += 1.5", .typeError,
              "TypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'", 11, 5),
    ErrorCase("x = np.ones(2) - np.ones(2, dtype=bool)\ny = np.ones(2, dtype=bool) - True", .typeError,
              "TypeError: numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.", 11, 9),
    ErrorCase("x = np.zeros(3, dtype=np.uint8)\nx[0] = 300", .init(rawValue: "OverflowError"),
              "OverflowError: Python integer 300 out of bounds for uint8", 11, 5),
    ErrorCase("x = np.zeros(3)\nx[:2] = np.ones(3)", .valueError,
              "ValueError: could not broadcast input array from shape (3,) into shape (2,)", 11, 5),
    ErrorCase("x = np.zeros((2, 3))\nx[:] = np.ones((3, 2))", .valueError,
              "ValueError: could not broadcast input array from shape (3,2) into shape (2,3)", 11, 5),
    ErrorCase("del q", .nameError, "NameError: name 'q' is not defined", 10, 9),
    ErrorCase("x = (2, 3)\nx[0] = 1", .typeError, "TypeError: 'tuple' object does not support item assignment", 11, 5),
    ErrorCase("for i in 5:\n    pass", .typeError, "TypeError: 'int' object is not iterable", 10, 14),
    ErrorCase("x = np.ones(3) is np.ones(3)", .unsupported,
              "`is` compares object identity, which scenario code knows only for None, True, False, lists, modules and functions; compare values with `==`", 10, 9),
    ErrorCase("x = (-8) ** 0.5", .unsupported,
              "a negative number raised to a fractional power is complex in Python; complex numbers are not supported in scenario code", 10, 9),
    ErrorCase("x = np.load('/nonexistent/a.npy', mmap_mode='r')", .unsupported,
              "np.load(mmap_mode=...) (memory-mapped loading) is not supported yet", 10, 9),
    ErrorCase("x = np.ones(2) == None", .unsupported,
              "comparing an array elementwise with a NoneType object is not supported; compare with numbers or arrays (`x is None` tests for None)", 10, 9),
    ErrorCase("x = np.load('/nonexistent/a.npy')", .init(rawValue: "FileNotFoundError"),
              "FileNotFoundError: cannot open '/nonexistent/a.npy' for reading: No such file or directory", 10, 9),
    ErrorCase("x = max()", .typeError, "TypeError: max expected at least 1 argument, got 0", 10, 9),
    ErrorCase("x = np.random.randn(2, size=3)", .typeError,
              "TypeError: randn() got an unexpected keyword argument 'size'; it takes no keyword arguments", 10, 9),
]

@Suite("Runtime errors: Python's type and message, at the file position")
struct ErrorTests {
    static let origin = SourceOrigin(file: "scenarios/x.yaml", firstLine: 10, columnOffset: 4)

    @Test(arguments: errorCases)
    func reported(_ error: ErrorCase) throws {
        let h = Harness()
        do {
            try h.run(error.code, origin: Self.origin)
            Issue.record("no error")
        } catch let failure as LanguageError {
            #expect(failure.message == error.message)
            #expect(failure.kind == error.kind)
            #expect(failure.location == Location(line: error.line, column: error.column))
            #expect(failure.file == "scenarios/x.yaml")
        }
    }

    @Test func renderedLikeACompilerDiagnostic() throws {
        let h = Harness()
        do {
            try h.run("X = np.ones((3, 4))\nY = X + np.ones(5)\n", origin: Self.origin)
            Issue.record("no error")
        } catch let failure as LanguageError {
            #expect(failure.description == """
                scenarios/x.yaml:11:9: error: ValueError: operands could not be broadcast together with shapes (3,4) (5,)
                    Y = X + np.ones(5)
                        ^^^^^^^^^^^^^^
                """)
            #expect(failure.kind.isRuntimeException)
        }
    }

    @Test func anErrorStopsTheRunAndKeepsEarlierBindings() throws {
        let h = Harness()
        #expect(h.error("a = 1\nb = c\nd = 2\n") != nil)
        #expect(try h.repr("a") == "1")
        #expect(h.error("d")?.message == "NameError: name 'd' is not defined")
    }
}
