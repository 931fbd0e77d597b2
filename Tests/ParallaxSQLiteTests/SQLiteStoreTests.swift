import Foundation
import ParallaxModel
import ParallaxSQLite
import ParallaxStore
import ParallaxTesting
import Testing

struct SQLiteStoreTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID().uuidString).sqlite").path
    }

    @Test(.timeLimit(.minutes(1)), arguments: StoreConformance.Behaviour.allCases)
    func passesTheConformanceSuite(_ behaviour: StoreConformance.Behaviour) async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await StoreConformance.check(behaviour, on: try SQLiteStore(path: path))
    }

    @Test(.timeLimit(.minutes(1)), arguments: StoreConformance.Behaviour.allCases)
    func memoryStorePassesTheConformanceSuite(_ behaviour: StoreConformance.Behaviour) async throws {
        try await StoreConformance.check(behaviour, on: MemoryStore())
    }

    @Test(.timeLimit(.minutes(1))) func dataSurvivesReopening() async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let articles = StoreConformance.sampleArticles()
        _ = try await SQLiteStore(path: path).upsert(articles)
        let reopened = try SQLiteStore(path: path)
        #expect(try await reopened.allArticles() == articles)
        #expect(try await reopened.upsert(articles).inserted.isEmpty)
    }

    @Test func unopenableDatabaseNamesTheFile() throws {
        let path = "/nonexistent-dir-\(UUID().uuidString)/x.sqlite"
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            (error as? ParallaxError)?.message.hasPrefix(path) == true
        }
    }

    @Test(.timeLimit(.minutes(1))) func searchRanksTitleMatchesAndMarksSnippets() async throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteStore(path: path)
        _ = try await store.upsert([
            Article(id: "1", title: "Harbour news", text: "The ferry resumed; the bridge was mentioned once."),
            Article(
                id: "2", title: "Bridge reopens",
                text: "The bridge reopened to traffic after repairs to the bridge deck."),
        ])
        let hits = try await store.search("bridge", limit: 5)
        #expect(hits.map(\.articleId) == ["2", "1"])
        #expect(hits[0].snippet.contains("[bridge]"))
    }
}
