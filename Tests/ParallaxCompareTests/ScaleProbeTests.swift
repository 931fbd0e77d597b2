import Foundation
import ParallaxCompare
import ParallaxModel
import Testing

/// Prints how long a large synthetic event takes when PARALLAX_SCALE gives an article count: the 17 Examples
/// articles, repeated under distinct outlet names with one paragraph dropped per copy. A probe for the report,
/// not a timed test (benchmarks belong in Benchmarks/).
struct ScaleProbeTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PARALLAX_SCALE"] != nil, "set PARALLAX_SCALE to run"))
    func probe() throws {
        let count = Int(ProcessInfo.processInfo.environment["PARALLAX_SCALE"]!) ?? 300
        let labels = CorpusReader.contents("Examples/labels.tsv") ?? ""
        let base = labels.split(separator: "\n").compactMap { line in
            CorpusReader.article("Examples/articles/\(line.split(separator: "\t")[0])")
        }
        try #require(!base.isEmpty)
        var articles: [Article] = []
        for i in 0..<count {
            var article = base[i % base.count]
            var paragraphs = article.text.components(separatedBy: "\n\n")
            if paragraphs.count > 2 { paragraphs.remove(at: (i / base.count) % paragraphs.count) }
            article.text = paragraphs.joined(separator: "\n\n")
            article.id = "a\(i)"
            article.outlet = "Outlet \(i % 97)"
            articles.append(article)
        }
        let start = ContinuousClock.now
        let c = EventComparator().compare(
            event: Event(id: "e-scale", title: "", date: nil, articleIds: articles.map(\.id), outlets: []),
            articles: articles, extractions: articles.map { ArticleExtraction(articleId: $0.id) }, syndication: [])
        let elapsed = ContinuousClock.now - start
        print(
            "scale: \(count) articles, \(c.voices.count) voices, \(c.claims.count) claims, \(c.groups.count) groups, \(c.contradictions.count) contradictions in \(elapsed)"
        )
    }
}
