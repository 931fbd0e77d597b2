import GRDB

/// The SQLite schema, one migration per shipped version. Migrations are never edited once shipped, and use
/// no application types, so an old database always upgrades the same way.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, events, extractions, comparisons, full-text index") { db in
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("id", .text).notNull().unique()
                t.column("path", .text)
                t.column("title", .text)
                t.column("published", .text)
                t.column("authors", .text).notNull()
                t.column("outlet", .text)
                t.column("url", .text)
                t.column("dateline", .text)
                t.column("agency", .text)
                t.column("categories", .text).notNull()
                t.column("language", .text)
                t.column("text", .text).notNull()
                t.column("wordCount", .integer).notNull()
                t.column("ingestedAt", .datetime).notNull()
            }
            try db.create(index: "article_outlet", on: "article", columns: ["outlet"])
            try db.create(index: "article_published", on: "article", columns: ["published"])
            try db.create(virtualTable: "article_fts", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = .porter(wrapping: .unicode61())
                t.column("title")
                t.column("text")
            }
            try db.create(table: "event") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("title", .text).notNull()
                t.column("date", .text)
                t.column("articleIds", .text).notNull()
                t.column("outlets", .text).notNull()
                t.column("centrality", .text).notNull()
            }
            try db.create(table: "extraction") { t in
                t.primaryKey("articleId", .text)
                t.column("json", .blob).notNull()
            }
            try db.create(table: "comparison") { t in
                t.primaryKey("eventId", .text)
                t.column("json", .blob).notNull()
            }
        }
        migrator.registerMigration("v2: copy groups and the near-duplicate index") { db in
            try db.create(table: "syndication") { t in
                t.primaryKey("id", .text)
                t.column("json", .blob).notNull()
            }
            try db.create(table: "dedupIndex") { t in
                t.primaryKey("id", .integer)
                t.column("data", .blob).notNull()
            }
        }
        migrator.registerMigration("v3: event listing indexes, outlets and entities per event") { db in
            try db.execute(sql: "ALTER TABLE event ADD COLUMN articleCount INTEGER NOT NULL DEFAULT 0")
            try db.execute(sql: "UPDATE event SET articleCount = json_array_length(articleIds)")
            try db.execute(sql: "CREATE INDEX event_listing ON event(date DESC, id)")
            // Covers the timeline's GROUP BY date, so it never reads the rows' JSON columns.
            try db.execute(sql: "CREATE INDEX event_timeline ON event(date, articleCount)")
            try db.execute(sql: "CREATE INDEX article_outlet_published ON article(outlet COLLATE NOCASE, published)")
            try db.execute(
                sql: """
                    CREATE TABLE eventOutlet (
                        eventId TEXT NOT NULL,
                        outlet TEXT NOT NULL COLLATE NOCASE,
                        PRIMARY KEY (outlet, eventId)
                    ) WITHOUT ROWID
                    """)
            try db.execute(
                sql: """
                    CREATE TABLE eventEntity (
                        eventId TEXT NOT NULL,
                        name TEXT NOT NULL COLLATE NOCASE,
                        PRIMARY KEY (name, eventId)
                    ) WITHOUT ROWID
                    """)
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO eventOutlet (eventId, outlet)
                    SELECT event.id, outlets.value FROM event, json_each(event.outlets) AS outlets
                    """)
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO eventEntity (eventId, name)
                    SELECT event.id, lower(names.value)
                    FROM event, json_each(event.articleIds) AS member
                    JOIN extraction ON extraction.articleId = member.value,
                        json_each(CAST(extraction.json AS TEXT), '$.entities') AS entity,
                        json_each(json_array(json_extract(entity.value, '$.name'))) AS names
                    WHERE names.value IS NOT NULL
                    """)
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO eventEntity (eventId, name)
                    SELECT event.id, lower(alias.value)
                    FROM event, json_each(event.articleIds) AS member
                    JOIN extraction ON extraction.articleId = member.value,
                        json_each(CAST(extraction.json AS TEXT), '$.entities') AS entity,
                        json_each(json_extract(entity.value, '$.aliases')) AS alias
                    """)
        }
        migrator.registerMigration("v4: rendered pages and the analysis generation") { db in
            try db.execute(sql: "CREATE TABLE storeCounter (name TEXT PRIMARY KEY, value INTEGER NOT NULL)")
            try db.execute(sql: "INSERT INTO storeCounter (name, value) VALUES ('analysisGeneration', 1)")
            try db.execute(
                sql: """
                    CREATE TABLE renderedPage (
                        key TEXT PRIMARY KEY,
                        generation INTEGER NOT NULL,
                        body BLOB NOT NULL
                    )
                    """)
        }
        migrator.registerMigration("v5: the article generation (staleness of the in-memory search index)") { db in
            try db.execute(sql: "INSERT INTO storeCounter (name, value) VALUES ('articleGeneration', 1)")
            // Triggers, so that every way of changing the searchable columns moves the generation on.
            for (name, timing) in [
                ("insert", "AFTER INSERT ON article"), ("delete", "AFTER DELETE ON article"),
                ("update", "AFTER UPDATE OF title, text, outlet, published ON article"),
            ] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER article_generation_\(name) \(timing) BEGIN
                            UPDATE storeCounter SET value = value + 1 WHERE name = 'articleGeneration';
                        END
                        """)
            }
        }
        migrator.registerMigration("v6: derived state kept between ingests (the clustering index)") { db in
            try db.execute(sql: "CREATE TABLE derivedState (name TEXT PRIMARY KEY, data BLOB NOT NULL)")
        }
        migrator.registerMigration("v7: search indexes Chinese, Japanese and Korean text as character pairs") { db in
            // The synchronising triggers GRDB made with the table go with it, and come back with the new one,
            // which is filled from the articles.
            for suffix in ["ai", "ad", "au"] { try db.execute(sql: "DROP TRIGGER IF EXISTS __article_fts_\(suffix)") }
            try db.execute(sql: "DROP TABLE article_fts")
            try db.create(virtualTable: "article_fts", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = FTS5TokenizerDescriptor(components: ["parallax_cjk"])
                t.column("title")
                t.column("text")
            }
        }
        migrator.registerMigration("v8: the near-duplicate index and copy groups as rows") { db in
            // The index was one blob read and written whole on every ingest; now a record per article, found by
            // its band keys. The blob's articles are indexed again from the stored texts on the next ingest.
            try db.execute(sql: "DROP TABLE dedupIndex")
            try db.execute(
                sql: """
                    CREATE TABLE dedupRecord (
                        sequence INTEGER PRIMARY KEY,
                        articleId TEXT NOT NULL UNIQUE,
                        component INTEGER NOT NULL,
                        bandKeys BLOB NOT NULL,
                        payload BLOB NOT NULL
                    )
                    """)
            try db.execute(sql: "CREATE INDEX dedupRecord_component ON dedupRecord(component)")
            try db.execute(
                sql: """
                    CREATE TABLE dedupBand (
                        key INTEGER NOT NULL,
                        sequence INTEGER NOT NULL,
                        PRIMARY KEY (key, sequence)
                    ) WITHOUT ROWID
                    """)
            // The articles of each copy group, so an ingest reads only the groups its articles are in.
            try db.execute(
                sql: """
                    CREATE TABLE syndicationMember (
                        articleId TEXT NOT NULL,
                        groupId TEXT NOT NULL,
                        PRIMARY KEY (articleId, groupId)
                    ) WITHOUT ROWID
                    """)
            try db.execute(sql: "CREATE INDEX syndicationMember_group ON syndicationMember(groupId)")
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO syndicationMember (articleId, groupId)
                    SELECT json_extract(CAST(json AS TEXT), '$.originId'), id FROM syndication
                    UNION ALL
                    SELECT json_extract(copy.value, '$.articleId'), syndication.id
                    FROM syndication, json_each(CAST(syndication.json AS TEXT), '$.copies') AS copy
                    """)
        }
        migrator.registerMigration("v9: article revisions and address keys") { db in
            // The key of the article's address (ArticleAddress): NULL until the store fills it in on opening, the
            // empty string for an article without one.
            try db.execute(sql: "ALTER TABLE article ADD COLUMN urlKey TEXT")
            try db.execute(sql: "CREATE INDEX article_urlKey ON article(urlKey, seq)")
            // Every text an article has had, once it has had two: the record as JSON, in storing order.
            try db.execute(
                sql: """
                    CREATE TABLE articleRevision (
                        articleId TEXT NOT NULL,
                        sequence INTEGER NOT NULL,
                        json BLOB NOT NULL,
                        PRIMARY KEY (articleId, sequence)
                    ) WITHOUT ROWID
                    """)
            // Articles whose current text changed after their analysis was stored, until it is analysed again.
            try db.execute(sql: "CREATE TABLE revisedArticle (articleId TEXT PRIMARY KEY) WITHOUT ROWID")
        }
        return migrator
    }
}
