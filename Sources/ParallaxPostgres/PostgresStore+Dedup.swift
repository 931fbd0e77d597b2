#if PostgreSQL
    import Foundation
    import ParallaxModel
    import ParallaxStore
    import PostgresNIO

    /// The near-duplicate records (``DedupRecord``) and the copy-group lookups of an incremental ingest. Band
    /// keys are stored as their 64-bit two's-complement pattern (`bigint` is signed).
    extension PostgresStore {
        public func syndicationGroups(containing articleIds: [String]) async throws -> [SyndicationGroup] {
            try await wrap {
                var groups: [SyndicationGroup] = []
                for try await json in try await client.query(
                    """
                    SELECT json FROM syndication WHERE id IN (
                        SELECT group_id FROM syndication_member WHERE article_id = ANY(\(articleIds)::text[]))
                    ORDER BY id
                    """, logger: logger
                ).decode(String.self) {
                    groups.append(try PostgresRows.decode(SyndicationGroup.self, json))
                }
                return groups
            }
        }

        public func dedupRecordCount() async throws -> Int {
            try await wrap {
                for try await count in try await client.query("SELECT COUNT(*) FROM dedup_record", logger: logger)
                    .decode(Int.self)
                {
                    return count
                }
                return 0
            }
        }

        public func dedupRecords(bandKeys: [UInt64]) async throws -> [DedupRecord] {
            let keys = Array(Set(bandKeys)).map { Int64(bitPattern: $0) }
            return try await records(
                """
                SELECT \(unescaped: Self.recordColumns) FROM dedup_record
                WHERE sequence IN (SELECT sequence FROM dedup_band WHERE key = ANY(\(keys)::int8[])) ORDER BY sequence
                """)
        }

        public func dedupRecords(articleIds: [String]) async throws -> [DedupRecord] {
            try await records(
                """
                SELECT \(unescaped: Self.recordColumns) FROM dedup_record
                WHERE article_id = ANY(\(articleIds)::text[]) ORDER BY sequence
                """)
        }

        public func dedupRecords(components: [Int]) async throws -> [DedupRecord] {
            try await records(
                """
                SELECT \(unescaped: Self.recordColumns) FROM dedup_record
                WHERE component = ANY(\(components.map(Int64.init))::int8[]) ORDER BY sequence
                """)
        }

        /// A record's columns, its band keys last.
        static let recordColumns = "sequence, article_id, component, payload, band_keys"

        /// The records a query selecting ``recordColumns`` returns.
        private func records(_ query: PostgresQuery) async throws -> [DedupRecord] {
            try await wrap {
                var records: [DedupRecord] = []
                for try await (sequence, articleId, component, payload, keys) in try await client.query(
                    query, logger: logger
                ).decode((Int64, String, Int64, ByteBuffer, ByteBuffer).self) {
                    records.append(
                        DedupRecord(
                            articleId: articleId, sequence: Int(sequence), component: Int(component),
                            bandKeys: Self.bandKeys(keys), payload: Array(buffer: payload)))
                }
                return records
            }
        }

        public func saveDedupRecords(_ records: [DedupRecord], replacingAll: Bool) async throws {
            try await wrap {
                try await client.withTransaction(logger: logger) { connection in
                    if replacingAll {
                        try await connection.query("DELETE FROM dedup_record", logger: logger)
                        try await connection.query("DELETE FROM dedup_band", logger: logger)
                    }
                    // In slices, so that no one statement carries hundreds of megabytes of payloads.
                    for start in stride(from: 0, to: records.count, by: 2000) {
                        let slice = records[start..<min(start + 2000, records.count)]
                        try await connection.query(
                            """
                            INSERT INTO dedup_record (sequence, article_id, component, band_keys, payload)
                            SELECT * FROM unnest(\(slice.map { Int64($0.sequence) })::int8[],
                                \(slice.map(\.articleId))::text[], \(slice.map { Int64($0.component) })::int8[],
                                \(slice.map { Self.packed($0.bandKeys) })::bytea[],
                                \(slice.map { ByteBuffer(bytes: $0.payload) })::bytea[])
                            ON CONFLICT (sequence) DO UPDATE SET component = excluded.component
                            """, logger: logger)
                        let bands = slice.flatMap { record in
                            record.bandKeys.map { (Int64(bitPattern: $0), Int64(record.sequence)) }
                        }
                        try await connection.query(
                            """
                            INSERT INTO dedup_band (key, sequence)
                            SELECT * FROM unnest(\(bands.map(\.0))::int8[], \(bands.map(\.1))::int8[])
                            ON CONFLICT DO NOTHING
                            """, logger: logger)
                    }
                }
            }
        }

        /// Band keys as little-endian 8-byte values.
        static func packed(_ keys: [UInt64]) -> ByteBuffer {
            var buffer = ByteBuffer()
            for key in keys { buffer.writeInteger(key, endianness: .little) }
            return buffer
        }

        static func bandKeys(_ buffer: ByteBuffer) -> [UInt64] {
            var buffer = buffer
            var keys: [UInt64] = []
            while let key = buffer.readInteger(endianness: .little, as: UInt64.self) { keys.append(key) }
            return keys
        }
    }
#endif
