import ParallaxText

/// How many documents of a corpus hold each clustering term (stemmed content words and `§`-prefixed names):
/// the statistics ``TermWeights`` weighs a corpus's words by.
///
/// A store keeps one, updated as articles arrive, so that clustering a few new articles with the events they
/// may join weighs their words as clustering the whole store at once would.
public struct DocumentFrequencies: Sendable, Hashable {
    /// Documents holding each term.
    public private(set) var counts: [String: Int] = [:]
    /// Documents counted.
    public private(set) var documents = 0

    public init() {}

    /// Counts one more document by its distinct terms.
    mutating func add(terms: Set<String>) {
        documents += 1
        for term in terms { counts[term, default: 0] += 1 }
    }

    init(counts: [String: Int], documents: Int) {
        self.counts = counts
        self.documents = documents
    }
}

extension Bags {
    /// The distinct terms a document is counted by in document frequencies.
    var terms: Set<String> { Set(content.keys).union(names.keys) }
}
