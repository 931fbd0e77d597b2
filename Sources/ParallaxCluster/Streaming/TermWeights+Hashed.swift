import ParallaxText

/// Background document frequencies keyed by hashed term id, for the streaming clusterer.
///
/// The same table as ``TermWeights/bundled`` (`background-df.tsv`), with each folded term replaced by its
/// ``StreamingTermExtractor/termID(_:)`` so the hot loop never builds a `String`.
public struct HashedBackground: Sendable {
    /// Background document frequency by term id.
    let frequencies: [UInt64: Int32]
    /// Documents the background counted.
    public let documents: Int

    /// Builds a table from folded terms and their document frequencies.
    public init(frequencies: [String: Int], documents: Int) {
        var table: [UInt64: Int32] = [:]
        table.reserveCapacity(frequencies.count)
        for (term, df) in frequencies { table[StreamingTermExtractor.termID(term), default: 0] += Int32(clamping: df) }
        self.frequencies = table
        self.documents = documents
    }

    /// Number of terms in the table.
    public var count: Int { frequencies.count }
}

extension TermWeights {
    /// The bundled background table (`Resources/background-df.tsv`) keyed by hashed term id.
    public static let bundledHashedBackground = HashedBackground(
        frequencies: TermWeights.bundled.background, documents: TermWeights.bundled.backgroundDocuments)
}
