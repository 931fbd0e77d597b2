#if PostgreSQL
    import Foundation
    import Logging
    import ParallaxModel
    import ParallaxStore
    import PostgresNIO

    extension PostgresStore {
        public func revisions(articleId: String) async throws -> [ArticleRevision] {
            try await wrap {
                var records: [RevisionRecord] = []
                for try await json in try await client.query(
                    "SELECT json FROM article_revision WHERE article_id = \(articleId) ORDER BY sequence",
                    logger: logger
                ).decode(String.self) {
                    records.append(try PostgresRows.decode(RevisionRecord.self, json))
                }
                return RevisionRecord.history(records)
            }
        }

        public func revisedArticleIds() async throws -> [String] {
            try await wrap {
                var ids: [String] = []
                for try await id in try await client.query(
                    """
                    SELECT r.article_id FROM revised_article AS r JOIN article AS a ON a.id = r.article_id
                    ORDER BY a.job_id NULLS FIRST, a.job_position, a.seq
                    """, logger: logger
                ).decode(String.self) {
                    ids.append(id)
                }
                return ids
            }
        }

        /// Fills in the address key of every article stored before keys were kept (a migration cannot: the key is
        /// application code). An index seek finds none on every later opening.
        static func fillAddressKeys(_ connection: PostgresConnection, logger: Logger) async throws {
            var seqs: [Int64] = []
            var keys: [String] = []
            for try await (seq, url) in try await connection.query(
                "SELECT seq, url FROM article WHERE url_key IS NULL", logger: logger
            ).decode((Int64, String?).self) {
                seqs.append(seq)
                keys.append(url.flatMap(ArticleAddress.key) ?? "")
            }
            guard !seqs.isEmpty else { return }
            try await connection.query(
                """
                UPDATE article SET url_key = k.key FROM unnest(\(seqs)::int8[], \(keys)::text[]) AS k(seq, key)
                WHERE article.seq = k.seq
                """, logger: logger)
        }
    }
#endif
