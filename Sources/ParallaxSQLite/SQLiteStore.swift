import Foundation
import GRDB
import ParallaxModel
import ParallaxStore

/// The default store: one SQLite file through GRDB, in WAL mode, with an FTS5 index over titles and bodies.
///
/// Every value is bound, never spliced into SQL. Writes are transactions: an interrupted ingest leaves
/// nothing half-stored.
public final class SQLiteStore: ArticleStore {
    let pool: DatabasePool
    /// The in-memory ranking index, once ``prepareForSearches()`` asked for it.
    let searchIndex = SearchIndexCache()

    /// Opens (creating and migrating as needed) the database at `path`.
    /// - Throws: ``ParallaxError`` (`storage`) naming the file when it cannot be opened or migrated.
    public init(path: String) throws {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            // Readers map the file instead of copying pages through read(2), and each connection keeps
            // 16 MiB of pages: under load the server spent its time in the kernel copying the same pages.
            configuration.prepareDatabase { db in
                db.add(tokenizer: CJKBigramTokenizer.self)
                try db.execute(sql: "PRAGMA mmap_size = 1073741824")
                try db.execute(sql: "PRAGMA cache_size = -16384")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteMigrations.migrator.migrate(pool)
            try pool.write { db in try Self.fillAddressKeys(db) }
        } catch {
            throw ParallaxError(.storage, "\(path): cannot open the database (\(error)).")
        }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    func wrap<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as ParallaxError {
            throw error
        } catch {
            throw ParallaxError(.storage, "The database failed: \(error).")
        }
    }

    static func article(_ row: Row) -> Article {
        Article(
            id: row["id"], path: row["path"], title: row["title"],
            published: (row["published"] as String?).flatMap(Timestamp.init(iso:)),
            authors: decode([String].self, row["authors"]) ?? [], outlet: row["outlet"], url: row["url"],
            dateline: row["dateline"], agency: row["agency"],
            categories: decode([String].self, row["categories"]) ?? [], language: row["language"], text: row["text"]
        )
    }

    public func allArticles() async throws -> [Article] {
        try await wrap {
            try await pool.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM article ORDER BY seq").map(Self.article)
            }
        }
    }

    public func article(id: String) async throws -> Article? {
        try await wrap {
            try await pool.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [id]).map(Self.article)
            }
        }
    }

    public func articleCount() async throws -> Int {
        try await wrap { try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 } }
    }

    public func replaceAnalysis(
        events: [Event], extractions: [ArticleExtraction], comparisons: [EventComparison],
        syndication: [SyndicationGroup]
    ) async throws {
        try await wrap {
            let encoded = EncodedAnalysis(extractions: extractions, comparisons: comparisons)
            try await pool.write { db in
                try db.execute(sql: "DELETE FROM renderedPage")
                try db.execute(sql: "UPDATE storeCounter SET value = value + 1 WHERE name = 'analysisGeneration'")
                try db.execute(sql: "DELETE FROM event")
                try db.execute(sql: "DELETE FROM extraction")
                try db.execute(sql: "DELETE FROM comparison")
                try db.execute(sql: "DELETE FROM eventOutlet")
                try db.execute(sql: "DELETE FROM eventEntity")
                try db.execute(sql: "DELETE FROM syndication")
                try db.execute(sql: "DELETE FROM syndicationMember")
                try db.execute(sql: "DELETE FROM revisedArticle")
                try Self.insert(syndication, db: db)
                try Self.write(events: events, from: 0, encoded, db: db)
            }
        }
    }

    /// Inserts copy groups (replacing those with the same id) and their members.
    static func insert(_ syndication: [SyndicationGroup], db: Database) throws {
        for group in syndication {
            try db.execute(
                sql: "INSERT OR REPLACE INTO syndication (id, json) VALUES (?, ?)",
                arguments: [group.id, try encoder.encode(group)])
            for articleId in group.articleIds {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO syndicationMember (articleId, groupId) VALUES (?, ?)",
                    arguments: [articleId, group.id])
            }
        }
    }

    /// Inserts events (listed from `position` on), extractions and comparisons.
    static func write(events: [Event], from position: Int, _ encoded: EncodedAnalysis, db: Database) throws {
        let extractions = encoded.extractions
        try encoded.eachExtraction { extraction, json in
            try db.execute(
                sql: "INSERT OR REPLACE INTO extraction (articleId, json) VALUES (?, ?)",
                arguments: [extraction.articleId, json])
        }
        // Entity names of the events' members: the new extractions, else the stored ones.
        var names = entityNames(extractions)
        let missing = events.flatMap(\.articleIds).filter { names[$0] == nil }
        if !missing.isEmpty {
            let stored = try missing.compactMap { id -> ArticleExtraction? in
                try Data.fetchOne(db, sql: "SELECT json FROM extraction WHERE articleId = ?", arguments: [id])
                    .flatMap { try? JSONDecoder().decode(ArticleExtraction.self, from: $0) }
            }
            names.merge(entityNames(stored)) { new, _ in new }
        }
        for (offset, event) in events.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO event (id, position, title, date, articleIds, outlets, centrality, articleCount)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    event.id, position + offset, event.title, event.date?.description, try json(event.articleIds),
                    try json(event.outlets), try json(event.centrality), event.articleIds.count,
                ])
            try indexEvent(event, names: names, db: db)
        }
        try encoded.eachComparison { comparison, json in
            try db.execute(
                sql: "INSERT OR REPLACE INTO comparison (eventId, json) VALUES (?, ?)",
                arguments: [comparison.eventId, json])
        }
    }

    static func event(_ row: Row) -> Event {
        Event(
            id: row["id"], title: row["title"], date: (row["date"] as String?).flatMap(CivilDate.init(iso:)),
            articleIds: decode([String].self, row["articleIds"]) ?? [],
            outlets: decode([String].self, row["outlets"]) ?? [],
            centrality: decode([Double].self, row["centrality"]) ?? []
        )
    }

    public func allEvents() async throws -> [Event] {
        try await wrap {
            try await pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM event").map(Self.event) }
                .sortedForListing()
        }
    }

    public func event(id: String) async throws -> Event? {
        try await wrap {
            try await pool.read { db in
                if let row = try Row.fetchOne(db, sql: "SELECT * FROM event WHERE id = ?", arguments: [id]) {
                    return Self.event(row)
                }
                // A prefix as a range on the primary key (char(1114111) sorts after every character), so the
                // lookup is an index seek, not a scan of every event.
                let rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM event WHERE id >= ? AND id < ? || char(1114111) ORDER BY id LIMIT 3",
                    arguments: [id, id])
                return rows.map(Self.event).matching(id: id)
            }
        }
    }

    public func syndicationGroups() async throws -> [SyndicationGroup] {
        try await wrap {
            try await pool.read { db in
                try Data.fetchAll(db, sql: "SELECT json FROM syndication ORDER BY id").map {
                    try JSONDecoder().decode(SyndicationGroup.self, from: $0)
                }
            }
        }
    }

    public func extraction(articleId: String) async throws -> ArticleExtraction? {
        try await wrap {
            try await pool.read { db in
                guard
                    let data = try Data.fetchOne(
                        db, sql: "SELECT json FROM extraction WHERE articleId = ?", arguments: [articleId])
                else { return nil }
                return try JSONDecoder().decode(ArticleExtraction.self, from: data)
            }
        }
    }

    public func comparison(eventId: String) async throws -> EventComparison? {
        try await wrap {
            try await pool.read { db in
                guard
                    let data = try Data.fetchOne(
                        db, sql: "SELECT json FROM comparison WHERE eventId = ?", arguments: [eventId])
                else { return nil }
                return try JSONDecoder().decode(EventComparison.self, from: data)
            }
        }
    }

    public func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        try await search(SearchQuery(text: query, limit: limit))
    }
}
