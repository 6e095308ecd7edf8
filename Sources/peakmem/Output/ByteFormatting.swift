import Foundation

/// How the command line prints figures.
enum ByteFormatting {
    /// Bytes in the largest binary unit that keeps the number ≥ 1: `8.00 MiB`, `512 B`.
    static func size(_ bytes: Double) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = bytes, unit = 0
        while abs(value) >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        return unit == 0 ? "\(Int(value)) B" : String(format: "%.2f %@", value, units[unit] as NSString)
    }

    /// Seconds as `123 ms`, `1.23 s`, `45.6 µs`.
    static func time(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%.2f s", seconds) }
        if seconds >= 1e-3 { return String(format: "%.1f ms", seconds * 1e3) }
        return String(format: "%.1f µs", seconds * 1e6)
    }

    /// A ratio as `1.00×`.
    static func ratio(_ value: Double?) -> String {
        value.map { String(format: "%.2f×", $0) } ?? "—"
    }
}
