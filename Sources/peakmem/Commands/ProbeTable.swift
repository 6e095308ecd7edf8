import Foundation
import PeakmemReports
import PeakmemMeasurement

/// The aligned text table `peakmem probe` prints: one row per figure, with its value and the
/// probe it comes from.
struct ProbeTable {
    /// One row: figure name, formatted value, source.
    struct Row {
        var figure: String
        var value: String
        var source: String
    }

    var rows: [Row]

    /// The rows of a reading.
    init(_ reading: ProbeReading) {
        let bytes = Self.bytes
        rows = [
            Row(figure: "ledger live", value: bytes(reading.ledger.live), source: "ledger (array buffers, exact)"),
            Row(figure: "ledger peak", value: bytes(reading.ledger.peak), source: "ledger"),
            Row(figure: "ledger allocations", value: Self.grouped(reading.ledger.allocations), source: "ledger"),
            Row(figure: "ledger deallocations", value: Self.grouped(reading.ledger.deallocations), source: "ledger"),
            Row(figure: "ledger allocated total", value: bytes(reading.ledger.allocatedTotal), source: "ledger"),
            Row(figure: "jemalloc allocated", value: bytes(reading.jemalloc.allocated), source: "stats.allocated"),
            Row(figure: "jemalloc active", value: bytes(reading.jemalloc.active), source: "stats.active"),
            Row(figure: "jemalloc resident", value: bytes(reading.jemalloc.resident), source: "stats.resident"),
            Row(figure: "jemalloc mapped", value: bytes(reading.jemalloc.mapped), source: "stats.mapped"),
            Row(figure: "jemalloc retained", value: bytes(reading.jemalloc.retained), source: "stats.retained"),
            Row(figure: "jemalloc metadata", value: bytes(reading.jemalloc.metadata), source: "stats.metadata"),
            Row(figure: "thread peak", value: bytes(reading.threadPeak), source: "thread.peak.read (this thread)"),
            Row(figure: "VmRSS", value: bytes(reading.process.vmRSS), source: "/proc/self/status"),
            Row(figure: "VmHWM", value: bytes(reading.process.vmHWM), source: "/proc/self/status"),
            Row(figure: "jemalloc version", value: reading.jemallocVersion, source: "mallctl version"),
            Row(figure: "OpenBLAS version", value: reading.openBLAS.version, source: "openblas_get_config"),
            Row(figure: "OpenBLAS core", value: reading.openBLAS.coreName, source: "openblas_get_corename"),
            Row(figure: "OpenBLAS threads", value: String(reading.openBLAS.threads), source: "openblas_get_num_threads"),
        ]
    }

    /// The table as text, columns padded to their widest cell (``TextTable``); the header in
    /// bold when `emphasis` is true (on a terminal).
    func render(emphasis: Bool) -> String {
        let table = TextTable(header: ["FIGURE", "VALUE", "SOURCE"], rows: rows.map { [$0.figure, $0.value, $0.source] })
        let text = table.render()
        guard emphasis, let newline = text.firstIndex(of: "\n") else { return text }
        return "\u{1B}[1m" + text[..<newline] + "\u{1B}[0m" + text[newline...]
    }

    /// `1,234,567 B (1.18 MiB)`; MiB = 2^20 bytes, two decimals as `%memit` prints them.
    static func bytes(_ count: Int) -> String {
        "\(grouped(count)) B (\(String(format: "%.2f", Double(count) / 1_048_576)) MiB)"
    }

    /// An integer with commas between groups of three digits.
    static func grouped(_ value: Int) -> String {
        FigureFormatting.grouped(value)
    }
}
