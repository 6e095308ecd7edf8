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

    /// The byte units and time units the parser knows, with their factors.
    static func factor(_ unit: String) -> (factor: Double, dimension: Dimension)? {
        switch unit {
        case "B", "bytes": (1, .bytes)
        case "kB", "KB": (1e3, .bytes)
        case "MB": (1e6, .bytes)
        case "GB": (1e9, .bytes)
        case "TB": (1e12, .bytes)
        case "KiB": (1024, .bytes)
        case "MiB": (1_048_576, .bytes)
        case "GiB": (1_073_741_824, .bytes)
        case "TiB": (1_099_511_627_776, .bytes)
        case "ns": (1e-9, .seconds)
        case "us", "µs": (1e-6, .seconds)
        case "ms": (1e-3, .seconds)
        case "s": (1, .seconds)
        case "min": (60, .seconds)
        default: nil
        }
    }

    /// The unit names accepted, for messages.
    public static let knownUnits = "B, kB, MB, GB, TB, KiB, MiB, GiB, TiB, ns, us, ms, s, min"
}
