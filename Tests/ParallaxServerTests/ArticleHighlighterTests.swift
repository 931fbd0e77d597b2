import ParallaxModel
import ParallaxStore
import Testing

@testable import ParallaxServer

/// Marking UTF-8 byte spans in article text: boundaries, overlaps and escaping.
struct ArticleHighlighterTests {
    typealias Highlight = ArticleHighlighter.Highlight

    static func render(_ text: String, _ highlights: [Highlight]) -> String {
        var html = HTML()
        ArticleHighlighter.render(&html, text: text, highlights: highlights)
        return html.output
    }

    @Test func marksByteSpansAfterNonASCIIText() {
        let text = "Zürich’s <café> said 4 %."
        let start = text.utf8.count - "4 %.".utf8.count
        let output = Self.render(
            text,
            [Highlight(span: Span(start: start, end: start + 3), classes: "claim unique", label: "x", priority: 1)])
        #expect(output == "Zürich’s &lt;café&gt; said <mark class=\"claim unique\" title=\"x\">4 %</mark>.")
    }

    @Test func skipsSpansOffScalarBoundariesOrOutOfBounds() {
        let text = "Zürich"
        let output = Self.render(
            text,
            [
                Highlight(span: Span(start: 2, end: 4), classes: "claim", label: "", priority: 1),  // inside ü
                Highlight(span: Span(start: 0, end: 99), classes: "claim", label: "", priority: 1),
            ])
        #expect(output == "Zürich")
    }

    @Test func contradictionSidesWinOverlaps() {
        let text = "Twelve people died on Tuesday."
        let output = Self.render(
            text,
            [
                Highlight(span: Span(start: 0, end: 30), classes: "claim consensus", label: "c", priority: 1),
                Highlight(span: Span(start: 0, end: 6), classes: "contra side-0", label: "<b>", priority: 0),
            ])
        #expect(output == "<mark class=\"contra side-0\" title=\"&lt;b&gt;\">Twelve</mark> people died on Tuesday.")
    }

    @Test func searchSnippetMarksHighlightsAndKeepsTheTextsOwnBracketsAsText() {
        let snippet = "He said [sic] the <b>[bridge]</b> fell"
        let output = Pages.snippetMarkup(snippet, highlights: [.init(start: 22, end: 28)])
        #expect(output == "He said [sic] the &lt;b&gt;<mark>bridge</mark>&lt;/b&gt; fell")
        // Out-of-range or overlapping ranges from a client-built hit cannot break the markup.
        let clamped = Pages.snippetMarkup("[a] b", highlights: [.init(start: 1, end: 2), .init(start: 0, end: 99)])
        #expect(clamped == "<mark>[a] b</mark><mark></mark>")
    }
}
