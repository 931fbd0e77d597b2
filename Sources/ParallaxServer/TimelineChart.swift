import ParallaxModel
import ParallaxStore

/// The timeline as an inline SVG bar chart, rendered on the server: no script, no external resource, so the
/// page's content security policy stays `default-src 'none'`.
///
/// Days are grouped into at most ``maxBars`` bars of equal width (a bar is one day for a few months of
/// events, a week or more for years); each bar links to the event list for its days and has a `<title>` that
/// browsers show on hover and screen readers read.
enum TimelineChart {
    static let maxBars = 120
    static let width = 800
    static let height = 220
    static let plotTop = 12
    static let plotBottom = 190

    struct Bar: Equatable {
        var from: CivilDate
        var to: CivilDate
        var events: Int
        var articles: Int
    }

    /// The bars for `days` (sorted by date), grouped so there are at most ``maxBars``.
    static func bars(_ days: [TimelineDay]) -> [Bar] {
        guard let first = days.first?.date.dayNumber, let last = days.last?.date.dayNumber else { return [] }
        let span = last - first + 1
        let size = max(1, (span + maxBars - 1) / maxBars)
        let count = (span + size - 1) / size
        var bars = (0..<count).map { index in
            Bar(
                from: CivilDate(dayNumber: first + index * size),
                to: CivilDate(dayNumber: min(last, first + index * size + size - 1)), events: 0, articles: 0)
        }
        for day in days {
            let index = (day.date.dayNumber - first) / size
            bars[index].events += day.events
            bars[index].articles += day.articles
        }
        return bars
    }

    /// The chart; `link` makes the href of a bar from its first and last day.
    static func svg(_ days: [TimelineDay], link: (CivilDate, CivilDate) -> String) -> String {
        let bars = bars(days)
        guard !bars.isEmpty else { return "" }
        let peak = max(1, bars.map(\.events).max() ?? 1)
        let plotHeight = Double(plotBottom - plotTop)
        let slot = Double(width - 40) / Double(bars.count)
        let barWidth = max(1, slot * 0.8)
        var out = """
            <svg class="timeline" viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="timeline-title" \
            preserveAspectRatio="none" xmlns="http://www.w3.org/2000/svg"><title id="timeline-title">Events over time, \
            \(bars.first!.from) to \(bars.last!.to)</title>
            <line class="axis" x1="36" y1="\(plotBottom)" x2="\(width - 4)" y2="\(plotBottom)"/>
            <text class="label" x="32" y="\(plotTop + 10)" text-anchor="end">\(peak)</text>
            <text class="label" x="32" y="\(plotBottom)" text-anchor="end">0</text>

            """
        for (index, bar) in bars.enumerated() where bar.events > 0 {
            let h = max(2, plotHeight * Double(bar.events) / Double(peak))
            let x = 40 + Double(index) * slot
            let period = bar.from == bar.to ? "\(bar.from)" : "\(bar.from) to \(bar.to)"
            let title =
                "\(period): \(bar.events) event\(bar.events == 1 ? "" : "s"), \(bar.articles) article\(bar.articles == 1 ? "" : "s")"
            out += "<a href=\"\(HTML.escape(link(bar.from, bar.to)))\"><rect class=\"bar\" x=\"\(fixed(x))\" "
            out += "y=\"\(fixed(Double(plotBottom) - h))\" width=\"\(fixed(barWidth))\" height=\"\(fixed(h))\">"
            out += "<title>\(HTML.escape(title))</title></rect></a>\n"
        }
        out += "<text class=\"label\" x=\"40\" y=\"\(height - 8)\">\(bars.first!.from)</text>"
        out +=
            "<text class=\"label\" x=\"\(width - 4)\" y=\"\(height - 8)\" text-anchor=\"end\">\(bars.last!.to)</text>"
        out += "</svg>"
        return out
    }

    private static func fixed(_ value: Double) -> String {
        let scaled = (value * 10).rounded() / 10
        return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
    }
}
