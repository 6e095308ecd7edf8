import Foundation

/// A number with a unit, as written in scenario files: `8 MiB`, `400 MB`, `4000000`,
/// `707 ms`, `1.5 s`.
///
/// Byte units: `B`; decimal `kB`/`KB`, `MB`, `GB`, `TB` (10³ⁿ bytes); binary `KiB`, `MiB`,
/// `GiB`, `TiB` (2¹⁰ⁿ bytes). Time units: `ns`, `us`/`µs`, `ms`, `s`, `min`. A bare number is
/// bytes (or a count) for memory figures and seconds for times.
///
/// memory_profiler's `%memit` prints "MB" but divides by 2²⁰: a figure copied from it must be
/// written in `MiB`; the loader points that out when a `memit_*` figure uses `MB`.
public struct Quantity: Sendable, Hashable {
    /// The number as written.
    public var number: Double
    /// The unit as written (empty when none).
    public var unit: String

    /// What the unit measures.
    public enum Dimension: Sendable, Hashable {
        case bytes, seconds, dimensionless
    }

    /// Parses `number [unit]`; nil when the text is not one.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let numberEnd = trimmed.firstIndex { !("0123456789.eE+-_".contains($0)) } ?? trimmed.endIndex
        let numberText = trimmed[..<numberEnd].replacingOccurrences(of: "_", with: "")
        guard let number = Double(numberText) else { return nil }
        let unit = trimmed[numberEnd...].trimmingCharacters(in: .whitespaces)
        guard unit.isEmpty || Quantity.factor(unit) != nil else { return nil }
        self.number = number
        self.unit = unit
    }

    /// The dimension of the unit.
    public var dimension: Dimension {
        unit.isEmpty ? .dimensionless : Quantity.factor(unit)!.dimension
    }

    /// The value in bytes or seconds (the bare number when there is no unit).
    public var value: Double {
        number * (unit.isEmpty ? 1 : Quantity.factor(unit)!.factor)
    }

    /// One unit the parser knows.
    struct Unit {
        let name: String
        let factor: Double
        let dimension: Dimension
    }

    /// The byte and time units, each with its factor to bytes or seconds.
    static let units: [Unit] = [
        Unit(name: "B", factor: 1, dimension: .bytes), Unit(name: "bytes", factor: 1, dimension: .bytes),
        Unit(name: "kB", factor: 1e3, dimension: .bytes), Unit(name: "KB", factor: 1e3, dimension: .bytes),
        Unit(name: "MB", factor: 1e6, dimension: .bytes), Unit(name: "GB", factor: 1e9, dimension: .bytes),
        Unit(name: "TB", factor: 1e12, dimension: .bytes),
        Unit(name: "KiB", factor: 1024, dimension: .bytes), Unit(name: "MiB", factor: 1_048_576, dimension: .bytes),
        Unit(name: "GiB", factor: 1_073_741_824, dimension: .bytes), Unit(name: "TiB", factor: 1_099_511_627_776, dimension: .bytes),
        Unit(name: "ns", factor: 1e-9, dimension: .seconds), Unit(name: "us", factor: 1e-6, dimension: .seconds),
        Unit(name: "µs", factor: 1e-6, dimension: .seconds), Unit(name: "ms", factor: 1e-3, dimension: .seconds),
        Unit(name: "s", factor: 1, dimension: .seconds), Unit(name: "min", factor: 60, dimension: .seconds),
    ]

    static func factor(_ unit: String) -> (factor: Double, dimension: Dimension)? {
        units.first { $0.name == unit }.map { ($0.factor, $0.dimension) }
    }

    /// The names of the byte units (for finding sizes inside expressions).
    public static let byteUnitNames: [String] = units.filter { $0.dimension == .bytes }.map(\.name)

    /// The largest magnitude of a value in bytes, seconds or a count that peakmem accepts:
    /// 2⁵³ (8 PiB, or 285 million years), the last integer a `Double` — the type figures travel
    /// in through results JSON — holds exactly. Larger figures, infinities and NaN are refused
    /// where they are read, never met later as a crash or an unencodable figure.
    public static let largestValue: Double = 0x1p53

    /// Why ``value`` cannot be used as a figure (infinite, NaN, or beyond ±``largestValue``);
    /// nil when it can.
    public var rangeProblem: String? {
        Quantity.rangeProblem(value)
    }

    /// Why `value` cannot be used as a figure; nil when it can (see ``rangeProblem``).
    public static func rangeProblem(_ value: Double) -> String? {
        if value.isNaN { return "is not a number" }
        if value.isInfinite { return "is infinite" }
        if value.magnitude > largestValue { return "is out of range (the largest figure peakmem takes is 2^53 = 9007199254740992 bytes, seconds or counts)" }
        return nil
    }

    /// The unit names accepted, for messages.
    public static let knownUnits = "B, kB, MB, GB, TB, KiB, MiB, GiB, TiB, ns, us, ms, s, min"
}
