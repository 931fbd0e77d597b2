import Parallax
import ParallaxModel
import Testing

@testable import ParallaxEvaluation

/// The planter of `parallax evaluate contradictions` plants only what a fact-checker could check, and plants it
/// the way an outlet with another figure would write it. Fictional copy written for these tests.
struct ContradictionPlantingTests {
    static func plant(_ texts: [String], seed: UInt64 = 1) async -> (ContradictionPlanting.Result?, [Article]) {
        let articles = texts.enumerated().map { Article(id: "a\($0.offset)", text: $0.element) }
        let extractions = await Pipeline().extract(articles)
        return (ContradictionPlanting.plant(in: articles, extractions: extractions, seed: seed, eventId: "e"), articles)
    }

    @Test func everyMentionOfThePlantedFigureChanges() async throws {
        let (result, _) = await Self.plant([
            "A total of 288 candidates are running for 125 seats in Marren. Of the 288 candidates, 56 are women.",
            "Election officials in Marren said 288 candidates are running for the 125 seats on Sunday.",
        ])
        let planted = try #require(result)
        let changed = planted.article.text
        #expect(planted.mentions.count >= 2 || !changed.contains("288"), "\(changed)")
        #expect(planted.mentions.allSatisfy { changed.slice($0) == changed.slice(planted.planted.span) })
        if planted.planted.original.contains("288") { #expect(!changed.contains("288"), "\(changed)") }
    }

    @Test func aFigureNoOtherArticleStatesAboutTheSameThingIsNotPlanted() async {
        // Ten yards twice, but a run and a pass: nothing in the two sentences says they are one fact.
        let (result, _) = await Self.plant([
            "On second down, Drew Hallam ran for 10 yards to the Eastmoor 7 before limping off.",
            "Quill connected with Ormond on a scoring pass of 10 yards in the third quarter.",
        ])
        #expect(result == nil)
    }

    @Test func aFigureAnotherArticleStatesAboutTheSameThingIsPlanted() async throws {
        let (result, articles) = await Self.plant([
            "The Eastmoor bridge, which opened on Saturday, is 1,284 metres long, the ministry said.",
            "The ministry said the Eastmoor bridge, 1,284 metres long, opened to traffic on Saturday.",
        ])
        let planted = try #require(result)
        #expect(planted.article.text != articles[planted.index].text)
        #expect(planted.planted.replacement.contains("1,070"), "\(planted.planted.replacement)")
    }

    @Test func aChangeThatRoundsBackToTheSameValueIsSkipped() {
        #expect(!ContradictionPlanting.changesValue("two", kind: .money))
        #expect(ContradictionPlanting.changesValue("two", kind: .count))
        #expect(ContradictionPlanting.changesValue("1,284", kind: .length))
    }
}
