import Foundation
import ParallaxModel
import ParallaxText
import Testing

@testable import ParallaxCompare

/// The rules that keep figures of different scope apart (a part of a set, a noun a figure qualifies, a number
/// split by extraction) and that read ranges and conversions as a fact-checker would, each with fictional wire
/// and broadsheet copy written for these tests; and the changed figure each must leave found.
struct FigureScopeTests {
    static func article(_ id: String, _ outlet: String, _ text: String) -> Article {
        Article(id: id, published: ContradictionTests.day1, outlet: outlet, text: text)
    }

    static func compare(_ articles: [Article], extractions: [ArticleExtraction]? = nil) -> EventComparison {
        EventComparator().compare(
            event: Event(id: "e-test", title: "test", date: nil, articleIds: articles.map(\.id), outlets: []),
            articles: articles, extractions: extractions ?? articles.map { ArticleExtraction(articleId: $0.id) },
            syndication: [])
    }

    /// Pairs of sentences that agree, or whose figures are about different things.
    static let compatible: [(String, String, String)] = [
        (
            "a conversion in brackets against the converted figure",
            "Lorries formed a 10-kilometre (6.2-mile) tailback on the Marren motorway after the crash, police said.",
            "Police said lorries formed a six-mile tailback on the Marren motorway after the crash."
        ),
        (
            "a floor against a figure above it",
            "More than 40 people were killed when the ferry capsized off Ostby on Sunday, the coastguard said.",
            "The coastguard said 43 people were killed when the ferry capsized off Ostby on Sunday."
        ),
        (
            "the rest of a group against the whole group",
            "Corin Abelard was one of four climbers caught by the avalanche above Tarrow on Saturday.",
            "The other three climbers caught by the avalanche above Tarrow on Saturday were rescued by helicopter."
        ),
        (
            "a further count against a total",
            "The court in Ostby gave Idris Vane two extra prison terms for the assault on a guard.",
            "Idris Vane is serving three prison terms after the court in Ostby ruled on the assault on a guard."
        ),
        (
            "a figure qualifying another noun",
            "The patrol boat was 150 nautical miles off Eastmoor when the trawler sent its distress call.",
            "The patrol boat guards a 480-nautical-mile corridor off Eastmoor where the trawler sent its distress call."
        ),
        (
            "a number split by text extraction against its conversion",
            "Dargan lies 1, 500 kilometres south of the capital, the seismology institute said.",
            "The seismology institute said Dargan lies about 940 miles south of the capital."
        ),
        (
            "a scale word read without its number",
            "More than two dozen fire engines were sent to the warehouse blaze in Dunmore overnight.",
            "A total of 31 fire engines were sent to the warehouse blaze in Dunmore overnight."
        ),
        (
            "scores against a figure inside them",
            "The software patch fixes the browser in scores of languages, the Halcyon company said.",
            "The Halcyon company said the software patch fixes the browser in around 50 languages."
        ),
        (
            "a toll's floor against a later toll",
            "At least three people were killed when the quake struck the island of Marren on Sunday, officials said.",
            "Officials said ten people were killed when the quake struck the island of Marren on Sunday."
        ),
        (
            "a goal against an outcome",
            "Okafor needed nine points against Tarrow on Thursday to pass the school scoring record.",
            "Okafor passed the school scoring record with 20 points against Tarrow on Thursday."
        ),
        (
            "a partitive count against its part",
            "Idris Vane, the mother of three of his eight children, lived in a flat in Dunmore.",
            "He lived in a flat in Dunmore with Idris Vane, with whom he had three children."
        ),
    ]

    @Test(arguments: compatible.indices)
    func figuresOfOneScopeAreCompared(_ index: Int) {
        let (name, first, second) = Self.compatible[index]
        let result = Self.compare([
            Self.article("a", "Dunmore Gazette", first), Self.article("b", "Coastal Herald", second),
        ])
        #expect(result.contradictions.isEmpty, "\(name): \(ContradictionConfidenceTests.describe(result))")
    }

    @Test func aChangedBridgeLengthIsStillFound() throws {
        let a = Self.article(
            "a", "Valdoria State News Agency",
            "The Tarrow bridge, which the ministry opened to traffic on Saturday, is 1,284 metres long.")
        let b = Self.article(
            "b", "Northfield Courier",
            "The ministry said the Tarrow bridge, opened to traffic on Saturday, is 1,080 metres long.")
        let result = Self.compare([a, b])
        let x = try #require(result.contradictions.first, "\(ContradictionConfidenceTests.describe(result))")
        #expect(Set(x.sides.compactMap(\.normalizedValue)) == [1284, 1080])
    }

    @Test func aChangedRestOfAGroupIsStillFound() throws {
        let a = Self.article(
            "a", "Dunmore Gazette",
            "The other three climbers caught by the avalanche above Tarrow on Saturday were rescued by helicopter.")
        let b = Self.article(
            "b", "Coastal Herald",
            "The other five climbers caught by the avalanche above Tarrow on Saturday were rescued by helicopter.")
        let result = Self.compare([a, b])
        #expect(result.contradictions.count == 1, "\(ContradictionConfidenceTests.describe(result))")
    }

    /// Two players' points: the first word of each sentence is a name only extraction can tell.
    @Test func twoPeoplesFiguresAreNotCompared() {
        let first = "Okafor finished with 20 points and nine rebounds as Eastmoor beat Tarrow 71-57."
        let second = "Lindqvist finished with 16 points and nine rebounds as Eastmoor beat Tarrow 71-57."
        func extraction(_ id: String, _ name: String) -> ArticleExtraction {
            ArticleExtraction(
                articleId: id, entities: [Entity(id: "e-\(name)", kind: .person, name: name)],
                mentions: [Mention(entityId: "e-\(name)", span: Span(start: 0, end: name.utf8.count), text: name)])
        }
        let result = Self.compare(
            [Self.article("a", "Dunmore Gazette", first), Self.article("b", "Coastal Herald", second)],
            extractions: [extraction("a", "Okafor"), extraction("b", "Lindqvist")])
        #expect(
            !result.contradictions.contains { $0.slot.contains("point") },
            "\(ContradictionConfidenceTests.describe(result))")
    }

    @Test(arguments: [
        ("Dargan lies 1, 500 kilometres south of the capital.", "500 kilometres", true),
        ("He served 41 / 2 months in prison.", "2 months", true),
        ("In 2008, 500 people were evacuated.", "500 people", false),
        ("The ferry carried 420 passengers.", "420 passengers", false),
    ])
    func aNumberSplitByExtractionIsAFragment(_ text: String, _ figure: String, _ fragment: Bool) throws {
        let range = try #require(text.range(of: figure))
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        #expect(FigureScope.isFragment(at: start, in: text) == fragment)
    }

    @Test func aValueWithASpaceAfterItsThousandsCommaIsJoined() throws {
        let a = Self.article(
            "a", "Dunmore Gazette",
            "The warehouse, which the council had valued at about $380, 600, was a total loss, the mayor said.")
        let b = Self.article(
            "b", "Coastal Herald",
            "The mayor said the warehouse, valued at about $317, 600 by the council, was a total loss.")
        let result = Self.compare([a, b])
        let x = try #require(result.contradictions.first, "\(ContradictionConfidenceTests.describe(result))")
        #expect(Set(x.sides.compactMap(\.normalizedValue)) == [380_600, 317_600])
        #expect(FigureScope.joinedThousands(500, endingAt: 4, in: "$500, 000 grant") == 500_000)
        #expect(FigureScope.joinedThousands(2008, endingAt: 7, in: "In 2008, 500 people") == nil)
    }

    @Test func theSourceOfAFigureIsNotItsReferent() {
        let a = Self.article(
            "a", "Dunmore Gazette", "The Eastmoor Evening Post reports the value of the mill at $2.4 million.")
        let b = Self.article(
            "b", "Coastal Herald",
            "The mill in Tarrow, which the council valued at $2.4 million, burned down on Sunday.")
        let result = Self.compare([a, b])
        #expect(result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
        let text = "According to the Eastmoor Evening Post, the mill was valued at $2.4 million."
        let tokens = Tokenizer.tokens(in: text)
        let names = FigureScope.sourceNameIndices(tokens, in: text).map { String(text.substring(tokens[$0].span)) }
        #expect(Set(names) == ["Eastmoor", "Evening", "Post"])
    }

    @Test func twoFloorsOfATollStillDisagree() throws {
        let a = Self.article(
            "a", "Dunmore Gazette",
            "At least 70 people were injured in the riots in central Ostby overnight, police said.")
        let b = Self.article(
            "b", "Coastal Herald",
            "Police said at least 140 people were injured in the riots in central Ostby overnight.")
        let result = Self.compare([a, b])
        #expect(result.contradictions.count == 1, "\(ContradictionConfidenceTests.describe(result))")
    }
}
