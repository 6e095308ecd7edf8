import ArgumentParser
import Foundation
import PeakmemMeasurement

/// `peakmem probe`: prints what every memory probe reads right now, in this process.
///
/// A quick check that the probes work on this machine (jemalloc statistics, `/proc/self`,
/// OpenBLAS) and what an idle peakmem process costs. Exit status 0, or 2 if a probe fails (the
/// message says which; no figure is ever printed as a default zero).
struct ProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe",
        abstract: "Print the current figures of every memory probe.",
        discussion: """
            Figures: the ledger of array buffers (exact), jemalloc's statistics (stats.*, after \
            advancing the epoch), thread.peak of this thread, VmRSS and VmHWM from \
            /proc/self/status, and the versions of jemalloc and OpenBLAS with OpenBLAS's thread \
            count. Bytes are exact counts; MiB = 2^20 bytes. Exit status 2 if a probe fails.
            """
    )

    @Flag(name: .long, help: "Print JSON (pretty-printed, sorted keys) instead of a table.")
    var json = false

    func run() throws {
        let reading: ProbeReading
        do {
            reading = try ProbeReading.read()
        } catch {
            throw CommandError.badInput(error.description)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(reading)
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(ProbeTable(reading).render(emphasis: isatty(STDOUT_FILENO) == 1), terminator: "")
        }
    }
}
