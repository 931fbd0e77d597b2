import Foundation
import Parallax
import ParallaxModel
import ParallaxSQLite
import ParallaxStore
import Testing

/// `parallax ingest FOLDER --db FOLDER/parallax.sqlite`: the store's own files are not inputs.
struct StoreInInputFolderTests {
    @Test(.timeLimit(.minutes(1))) func ingestingTheFolderThatHoldsTheStoreReadsOnlyArticles() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-own-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Ferry resumes\n\nThe ferry to the islands resumed on Monday after a storm, the operator said.".utf8)
            .write(to: folder.appendingPathComponent("ferry.txt"))
        let store = try SQLiteStore(path: folder.appendingPathComponent("parallax.sqlite").path)
        for round in 1...2 {
            let report = try await Pipeline().ingest(paths: [folder.path], into: store)
            #expect(report.files == 1, "round \(round)")
            #expect(report.diagnostics.isEmpty, "round \(round)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains("parallax.sqlite-wal"), "the store should be in WAL mode, so its log was there")
    }
}
