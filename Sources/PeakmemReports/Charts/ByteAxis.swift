import Foundation

/// An axis of byte counts: linear in one binary unit (B, KiB, MiB or GiB, the largest the
/// maximum reaches) when the positive values lie within a factor of ``logThreshold`` of the
/// maximum, otherwise logarithmic in base 2 with ticks at powers of two, so that a KiB-sized
/// bar stays visible beside a GiB-sized one.
package struct ByteAxis: Sendable, Equatable {
    /// A linear axis once the smallest positive value is at least maximum ÷ this: on a 480 px
    /// axis such a bar is at least 4.8 px long.
    package static let logThreshold = 100.0

    package enum Scale: Sendable, Equatable {
        /// Linear from 0 in `unit` bytes (1, 1024, 1024², 1024³), with the ticks of `axis` (in units).
        case linear(unit: Double, axis: AxisScale)
        /// log₂ from 2^lower to 2^upper bytes, a tick every `step` powers of two.
        case log(lower: Int, upper: Int, step: Int)
    }

    package var scale: Scale

    /// The axis for `values` (bytes; zero and negative values sit at the axis' origin).
    package init(values: [Double]) {
        let maximum = max(values.max() ?? 0, 1)
        let smallest = values.filter { $0 > 0 }.min() ?? maximum
        if smallest * Self.logThreshold >= maximum {
            let unit = [1024.0 * 1024 * 1024, 1024 * 1024, 1024].first { maximum >= $0 } ?? 1
            scale = .linear(unit: unit, axis: AxisScale(maximum: maximum / unit))
        } else {
            let low = Int(floor(log2(smallest))), high = Int(ceil(log2(maximum)))
            let step = [1, 2, 5, 10].first { (high - low) / $0 <= 6 } ?? 10
            scale = .log(lower: Int(floor(Double(low) / Double(step))) * step,
                         upper: Int(ceil(Double(high) / Double(step))) * step, step: step)
        }
    }

    /// The tick values in bytes.
    package var ticks: [Double] {
        switch scale {
        case let .linear(unit, axis): axis.ticks.map { $0 * unit }
        case let .log(lower, upper, step): stride(from: lower, through: upper, by: step).map { pow(2, Double($0)) }
        }
    }

    /// `bytes`' position between `start` (the origin) and `end` (the axis' upper end).
    package func position(_ bytes: Double, from start: Double, to end: Double) -> Double {
        switch scale {
        case let .linear(unit, axis):
            return axis.position(bytes / unit, from: start, to: end)
        case let .log(lower, upper, _):
            guard bytes > 0 else { return start }
            let fraction = (log2(bytes) - Double(lower)) / Double(upper - lower)
            return start + max(0, fraction) * (end - start)
        }
    }

    /// A tick label: the number in the unit (`0`, `250`, `1.5`) on a linear axis; the power of
    /// two with its unit (`512 KiB`, `1 GiB`) on a log axis.
    package func label(_ bytes: Double) -> String {
        switch scale {
        case let .linear(unit, axis):
            return axis.label(bytes / unit)
        case .log:
            let units = ["B", "KiB", "MiB", "GiB", "TiB"]
            var value = bytes, index = 0
            while value >= 1024, index < units.count - 1 { value /= 1024; index += 1 }
            return SVGDocument.number(value) + " " + units[index]
        }
    }

    /// The axis title: `MiB`, or `bytes (log scale)`.
    package var title: String {
        switch scale {
        case let .linear(unit, _):
            ["B", "KiB", "MiB", "GiB"][Int((log2(unit) / 10).rounded())]
        case .log: "bytes (log scale)"
        }
    }
}
