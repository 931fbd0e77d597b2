import Foundation
import Hummingbird
import HummingbirdTesting
import Parallax
import ParallaxModel
import ParallaxSQLite
import ParallaxStore
import ParallaxTesting
import Testing

@testable import ParallaxServer

/// Event pages over a SQLite store are rendered once per analysis and then read back from the store.
struct RenderedPagesTests {
    private static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID().uuidString).sqlite").path
    }

    private func filledStore(_ path: String) async throws -> SQLiteStore {
        let store = try SQLiteStore(path: path)
        _ = try await Pipeline().ingest(paths: [SharedData.examples.path], into: store)
        return store
    }

    @Test(.timeLimit(.minutes(2))) func aRenderedPageIsKeptAndServedFromTheStore() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try await filledStore(path)
        let events = try await store.allEvents()
        try #require(events.count >= 2)
        let generation = try await store.analysisGeneration()
        let app = buildApplication(store: store, configuration: ServerConfiguration(), logger: ServerTests.logger)
        try await app.test(.router) { client in
            var first: ByteBuffer?
            try await client.execute(uri: "/events/\(events[0].id)", method: .get) { response in
                #expect(response.status == .ok)
                first = response.body
            }
            // The writer saves within a second.
            var keys: Set<String> = []
            for _ in 0..<40 where !keys.contains(RenderedPages.htmlKey(events[0].id)) {
                try await Task.sleep(for: .milliseconds(100))
                keys = try await store.renderedPageKeys(generation: generation)
            }
            let stored = try await store.renderedPage(key: RenderedPages.htmlKey(events[0].id), generation: generation)
            #expect(stored == first.map { Array(buffer: $0) })

            // What is stored is what is served: a page planted for the second event comes back as it is.
            let planted = Array("<!doctype html><p>planted</p>".utf8)
            try await store.saveRenderedPages(
                [RenderedPage(key: RenderedPages.htmlKey(events[1].id), body: planted)], generation: generation)
            try await client.execute(uri: "/events/\(events[1].id)", method: .get) { response in
                #expect(Array(buffer: response.body) == planted)
            }
            // A page stored under the key of other templates (an older server's) is never served.
            try #require(events.count >= 3)
            try await store.saveRenderedPages(
                [RenderedPage(key: "html:\(events[2].id)", body: planted)], generation: generation)
            try await client.execute(uri: "/events/\(events[2].id)", method: .get) { response in
                #expect(!String(buffer: response.body).contains("planted"))
            }
        }
        // An ingest that brings nothing new leaves the analysis, and the pages, as they are.
        _ = try await Pipeline().ingest(paths: [SharedData.examples.path], into: store)
        #expect(try await store.analysisGeneration() == generation)
        let kept = try await store.renderedPage(key: RenderedPages.htmlKey(events[1].id), generation: generation)
        #expect(kept == Array("<!doctype html><p>planted</p>".utf8))
        // After a full re-analysis the planted page is gone and a fresh server renders the real one.
        try await Pipeline().reanalyze(store)
        #expect(try await store.analysisGeneration() != generation)
        let fresh = buildApplication(store: store, configuration: ServerConfiguration(), logger: ServerTests.logger)
        try await fresh.test(.router) { client in
            try await client.execute(uri: "/events/\(events[1].id)", method: .get) { response in
                #expect(!String(buffer: response.body).contains("planted"))
            }
        }
    }

    @Test(.timeLimit(.minutes(2))) func warmingRendersEveryEvent() async throws {
        let path = Self.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try await filledStore(path)
        let events = try await store.allEvents()
        let generation = try await store.analysisGeneration()
        _ = buildApplication(
            store: store, configuration: ServerConfiguration(warmPages: true), logger: ServerTests.logger)
        let wanted = Set(events.flatMap { [RenderedPages.htmlKey($0.id), "json:\($0.id)"] })
        var keys: Set<String> = []
        for _ in 0..<100 where keys != wanted {
            try await Task.sleep(for: .milliseconds(100))
            keys = try await store.renderedPageKeys(generation: generation)
        }
        #expect(keys == wanted)
    }
}
