#if PostgreSQL
    import Foundation
    import ParallaxModel
    import ParallaxStore
    import PostgresNIO

    extension PostgresStore {
        public func updateAnalysis(_ update: AnalysisUpdate) async throws {
            let replaced = Array(Set(update.removedEvents).union(update.events.map(\.id))).sorted()
            try await wrap {
                try await client.withTransaction(logger: logger) { connection in
                    try await connection.query("DELETE FROM event WHERE id = ANY(\(replaced)::text[])", logger: logger)
                    try await connection.query(
                        "DELETE FROM comparison WHERE event_id = ANY(\(replaced)::text[])", logger: logger)
                    var next = 0
                    for try await value in try await connection.query(
                        "SELECT COALESCE(MAX(position), -1) + 1 FROM event", logger: logger
                    ).decode(Int.self) {
                        next = value
                    }
                    let groups = Array(Set(update.removedSyndication).union(update.syndication.map(\.id))).sorted()
                    try await connection.query(
                        "DELETE FROM syndication WHERE id = ANY(\(groups)::text[])", logger: logger)
                    try await connection.query(
                        "DELETE FROM syndication_member WHERE group_id = ANY(\(groups)::text[])", logger: logger)
                    try await Self.insert(update.syndication, connection: connection, logger: logger)
                    try await connection.query(
                        "DELETE FROM revised_article WHERE article_id = ANY(\(update.extractions.map(\.articleId))::text[])",
                        logger: logger)
                    try await Self.write(
                        events: update.events, from: next, extractions: update.extractions,
                        comparisons: update.comparisons, connection: connection, logger: logger)
                }
            }
        }

        public func derivedState(_ name: String) async throws -> Data? {
            try await wrap {
                for try await data in try await client.query(
                    "SELECT data FROM derived_state WHERE name = \(name)", logger: logger
                ).decode(Data.self) {
                    return data
                }
                return nil
            }
        }

        public func saveDerivedState(_ name: String, _ data: Data) async throws {
            try await wrap {
                try await client.query(
                    """
                    INSERT INTO derived_state (name, data) VALUES (\(name), \(data))
                    ON CONFLICT (name) DO UPDATE SET data = excluded.data
                    """, logger: logger)
            }
        }

        public func articleIds() async throws -> [String] {
            try await wrap {
                var ids: [String] = []
                for try await id in try await client.query(
                    "SELECT id FROM article ORDER BY job_id NULLS FIRST, job_position, seq", logger: logger
                ).decode(String.self) {
                    ids.append(id)
                }
                return ids
            }
        }
    }
#endif
