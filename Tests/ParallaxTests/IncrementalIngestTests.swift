import Foundation
import Parallax
import ParallaxModel
import ParallaxSQLite
import ParallaxStore
import ParallaxTesting
import Testing

/// An ingest analyses what is new: the events new articles may join are re-clustered with them, the rest stay.
struct IncrementalIngestTests {
    /// A SQLite store in a temporary file, removed after `body`.
    func withStore(_ body: (SQLiteStore) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID().uuidString).sqlite")
            .path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        try await body(try SQLiteStore(path: path))
    }

    /// The Examples corpus split by outlet into two folders: three outlets, then the other two.
    func examplesInTwoParts() throws -> (first: URL, second: URL, cleanup: () -> Void) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-parts-\(UUID().uuidString)")
        let first = root.appendingPathComponent("first")
        let second = root.appendingPathComponent("second")
        for folder in [first, second] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: SharedData.examples.path)
        where name.hasSuffix(".txt") {
            let late = name.hasPrefix("northfield") || name.hasPrefix("vsna")
            try FileManager.default.copyItem(
                at: SharedData.examples.appendingPathComponent(name),
                to: (late ? second : first).appendingPathComponent(name))
        }
        return (first, second, { try? FileManager.default.removeItem(at: root) })
    }

    /// Events as sets of member ids: the clustering itself.
    func partition(_ store: any ArticleStore) async throws -> Set<Set<String>> {
        Set(try await store.allEvents().map { Set($0.articleIds) })
    }

    @Test(.timeLimit(.minutes(1))) func twoBatchesGiveTheEventsOfOne() async throws {
        let parts = try examplesInTwoParts()
        defer { parts.cleanup() }
        let whole = MemoryStore()
        _ = try await Pipeline().ingest(paths: [parts.first.path, parts.second.path], into: whole)
        try await withStore { store in
            let first = try await Pipeline().ingest(paths: [parts.first.path], into: store)
            #expect(first.analysis?.mode == .full)
            let second = try await Pipeline().ingest(paths: [parts.second.path], into: store)
            #expect(second.analysis?.mode == .incremental)
            #expect(second.analysis?.newArticles == second.inserted.count)
            #expect(try await partition(store) == partition(whole))
            // Every article is in exactly one event, with an extraction and its event's comparison.
            let events = try await store.allEvents()
            #expect(events.flatMap(\.articleIds).count == 17)
            for event in events {
                #expect(try await store.comparison(eventId: event.id) != nil)
                for id in event.articleIds { #expect(try await store.extraction(articleId: id) != nil) }
            }
        }
    }

    @Test(.timeLimit(.minutes(1))) func storedFilesAgainChangeNothing() async throws {
        try await withStore { store in
            _ = try await Pipeline().ingest(paths: [SharedData.examples.path], into: store)
            let generation = try await store.analysisGeneration()
            let before = try await partition(store)
            let again = try await Pipeline().ingest(paths: [SharedData.examples.path], into: store)
            #expect(again.analysis == UpdateReport(mode: .current, newArticles: 0, events: before.count))
            #expect(try await store.analysisGeneration() == generation)
            #expect(try await partition(store) == before)
        }
    }

    @Test(.timeLimit(.minutes(1))) func untouchedEventsKeepTheirPages() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-late-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let late = directory.appendingPathComponent("ferry.txt")
        try Data(
            """
            Title: Island ferry service resumes after storm
            Outlet: The Coastal Gazette
            Date: 2025-11-03

            The ferry between Orrin and the Skelda islands sailed again on Monday, nine days after a storm tore \
            its pontoon loose. The operator, Skelda Lines, said the timetable would run normally by Friday.
            """.utf8
        ).write(to: late)
        try await withStore { store in
            _ = try await Pipeline().ingest(paths: [SharedData.examples.path], into: store)
            let events = try await store.allEvents()
            let generation = try await store.analysisGeneration()
            try await store.saveRenderedPages(
                events.map { RenderedPage(key: "json:" + $0.id, body: Array($0.id.utf8)) }, generation: generation)
            let report = try await Pipeline().ingest(paths: [late.path], into: store)
            #expect(report.analysis?.mode == .incremental)
            let touched = report.analysis?.touchedEvents ?? -1
            #expect(touched < events.count)
            // The pages of the events the new article could not join are still served.
            var kept = 0
            for event in events where try await store.event(id: event.id) == event {
                #expect(try await store.renderedPage(key: "json:" + event.id, generation: generation) != nil)
                kept += 1
            }
            #expect(kept == events.count - touched)
            #expect(try await store.allEvents().count == events.count + 1)
        }
    }

    @Test(.timeLimit(.minutes(1))) func aDamagedIndexMeansAFullAnalysis() async throws {
        let parts = try examplesInTwoParts()
        defer { parts.cleanup() }
        try await withStore { store in
            _ = try await Pipeline().ingest(paths: [parts.first.path], into: store)
            try await store.saveDerivedState("cluster-index", Data([0xFF, 0x00]))
            let second = try await Pipeline().ingest(paths: [parts.second.path], into: store)
            #expect(second.analysis?.mode == .full)
            #expect(try await store.allEvents().flatMap(\.articleIds).count == 17)
        }
    }

    /// What happened to the near-duplicate records between two ingests.
    enum StoredRecords: CaseIterable { case kept, dropped, unreadable }

    /// Copy groups of two batches are those of one, also for a store made before the near-duplicate index was
    /// kept as records and for one whose records cannot be read (both indexed again whole from their articles
    /// on the next ingest, once).
    @Test(.timeLimit(.minutes(1)), arguments: StoredRecords.allCases)
    func copyGroupsOfTwoBatchesAreThoseOfOne(_ records: StoredRecords) async throws {
        let parts = try examplesInTwoParts()
        defer { parts.cleanup() }
        let whole = MemoryStore()
        _ = try await Pipeline().ingest(paths: [parts.first.path, parts.second.path], into: whole)
        let expected = try await whole.syndicationGroups()
        #expect(!expected.isEmpty)
        try await withStore { store in
            _ = try await Pipeline().ingest(paths: [parts.first.path], into: store)
            switch records {
            case .kept: break
            case .dropped: try await store.saveDedupRecords([], replacingAll: true)
            case .unreadable:
                let ids = try await store.allArticles().map(\.id)
                let broken = try await store.dedupRecords(articleIds: ids).map {
                    var record = $0
                    record.payload = [0xFF]
                    return record
                }
                try await store.saveDedupRecords(broken, replacingAll: false)
            }
            let second = try await Pipeline().ingest(paths: [parts.second.path], into: store)
            #expect(second.analysis?.mode == .incremental)
            #expect(try await store.syndicationGroups() == expected)
            #expect(try await store.dedupRecordCount() == 17)
        }
    }
}
