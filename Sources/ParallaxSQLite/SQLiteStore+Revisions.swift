import Foundation
import GRDB
import ParallaxModel
import ParallaxStore

/// Storing articles as ``UpsertPlan`` decides: new ones inserted, changed texts at stored addresses kept as
/// revisions.
extension SQLiteStore {
    public func upsert(_ articles: [Article]) async throws -> UpsertResult {
        try await wrap {
            try await pool.write { db in
                let now = Date()
                let plan = UpsertPlan(
                    articles, existing: try Self.storedIds(articles.map(\.id), db: db),
                    stored: try Self.stored(at: UpsertPlan.addressKeys(articles), db: db), now: Timestamp(utc: now))
                for (_, article) in plan.insertions { try Self.insert(article, at: now, db: db) }
                for article in plan.replacements {
                    try db.execute(
                        sql: """
                            UPDATE article SET path = ?, title = ?, published = ?, authors = ?, outlet = ?, url = ?,
                                dateline = ?, agency = ?, categories = ?, language = ?, text = ?, wordCount = ?
                            WHERE id = ?
                            """,
                        arguments: [
                            article.path, article.title, article.published?.description, try Self.json(article.authors),
                            article.outlet, article.url, article.dateline, article.agency,
                            try Self.json(article.categories), article.language, article.text, article.wordCount,
                            article.id,
                        ])
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO revisedArticle (articleId) VALUES (?)", arguments: [article.id])
                }
                for (id, records) in plan.records {
                    for record in records {
                        try db.execute(
                            sql: "INSERT INTO articleRevision (articleId, sequence, json) VALUES (?, ?, ?)",
                            arguments: [id, record.sequence, try Self.encoder.encode(record)])
                    }
                }
                return plan.result
            }
        }
    }

    /// Inserts one new article, with its address key.
    private static func insert(_ article: Article, at now: Date, db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO article (id, path, title, published, authors, outlet, url, dateline, agency,
                    categories, language, text, wordCount, ingestedAt, urlKey)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                article.id, article.path, article.title, article.published?.description, try json(article.authors),
                article.outlet, article.url, article.dateline, article.agency, try json(article.categories),
                article.language, article.text, article.wordCount, now, article.url.flatMap(ArticleAddress.key) ?? "",
            ])
    }

    /// The ids among `ids` that are stored.
    private static func storedIds(_ ids: [String], db: Database) throws -> Set<String> {
        var found: Set<String> = []
        for start in stride(from: 0, to: ids.count, by: 900) {
            let slice = Array(ids[start..<min(start + 900, ids.count)])
            let placeholders = Array(repeating: "?", count: slice.count).joined(separator: ",")
            found.formUnion(
                try String.fetchAll(
                    db, sql: "SELECT id FROM article WHERE id IN (\(placeholders))",
                    arguments: StatementArguments(slice)))
        }
        return found
    }

    /// The first stored article at each of `keys`, with its revision records.
    private static func stored(at keys: [String], db: Database) throws -> [String: UpsertPlan.Stored] {
        var stored: [String: UpsertPlan.Stored] = [:]
        for key in keys {
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT * FROM article WHERE urlKey = ? ORDER BY seq LIMIT 1", arguments: [key])
            else { continue }
            let article = Self.article(row)
            stored[key] = UpsertPlan.Stored(
                article: article, records: try revisionRecords(article.id, db: db),
                fetched: (row["ingestedAt"] as Date?).map(Timestamp.init(utc:)))
        }
        return stored
    }

    private static func revisionRecords(_ articleId: String, db: Database) throws -> [RevisionRecord] {
        try Data.fetchAll(
            db, sql: "SELECT json FROM articleRevision WHERE articleId = ? ORDER BY sequence", arguments: [articleId]
        ).map { try JSONDecoder().decode(RevisionRecord.self, from: $0) }
    }

    public func revisions(articleId: String) async throws -> [ArticleRevision] {
        try await wrap {
            try await pool.read { db in RevisionRecord.history(try Self.revisionRecords(articleId, db: db)) }
        }
    }

    public func revisedArticleIds() async throws -> [String] {
        try await wrap {
            try await pool.read { db in
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT revisedArticle.articleId FROM revisedArticle
                        JOIN article ON article.id = revisedArticle.articleId ORDER BY article.seq
                        """)
            }
        }
    }

    /// Fills in the address key of every article stored before keys were kept (the migration cannot: the key
    /// is application code). An index seek finds none on every later opening.
    static func fillAddressKeys(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT seq, url FROM article WHERE urlKey IS NULL")
        for row in rows {
            let url: String? = row["url"]
            try db.execute(
                sql: "UPDATE article SET urlKey = ? WHERE seq = ?",
                arguments: [url.flatMap(ArticleAddress.key) ?? "", row["seq"] as Int64])
        }
    }
}
