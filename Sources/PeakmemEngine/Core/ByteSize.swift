import Foundation

/// How peakmem writes a number of bytes for people: in the largest binary unit that keeps the
/// number at least 1, with two decimals (`7.63 MiB`, `190.73 MiB`, `512 B`); 1 KiB = 2¹⁰ bytes,
/// 1 MiB = 2²⁰ bytes, as NumPy's "Unable to allocate" messages and memory_profiler count.
public enum ByteSize {
    public static func text(_ bytes: Int) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
        var value = Double(bytes)
        var unit = 0
        while abs(value) >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        if unit == 0 { return "\(bytes) B" }
        return String(format: "%.2f", value) + " " + units[unit]
    }
}
