#if canImport(Glibc)
import Glibc
#endif

/// Reading and parsing `/proc` text without Foundation and without allocating.
extension ProcessMemory {
    /// Opens `path` (read-only unless `flags` say otherwise), or throws the classified error.
    static func open(_ path: String, flags: Int32 = O_RDONLY) throws(ProcessMemoryError) -> Int32 {
        let descriptor = Glibc.open(path, flags | O_CLOEXEC)
        guard descriptor >= 0 else { throw ProcessMemoryError(openErrno: errno, path: path) }
        return descriptor
    }

    /// Reads the whole file behind `descriptor` from offset 0 into `buffer` and returns the
    /// filled part. Throws if the file does not fit (the buffer must be larger than the file).
    static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>,
                        path: String) throws(ProcessMemoryError) -> UnsafeBufferPointer<UInt8> {
        var filled = 0
        while true {
            let count = pread(descriptor, buffer.baseAddress! + filled, buffer.count - filled, off_t(filled))
            if count < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path, errno: errno)
            }
            if count == 0 { break }
            filled += count
            guard filled < buffer.count else { throw .parseFailure(path, field: "whole file (larger than \(buffer.count) bytes)") }
        }
        return UnsafeBufferPointer(rebasing: buffer[0 ..< filled])
    }

    /// The value of a `Name:   1234 kB` line of `/proc/self/status`, in kB, or nil.
    static func kilobyteField(_ name: StaticString, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        let key = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        var lineStart = 0
        while lineStart + key.count <= text.count {
            if memcmp(text.baseAddress! + lineStart, key.baseAddress!, key.count) == 0 {
                guard let number = decimal(in: text, from: lineStart + key.count) else { return nil }
                // The unit must be kB.
                var index = number.end
                while index < text.count, text[index] == UInt8(ascii: " ") { index += 1 }
                guard index + 1 < text.count, text[index] == UInt8(ascii: "k"),
                      text[index + 1] == UInt8(ascii: "B") else { return nil }
                return number.value
            }
            while lineStart < text.count, text[lineStart] != UInt8(ascii: "\n") { lineStart += 1 }
            lineStart += 1
        }
        return nil
    }

    /// The non-negative decimal number after optional spaces and tabs from `start`, and the
    /// index just past its last digit; nil if there is no digit or it overflows.
    static func decimal(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Int, end: Int)? {
        var index = start
        while index < text.count, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "\t") {
            index += 1
        }
        var value = 0
        var digits = 0
        while index < text.count, text[index] >= UInt8(ascii: "0"), text[index] <= UInt8(ascii: "9") {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(text[index] - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
            digits += 1
            index += 1
        }
        return digits > 0 ? (value, index) : nil
    }
}
