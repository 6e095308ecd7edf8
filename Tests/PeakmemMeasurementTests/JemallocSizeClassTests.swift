import CJemalloc
import PeakmemEngine
import PeakmemResults
import Testing

/// ``JemallocSizeClass`` against the jemalloc this process runs: `nallocx` for every request
/// size class boundary and between, and the bytes jemalloc counts for a real array buffer.
@Suite("jemalloc size classes")
struct JemallocSizeClassTests {
    /// Requests around every class boundary from 1 B to 64 GiB, plus the 3.12 GB array of the
    /// Exact vs RSS explanation.
    static let requests: [Int] = {
        var sizes = [1, 2, 7, 8, 9, 15, 16, 17, 100, 127, 128, 129, 3_120_000_000]
        var power = 256
        while power <= 1 << 36 {
            for quarter in 0 ..< 4 {
                let boundary = power + quarter * (power / 4)
                sizes += [boundary - 1, boundary, boundary + 1]
            }
            power <<= 1
        }
        return sizes
    }()

    @Test("usableSize(of:) equals nallocx for requests around every class boundary")
    func matchesNallocx() {
        for request in Self.requests {
            #expect(JemallocSizeClass.usableSize(of: request) == nallocx(request, 0), "\(request) B")
        }
        #expect(JemallocSizeClass.rounding(of: 3_120_000_000) == 101_225_472)
    }

    @Test("an array buffer (64-byte and 2 MiB alignment) occupies its size class")
    func arrayBuffers() throws {
        for bytes in [4096, 100 * 1024, 3 << 20, 8_000_000, 24 << 20 + 1] {
            let storage = try ArrayStorage(byteCount: bytes, ledger: Ledger())
            #expect(sallocx(storage.base, 0) == JemallocSizeClass.usableSize(of: bytes), "\(bytes) B")
        }
    }
}
