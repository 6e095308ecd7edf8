import Foundation

/// Places annotation labels inside a plot where no drawn line runs and no other label sits.
///
/// Obstacles are line segments in pixel coordinates; a label is a box from its measured text
/// width (``TextMetrics``) and the font's ascent and descent. ``place(_:size:bold:candidates:)``
/// takes the first candidate whose box is inside the plot and clear; failing that, the first
/// clear position of a scan over the plot; failing that, the first candidate.
struct LabelPlacer {
    struct Box {
        var minX, minY, maxX, maxY: Double

        func intersects(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }

        /// Whether the segment from `a` to `b` passes through the box (Liang–Barsky clipping).
        func crosses(_ a: (Double, Double), _ b: (Double, Double)) -> Bool {
            var t0 = 0.0, t1 = 1.0
            let dx = b.0 - a.0, dy = b.1 - a.1
            for (p, q) in [(-dx, a.0 - minX), (dx, maxX - a.0), (-dy, a.1 - minY), (dy, maxY - a.1)] {
                if p == 0 {
                    if q < 0 { return false }
                } else {
                    let r = q / p
                    if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                    if t0 > t1 { return false }
                }
            }
            return true
        }
    }

    /// A label position: the text's anchor point and its `text-anchor`.
    struct Candidate {
        var x: Double
        var y: Double
        var anchor: String
    }

    var plot: Box
    var segments: [((Double, Double), (Double, Double))] = []
    var placed: [Box] = []

    /// Adds a polyline's segments as obstacles.
    mutating func avoid(_ points: [(Double, Double)]) {
        for (a, b) in zip(points, points.dropFirst()) { segments.append((a, b)) }
    }

    static func box(_ text: String, size: Double, bold: Bool, at candidate: Candidate) -> Box {
        let width = TextMetrics.width(text, size: size, bold: bold)
        let minX = candidate.anchor == "end" ? candidate.x - width
            : candidate.anchor == "middle" ? candidate.x - width / 2 : candidate.x
        return Box(minX: minX - 2, minY: candidate.y - TextMetrics.ascent * size,
                   maxX: minX + width + 2, maxY: candidate.y + TextMetrics.descent * size)
    }

    private func isClear(_ box: Box) -> Bool {
        box.minX >= plot.minX && box.maxX <= plot.maxX && box.minY >= plot.minY && box.maxY <= plot.maxY
            && !placed.contains { $0.intersects(box) } && !segments.contains { box.crosses($0.0, $0.1) }
    }

    /// The chosen position for `text`; its box joins the obstacles.
    mutating func place(_ text: String, size: Double, bold: Bool = false, candidates: [Candidate]) -> Candidate {
        var scan: [Candidate] = []
        var y = plot.minY + TextMetrics.ascent * size + 2
        while y < plot.maxY {
            for anchor in ["end", "start"] {
                scan.append(Candidate(x: anchor == "end" ? plot.maxX - 4 : plot.minX + 4, y: y, anchor: anchor))
            }
            y += 6
        }
        let chosen = (candidates + scan).first { isClear(Self.box(text, size: size, bold: bold, at: $0)) }
            ?? candidates[0]
        placed.append(Self.box(text, size: size, bold: bold, at: chosen))
        return chosen
    }
}
