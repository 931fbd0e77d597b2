import ParallaxCompare
import ParallaxModel
import Testing

/// One analyst's view and another's are two claims, even in nearly the same words; the same speaker quoted
/// by two outlets is one claim. Fictional copy written for these tests.
struct SpeakerAlignmentTests {
    static func quoted(_ id: String, _ outlet: String, _ text: String, speaker: String) -> (Article, ArticleExtraction)
    {
        let article = Article(id: id, published: ContradictionTests.day1, outlet: outlet, text: text)
        let quote = Fixtures.span(of: "the tariff cut will hurt exporters", in: text)!
        let extraction = ArticleExtraction(
            articleId: id,
            quotes: [
                Quote(
                    kind: .indirect, text: "the tariff cut will hurt exporters", span: quote, speaker: speaker,
                    cue: "said")
            ])
        return (article, extraction)
    }

    static func groupOf(_ comparison: EventComparison, article: String) -> String? {
        let claims = Set(comparison.claims.filter { $0.articleId == article }.map(\.id))
        return comparison.groups.first { !claims.isDisjoint(with: $0.claimIds) }?.id
    }

    static func compare(_ items: [(Article, ArticleExtraction)]) -> EventComparison {
        EventComparator().compare(
            event: Event(id: "e-test", title: "test", date: nil, articleIds: items.map(\.0.id), outlets: []),
            articles: items.map(\.0), extractions: items.map(\.1), syndication: [])
    }

    @Test func differentSpeakersAreNotOneClaim() {
        let a = Self.quoted(
            "a", "Ostby Courier",
            "Analyst Petra Lund of Marren Capital said the tariff cut will hurt exporters in the valley next year.",
            speaker: "Petra Lund")
        let b = Self.quoted(
            "b", "Valley Radio",
            "Economist Jonas Weir of the Ostby Institute said the tariff cut will hurt exporters in the valley next year.",
            speaker: "Jonas Weir")
        let result = Self.compare([a, b])
        let ga = Self.groupOf(result, article: "a")
        let gb = Self.groupOf(result, article: "b")
        #expect(ga != nil && gb != nil && ga != gb)
    }

    @Test func theSameSpeakerInTwoOutletsIsOneClaim() {
        let a = Self.quoted(
            "a", "Ostby Courier",
            "Analyst Petra Lund of Marren Capital said the tariff cut will hurt exporters in the valley next year.",
            speaker: "Petra Lund")
        let b = Self.quoted(
            "b", "Valley Radio",
            "Petra Lund, an analyst at Marren Capital, said the tariff cut will hurt exporters in the valley next year.",
            speaker: "Petra Lund")
        let result = Self.compare([a, b])
        #expect(Self.groupOf(result, article: "a") == Self.groupOf(result, article: "b"))
    }
}
