import ParallaxText

/// What a store keeps of its clustering between ingests, so that new articles are clustered against what is
/// stored without reading it all: the corpus's document frequencies and, for each event, the terms that
/// find it (its names and heaviest words).
///
/// An ingest counts its new articles, looks up the events they may join
/// (``EventClusterer/candidates(for:in:)``), clusters the new articles with those events' members, and
/// re-indexes the events that result; every other event stays as it is.
public struct ClusterIndex: Sendable {
    /// Document frequencies of every article counted.
    public private(set) var frequencies = DocumentFrequencies()
    /// Identifies the set of articles counted (order-free), so a store can tell whether the index matches
    /// the articles its events hold.
    public private(set) var articles = ArticleSetDigest()
    /// The terms each event is found by.
    private(set) var eventTerms: [String: [String]] = [:]
    /// Events by term.
    private var postings: [String: [String]] = [:]

    public init() {}

    /// Number of indexed events.
    public var eventCount: Int { eventTerms.count }

    /// Counts one new article into the document frequencies.
    mutating func count(_ id: String, terms: Set<String>) {
        frequencies.add(terms: terms)
        articles.insert(id)
    }

    /// Indexes an event under `terms` (replacing what it was indexed under).
    public mutating func setEvent(_ id: String, terms: [String]) {
        removeEvent(id)
        eventTerms[id] = terms
        for term in terms { postings[term, default: []].append(id) }
    }

    /// Forgets an event (merged into another, or replaced by a re-clustering).
    public mutating func removeEvent(_ id: String) {
        guard let terms = eventTerms.removeValue(forKey: id) else { return }
        for term in terms {
            postings[term]?.removeAll { $0 == id }
            if postings[term]?.isEmpty == true { postings[term] = nil }
        }
    }

    /// The events indexed under `term`.
    func events(under term: String) -> [String] { postings[term] ?? [] }

    init(frequencies: DocumentFrequencies, articles: ArticleSetDigest, eventTerms: [String: [String]]) {
        self.frequencies = frequencies
        self.articles = articles
        for (id, terms) in eventTerms { setEvent(id, terms: terms) }
    }
}

/// An order-free fingerprint of a set of article ids: their number and the XOR of their stable hashes.
public struct ArticleSetDigest: Sendable, Hashable {
    public private(set) var count = 0
    public private(set) var hash: UInt64 = 0

    public init() {}

    public init<S: Sequence>(_ ids: S) where S.Element == String {
        for id in ids { insert(id) }
    }

    /// Adds one id (adding an id twice is the caller's error: ids are counted once each).
    public mutating func insert(_ id: String) {
        count += 1
        hash ^= StableHash.hash(id)
    }

    init(count: Int, hash: UInt64) {
        self.count = count
        self.hash = hash
    }
}
