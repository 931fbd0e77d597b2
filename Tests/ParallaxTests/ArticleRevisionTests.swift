import Foundation
import Parallax
import ParallaxModel
import ParallaxSQLite
import ParallaxStore
import ParallaxTesting
import Testing

/// The same address with a changed text is a revision of one article: it keeps its id, takes the newer text,
/// keeps the earlier one, and its event is analysed again; an older text arriving late changes nothing current.
struct ArticleRevisionTests {
    enum Backend: String, CaseIterable, Sendable {
        case memory, sqlite
    }

    func open(_ backend: Backend, in directory: URL) throws -> any ArticleStore {
        switch backend {
        case .memory: MemoryStore()
        case .sqlite: try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: Backend.allCases)
    func aRevisedTollIsARevisionOfOneArticle(_ backend: Backend) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-rev-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try open(backend, in: directory)
        let pipeline = Pipeline()
        let firstFetch = try RevisionFixtures.write(
            RevisionFixtures.ferry(dead: "12", date: "2025-04-02", title: "Ferry capsizes off Cape Lorn"), "ferry.txt",
            in: directory)
        let ledger = try RevisionFixtures.write(RevisionFixtures.ledger, "ledger.txt", in: directory)
        let first = try await pipeline.ingest(paths: [firstFetch, ledger], into: store)
        #expect(first.inserted.count == 2)
        let id = try #require(try await store.allArticles().first { $0.outlet == "Portvale Gazette" }?.id)
        let event = try #require(try await store.event(containingArticle: id))

        let revisedFetch = try RevisionFixtures.write(
            RevisionFixtures.ferry(dead: "19", date: "2025-04-02", title: "Ferry toll rises to 19"), "ferry.txt",
            in: directory)
        let second = try await pipeline.ingest(paths: [revisedFetch], into: store)
        #expect(second.revised == [id])
        #expect(second.inserted.isEmpty)
        #expect(second.analysis?.mode == .incremental)
        #expect(second.analysis?.revisedArticles == 1)
        #expect(try await store.articleCount() == 2)
        let article = try #require(try await store.article(id: id))
        #expect(article.text.contains("At least 19 people"))
        #expect(article.title == "Ferry toll rises to 19")
        let revisions = try await store.revisions(articleId: id)
        #expect(revisions.map(\.number) == [1, 2])
        #expect(revisions.first?.article.text.contains("At least 12 people") == true)
        #expect(revisions.last?.isCurrent == true)
        // Analysed again: the event still holds it, and its extraction reads the new toll.
        let after = try #require(try await store.event(containingArticle: id))
        #expect(Set(after.articleIds) == Set(event.articleIds))
        let quantities = try await store.extraction(articleId: id)?.quantities.map(\.text) ?? []
        #expect(quantities.contains { $0.contains("19") })
        #expect(!quantities.contains { $0.contains("12") })
        #expect(try await store.revisedArticleIds().isEmpty)

        // The same fetch again changes nothing; an older text arriving late is kept in the history only.
        let again = try await pipeline.ingest(paths: [revisedFetch], into: store)
        #expect(again.revised.isEmpty && again.inserted.isEmpty)
        #expect(again.analysis?.mode == .current)
        let olderFetch = try RevisionFixtures.write(
            RevisionFixtures.ferry(dead: "8", date: "2025-04-01", title: "Ferry in distress"), "ferry.txt",
            in: directory)
        let late = try await pipeline.ingest(paths: [olderFetch], into: store)
        #expect(late.earlier == [id])
        #expect(late.revised.isEmpty)
        #expect(try await store.article(id: id)?.text.contains("At least 19 people") == true)
        #expect(try await store.revisions(articleId: id).first?.article.text.contains("At least 8 people") == true)
    }
}
