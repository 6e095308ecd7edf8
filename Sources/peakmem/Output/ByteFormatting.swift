import Foundation
import PeakmemEngine

/// How the command line prints figures.
enum ByteFormatting {
    /// A byte figure (results carry them as doubles), written as ``ByteSize/text(_:)`` does.
    static func size(_ bytes: Double) -> String {
        ByteSize.text(Int(bytes))
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
