import Foundation
import Testing
import PeakmemEngine
@testable import PeakmemRuntime

/// `np.memmap`: file-backed arrays that allocate no heap buffer and are counted as mapped bytes.
@Suite("np.memmap: file-backed arrays")
struct MemmapTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("peakmem-memmap-\(UUID().uuidString)-\(name)").path
    }

    @Test func writeThenReadBackWithoutHeapBuffers() throws {
        let path = temporaryPath("data.bin")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let h = Harness()
        // w+ creates the file at its full size: 1000 float64 = 8000 bytes mapped, 0 on the heap.
        #expect(try h.measure("m = np.memmap('\(path)', dtype=np.float64, mode='w+', shape=(1000,))") == (0, 0))
        #expect(h.ledger.snapshot().mappedLive == 8000)
        try h.run("m[:] = np.arange(1000.0)\nm.flush()\ndel m\n")
        #expect(h.ledger.snapshot().mappedLive == 0)
        #expect(h.ledger.snapshot().mappedPeak == 8000)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 8000)
        try h.run("r = np.memmap('\(path)', dtype=np.float64, mode='r')\n")
        #expect(try h.repr("r.shape") == "(1000,)")
        #expect(try h.repr("r[999]") == "np.float64(999.0)")
        // The bits of 998.0 and 999.0 read as int64 from byte 7984 on (values printed by NumPy 2.4.6).
        #expect(try h.repr("np.memmap('\(path)', dtype=np.int64, mode='r', offset=8 * 998).tolist()") == "[4651989716655144960, 4651998512748167168]")
        #expect(h.error("r[0] = 1.0")?.message == "ValueError: assignment destination is read-only")
        #expect(h.error("np.add(r, 1, out=r)")?.message == "ValueError: output array is read-only")
        // Copy-on-write: changes stay private to the mapping, never reach the file.
        try h.run("c = np.memmap('\(path)', dtype=np.float64, mode='c')\nc[0] = 42.0\n")
        #expect(try h.repr("c[0]") == "np.float64(42.0)")
        #expect(try h.repr("r[0]") == "np.float64(0.0)")
        // Operations on memmaps allocate ordinary results; a memmap is never an elided temporary.
        #expect(try h.measure("s = np.memmap('\(path)', dtype=np.float64, mode='r') * 2") == (8000, 8000))
        #expect(h.error("x = np.memmap('\(path)', dtype=np.float64, mode='r', shape=(2000,))")?.message ==
                "ValueError: mmap length is greater than file size")
        #expect(h.error("x = np.memmap('\(path)', dtype=np.float64, mode='w+')")?.message ==
                "ValueError: shape must be given if no data has been written")
        #expect(h.error("np.ones(3).flush()")?.message == "AttributeError: 'numpy.ndarray' object has no attribute 'flush'")
    }
}
