import Foundation
import ParallaxModel
import Testing

/// `Quote` JSON stays readable across schema 1.0 and 1.1.
struct QuoteCodingTests {
    @Test func quoteWrittenBeforeReportedByStillDecodes() throws {
        let json = """
            {"kind": "direct", "text": "We are ready", "span": {"start": 1, "end": 13}, "speaker": "Lena Dahl",
             "cue": "say", "via": "NRK"}
            """
        let quote = try JSONDecoder().decode(Quote.self, from: Data(json.utf8))
        #expect(quote.speaker == "Lena Dahl")
        #expect(quote.reportedBy == nil)
        #expect(quote.reportedBySpan == nil)
    }

    @Test func reportedByRoundTrips() throws {
        let quote = Quote(
            kind: .direct, text: "the legitimacy of Russia’s actions", span: Span(start: 40, end: 75), speaker: "Xi",
            cue: "acknowledge", reportedBy: "The Kremlin", reportedBySpan: Span(start: 0, end: 11))
        let decoded = try JSONDecoder().decode(Quote.self, from: JSONEncoder().encode(quote))
        #expect(decoded == quote)
    }
}
