import Foundation
import PeakmemResults

/// How reports write figures: sizes in binary units, times with a unit, ratios with `×`.
public enum FigureFormatting {
    /// Bytes as `7.63 MiB` (``ByteSize/text(_:)``); `—` when absent.
    public static func size(_ bytes: Double?) -> String {
        guard let bytes else { return "—" }
        return ByteSize.text(Int(bytes.rounded()))
    }

    /// Bytes as exact digits with thousands separators: `8,000,000 B`.
    public static func exactBytes(_ bytes: Double?) -> String {
        guard let bytes else { return "—" }
        return grouped(Int(bytes.rounded())) + " B"
    }

    /// A count and its noun, plural unless the count is 1: `1 check`, `3 variants`.
    public static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }

    /// `8000000` as `8,000,000`.
    public static func grouped(_ value: Int) -> String { ByteSize.grouped(value) }

    /// MiB with two decimals, as `%memit` prints: `845.37 MiB`.
    public static func mebibytes(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.2f MiB", value)
    }

    /// Seconds as `1.23 s`, `123.4 ms` or `45.6 µs`.
    public static func time(_ seconds: Double?) -> String {
        guard let seconds else { return "—" }
        if abs(seconds) >= 1 { return String(format: "%.2f s", seconds) }
        if abs(seconds) >= 1e-3 { return String(format: "%.1f ms", seconds * 1e3) }
        return String(format: "%.1f µs", seconds * 1e6)
    }

    /// The smallest reference figure a ratio is shown against (1 MiB): against a tiny reference
    /// (a 16-byte result) a ratio is a huge number that says little, so the difference is shown.
    public static let ratioFloor = 1024.0 * 1024

    /// `value` against `reference`: the ratio (`2.00×`) when the reference is at least
    /// ``ratioFloor``, otherwise the difference in bytes (`+78.12 KiB`, `±0 B`).
    public static func versusReference(_ value: Double?, _ reference: Double?) -> String {
        guard let value, let reference else { return "—" }
        if reference >= ratioFloor { return ratio(value / reference) }
        let delta = value - reference
        return (delta > 0 ? "+" : delta < 0 ? "−" : "±") + size(abs(delta))
    }

    /// A ratio as `1.00×`.
    public static func ratio(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return String(format: "%.2f×", value)
    }

    /// A relative change as `+12.3 %` (`+<0.1 %` for a change too small to show).
    public static func percent(_ fraction: Double?) -> String {
        guard let fraction, fraction.isFinite else { return "—" }
        if fraction != 0, abs(fraction) < 0.0005 { return fraction > 0 ? "+<0.1 %" : "−<0.1 %" }
        return String(format: "%+.1f %%", fraction * 100)
    }

    /// A value of `metric` in its unit: a size, a count or a time.
    public static func value(_ value: Double?, of metric: Metric) -> String {
        switch metric.unit {
        case .bytes: metric.kind == .exact ? exactBytes(value) : size(value)
        case .count: value.map { grouped(Int($0.rounded())) } ?? "—"
        case .seconds: time(value)
        }
    }

    /// A signed difference of `metric` in its unit.
    public static func change(_ delta: Double, of metric: Metric) -> String {
        let sign = delta > 0 ? "+" : delta < 0 ? "−" : "±"
        return sign + value(abs(delta), of: metric)
    }
}
