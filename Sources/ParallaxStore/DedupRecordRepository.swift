import Foundation
import ParallaxModel

/// The near-duplicate index, one record per article (``DedupRecord``): an ingest reads the records its new
/// articles may copy, never the whole index.
public protocol DedupRecordRepository: Sendable {
    /// Number of stored near-duplicate records.
    func dedupRecordCount() async throws -> Int
    /// The records with any of these band keys, by sequence.
    func dedupRecords(bandKeys: [UInt64]) async throws -> [DedupRecord]
    /// The records of these articles (ids without one are skipped), by sequence.
    func dedupRecords(articleIds: [String]) async throws -> [DedupRecord]
    /// The records whose ``DedupRecord/component`` is one of `components`, by sequence.
    func dedupRecords(components: [Int]) async throws -> [DedupRecord]
    /// Stores records, atomically: a record of a new sequence is inserted whole; a stored one keeps its payload
    /// and band keys (they never change) and takes the new component. With `replacingAll`, every stored record
    /// is deleted first.
    func saveDedupRecords(_ records: [DedupRecord], replacingAll: Bool) async throws
}
