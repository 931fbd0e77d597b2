import Foundation
import GRDB
import ParallaxModel
import ParallaxStore

/// The near-duplicate records (``DedupRecord``) and the copy-group lookups of an incremental ingest. Band keys
/// are stored as their 64-bit two's-complement pattern (SQLite integers are signed).
extension SQLiteStore {
    public func syndicationGroups(containing articleIds: [String]) async throws -> [SyndicationGroup] {
        try await wrap {
            try await pool.read { db in
                var ids = Set<String>()
                for articleId in Set(articleIds) {
                    ids.formUnion(
                        try String.fetchAll(
                            db, sql: "SELECT groupId FROM syndicationMember WHERE articleId = ?",
                            arguments: [articleId]))
                }
                return try ids.sorted().compactMap { id in
                    try Data.fetchOne(db, sql: "SELECT json FROM syndication WHERE id = ?", arguments: [id])
                        .map { try JSONDecoder().decode(SyndicationGroup.self, from: $0) }
                }
            }
        }
    }

    public func dedupRecordCount() async throws -> Int {
        try await wrap {
            try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM dedupRecord") ?? 0 }
        }
    }

    public func dedupRecords(bandKeys: [UInt64]) async throws -> [DedupRecord] {
        try await records { db in
            var sequences = Set<Int64>()
            for key in Set(bandKeys) {
                sequences.formUnion(
                    try Int64.fetchAll(
                        db.cachedStatement(sql: "SELECT sequence FROM dedupBand WHERE key = ?"),
                        arguments: [Int64(bitPattern: key)]))
            }
            return sequences
        }
    }

    public func dedupRecords(articleIds: [String]) async throws -> [DedupRecord] {
        try await records { db in
            Set(
                try Set(articleIds).compactMap {
                    try Int64.fetchOne(db, sql: "SELECT sequence FROM dedupRecord WHERE articleId = ?", arguments: [$0])
                })
        }
    }

    public func dedupRecords(components: [Int]) async throws -> [DedupRecord] {
        try await records { db in
            var sequences = Set<Int64>()
            for component in Set(components) {
                sequences.formUnion(
                    try Int64.fetchAll(
                        db, sql: "SELECT sequence FROM dedupRecord WHERE component = ?", arguments: [component]))
            }
            return sequences
        }
    }

    /// The records whose sequences `find` returns, by sequence, with their band keys.
    private func records(_ find: @escaping @Sendable (Database) throws -> Set<Int64>) async throws -> [DedupRecord] {
        try await wrap {
            try await pool.read { db in
                try find(db).sorted().compactMap { sequence -> DedupRecord? in
                    guard
                        let row = try Row.fetchOne(
                            db.cachedStatement(
                                sql:
                                    "SELECT articleId, component, bandKeys, payload FROM dedupRecord WHERE sequence = ?"
                            ),
                            arguments: [sequence])
                    else { return nil }
                    let payload: Data = row["payload"]
                    return DedupRecord(
                        articleId: row["articleId"], sequence: Int(sequence), component: row["component"],
                        bandKeys: Self.bandKeys(row["bandKeys"]), payload: [UInt8](payload))
                }
            }
        }
    }

    public func saveDedupRecords(_ records: [DedupRecord], replacingAll: Bool) async throws {
        try await wrap {
            try await pool.write { db in
                if replacingAll {
                    try db.execute(sql: "DELETE FROM dedupRecord")
                    try db.execute(sql: "DELETE FROM dedupBand")
                }
                let upsert = try db.cachedStatement(
                    sql: """
                        INSERT INTO dedupRecord (sequence, articleId, component, bandKeys, payload)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (sequence) DO UPDATE SET component = excluded.component
                        """)
                let band = try db.cachedStatement(sql: "INSERT OR IGNORE INTO dedupBand (key, sequence) VALUES (?, ?)")
                for record in records {
                    try upsert.execute(arguments: [
                        record.sequence, record.articleId, record.component, Self.packed(record.bandKeys),
                        Data(record.payload),
                    ])
                    for key in record.bandKeys {
                        try band.execute(arguments: [Int64(bitPattern: key), record.sequence])
                    }
                }
            }
        }
    }

    /// Band keys as little-endian 8-byte values.
    static func packed(_ keys: [UInt64]) -> Data {
        var data = Data(capacity: keys.count * 8)
        for key in keys { withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func bandKeys(_ data: Data) -> [UInt64] {
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - bytes.count % 8, by: 8).map { start in
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[start + $1]) << ($1 * 8) }
        }
    }
}
