import ParallaxCompare
import ParallaxModel
import Testing

/// The planted facts of the Examples corpus (Examples/README.md), with no extraction: the fallback readers
/// alone must find C1 and C2 and no false contradiction.
struct ExamplesCorpusTests {
    static func compare(_ key: String) throws -> EventComparison {
        let (articles, syndication) = Fixtures.event(key)
        try #require(articles.count >= 3, "Examples/articles is missing files of \(key)")
        return EventComparator().compare(
            event: Event(id: key, title: key, date: nil, articleIds: articles.map(\.id), outlets: []),
            articles: articles, extractions: articles.map { ArticleExtraction(articleId: $0.id) },
            syndication: syndication)
    }

    @Test func bridgeCollapseDeathTollAndInspectionDateConflict() throws {
        let c = try Self.compare("bridge-collapse")
        #expect(c.voices.count == 4, "VSNA and its Northfield Courier copy are one voice")
        let toll = try #require(c.contradictions.first { $0.slot == "count of dead" })
        #expect(toll.sides.first { $0.normalizedValue == 17 }?.outlets == ["The Harbour Post"])
        #expect(
            toll.sides.first { $0.normalizedValue == 12 }?.outlets
                == ["Meridian Broadcasting", "Northfield Courier", "The Eastern Ledger", "Valdoria State News Agency"])
        let inspection = try #require(c.contradictions.first { $0.kind == .date })
        #expect(inspection.sides.first { $0.value == "2025-03-13" }?.outlets == ["The Eastern Ledger"])
        #expect(inspection.sides.first { $0.value == "2025-03-03" }?.outlets.count == 4)
        #expect(c.contradictions.count == 2, "\(c.contradictions.map(\.slot))")
    }

    @Test(arguments: ["summit-1", "summit-2", "floods"])
    func paraphrasesAndUpdatesAreNotContradictions(_ key: String) throws {
        let c = try Self.compare(key)
        #expect(c.contradictions.isEmpty, "\(c.contradictions.map { "\($0.slot): \($0.sides.map(\.value))" })")
    }

    @Test func framingOfTheHarnlowCorridorDiverges() throws {
        let c = try Self.compare("summit-1")
        let territory = try #require(c.contested.first { $0.name == "control of territory" })
        #expect(territory.divergent)
        #expect(territory.outlets.first { $0.outlet == "The Eastern Ledger" }?.terms.map(\.term) == ["occupation"])
        #expect(
            territory.outlets.first { $0.outlet == "Valdoria State News Agency" }?.terms.map(\.term) == [
                "security operation"
            ])
        let authorities = try #require(c.contested.first { $0.name == "naming the authorities" })
        #expect(authorities.outlets.first { $0.outlet == "The Eastern Ledger" }?.terms.first?.term == "regime")
    }
}
