import Foundation
import ParallaxModel
import ParallaxSQLite
import ParallaxStore
import ParallaxTesting
import Testing

/// Rendered pages live for one analysis: a re-analysis moves the generation on and drops them, and a page
/// rendered from the previous analysis cannot be saved after it.
struct RenderedPageStoreTests {
    @Test(.timeLimit(.minutes(1))) func pagesBelongToOneAnalysis() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID().uuidString).sqlite")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteStore(path: path)
        let first = try await store.analysisGeneration()
        let page = RenderedPage(key: "html:e-1", body: Array("<p>first analysis</p>".utf8))
        try await store.saveRenderedPages([page], generation: first)
        #expect(try await store.renderedPage(key: "html:e-1", generation: first) == page.body)
        #expect(try await store.renderedPageKeys(generation: first) == ["html:e-1"])

        try await store.replaceAnalysis(events: [], extractions: [], comparisons: [], syndication: [])
        let second = try await store.analysisGeneration()
        #expect(second != first)
        #expect(try await store.renderedPage(key: "html:e-1", generation: first) == nil)
        #expect(try await store.renderedPage(key: "html:e-1", generation: second) == nil)

        // A render that started before the re-analysis finishes after it: it must not be kept.
        try await store.saveRenderedPages([page], generation: first)
        #expect(try await store.renderedPageKeys(generation: first).isEmpty)
        #expect(try await store.renderedPageKeys(generation: second).isEmpty)
    }

    @Test(.timeLimit(.minutes(1))) func storesWithoutPagesKeepNothing() async throws {
        let store = MemoryStore()
        let generation = try await store.analysisGeneration()
        try await store.saveRenderedPages([RenderedPage(key: "k", body: [1])], generation: generation)
        #expect(try await store.renderedPage(key: "k", generation: generation) == nil)
    }
}
