import Foundation
import ParallaxCompare
import ParallaxModel
import Testing

/// Prints a comparison when PARALLAX_DUMP names `seeds` or an Examples event (`bridge-collapse`, …); JSON to the file
/// PARALLAX_DUMP_JSON names. Used to write the report, not an assertion.
struct DebugDumpTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PARALLAX_DUMP"] != nil, "set PARALLAX_DUMP to print"))
    func dump() throws {
        let which = ProcessInfo.processInfo.environment["PARALLAX_DUMP"]!
        let (articles, syndication) = Fixtures.event(which)
        let event = Event(id: which, title: which, date: nil, articleIds: articles.map(\.id), outlets: [])
        let extractions =
            which == "seeds" ? Fixtures.seedExtractions(articles) : articles.map { ArticleExtraction(articleId: $0.id) }
        let comparison = EventComparator().compare(
            event: event, articles: articles, extractions: extractions, syndication: syndication)
        if let path = ProcessInfo.processInfo.environment["PARALLAX_DUMP_JSON"] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(comparison).write(to: URL(fileURLWithPath: path))
            return
        }
        print(Fixtures.describe(comparison, articles: articles))
    }
}
