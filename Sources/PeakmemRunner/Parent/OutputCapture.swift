import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a worker wrote on one pipe, kept within bounds: the first `head` bytes and the last
/// `tail` bytes, the bytes in between only counted (``dropped``). A worker printing without
/// end costs the parent at most `head + tail` bytes (plus one read buffer).
///
/// Sendable (unchecked): one reading thread owns it while ``read(_:)`` runs; the owner reads
/// ``head``, ``tail`` and ``text`` only after that thread has finished (a `DispatchGroup` or
/// semaphore wait orders the two).
final class OutputCapture: @unchecked Sendable {
    let headLimit: Int
    let tailLimit: Int
    private(set) var head = Data()
    /// The bytes after the head, trimmed to the last `tail` whenever they reach twice that (a
    /// fresh array each time, so no trimmed storage stays alive).
    private var tailBuffer: [UInt8] = []
    /// Bytes neither in the head nor in the tail.
    private(set) var dropped = 0

    init(head: Int, tail: Int) {
        headLimit = head
        tailLimit = tail
    }

    /// Reads `handle` to its end (end of file or an error), keeping what the limits allow.
    func read(_ handle: FileHandle) {
        let descriptor = handle.fileDescriptor
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return }
            append(buffer[0..<count])
        }
    }

    func append(_ chunk: ArraySlice<UInt8>) {
        var rest = chunk
        if head.count < headLimit {
            let taken = rest.prefix(headLimit - head.count)
            head.append(contentsOf: taken)
            rest = rest.dropFirst(taken.count)
        }
        guard !rest.isEmpty else { return }
        tailBuffer.append(contentsOf: rest)
        if tailBuffer.count > 2 * tailLimit {
            dropped += tailBuffer.count - tailLimit
            tailBuffer = Array(tailBuffer.suffix(tailLimit))
        }
    }

    /// The tail kept (at most `tail` bytes).
    var tail: Data {
        Data(tailBuffer.suffix(tailLimit))
    }

    /// Bytes written in all.
    var total: Int { head.count + tailBuffer.count + dropped }

    /// The head and tail as one text, with a line saying how much was left out between them.
    var text: String {
        let omitted = total - head.count - tail.count
        guard omitted > 0 else { return String(decoding: head + tail, as: UTF8.self) }
        return String(decoding: head, as: UTF8.self) + "\n[... \(omitted) bytes of output not kept ...]\n"
            + String(decoding: tail, as: UTF8.self)
    }
}
