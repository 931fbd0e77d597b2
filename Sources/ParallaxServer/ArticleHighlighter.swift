import ParallaxModel

/// An article's text with spans marked: the claims the comparison found in it, coloured by how widely they
/// are reported, and the sides of contradictions, numbered as on the event page.
///
/// Spans are UTF-8 byte offsets (docs/SCHEMA.md). A span that is out of bounds or does not start and end on a
/// scalar boundary is skipped, never sliced; where spans overlap, the first by priority wins (contradiction
/// sides before claims) and the others are left unmarked.
struct ArticleHighlighter {
    struct Highlight: Equatable {
        var span: Span
        /// CSS classes written in this module (`claim consensus`, `contra side-1`).
        var classes: String
        /// Shown on hover; article-derived, so escaped.
        var label: String
        /// Lower wins an overlap.
        var priority: Int
    }

    /// The highlights of one article of an event.
    static func highlights(articleId: String, comparison: EventComparison) -> [Highlight] {
        var highlights: [Highlight] = []
        for contradiction in comparison.contradictions {
            for (index, side) in contradiction.sides.enumerated() {
                for span in side.spans where span.articleId == articleId {
                    highlights.append(
                        Highlight(
                            span: span.span, classes: "contra side-\(index % 4)",
                            label:
                                "Disagreement on \(contradiction.subject): \(side.value) (\(side.outlets.joined(separator: ", ")))",
                            priority: 0))
                }
            }
        }
        // Labels count outlets the way "Who reports what" does (CoverageView), not by the group's kind.
        let outlets = Set(
            comparison.coverage.outlets.isEmpty ? comparison.claims.map(\.outlet) : comparison.coverage.outlets)
        var carriers: [String: Int] = [:]
        for group in comparison.groups {
            let count = Set(group.outlets).intersection(outlets).count
            for claim in group.claimIds { carriers[claim] = count }
        }
        for claim in comparison.claims where claim.articleId == articleId {
            let count = max(1, carriers[claim.id] ?? 1)
            let kind = count == 1 ? "unique" : count >= outlets.count ? "consensus" : "partial"
            let label =
                count == 1 ? "Only this outlet" : CoverageView.label(carriers: count, outlets: outlets.count)
            highlights.append(Highlight(span: claim.span, classes: "claim \(kind)", label: label, priority: 1))
        }
        return highlights
    }

    /// The highlights that can be drawn: in bounds, on scalar boundaries, not overlapping; by start.
    static func drawable(_ highlights: [Highlight], in bytes: [UInt8]) -> [Highlight] {
        func boundary(_ offset: Int) -> Bool {
            offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
        }
        var chosen: [Highlight] = []
        let ordered = highlights.enumerated().sorted { a, b in
            (a.element.priority, a.element.span.start, a.offset) < (b.element.priority, b.element.span.start, b.offset)
        }
        for (_, highlight) in ordered {
            let span = highlight.span
            guard span.start < span.end, span.end <= bytes.count, boundary(span.start), boundary(span.end) else {
                continue
            }
            guard !chosen.contains(where: { $0.span.overlaps(span) }) else { continue }
            chosen.append(highlight)
        }
        return chosen.sorted { $0.span.start < $1.span.start }
    }

    /// Writes `text` escaped, with each drawable highlight as `<mark class=… title=…>`.
    static func render(_ html: inout HTML, text: String, highlights: [Highlight]) {
        let bytes = Array(text.utf8)
        var position = 0
        for highlight in drawable(highlights, in: bytes) {
            html.text(String(decoding: bytes[position..<highlight.span.start], as: UTF8.self))
            html.raw("<mark class=\"\(highlight.classes)\" title=\"")
            html.text(highlight.label)
            html.raw("\">")
            html.text(String(decoding: bytes[highlight.span.start..<highlight.span.end], as: UTF8.self))
            html.raw("</mark>")
            position = highlight.span.end
        }
        html.text(String(decoding: bytes[position...], as: UTF8.self))
    }
}
