import Foundation
import ParallaxModel
import Testing

@testable import ParallaxExtract

/// Prints extraction scores against the gold files in `Examples/gold` (set `PRINT_SCORES` to the kinds
/// whose misses to list, e.g. `quotes,actions`); a reading aid for tuning general rules, not an assertion.
/// The seeds are real articles; the examples are the team's fictional corpus, whose names no gazetteer
/// knows, so they show how the rules generalise.
struct SeedScoreReportTests {
    @Test(
        .enabled(if: ProcessInfo.processInfo.environment["PRINT_SCORES"] != nil, "prints only on request"),
        arguments: ["seeds", "examples"])
    func printScores(corpus: String) throws {
        let root = SeedCorpus.directory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "main")
        let goldURL = root.appendingPathComponent("Examples/gold/\(corpus).json")
        let gold = try JSONDecoder().decode(ExtractionGold.self, from: Data(contentsOf: goldURL))
        let folder = corpus == "seeds" ? SeedCorpus.directory : root.appendingPathComponent("Examples/articles")
        var predictions: [String: ArticleExtraction] = [:]
        var texts: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".txt") {
            let raw = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let article = Article(id: name, text: SeedCorpus.body(of: raw))
            predictions[name] = Extractor().extract(article)
            texts[name] = article.text
        }
        let scores = ExtractionScorer.score(gold: gold, predictions: predictions, texts: texts)
        for kind in ExtractionKind.allCases {
            let s = scores[kind]
            print(
                "\(corpus) \(kind.rawValue): P \(s.precision) R \(s.recall) F1 \(s.f1) (tp \(s.truePositives) fp \(s.falsePositives) fn \(s.falseNegatives))"
            )
        }
        let focus = ProcessInfo.processInfo.environment["PRINT_SCORES"] ?? ""
        for (article, kinds) in scores.articles.sorted(by: { $0.key < $1.key }) {
            for (kind, result) in kinds.sorted(by: { $0.key < $1.key }) where focus.contains(kind) {
                for missed in result.missed { print("  \(article.prefix(24)) \(kind) MISSED \(missed)") }
                for spurious in result.spurious { print("  \(article.prefix(24)) \(kind) SPURIOUS \(spurious)") }
            }
        }
    }
}
