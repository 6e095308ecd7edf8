extension ByteAxis {
    /// Draws the axis of a horizontal bar chart whose plot spans `left`…`right` and
    /// `top`…`top + plotHeight`: a light grid line and the label (of `labels`, one per tick) at
    /// each tick, and the axis title below.
    func draw(into svg: inout SVGDocument, labels: [String], left: Double, right: Double, top: Double, plotHeight: Double,
              tickSize: Double) {
        for (tick, label) in zip(ticks, labels) {
            let x = position(tick, from: left, to: right)
            svg.line(x1: x, y1: top, x2: x, y2: top + plotHeight, stroke: "#dddddd")
            svg.text(label, x: x, y: top + plotHeight + 16, size: tickSize, anchor: "middle")
        }
        svg.text(title, x: (left + right) / 2, y: top + plotHeight + 36, size: 12, anchor: "middle")
    }
}
