#if canImport(Glibc)
import Glibc
#endif
@testable import PeakmemMeasurement
import Testing

extension ProcessWide {
    @Suite("/proc/self probe")
    struct ProcessMemoryTests {
        @Test("status and statm report the same resident set")
        func statusAgreesWithStatm() throws {
            let process = try ProcessMemory()
            let status = try process.status()
            let statm = try process.residentBytes()
            #expect(status.vmRSS > mebibyte)
            #expect(status.vmHWM >= status.vmRSS)
            #expect(abs(statm - status.vmRSS) < 2 * mebibyte)
            #expect(statm % process.pageSize == 0)
        }

        @Test("rereading a kept descriptor sees fresh figures")
        func rereadIsFresh() throws {
            let process = try ProcessMemory()
            let before = try process.residentBytes()
            let size = 48 * mebibyte
            let pointer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 64)
            memset(pointer, 7, size)
            OpaqueSink.consume(pointer)
            let after = try process.residentBytes()
            pointer.deallocate()
            #expect(after - before >= size - 2 * mebibyte)
        }
    }
}

@Suite("/proc text parsing")
struct ProcParsingTests {
    private func withText<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test("kB fields are found by name")
    func kilobyteFields() {
        let status = "Name:\tswift\nVmPeak:\t  999 kB\nVmHWM:\t   20480 kB\nVmRSS:\t   10240 kB\nThreads:\t3\n"
        #expect(withText(status) { ProcessMemory.kilobyteField("VmRSS:", in: $0) } == 10240)
        #expect(withText(status) { ProcessMemory.kilobyteField("VmHWM:", in: $0) } == 20480)
        #expect(withText(status) { ProcessMemory.kilobyteField("VmSwap:", in: $0) } == nil)
    }

    @Test("a field without the kB unit or without digits is not parsed")
    func malformedFields() {
        #expect(withText("VmRSS:\t10240 MB\n") { ProcessMemory.kilobyteField("VmRSS:", in: $0) } == nil)
        #expect(withText("VmRSS:\t kB\n") { ProcessMemory.kilobyteField("VmRSS:", in: $0) } == nil)
        #expect(withText("VmRSS:\t10240") { ProcessMemory.kilobyteField("VmRSS:", in: $0) } == nil)
    }

    @Test("decimal numbers skip leading blanks and reject overflow")
    func decimals() {
        let parsed = withText(" \t42 7") { ProcessMemory.decimal(in: $0, from: 0) }
        #expect(parsed?.value == 42)
        #expect(parsed?.end == 4)
        #expect(withText("99999999999999999999999") { ProcessMemory.decimal(in: $0, from: 0) } == nil)
        #expect(withText("x1") { ProcessMemory.decimal(in: $0, from: 0) } == nil)
    }

    @Test("a missing file is reported as missing")
    func missingFile() {
        #expect(throws: ProcessMemoryError.fileMissing("/proc/self/no_such_file")) {
            try ProcessMemory.open("/proc/self/no_such_file")
        }
    }
}
