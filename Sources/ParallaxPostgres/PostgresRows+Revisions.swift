#if PostgreSQL
    import Foundation
    import Logging
    import ParallaxModel
    import ParallaxStore
    import PostgresNIO

    /// Storing articles as ``UpsertPlan`` decides: new ones inserted, changed texts at stored addresses kept as
    /// revisions.
    extension PostgresRows {
        /// The first of the two keys of the per-address advisory locks ("PA"), which PostgreSQL keeps apart from
        /// the single 64-bit keys of the analysis and migration locks.
        static let addressLockClass: Int32 = 0x5041

        /// Stores `articles` on `connection` (inside the caller's transaction) as ``UpsertPlan`` decides. The
        /// addresses of the batch are locked first, so two workers bringing texts for one address take turns and
        /// the second sees the first's.
        /// - Parameter jobIds: the job of each article (parallel to `articles`), or nil outside the job queue
        ///   (``insertRows(_:jobIds:on:logger:)``).
        static func insert(
            _ articles: [Article], jobIds: [Int64]? = nil, on connection: PostgresConnection, logger: Logger
        ) async throws -> UpsertResult {
            let keys = UpsertPlan.addressKeys(articles)
            if !keys.isEmpty {
                for try await _ in try await connection.query(
                    "SELECT pg_advisory_xact_lock(\(addressLockClass), hashtext(k)) FROM unnest(\(keys)::text[]) AS k",
                    logger: logger)
                {}
            }
            var existing: Set<String> = []
            for try await id in try await connection.query(
                "SELECT id FROM article WHERE id = ANY(\(articles.map(\.id))::text[])", logger: logger
            ).decode(String.self) {
                existing.insert(id)
            }
            let stored = try await storedArticles(at: keys, on: connection, logger: logger)
            let plan = UpsertPlan(articles, existing: existing, stored: stored, now: Timestamp(utc: Date()))
            // The rows to insert: the new articles, and the stored ones again so that their job moves earlier.
            var rows = plan.insertions
            rows += articles.enumerated().filter { existing.contains($0.element.id) }.map {
                (index: $0.offset, article: $0.element)
            }
            rows.sort { $0.index < $1.index }
            let inserted = try await insertRows(
                rows.map(\.article), jobIds: jobIds.map { ids in rows.map { ids[$0.index] } }, on: connection,
                logger: logger)
            try await store(plan, on: connection, logger: logger)
            // A new article another transaction stored first (after the look-up) is one that existed.
            var result = plan.result
            let late = Set(plan.result.inserted).subtracting(inserted.inserted)
            result.inserted.removeAll { late.contains($0) }
            result.existing += late
            return result
        }

        /// The first stored article at each of `keys`, with its revision records and when it was stored.
        private static func storedArticles(at keys: [String], on connection: PostgresConnection, logger: Logger)
            async throws -> [String: UpsertPlan.Stored]
        {
            guard !keys.isEmpty else { return [:] }
            var stored: [String: UpsertPlan.Stored] = [:]
            for try await row in try await connection.query(
                """
                SELECT DISTINCT ON (url_key) * FROM article WHERE url_key = ANY(\(keys)::text[])
                ORDER BY url_key, seq
                """, logger: logger)
            {
                let columns = row.makeRandomAccess()
                let key = try columns["url_key"].decode(String.self, context: .default)
                let fetched = try columns["ingested_at"].decode(Date.self, context: .default)
                stored[key] = UpsertPlan.Stored(
                    article: try article(row), records: [], fetched: Timestamp(utc: fetched))
            }
            let keyOf = Dictionary(stored.map { ($1.article.id, $0) }, uniquingKeysWith: { a, _ in a })
            for try await (id, json) in try await connection.query(
                """
                SELECT article_id, json FROM article_revision WHERE article_id = ANY(\(Array(keyOf.keys))::text[])
                ORDER BY article_id, sequence
                """, logger: logger
            ).decode((String, String).self) {
                guard let key = keyOf[id] else { continue }
                stored[key]?.records.append(try decode(RevisionRecord.self, json))
            }
            return stored
        }

        /// Writes a plan's replaced texts and revision records, and puts the replaced articles on the list of
        /// those to analyse again.
        private static func store(_ plan: UpsertPlan, on connection: PostgresConnection, logger: Logger) async throws {
            if !plan.replacements.isEmpty {
                let batch = try json(try plan.replacements.map { try ArticleRecord($0, jobId: nil) })
                try await connection.query(
                    """
                    UPDATE article SET path = a->>'path', title = a->>'title', published = a->>'published',
                        authors = a->>'authors', outlet = a->>'outlet', url = a->>'url', dateline = a->>'dateline',
                        agency = a->>'agency', categories = a->>'categories', language = a->>'language',
                        text = a->>'text', word_count = (a->>'wordCount')::int
                    FROM json_array_elements(\(batch)::json) AS t(a)
                    WHERE article.id = a->>'id'
                    """, logger: logger)
                try await connection.query(
                    """
                    INSERT INTO revised_article (article_id) SELECT * FROM unnest(\(plan.replacements.map(\.id))::text[])
                    ON CONFLICT DO NOTHING
                    """, logger: logger)
            }
            let records = plan.records.sorted { $0.key < $1.key }.flatMap { id, records in records.map { (id, $0) } }
            guard !records.isEmpty else { return }
            try await connection.query(
                """
                INSERT INTO article_revision (article_id, sequence, json) SELECT * FROM unnest(
                    \(records.map { $0.0 })::text[], \(records.map { Int32(clamping: $0.1.sequence) })::int4[],
                    \(try records.map { try json($0.1) })::text[])
                """, logger: logger)
        }
    }
#endif
