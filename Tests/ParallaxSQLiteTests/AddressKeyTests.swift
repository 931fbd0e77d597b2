import Foundation
import GRDB
import ParallaxModel
import ParallaxStore
import ParallaxTesting
import Testing

@testable import ParallaxSQLite

/// A store made before address keys were kept (migration v9 leaves them NULL) gets them on opening, so a
/// changed text at an address it stored before is a revision too.
struct AddressKeyTests {
    @Test(.timeLimit(.minutes(1))) func articlesStoredBeforeKeysGetThemOnOpening() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-keys-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = StoreConformance.ferryStory(
            id: "00000000000000f1", url: "https://portvale-gazette.example/news/ferry", dead: "twelve",
            published: "2025-04-02", title: "Ferry capsizes")
        let old = try SQLiteStore(path: path)
        _ = try await old.upsert([first])
        try await old.pool.write { db in try db.execute(sql: "UPDATE article SET urlKey = NULL") }
        let reopened = try SQLiteStore(path: path)
        let revised = StoreConformance.ferryStory(
            id: "00000000000000f2", url: "http://www.portvale-gazette.example/news/ferry/", dead: "nineteen",
            published: "2025-04-02", title: "Ferry toll rises")
        #expect(try await reopened.upsert([revised]).revised == [first.id])
        #expect(try await reopened.articleCount() == 1)
    }
}
