/// One article of the near-duplicate index as a store keeps it: a row per article, found by its band keys,
/// so that an ingest reads only the articles its new ones may copy (and their copy groups), never the whole
/// index.
///
/// The payload is opaque to stores (the dedup stage writes and reads it: the article's metadata, MinHash
/// signature, shingle set, paragraph hashes and the copy pairs found when it was indexed) and never changes
/// once stored; only ``component`` does, when a later article joins its copy group to another.
public struct DedupRecord: Sendable, Hashable {
    /// The article's id.
    public var articleId: String
    /// Position in indexing order, from 0: unique within a store, never reused.
    public var sequence: Int
    /// The ``sequence`` of the earliest-indexed article of its copy group (its own when it has no copy).
    public var component: Int
    /// LSH band keys of its signature (empty for a text without words, which can copy nothing).
    public var bandKeys: [UInt64]
    /// What the dedup stage needs of the article, in its own layout.
    public var payload: [UInt8]

    /// Creates a record.
    public init(articleId: String, sequence: Int, component: Int, bandKeys: [UInt64], payload: [UInt8]) {
        self.articleId = articleId
        self.sequence = sequence
        self.component = component
        self.bandKeys = bandKeys
        self.payload = payload
    }
}
