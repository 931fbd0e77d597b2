import Foundation
import Parallax
import ParallaxModel
import ParallaxSQLite
import ParallaxStore
import ParallaxTesting
import Testing

/// `ingest` into SQLite is idempotent and keeps what is stored when a batch holds bad files.
struct IngestStoreTests {
    @Test(.timeLimit(.minutes(1))) func reingestReportsNothingNew() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID().uuidString).sqlite")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteStore(path: path)
        let first = try await Pipeline().ingest(paths: [SharedData.examples.path], into: store)
        #expect(first.inserted.count == 17)
        #expect(first.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(first.events >= 4)
        let second = try await Pipeline().ingest(paths: [SharedData.examples.path], into: store)
        #expect(second.inserted.isEmpty)
        // The files are the very same bytes: hashed and skipped, not parsed.
        #expect(second.unchangedFiles == 17)
        #expect(second.read == 0)
        #expect(try await store.articleCount() == 17)
        #expect(try await store.allEvents().count == first.events)
    }

    @Test(.timeLimit(.minutes(1))) func aChangedFileIsReadAgain() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("ferry.txt")
        let story = "Ferry resumes\n\nThe ferry to the islands resumed on Monday after a storm, the operator said."
        try Data(story.utf8).write(to: file)
        let store = MemoryStore()
        _ = try await Pipeline().ingest(paths: [directory.path], into: store)
        #expect(try await Pipeline().ingest(paths: [directory.path], into: store).unchangedFiles == 1)
        try Data((story + " Tickets bought for the cancelled crossings stay valid.").utf8).write(to: file)
        let changed = try await Pipeline().ingest(paths: [directory.path], into: store)
        #expect(changed.unchangedFiles == 0)
        #expect(changed.inserted.count == 1)
    }

    @Test(.timeLimit(.minutes(1))) func badFilesAreReportedAndTheRestStored() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data().write(to: directory.appendingPathComponent("empty.txt"))
        try Data([0, 1, 2, 3, 0, 0]).write(to: directory.appendingPathComponent("binary.bin"))
        try Data("Ferry resumes\n\nThe ferry to the islands resumed on Monday after a storm, the operator said.".utf8)
            .write(to: directory.appendingPathComponent("good.txt"))
        let store = MemoryStore()
        let missing = directory.appendingPathComponent("missing").path
        let report = try await Pipeline().ingest(paths: [directory.path, missing], into: store)
        #expect(report.inserted.count == 1)
        #expect(
            Set(report.diagnostics.map { URL(fileURLWithPath: $0.path).lastPathComponent }) == [
                "empty.txt", "binary.bin", "missing",
            ])
        #expect(try await store.articleCount() == 1)
    }
}
