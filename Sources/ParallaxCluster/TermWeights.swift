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

    /// Background document frequency by stem, which the batch clusterer's terms are ("files", "filed" →
    /// "fil"); a stem's frequency is its most frequent word's (a lower bound of the true count, which the
    /// table cannot give). Names ("§…") are looked up as they are.
    private var backgroundStems: [String: Int]

    public init(background: [String: Int], documents: Int) {
        self.background = background
        self.backgroundDocuments = documents
        var stems: [String: Int] = [:]
        for (word, count) in background {
            let stem = Stemmer.stem(word)
            stems[stem] = max(stems[stem] ?? 0, count)
        }
        backgroundStems = stems.merging(background) { stemmed, _ in stemmed }
    }

    /// These weights with `corpus` as the batch: what a word is worth is judged against every document the
    /// corpus counted, not only those being clustered (an incremental update clusters a few events' members
    /// against the whole store's statistics).
    public func counting(_ corpus: DocumentFrequencies) -> TermWeights {
        var weights = self
        weights.batch = corpus.counts
        weights.batchDocuments = corpus.documents
        return weights
    }

    /// Counts one more document's distinct terms.
    public mutating func add(documentTerms terms: Set<String>) {
        batchDocuments += 1
        for term in terms { batch[term, default: 0] += 1 }
    }

    /// IDF from the larger of the term's background share and its batch share, the batch's evidence weighed
    /// by the batch's size (see ``idf(background:backgroundDocuments:batch:batchDocuments:prior:)``).
    public func idf(_ term: String) -> Float {
        Self.idf(
            background: Float(backgroundStems[term] ?? 0), backgroundDocuments: Float(backgroundDocuments),
            batch: Float(batch[term] ?? 0), batchDocuments: Float(batchDocuments), prior: priorDocuments)
    }

    /// `-ln(max(p_background, p_batch)) + 0.1`, with `p_background = (df + 0.5) / (N + 1)` and, from
    /// ``minimumBatch`` documents on, the batch share smoothed towards the background by `m` pseudo-documents:
    /// `p_batch = (df_batch + m·p_background) / (N_batch + m)`.
    ///
    /// Two articles alone are weighed by the background only: the batch cannot tell the words that make them
    /// one story from their backdrop (every shared word is "in every article"), and letting it try made every
    /// pair look alike or every pair look apart. From three articles on, a word in all of them is their
    /// backdrop ("Xi" and "Putin" in five articles about their meetings) and the batch says so; `m` = 1 keeps
    /// that (the seeds need it: at `m` = 5 their three happenings merge) at the cost of tiny batches of short
    /// texts, where a story's words, in two of seven headlines, are discounted too (see `SmallBatchTests`).
    public static func idf(
        background: Float, backgroundDocuments: Float, batch: Float, batchDocuments: Float,
        prior m: Float = defaultPriorDocuments
    ) -> Float {
        let prior = (background + 0.5) / (backgroundDocuments + 1)
        guard batchDocuments >= minimumBatch else { return -log(min(prior, 1)) + 0.1 }
        let observed = (batch + m * prior) / (batchDocuments + m)
        return -log(min(max(prior, observed), 1)) + 0.1
    }

    /// Pseudo-documents of background evidence a batch's own counts are weighed against, chosen on the pair
    /// evaluation (two articles alone), ECB+ dev, the UCI headlines, the seeds and the newsroom set: see
    /// BENCHMARKS.md.
    public static let defaultPriorDocuments: Float = 1

    /// Batch size from which the batch's own counts count at all. Two articles cannot tell a word that makes
    /// them one story from a word of their common backdrop (both are "in every article"); from three on, a
    /// word in all of them is the backdrop ("Xi" and "Putin" in five articles about their meetings).
    public static let minimumBatch: Float = 3

    /// This table's pseudo-documents (``defaultPriorDocuments`` unless a clusterer's options say otherwise).
    public var priorDocuments: Float = defaultPriorDocuments
}
