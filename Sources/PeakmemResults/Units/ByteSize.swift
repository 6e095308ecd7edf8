import Foundation

/// A number of bytes: the one type of `--memory-limit` from the command-line option through
/// the run configuration, the worker request and the engine's ledger to its error and back to
/// the results JSON (`options.memory_limit`), where it is encoded as a bare integer.
///
/// ``text`` writes it for people: in the largest binary unit that keeps the number at least 1,
/// with two decimals (`7.63 MiB`, `190.73 MiB`, `512 B`); 1 KiB = 2¹⁰ bytes, 1 MiB = 2²⁰
/// bytes, as NumPy's "Unable to allocate" messages and memory_profiler count.
public struct ByteSize: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The size in bytes.
    public var bytes: Int

    public init(bytes: Int) {
        self.bytes = bytes
    }

    public static func < (lhs: ByteSize, rhs: ByteSize) -> Bool { lhs.bytes < rhs.bytes }

    /// Decodes a bare JSON integer.
    public init(from decoder: any Decoder) throws {
        bytes = try decoder.singleValueContainer().decode(Int.self)
    }

    /// Encodes a bare JSON integer.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(bytes)
    }

    /// The size for people (`7.63 MiB`).
    public var text: String { Self.text(bytes) }

    /// ``text``.
    public var description: String { text }

    /// `8000000` as `8,000,000` (an exact count with its thousands marked).
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }

    /// `bytes` for people: `7.63 MiB`, `512 B`.
    public static func text(_ bytes: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
        var value = Double(bytes)
        var unit = 0
        while abs(value) >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        if unit == 0 { return "\(bytes) B" }
        return String(format: "%.2f", value) + " " + units[unit]
    }

    /// A number of bytes as NumPy's `MemoryError` writes it (`_ArrayMemoryError._size_to_string`
    /// in numpy/_core/_exceptions.py): the binary unit of the highest set bit, three
    /// significant digits below 1000 of that unit (`7.28 TiB`, `190. GiB`), none after the
    /// point above (`1000. MiB`), whole bytes as `512 bytes`.
    public static func numpyText(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        let bitLength = bytes <= 0 ? 0 : Int.bitWidth - bytes.leadingZeroBitCount
        var unit = Swift.max(bitLength - 1, 1) / 10
        var value = Double(bytes) / Double(1 << (unit * 10))
        if value.rounded() == 1024 { unit += 1; value /= 1024 }
        if unit == 0 { return String(format: "%.0f", value) + " bytes" }
        return String(format: value.rounded() < 1000 ? "%#.3g" : "%#.0f", value) + " " + units[unit]
    }
}
