import Testing
import PeakmemEngine
import PeakmemLanguage
import PeakmemResults
@testable import PeakmemRuntime

/// Shapes and lengths that cannot be allocated raise what NumPy 2.4.6 and CPython raise
/// (docs/research/scripts/numpy_size_errors.py prints them), and the interpreter goes on: no
/// element count or byte count is multiplied without an overflow check.
@Suite("Sizes that cannot fit raise NumPy's errors")
struct SizeLimitTests {
    static let tooBig = "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."

    @Test("NumPy's message for each", arguments: [
        ("Y = np.zeros((2**32, 2**32))", tooBig),
        ("Y = np.ones((2**32, 2**32))", tooBig),
        ("Y = np.empty((2**62, 4))", tooBig),
        ("Y = X.reshape(10**10, 10**10)", "ValueError: cannot reshape array of size 10 into shape (10000000000,10000000000)"),
        ("Y = np.eye(10**10)", tooBig),
        ("Y = np.identity(10**10)", tooBig),
        ("Y = np.tile(X, 10**18)", tooBig),
        ("Y = X.repeat(10**18)", "ValueError: negative dimensions are not allowed"),
        ("Y = np.arange(0, 1, 1e-300)", "ValueError: Maximum allowed size exceeded"),
        ("Y = np.broadcast_to(np.ones(1), (2**40, 2**40))", "ValueError: iterator is too large"),
        ("Y = [0] * 10**12", "MemoryError: "),
        ("Y = np.ones(10**12)",
         "MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type float64"),
        ("Y = np.empty(10**18)",
         "MemoryError: Unable to allocate 6.94 EiB for an array with shape (1000000000000000000,) and data type float64"),
        ("Y = np.ones((10**6,)) * np.ones((10**6, 1))",
         "MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64"),
    ])
    func message(code: String, expected: String) throws {
        let h = Harness()
        try h.run("X = np.arange(10)\n")
        let error = try #require(h.error(code))
        #expect(error.message == expected)
        // Nothing was left allocated, and the interpreter still runs.
        #expect(try h.measure("Z = X * 2") == (80, 80))
        #expect(try h.repr("Z[-1]") == "np.int64(18)")
    }

    @Test("NumPy's unit text for sizes (`_size_to_string`)", arguments: [
        (512, "512 bytes"), (8_000_000_000_000, "7.28 TiB"), (204_010_946_560, "190. GiB"),
        (1_048_051_712, "1000. MiB"), (1_073_217_536, "1.00 GiB"), (8 * 1_000_000_000_000_000_000, "6.94 EiB"),
    ])
    func numpyText(bytes: Int, text: String) {
        #expect(ByteSize.numpyText(bytes) == text)
    }
}
