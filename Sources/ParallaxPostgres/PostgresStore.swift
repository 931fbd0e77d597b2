#if PostgreSQL
    import Foundation
    import Logging
    import ParallaxModel
    import ParallaxStore
    import ParallaxText
    import PostgresNIO

    /// The PostgreSQL store, through postgres-nio: the same behaviour as ``SQLiteStore`` (one conformance suite),
    /// full-text search with a `tsvector` under a GIN index, and a job queue (``JobQueue``) that lets several
    /// `parallax worker` processes ingest together.
    ///
    /// Every value is bound, never spliced into SQL. Writes are transactions: a process killed mid-write leaves
    /// nothing half-stored, because the server rolls back the transaction of a connection that dies.
    public final class PostgresStore: JobQueue {
        let client: PostgresClient
        let logger: Logger
        /// The URL without its password, for messages.
        let location: String
        private let runner: Task<Void, Never>

        private init(client: PostgresClient, logger: Logger, location: String) {
            self.client = client
            self.logger = logger
            self.location = location
            runner = Task { await client.run() }
        }

        deinit { runner.cancel() }

        /// Connects to the database at `url` (`postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`) and brings its
        /// schema up to date.
        /// - Throws: ``ParallaxError`` (`invalidInput` for a bad URL, `storage` when the server cannot be reached or
        ///   migrated), naming the URL without its password.
        /// - Parameter timeout: how long to wait for the server before giving up (the client itself retries for
        ///   a minute).
        public static func connect(url: String, logger: Logger, timeout: Duration = .seconds(10)) async throws
            -> PostgresStore
        {
            var configuration = try PostgresURL.configuration(url)
            configuration.options.connectTimeout = timeout
            let store = PostgresStore(
                client: PostgresClient(configuration: configuration, backgroundLogger: logger), logger: logger,
                location: PostgresURL.redacted(url))
            do {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask { try await store.migrate() }
                    group.addTask {
                        try await Task.sleep(for: timeout)
                        throw ParallaxError(.storage, "no answer from the server in \(timeout)")
                    }
                    try await group.next()
                    group.cancelAll()
                }
            } catch let error as ParallaxError {
                store.close()
                throw ParallaxError(.storage, "\(store.location): cannot open the database (\(error.message)).")
            } catch {
                store.close()
                throw ParallaxError(
                    .storage, "\(store.location): cannot open the database (\(PostgresStore.describe(error))).")
            }
            return store
        }

        /// Whether `value` (a `--db` argument) names a PostgreSQL database rather than a file.
        public static func isDatabaseURL(_ value: String) -> Bool { PostgresURL.isPostgres(value) }

        /// Closes the connections. The store cannot be used afterwards.
        public func close() { runner.cancel() }

        /// Arbitrary keys for `pg_advisory_lock`: "PARALLAX" in ASCII, and one more for migrations.
        static let analysisLockKey: Int64 = 0x5041_5241_4C4C_4158
        static let migrationLockKey: Int64 = 0x5041_5241_4C4C_4159

        private func migrate() async throws {
            try await client.withTransaction(logger: logger) { connection in
                // Two workers starting at once must not both create the schema.
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLockKey))", logger: logger)
                try await connection.query(
                    """
                    CREATE TABLE IF NOT EXISTS parallax_migration (
                        name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                    """, logger: logger)
                var applied: Set<String> = []
                for try await name in try await connection.query("SELECT name FROM parallax_migration", logger: logger)
                    .decode(String.self)
                {
                    applied.insert(name)
                }
                for migration in PostgresMigrations.all where !applied.contains(migration.name) {
                    for statement in migration.statements {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.query(
                        "INSERT INTO parallax_migration (name) VALUES (\(migration.name))", logger: logger)
                }
                try await Self.fillAddressKeys(connection, logger: logger)
            }
        }

        /// The most useful text of a postgres-nio error (its `description` hides the server's message).
        static func describe(_ error: any Error) -> String {
            if let error = error as? PostgresTransactionError {
                if let inner = error.closureError { return describe(inner) }
                if let inner = error.commitError { return describe(inner) }
                if let inner = error.beginError { return describe(inner) }
            }
            if let error = error as? PSQLError {
                if let message = error.serverInfo?[.message] { return message }
                return "\(error.code)"
            }
            return "\(error)"
        }

        @discardableResult
        func wrap<T>(_ body: () async throws -> T) async throws -> T {
            do {
                return try await body()
            } catch let error as ParallaxError {
                throw error
            } catch let error as PostgresTransactionError {
                if let inner = error.closureError as? ParallaxError { throw inner }
                throw ParallaxError(.storage, "\(location): the database failed: \(Self.describe(error)).")
            } catch {
                throw ParallaxError(.storage, "\(location): the database failed: \(Self.describe(error)).")
            }
        }

        // MARK: Articles

        public func upsert(_ articles: [Article]) async throws -> UpsertResult {
            try await wrap {
                try await client.withTransaction(logger: logger) { connection in
                    try await PostgresRows.insert(articles, on: connection, logger: logger)
                }
            }
        }

        public func allArticles() async throws -> [Article] {
            try await wrap {
                var articles: [Article] = []
                for try await row in try await client.query(
                    "SELECT * FROM article ORDER BY job_id NULLS FIRST, job_position, seq", logger: logger)
                {
                    articles.append(try PostgresRows.article(row))
                }
                return articles
            }
        }

        public func article(id: String) async throws -> Article? {
            try await wrap {
                for try await row in try await client.query("SELECT * FROM article WHERE id = \(id)", logger: logger) {
                    return try PostgresRows.article(row)
                }
                return nil
            }
        }

        public func articleCount() async throws -> Int {
            try await wrap {
                for try await count in try await client.query("SELECT count(*) FROM article", logger: logger)
                    .decode(Int.self)
                {
                    return count
                }
                return 0
            }
        }

        // MARK: Analysis

        public func replaceAnalysis(
            events: [Event], extractions: [ArticleExtraction], comparisons: [EventComparison],
            syndication: [SyndicationGroup]
        ) async throws {
            try await wrap {
                try await client.withTransaction(logger: logger) { connection in
                    try await connection.query("DELETE FROM event", logger: logger)
                    try await connection.query("DELETE FROM extraction", logger: logger)
                    try await connection.query("DELETE FROM comparison", logger: logger)
                    try await connection.query("DELETE FROM syndication", logger: logger)
                    try await connection.query("DELETE FROM syndication_member", logger: logger)
                    try await connection.query("DELETE FROM revised_article", logger: logger)
                    try await Self.insert(syndication, connection: connection, logger: logger)
                    try await Self.write(
                        events: events, from: 0, extractions: extractions, comparisons: comparisons,
                        connection: connection, logger: logger)
                }
            }
        }

        /// Inserts copy groups (replacing those with the same id) and their members.
        static func insert(
            _ syndication: [SyndicationGroup], connection: PostgresConnection, logger: Logger
        ) async throws {
            let syndication = PostgresRows.lastOfEach(syndication, by: \.id)
            let syndicationJSON = try syndication.map(PostgresRows.json)
            try await connection.query(
                """
                INSERT INTO syndication (id, json) SELECT * FROM unnest(\(syndication.map(\.id))::text[],
                    \(syndicationJSON)::text[]) ON CONFLICT (id) DO UPDATE SET json = excluded.json
                """, logger: logger)
            let members = syndication.flatMap { group in group.articleIds.map { ($0, group.id) } }
            try await connection.query(
                """
                INSERT INTO syndication_member (article_id, group_id) SELECT * FROM unnest(
                    \(members.map(\.0))::text[], \(members.map(\.1))::text[]) ON CONFLICT DO NOTHING
                """, logger: logger)
        }

        /// Inserts events (listed from `position` on), extractions and comparisons.
        static func write(
            events: [Event], from position: Int, extractions: [ArticleExtraction], comparisons: [EventComparison],
            connection: PostgresConnection, logger: Logger
        ) async throws {
            // A repeated id keeps its last value, as SQLite's INSERT OR REPLACE does (one INSERT … ON CONFLICT
            // statement cannot touch a row twice).
            let events = PostgresRows.lastOfEach(events, by: \.id)
            let extractions = PostgresRows.lastOfEach(extractions, by: \.articleId)
            let comparisons = PostgresRows.lastOfEach(comparisons, by: \.eventId)
            let eventColumns = try PostgresRows.EventColumns(events, from: position)
            let extractionJSON = try extractions.map(PostgresRows.json)
            let comparisonJSON = try comparisons.map(PostgresRows.json)
            try await connection.query(
                """
                INSERT INTO event (id, position, title, date, article_ids, outlets, centrality)
                SELECT id, position, title, NULLIF(date, ''), article_ids, outlets, centrality
                FROM unnest(\(eventColumns.ids)::text[], \(eventColumns.positions)::int4[],
                    \(eventColumns.titles)::text[], \(eventColumns.dates)::text[], \(eventColumns.articleIds)::text[],
                    \(eventColumns.outlets)::text[], \(eventColumns.centrality)::text[])
                    AS t(id, position, title, date, article_ids, outlets, centrality)
                ON CONFLICT (id) DO UPDATE SET position = excluded.position, title = excluded.title,
                    date = excluded.date, article_ids = excluded.article_ids, outlets = excluded.outlets,
                    centrality = excluded.centrality
                """, logger: logger)
            try await connection.query(
                """
                INSERT INTO extraction (article_id, json) SELECT * FROM unnest(
                    \(extractions.map(\.articleId))::text[], \(extractionJSON)::text[])
                ON CONFLICT (article_id) DO UPDATE SET json = excluded.json
                """, logger: logger)
            try await connection.query(
                """
                INSERT INTO comparison (event_id, json) SELECT * FROM unnest(
                    \(comparisons.map(\.eventId))::text[], \(comparisonJSON)::text[])
                ON CONFLICT (event_id) DO UPDATE SET json = excluded.json
                """, logger: logger)
        }

        public func syndicationGroups() async throws -> [SyndicationGroup] {
            try await wrap {
                var groups: [SyndicationGroup] = []
                for try await json in try await client.query("SELECT json FROM syndication ORDER BY id", logger: logger)
                    .decode(String.self)
                {
                    groups.append(try PostgresRows.decode(SyndicationGroup.self, json))
                }
                return groups
            }
        }

        public func allEvents() async throws -> [Event] {
            try await wrap {
                var events: [Event] = []
                for try await row in try await client.query("SELECT * FROM event", logger: logger) {
                    events.append(try PostgresRows.event(row))
                }
                return events.sortedForListing()
            }
        }

        public func event(id: String) async throws -> Event? {
            try await wrap {
                var events: [Event] = []
                let rows = try await client.query(
                    "SELECT * FROM event WHERE id = \(id) OR starts_with(id, \(id)) ORDER BY id LIMIT 3", logger: logger
                )
                for try await row in rows { events.append(try PostgresRows.event(row)) }
                return events.matching(id: id)
            }
        }

        public func extraction(articleId: String) async throws -> ArticleExtraction? {
            try await wrap {
                let rows = try await client.query(
                    "SELECT json FROM extraction WHERE article_id = \(articleId)", logger: logger)
                for try await json in rows.decode(String.self) {
                    return try PostgresRows.decode(ArticleExtraction.self, json)
                }
                return nil
            }
        }

        public func comparison(eventId: String) async throws -> EventComparison? {
            try await wrap {
                let rows = try await client.query(
                    "SELECT json FROM comparison WHERE event_id = \(eventId)", logger: logger)
                for try await json in rows.decode(String.self) {
                    return try PostgresRows.decode(EventComparison.self, json)
                }
                return nil
            }
        }

        // MARK: Search

        /// Every word of the query must match, as a prefix (`bridg:*`), like the SQLite store's FTS5 pattern.
        static func textQuery(_ query: String) -> String? {
            let words = String(query.prefix(512)).lowercased()
                .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .prefix(32)
            guard !words.isEmpty else { return nil }
            return words.map(term).joined(separator: " & ")
        }

        /// One query word as a tsquery term: a prefix (`bridg:*`); a word with CJK characters, which the search
        /// column holds one by one, as the phrase of its characters (`习 <-> 近 <-> 平`), other letters in it as
        /// prefixes.
        static func term(_ word: Substring) -> String {
            var parts: [String] = []
            var other = ""
            for character in word {
                if let scalar = character.unicodeScalars.first, Script.isCJK(scalar) {
                    if !other.isEmpty { parts.append(other + ":*") }
                    other = ""
                    parts.append(String(character))
                } else {
                    other.append(character)
                }
            }
            if !other.isEmpty { parts.append(other + ":*") }
            return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " <-> ") + ")"
        }

        public func search(_ query: String, limit: Int) async throws -> [SearchHit] {
            guard let tsquery = Self.textQuery(query) else { return [] }
            let limit = max(1, min(limit, 1000))
            return try await wrap {
                // Rank first, then build snippets for the few hits only: ts_headline re-parses the whole body.
                let rows = try await client.query(
                    """
                    SELECT a.id, a.title, a.outlet,
                        ts_headline('english', translate(a.text, E'\\uE000\\uE001', ''), q,
                            E'StartSel=\\uE000, StopSel=\\uE001, MaxWords=24, MinWords=8, ShortWord=2, FragmentDelimiter=…')
                            AS snippet,
                        hit.rank
                    FROM (
                        SELECT seq, ts_rank(search, q) AS rank
                        FROM article, to_tsquery('english', \(tsquery)) AS q
                        WHERE search @@ q
                        ORDER BY rank DESC, seq
                        LIMIT \(limit)
                    ) AS hit
                    JOIN article AS a ON a.seq = hit.seq, to_tsquery('english', \(tsquery)) AS q
                    ORDER BY hit.rank DESC, hit.seq
                    """, logger: logger)
                var hits: [SearchHit] = []
                for try await (id, title, outlet, snippet, rank) in rows.decode(
                    (String, String?, String?, String, Float).self)
                {
                    let (text, highlights) = SearchHit.snippet(marked: snippet)
                    hits.append(
                        SearchHit(
                            articleId: id, title: title, outlet: outlet, snippet: text, highlights: highlights,
                            score: Double(rank)))
                }
                return hits
            }
        }
    }
#endif
