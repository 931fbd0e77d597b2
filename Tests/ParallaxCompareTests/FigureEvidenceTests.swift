import ParallaxCompare
import ParallaxModel
import Testing

@testable import ParallaxCompare

/// What counts for or against two figures being one fact, beyond the words around them: a third outlet's
/// other figure does not hide a dispute two outlets have, a specific set said the same way is one set whoever
/// else the sentences name, a year dates only its own clause, a close is another moment than the day, a yearly
/// rate is one however written, and a possessive is still a name. Fictional wire
/// and broadsheet copy written for these tests.
struct FigureEvidenceTests {
    typealias Sample = (outlet: String, text: String)

    static func compare(_ samples: [Sample], all: Bool = false) -> EventComparison {
        ContradictionConfidenceTests.compare(
            samples.enumerated().map {
                ContradictionConfidenceTests.article("a\($0.offset)", $0.element.0, $0.element.1)
            },
            all: all)
    }

    static func describe(_ c: EventComparison) -> String { ContradictionConfidenceTests.describe(c) }

    @Test func aThirdFigureOfTheSecondOutletDoesNotHideTheDispute() throws {
        // The Herald states "three skiffs" captured and "ten skiffs" that tried to board: two figures of its
        // own. The dispute over how many skiffs tried to board stands.
        let result = Self.compare([
            (
                "Dunmore Gazette",
                "Five skiffs tried to board the tanker Marisol off Cape Harland, the navy said."
            ),
            (
                "Coastal Herald",
                """
                Ten skiffs tried to board the tanker Marisol off Cape Harland, the navy said.

                Marines captured three skiffs after a short chase, the navy said.
                """
            ),
            ("Harbour Post", "Marines captured three skiffs after a short chase, the navy said."),
        ])
        let x = try #require(
            result.contradictions.first { $0.sides.contains { $0.normalizedValue == 10 } }, "\(Self.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [5, 10])
    }

    @Test func oneOutletStatingBothFiguresIsStillTwoFigures() {
        let result = Self.compare([
            ("Dunmore Gazette", "Marines captured three skiffs off Cape Harland, the navy said."),
            (
                "Coastal Herald",
                """
                Five skiffs tried to board the tanker Marisol off Cape Harland, the navy said.

                Marines captured three skiffs after a short chase off Cape Harland, the navy said.
                """
            ),
        ])
        #expect(
            !result.contradictions.contains { Set($0.sides.map(\.normalizedValue)) == [3, 5] },
            "\(Self.describe(result)) \(result.contradictions.map { $0.sides.map(\.spans) })")
    }

    @Test func aSpecificSetSaidTheSameWayIsOneSetWhateverElseIsNamed() throws {
        // The sentences name different places, but "children in a … family" is one family's count.
        let result = Self.compare([
            (
                "Dunmore Gazette",
                "Born in Harland, Maine, Rosa Vell was one of six children in a farming family."
            ),
            (
                "Coastal Herald",
                "The eldest of nine children in a poor family, she sailed for Lisbon as a teenager."
            ),
        ])
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [6, 9])
    }

    @Test func aSpecificSetDoingOtherThingsIsStillApartWhenNamesDiffer() {
        // Skiffs approaching the tanker and skiffs recovered near the cape are two sets.
        let result = Self.compare([
            (
                "Dunmore Gazette",
                "Two speedboats carrying armed men were approaching the tanker Marisol, the navy said."
            ),
            ("Coastal Herald", "Marines later recovered three speedboats near Cape Harland, the navy said."),
        ])
        #expect(result.contradictions.isEmpty, "\(Self.describe(result))")
    }

    /// Two articles compared with the year `year` of the first read as a period (a TIMEX year), as extraction
    /// reads it.
    static func compareDated(_ first: String, _ second: String, year: String) -> EventComparison {
        let articles = [
            ContradictionConfidenceTests.article("a0", "Dunmore Gazette", first),
            ContradictionConfidenceTests.article("a1", "Coastal Herald", second),
        ]
        var extraction = ArticleExtraction(articleId: "a0")
        if let span = Fixtures.span(of: year, in: first) {
            extraction.times = [TimeExpression(kind: .partial, text: year, span: span, value: year)]
        }
        return EventComparator(options: ComparisonOptions(includeAllContradictions: true)).compare(
            event: Event(id: "e-test", title: "test", date: nil, articleIds: ["a0", "a1"], outlets: []),
            articles: articles, extractions: [extraction, ArticleExtraction(articleId: "a1")], syndication: [])
    }

    @Test func aYearInAnotherClauseDoesNotDateTheFigure() throws {
        // "in 1998" dates the draft; the seasons are a career figure like the other outlet's. "By 2009" dates
        // the 11 seasons: a count at another moment, less sure.
        let other = "Okafor, who played 22 seasons for the Harbor Cats, was named coach of the club."
        let undated = Self.compareDated(
            "Okafor was drafted in 1998 and played 11 seasons for the Harbor Cats, the club said.", other,
            year: "1998")
        let dated = Self.compareDated(
            "By 2009, Okafor had played 11 seasons for the Harbor Cats, the club said.", other, year: "2009")
        let high = try #require(undated.contradictions.first, "\(Self.describe(undated))")
        let low = try #require(dated.contradictions.first?.confidence, "\(Self.describe(dated))")
        #expect(Set(high.sides.map(\.normalizedValue)) == [11, 22])
        #expect(low < (high.confidence ?? 0) - 0.1)
    }

    @Test func aMoveDuringTheDayIsNotTheClose() {
        let result = Self.compare([
            ("Dunmore Gazette", "Markets reacted with alarm as Harland stocks plunged 5.4 per cent on the news."),
            ("Coastal Herald", "Markets reacted with alarm as Harland stocks closed down 3.9 percent on the news."),
        ])
        #expect(result.contradictions.isEmpty, "\(Self.describe(result))")
    }

    @Test func twoClosingFiguresStillDisagree() throws {
        let result = Self.compare([
            ("Dunmore Gazette", "Markets reacted with alarm as Harland stocks closed down 5.4 per cent on the news."),
            ("Coastal Herald", "Markets reacted with alarm as Harland stocks closed down 3.9 percent on the news."),
        ])
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [5.4, 3.9])
    }

    @Test func aYearlyRateWrittenTwoWaysIsOneFigure() throws {
        let result = Self.compare([
            (
                "Dunmore Gazette",
                "The Harland club offered Okafor an eight-year deal worth $184 million, or $23 million per season."
            ),
            (
                "Coastal Herald",
                "The Harland club's offer to Okafor was eight years and $184 million, or a $19 million average annual value."
            ),
        ])
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [23e6, 19e6])
    }

    @Test(arguments: [
        ("Okafor earns $23 million per season.", true),
        ("Okafor earns $23 million a year.", true),
        ("Okafor agreed a $23 million average annual value.", true),
        ("Okafor scored a season-high 30 points.", false),
        ("Okafor ended a year-long wait with 30 points.", false),
        ("Okafor scored 30 points last season.", false),
    ])
    func aFigurePerYearIsARate(_ text: String, _ yearly: Bool) throws {
        let quantity = try #require(NumberReader.quantities(in: text).last)
        let claim = Claim(
            id: "c", articleId: "a", outlet: "o", voiceId: "v", span: Span(start: 0, end: text.utf8.count),
            text: text, sentenceIndex: 0, quantities: [quantity])
        let head = QuantityContext.read(quantity.span, in: claim).head
        #expect(head.contains(QuantityContext.yearlyRate) == yearly, "\(text): \(head)")
    }

    @Test func aPossessiveIsTheNameItBelongsTo() {
        let names = ContradictionFinder.names(
            in: "On Sunday, Teixeira's agent said Friday's offer was worth $160 million.", knownNames: [])
        #expect(names.contains("teixeira"))
        #expect(!names.contains("teixeira's"))
        #expect(!names.contains("friday") && !names.contains("friday's"))
    }
}
