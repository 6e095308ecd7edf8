import Foundation

/// What a crashed worker's standard error says about the crash, in a few lines: the runtime's
/// fatal error, the signal, and the crashing thread's frames, symbolicated (function and
/// file:line), without addresses, registers or loaded images.
///
/// Swift workers run with ``environmentSetting`` in `SWIFT_BACKTRACE`, so that Swift's
/// backtracer prints only the crashing thread, no registers and no image list; this type reads
/// that output.
enum WorkerCrashReport {
    /// The `SWIFT_BACKTRACE` value the worker gets unless the user set one: backtraces on,
    /// non-interactive, plain text, the crashing thread only, no registers, no image list,
    /// at most 16 frames.
    static let environmentSetting = "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,limit=16,top=4"

    /// At most this many frames are kept.
    static let frameLimit = 10

    /// The summary of a crash in `stderr` — `Fatal error: ...`, `Program crashed: Illegal
    /// instruction at 0x...`, then `#N function at file:line:column` per frame — or nil when
    /// the text holds no backtrace.
    static func summary(_ stderr: String) -> String? {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let crashed = lines.firstIndex(where: { $0.contains("*** Program crashed:") }) else { return nil }
        var summary = lines.filter { $0.contains("Fatal error:") }.map { $0.trimmingCharacters(in: .whitespaces) }
        summary.append(lines[crashed].replacingOccurrences(of: "***", with: "").trimmingCharacters(in: .whitespaces))
        guard let thread = lines[crashed...].firstIndex(where: { $0.hasPrefix("Thread ") && $0.hasSuffix("crashed:") }) else {
            return summary.joined(separator: "\n")
        }
        summary.append(lines[thread])
        var frames = 0
        for line in lines[(thread + 1)...] {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { if frames > 0 { break } else { continue } }
            guard let frame = Self.frame(trimmed) else { break }
            summary.append(frame)
            frames += 1
            if frames == frameLimit { break }
        }
        return summary.joined(separator: "\n")
    }

    /// `  2 [ra]  0x000055… static ScenarioDecoder.trim(_:) + 925 in peakmem at /path/File.swift:386:45`
    /// as `#2 static ScenarioDecoder.trim(_:) at /path/File.swift:386:45` (or `in LIBRARY` when
    /// there is no source position); nil for a line that is not a frame.
    static func frame(_ line: String) -> String? {
        let parts = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let number = parts.first.flatMap({ Int($0) }),
              let address = parts.firstIndex(where: { $0.hasPrefix("0x") }) else { return nil }
        var rest = parts[(address + 1)...].joined(separator: " ")
        // "function + offset in image at file:line:column"
        var location = ""
        if let at = rest.range(of: " at ", options: .backwards) {
            location = " at " + rest[at.upperBound...]
            rest = String(rest[..<at.lowerBound])
        }
        if let inImage = rest.range(of: " in ", options: .backwards) {
            if location.isEmpty { location = " in " + rest[inImage.upperBound...] }
            rest = String(rest[..<inImage.lowerBound])
        }
        if let offset = rest.range(of: " + ", options: .backwards) { rest = String(rest[..<offset.lowerBound]) }
        return "#\(number) \(rest)\(location)"
    }
}
