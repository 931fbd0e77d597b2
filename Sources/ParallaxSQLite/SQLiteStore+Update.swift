import Foundation
import GRDB
import ParallaxModel
import ParallaxStore

extension SQLiteStore {
    public func updateAnalysis(_ update: AnalysisUpdate) async throws {
        try await wrap {
            let encoded = EncodedAnalysis(extractions: update.extractions, comparisons: update.comparisons)
            try await pool.write { db in
                let replaced = Array(Set(update.removedEvents).union(update.events.map(\.id))).sorted()
                for id in replaced {
                    try db.execute(sql: "DELETE FROM event WHERE id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM comparison WHERE eventId = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM eventOutlet WHERE eventId = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM eventEntity WHERE eventId = ?", arguments: [id])
                }
                // Only the touched events' pages go; every other page stays materialised.
                let keys = try String.fetchAll(db, sql: "SELECT key FROM renderedPage")
                for key in keys where update.touches(pageKey: key) {
                    try db.execute(sql: "DELETE FROM renderedPage WHERE key = ?", arguments: [key])
                }
                let next = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), -1) + 1 FROM event") ?? 0
                for id in Set(update.removedSyndication).union(update.syndication.map(\.id)).sorted() {
                    try db.execute(sql: "DELETE FROM syndication WHERE id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM syndicationMember WHERE groupId = ?", arguments: [id])
                }
                try Self.insert(update.syndication, db: db)
                for extraction in update.extractions {
                    try db.execute(
                        sql: "DELETE FROM revisedArticle WHERE articleId = ?", arguments: [extraction.articleId])
                }
                try Self.write(events: update.events, from: next, encoded, db: db)
            }
        }
    }

    public func derivedState(_ name: String) async throws -> Data? {
        try await wrap {
            try await pool.read { db in
                try Data.fetchOne(db, sql: "SELECT data FROM derivedState WHERE name = ?", arguments: [name])
            }
        }
    }

    public func saveDerivedState(_ name: String, _ data: Data) async throws {
        try await wrap {
            try await pool.write { db in
                try db.execute(
                    sql: "INSERT OR REPLACE INTO derivedState (name, data) VALUES (?, ?)", arguments: [name, data])
            }
        }
    }

    public func articleIds() async throws -> [String] {
        try await wrap {
            try await pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM article ORDER BY seq") }
        }
    }
}
