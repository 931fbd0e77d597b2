import Foundation
import ParallaxModel
import ParallaxStore
import Testing

@testable import ParallaxSQLite

/// The in-memory ranking index must answer exactly what FTS5's bm25 query answers.
struct SearchIndexTests {
    /// Every paragraph of the Examples corpus as an article, spread over three outlets and twelve days.
    private static func paragraphArticles() throws -> [Article] {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Examples/articles").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        var articles: [Article] = []
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for paragraph in text.components(separatedBy: "\n\n") where paragraph.count > 80 {
                let n = articles.count
                let title = paragraph.split(separator: ".").first.map(String.init)
                articles.append(
                    Article(
                        id: "p\(n)", title: title,
                        published: Timestamp(date: CivilDate(year: 2026, month: 4, day: 1 + n % 12)!),
                        outlet: ["Harbour Post", "Meridian", "eastern ledger"][n % 3], text: paragraph))
            }
        }
        return articles
    }

    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID().uuidString).sqlite").path
    }

    @Test(.timeLimit(.minutes(1))) func indexRanksExactlyAsFTS5() async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteStore(path: path)
        let articles = try Self.paragraphArticles()
        #expect(articles.count > 100)
        _ = try await store.upsert(articles)
        let april = { (day: Int) in CivilDate(year: 2026, month: 4, day: day)! }
        let queries: [SearchQuery] = [
            SearchQuery(text: "bridge"), SearchQuery(text: "the"), SearchQuery(text: "minister said"),
            SearchQuery(text: "flood"), SearchQuery(text: "collapse inquiry", limit: 5),
            SearchQuery(text: "the", limit: 7, offset: 30), SearchQuery(text: "river", outlet: "MERIDIAN"),
            SearchQuery(text: "said", from: april(3), to: april(6)), SearchQuery(text: "talks", to: april(2)),
            SearchQuery(text: "summit", outlet: "Eastern Ledger", from: april(5), limit: 3, offset: 1),
            SearchQuery(text: "nosuchwordanywhere"), SearchQuery(text: "bridge nosuchwordanywhere"),
            SearchQuery(text: "Bridges COLLAPSED"), SearchQuery(text: "port—vale"), SearchQuery(text: "o'clock"),
        ]
        var expected: [[SearchHit]] = []
        for query in queries { expected.append(try await store.search(query)) }  // FTS5: not yet prepared
        try await store.prepareForSearches()
        #expect(store.searchIndex.isEnabled)
        for (query, fts5) in zip(queries, expected) {
            let indexed = try await store.search(query)
            #expect(indexed.map(\.articleId) == fts5.map(\.articleId), "\(query)")
            #expect(indexed.map(\.snippet) == fts5.map(\.snippet), "\(query)")
            for (a, b) in zip(indexed, fts5) { #expect(abs(a.score - b.score) <= 1e-9 * max(1, abs(b.score))) }
        }
        #expect(!expected[0].isEmpty && expected[0].count == 20)
        #expect(expected[10].isEmpty && expected[11].isEmpty)
        #expect(expected[6].allSatisfy { $0.outlet == "Meridian" })
    }

    @Test(.timeLimit(.minutes(1))) func newArticlesAreFoundBeforeAndAfterTheRebuild() async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteStore(path: path)
        _ = try await store.upsert(Array(try Self.paragraphArticles().prefix(40)))
        try await store.prepareForSearches()
        _ = try await store.upsert([Article(id: "new", title: "Zephyrine harbour", text: "The zephyrine ferry sailed.")]
        )
        // The index is stale now: FTS5 answers, and a rebuild starts in the background.
        #expect(try await store.search(SearchQuery(text: "zephyr")).map(\.articleId) == ["new"])
        var rebuilt = false
        for _ in 0..<200 where !rebuilt {
            try await Task.sleep(for: .milliseconds(10))
            rebuilt = try await store.searchIndexIsCurrent()
        }
        #expect(rebuilt)
        #expect(try await store.search(SearchQuery(text: "zephyr")).map(\.articleId) == ["new"])
    }

    @Test func topHitsKeepsTheBestInOrder() {
        var top = TopHits(capacity: 3)
        for (seq, score) in [(1, 0.5), (2, 2.0), (3, 0.1), (4, 2.0), (5, 1.0), (6, 0.7)] {
            top.offer(FullTextIndex.Hit(seq: Int64(seq), score: score))
        }
        #expect(top.sorted().map(\.seq) == [2, 4, 5])
    }
}
