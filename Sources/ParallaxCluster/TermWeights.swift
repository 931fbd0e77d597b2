import Foundation
import ParallaxText

/// Inverse document frequencies from a background news corpus plus the documents being clustered.
///
/// A small batch (five articles about one summit) cannot tell by itself that "Xi" and "Putin" are common in
/// its world: every word looks equally rare. The bundled background table (`background-df.tsv`, 953 news
/// articles; `Scripts/background_df.py` rebuilds it) gives general news frequencies; the batch's own counts
/// are added on top, so a term frequent in the batch is down-weighted too.
public struct TermWeights: Sendable {
    /// Background document frequency by folded term (read by the streaming clusterer's hashed table).
    private(set) var background: [String: Int]
    /// Documents the background table counted.
    private(set) var backgroundDocuments: Int
    private var batch: [String: Int] = [:]
    private var batchDocuments = 0

    /// The bundled background table.
    public static let bundled: TermWeights = {
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
        return TermWeights(background: table, documents: documents)
    }()

    public init(background: [String: Int], documents: Int) {
        self.background = background
        self.backgroundDocuments = documents
    }

    /// Counts one more document's distinct terms.
    public mutating func add(documentTerms terms: Set<String>) {
        batchDocuments += 1
        for term in terms { batch[term, default: 0] += 1 }
    }

    /// IDF from the larger of the term's background and batch document shares:
    /// `-ln(max(p_background, p_batch)) + 0.1`, each share smoothed as (df + 0.5) / (N + 1).
    ///
    /// A term in every article of the batch ("Xi" in five articles about Xi) separates nothing there, however
    /// rare it is in general news; a term rare in both is the most telling. The batch share counts only once
    /// the batch has `minimumBatch` documents, so one article alone is weighted by the background.
    public func idf(_ term: String) -> Float {
        let background = (Float(self.background[term] ?? 0) + 0.5) / (Float(backgroundDocuments) + 1)
        var share = background
        if batchDocuments >= Self.minimumBatch {
            share = max(share, (Float(batch[term] ?? 0) + 0.5) / (Float(batchDocuments) + 1))
        }
        return -log(min(share, 1)) + 0.1
    }

    /// Batch size from which the batch's own document frequencies count.
    public static let minimumBatch = 3
}
