import Foundation
import PeakmemEngine
import PeakmemReports

/// How the command line prints figures.
enum ByteFormatting {
    /// A byte figure (results carry them as doubles), written as ``ByteSize/text(_:)`` does.
    static func size(_ bytes: Double) -> String {
        ByteSize.text(Int(bytes))
    }

    /// Seconds as `123 ms`, `1.23 s`, `45.6 µs` (``FigureFormatting/time(_:)``, as reports write them).
    static func time(_ seconds: Double) -> String {
        FigureFormatting.time(seconds)
    }

    /// A ratio as `1.00×`.
    static func ratio(_ value: Double?) -> String {
        FigureFormatting.ratio(value)
    }
}
