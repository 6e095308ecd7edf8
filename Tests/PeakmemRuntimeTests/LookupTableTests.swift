import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// Lookup tables in scenario code: integer-array subscripts, np.take and the bit operators,
/// with NumPy 2.4.6's values (reprs printed by NumPy itself) and the exact bytes it allocates (tracemalloc figures in docs/research/numpy-techniques.md).
@Suite("Lookup tables: integer-array indexing, take, bit operations")
struct LookupTableTests {
    @Test func lookupThroughAThreeDimensionalTableAllocatesOnlyItsResult() throws {
        let h = Harness()
        try h.run("""
            lut = np.arange(16 * 16 * 16 * 4, dtype=np.int64).reshape((16, 16, 16, 4)).astype(np.uint8)
            img = np.arange(3000, dtype=np.int32).reshape((1000, 3)).astype(np.uint8)
            r = img[:, 0]
            g = img[:, 1]
            b = img[:, 2]
            """)
        // lut[r >> 4, g >> 4, b >> 4]: three uint8 temporaries of 1000 bytes, then the (1000, 4) result.
        #expect(try h.measure("cmyk = lut[r >> 4, g >> 4, b >> 4]") == (3000 + 4000, 4000))
        #expect(try h.array("cmyk").shape == [1000, 4])
        #expect(try h.repr("cmyk[999]") == "array([236, 237, 238, 239], dtype=uint8)")
        #expect(try h.repr("lut[[1, -1], 0, [2]]") == "array([[ 8,  9, 10, 11],\n       [ 8,  9, 10, 11]], dtype=uint8)")
        #expect(try h.repr("(r & 15)[:4]") == "array([0, 3, 6, 9], dtype=uint8)")
        #expect(try h.repr("(~r)[:2]") == "array([255, 252], dtype=uint8)")
    }

    @Test func takeAndBitFunctions() throws {
        let h = Harness()
        try h.run("a = np.arange(10) * 10\ni32 = np.array([1, 3, 5], dtype=np.int32)\nout = np.empty(3, dtype=np.int64)\n")
        #expect(try h.repr("np.take(a, i32)") == "array([10, 30, 50])")
        #expect(try h.repr("a.take([2, -1])") == "array([20, 90])")
        #expect(try h.repr("np.take(a, 4)") == "np.int64(40)")
        // take of int32 indices: the result (24) and an int64 copy of the indices (24), freed.
        #expect(try h.measure("t = np.take(a, i32)") == (48, 24))
        #expect(try h.measure("np.take(a, i32.astype(np.int64), out=out)").retained == 0)
        #expect(try h.repr("np.right_shift(a, 1)[:3]") == "array([ 0,  5, 10])")
        #expect(try h.repr("np.bitwise_and(a, 6)[:3]") == "array([0, 2, 4])")
        #expect(try h.repr("np.left_shift(1, 4)") == "np.int64(16)")
        #expect(try h.repr("np.invert(np.array([True, False]))") == "array([False,  True])")
        #expect(try h.measure("np.bitwise_or(a, 1, out=a)") == (0, 0))
        #expect(h.error("x = a[np.array([1.5])]")?.message == "IndexError: arrays used as indices must be of integer (or boolean) type")
        #expect(h.error("x = a[[20]]")?.message == "IndexError: index 20 is out of bounds for axis 0 with size 10")
        #expect(h.error("x = np.ones(3) >> 1")?.message.contains("ufunc 'right_shift'") == true)
    }
}
