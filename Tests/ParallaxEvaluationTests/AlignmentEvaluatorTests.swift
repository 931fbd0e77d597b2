import Foundation
import ParallaxCompare
import ParallaxEvaluation
import ParallaxModel
import ParallaxTesting
import Testing

/// Alignment against the annotated pairs in `Examples/gold/alignment-pairs.json`.
struct AlignmentEvaluatorTests {
    static func load() throws -> (AlignmentGold, [String: Article]) {
        let json = try #require(CorpusReader.contents("Examples/gold/alignment-pairs.json"), "gold pairs missing")
        let gold = try JSONDecoder().decode(AlignmentGold.self, from: Data(json.utf8))
        var articles: [String: Article] = [:]
        for reference in gold.articleReferences {
            let article = try #require(
                CorpusReader.article(reference), "\(reference) is missing: the seeds live in ../shared/seeds")
            articles[reference] = article
        }
        return (gold, articles)
    }

    @Test func goldFileIsLargeEnoughAndQuotesLittle() throws {
        let (gold, _) = try Self.load()
        let pairs = gold.events.flatMap(\.pairs)
        #expect(pairs.count >= 60)
        #expect(pairs.contains { $0.same } && pairs.contains { !$0.same })
        for pair in pairs {
            for reference in [pair.a, pair.b] {
                #expect(reference.snippet.split(separator: " ").count <= 6, "\(reference.snippet)")
            }
        }
    }

    @Test func everyReferenceResolvesAndTheTunedThresholdHolds() throws {
        let (gold, articles) = try Self.load()
        let result = AlignmentEvaluator.evaluate(pairs: gold, articles: articles)
        #expect(result.unresolved.isEmpty, "\(result.unresolved)")
        let figures =
            "P \(result.precision) R \(result.recall) F1 \(result.f1) grouped F1 \(result.groupedF1) best \(result.bestThreshold) on \(result.pairCount) pairs"
        #expect(result.f1 >= 0.85, "\(figures)")
        #expect(result.groupedF1 >= 0.8, "\(figures)")
    }
}
