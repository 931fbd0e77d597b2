import Foundation
import ParallaxModel
import ParallaxText
import Testing

@testable import ParallaxCompare

/// The small parts: stemmer, clause splitter, number and date readers, number agreement, JSON shape.
struct ComponentTests {
    @Test(arguments: [
        ("opened", "open"), ("opening", "open"), ("opens", "open"), ("countries", "country"), ("country", "country"),
        ("hoped", "hop"), ("hopes", "hop"), ("stopped", "stop"), ("agreed", "agre"), ("agree", "agre"),
        ("bridges", "bridg"), ("bridge", "bridg"), ("russia's", "russia"), ("crisis", "crisis"), ("linking", "link"),
    ])
    func stemmer(_ word: String, _ stem: String) {
        #expect(Stemmer.stem(word) == stem)
    }

    private func clauses(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            ClauseSplitter.clauses(of: Span(start: 0, end: bytes.count), in: bytes).map { text.slice($0) }
        }
    }

    @Test func clausesSplitOnlyBetweenPredicates() {
        #expect(
            clauses(
                "Kestria supports the accord, and opposes any delay over Brask, Tessin and Alderby, and Valdoria hopes to sign by May, Varga said."
            )
                == [
                    "Kestria supports the accord", "opposes any delay over Brask, Tessin and Alderby",
                    "Valdoria hopes to sign by May, Varga said.",
                ])
        #expect(
            clauses("He called on both parties to settle the dispute, saying that Kestria is willing to help.")
                == ["He called on both parties to settle the dispute", "Kestria is willing to help."])
        #expect(
            clauses("The bloc consists of Valdoria, Kestria, and Lorne.") == [
                "The bloc consists of Valdoria, Kestria, and Lorne."
            ])
        #expect(clauses("Prices rose; wages fell.") == ["Prices rose", "wages fell."])
    }

    @Test func numberReaderReadsDigitsWordsUnitsAndHedges() {
        let text =
            "About 500 residents left. Twelve people died. The bridge is 1.284 km long. Trade hit US$147 billion, up 30 per cent since 2019 and on March 3."
        let q = NumberReader.quantities(in: text)
        #expect(q.map(\.value) == [500, 12, 1.284, 147e9, 30])
        #expect(q[0].qualifier == "about" && q[0].unit == "residents")
        #expect(q[1].unit == "people")
        #expect(q[2].kind == .length && q[2].normalizedValue == 1284)
        #expect(q[3].kind == .money && q[3].unit == "USD")
        #expect(q[4].kind == .percent)
    }

    @Test func aYearBeforeANounIsNoCount() {
        // "the 1967 slayings" dates the slayings; 1,967 people would be written with a comma.
        let q = NumberReader.quantities(
            in: "She was charged in the 1967 slayings of two women. Her 2003 book sold well. 2000 protesters marched.")
        #expect(q.map(\.value) == [2, 2000])
    }

    @Test func dateReaderNeedsAYear() {
        let published = Timestamp(date: CivilDate(year: 2025, month: 3, day: 19)!)
        #expect(
            DateReader.times(in: "inspected on March 3 and 13 March 2024", published: published).map(\.value) == [
                "2025-03-03", "2024-03-13",
            ])
        #expect(DateReader.times(in: "inspected on March 3", published: nil).isEmpty)
        #expect(DateReader.times(in: "it may rain on 3 May", published: published).map(\.value) == ["2025-05-03"])
    }

    @Test(
        arguments: [
            (500.0, "about", 500.0, "nearly", true), (500, "about", 480, nil, true), (12, nil, 17, nil, false),
            (1284, nil, 1300, nil, true), (40, "more than", 41, nil, true), (40, "more than", 35, nil, false),
            (1100, nil, 500, "about", false),
        ] as [(Double, String?, Double, String?, Bool)])
    func numberAgreement(_ a: Double, _ qa: String?, _ b: Double, _ qb: String?, _ agree: Bool) {
        let check = QuantityAgreement(options: .init())
        #expect(
            check.agree(.init(value: a, qualifier: qa, text: ""), .init(value: b, qualifier: qb, text: "")) == agree)
    }

    @Test func weeksMonthsAndDaysAreRanges() {
        let week = DateRange(timex: "2022-W23")!
        #expect(week.contains(CivilDate(year: 2022, month: 6, day: 10)!.dayNumber))
        #expect(!week.contains(CivilDate(year: 2022, month: 6, day: 13)!.dayNumber))
        #expect(DateRange(timex: "2022-06")!.last - DateRange(timex: "2022-06")!.first == 29)
        #expect(DateRange(timex: "2022-06-15")!.isDay)
        #expect(DateRange(timex: "P1W") == nil)
    }

    @Test func numberKeysRoundToThreeDigits() {
        #expect(ClaimSimilarity.numberKey(1284) == ClaimSimilarity.numberKey(1284.4))
        #expect(ClaimSimilarity.numberKey(1284) == "128e1")
        #expect(ClaimSimilarity.numberKey(14.5) == "145e-1")
    }

    @Test func jsonFieldNamesAreStable() throws {
        let comparison = EventComparator().compare(
            event: Event(id: "e-1", title: "t", date: nil, articleIds: ["a"], outlets: []),
            articles: [
                Article(
                    id: "a", outlet: "Dunmore Gazette",
                    text: "Twelve people died when a fire swept through the Marlow Street factory on Monday.")
            ],
            extractions: [ArticleExtraction(articleId: "a")], syndication: [])
        let data = try JSONEncoder().encode(comparison)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "schemaVersion", "eventId", "voices", "claims", "groups", "contradictions", "framing", "contested",
                "sourcing", "coverage", "summary",
            ])
        #expect(try JSONDecoder().decode(EventComparison.self, from: data) == comparison)
        #expect(comparison.groups.first?.kind == .unique)
    }

    @Test func emptyInputGivesAnEmptyComparison() {
        let c = EventComparator().compare(
            event: Event(id: "e-0", title: "", date: nil, articleIds: [], outlets: []), articles: [], extractions: [],
            syndication: [])
        #expect(c.claims.isEmpty && c.groups.isEmpty && c.summary.isEmpty && c.coverage.rows.isEmpty)
    }
}
