import Foundation
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
    public static let bundledHashedBackground: HashedBackground = {
        var table: [String: Int] = [:]
        var documents = 0
        if let url = Bundle.module.url(forResource: "background-df", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "\t")
                guard parts.count == 2, let n = Int(parts[1]) else { continue }
                if parts[0] == "#documents" { documents = n } else { table[String(parts[0])] = n }
            }
        }
        return HashedBackground(frequencies: table, documents: documents)
    }()
}
