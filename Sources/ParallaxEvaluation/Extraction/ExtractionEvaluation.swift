import Foundation
import Parallax
import ParallaxCompare
import ParallaxExtract
import ParallaxModel

/// The score of extraction against a gold annotation, with every article's prediction keyed by file name.
public struct ExtractionEvaluation: Codable, Sendable {
    public var scores: ExtractionScores
    public var articles: Int
    /// Extraction time on one core (articles processed sequentially).
    public var seconds: Double
    public var articlesPerSecond: Double
    /// File name → what was extracted.
    public var predictions: [String: ArticleExtraction]
}

extension Pipeline {
    /// Reads the gold file and the articles under `paths`, extracts each article on one core, and scores.
    /// - Throws: ``ParallaxError`` when the gold file cannot be read.
    public func evaluateExtraction(gold path: String, articles paths: [String]) async throws -> ExtractionEvaluation {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParallaxError(.notFound, "\(path): no such gold file.")
        }
        let gold: ExtractionGold
        do {
            gold = try JSONDecoder().decode(ExtractionGold.self, from: data)
        } catch {
            throw ParallaxError(.invalidInput, "\(path): not an extraction gold file (\(error)).")
        }
        let batch = await read(paths: paths)
        let articles = batch.articles.filter { gold.articles[Self.baseName($0.path)] != nil }
        let extractor = Extractor()
        let start = Date()
        var predictions: [String: ArticleExtraction] = [:]
        var texts: [String: String] = [:]
        for article in articles {
            predictions[Self.baseName(article.path)] = extractor.extract(article)
            texts[Self.baseName(article.path)] = article.text
        }
        let seconds = Date().timeIntervalSince(start)
        return ExtractionEvaluation(
            scores: ExtractionScorer.score(gold: gold, predictions: predictions, texts: texts),
            articles: articles.count, seconds: seconds,
            articlesPerSecond: seconds > 0 ? Double(articles.count) / seconds : 0, predictions: predictions
        )
    }

    /// Scores claim alignment on annotated pairs; article references in the file are paths relative to `root`.
    public func evaluateAlignment(pairs path: String, root: String) async throws -> AlignmentEvaluation {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ParallaxError(.notFound, "\(path): no such pairs file.")
        }
        let gold: AlignmentGold
        do {
            gold = try JSONDecoder().decode(AlignmentGold.self, from: data)
        } catch {
            throw ParallaxError(.invalidInput, "\(path): not an alignment pairs file (\(error)).")
        }
        var articles: [String: Article] = [:]
        var extractions: [String: ArticleExtraction] = [:]
        let extractor = Extractor()
        for reference in gold.articleReferences {
            let full = reference.hasPrefix("/") ? reference : (root as NSString).appendingPathComponent(reference)
            guard let article = await read(paths: [full]).articles.first else { continue }
            articles[reference] = article
            extractions[reference] = extractor.extract(article)
        }
        return AlignmentEvaluator.evaluate(pairs: gold, articles: articles, extractions: extractions)
    }

    static func baseName(_ path: String?) -> String { URL(fileURLWithPath: path ?? "").lastPathComponent }
}
