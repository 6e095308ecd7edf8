import Foundation
@testable import PeakmemEngine
import Testing

@Suite("Transparent huge page mode")
struct TransparentHugePagesTests {
    @Test("the bracketed word of the enabled file is the mode")
    func parsing() {
        #expect(TransparentHugePages(enabledFile: "always [madvise] never\n") == .madviseOnly)
        #expect(TransparentHugePages(enabledFile: "[always] madvise never\n") == .always)
        #expect(TransparentHugePages(enabledFile: "always madvise [never]\n") == .never)
        #expect(TransparentHugePages(enabledFile: "") == .unavailable)
        #expect(TransparentHugePages(enabledFile: "always [madvise never") == .unavailable)
    }
}

extension SerializedEngineTests {
    /// Buffers of at least 4 MiB are advised for huge pages as NumPy's are, and the advice is
    /// taken back at free, so that memory the allocator reuses for small buffers is not faulted
    /// in 2 MiB at a time.
    @Suite("Huge page advice of large buffers")
    struct HugePageAdviceTests {
        /// The `VmFlags` of the mapping of this process that contains `address` (from
        /// /proc/self/smaps), nil when no mapping contains it.
        static func flags(at address: UnsafeMutableRawPointer) throws -> Set<Substring>? {
            // /proc files report a size of 0: read them to the end through a file handle.
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/self/smaps"))
            defer { try? handle.close() }
            let text = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
            let target = UInt(bitPattern: address)
            var inside = false
            for line in text.split(separator: "\n") {
                if let dash = line.firstIndex(of: "-"), let space = line.firstIndex(of: " "), dash < space,
                   let low = UInt(line[..<dash], radix: 16), let high = UInt(line[line.index(after: dash)..<space], radix: 16) {
                    inside = low <= target && target < high
                } else if inside, line.hasPrefix("VmFlags:") {
                    return Set(line.dropFirst("VmFlags:".count).split(separator: " "))
                }
            }
            return nil
        }

        @Test("a 5 MiB buffer is advised (hg) while alive; after free its pages are marked no-huge (nh) in madvise mode")
        func adviceTakenBack() throws {
            let storage = try ArrayStorage(byteCount: 5 << 20, ledger: Ledger())
            // A page inside the advised range (the buffer's first whole page may follow its start).
            let inside = storage.base + (1 << 20)
            let alive = try #require(try Self.flags(at: inside))
            let mode = TransparentHugePages.current
            if mode != .unavailable {
                #expect(alive.contains("hg"), "\(alive)")
            }
            withExtendedLifetime(storage) {}
            _ = consume storage
            // jemalloc keeps the address range mapped (opt.retain), so its flags can be read.
            let freed = try #require(try Self.flags(at: inside))
            if mode == .madviseOnly {
                #expect(freed.contains("nh") && !freed.contains("hg"), "\(freed)")
            }
        }

        @Test("uninitialised buffers of 4 MiB or more start on a 2 MiB boundary and are advised from their first page; smaller ones are 64-byte aligned")
        func alignment() throws {
            for bytes in [4 << 20, 5 << 20, 8_000_000, 80_000_000] {
                let storage = try ArrayStorage(byteCount: bytes, ledger: Ledger())
                #expect(Int(bitPattern: storage.base) % (2 << 20) == 0, "\(bytes) bytes at \(storage.base)")
                if TransparentHugePages.current != .unavailable {
                    let first = try #require(try Self.flags(at: storage.base))
                    let last = try #require(try Self.flags(at: storage.base + (bytes - 1)))
                    #expect(first.contains("hg") && last.contains("hg"), "\(first) \(last)")
                }
                withExtendedLifetime(storage) {}
            }
            let small = try ArrayStorage(byteCount: (4 << 20) - 1, ledger: Ledger())
            #expect(Int(bitPattern: small.base) % 64 == 0)
            withExtendedLifetime(small) {}
        }

        @Test("buffers under 4 MiB are not advised")
        func smallNotAdvised() throws {
            let storage = try ArrayStorage(byteCount: (4 << 20) - 4096, ledger: Ledger())
            let flags = try #require(try Self.flags(at: storage.base + (1 << 20)))
            if TransparentHugePages.current == .madviseOnly {
                #expect(!flags.contains("hg"), "\(flags)")
            }
            withExtendedLifetime(storage) {}
        }
    }
}
