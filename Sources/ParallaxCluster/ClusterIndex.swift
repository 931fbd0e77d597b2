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
    /// What each event is found by.
    private(set) var entries: [String: Entry] = [:]
    /// Events by term.
    private var postings: [String: [String]] = [:]

    public init() {}

    /// Number of indexed events.
    public var eventCount: Int { entries.count }

    /// What an event is indexed under: its names and heaviest words, and the first and last publication days
    /// of its members (``CivilDate/dayNumber``), when any is dated.
    public struct Entry: Sendable, Hashable {
        public var terms: [String]
        public var days: ClosedRange<Int>?

        public init(terms: [String], days: ClosedRange<Int>?) {
            self.terms = terms
            self.days = days
        }
    }

    /// Counts one new article into the document frequencies.
    mutating func count(_ id: String, terms: Set<String>) {
        frequencies.add(terms: terms)
        articles.insert(id)
    }

    /// Indexes an event (replacing what it was indexed under).
    public mutating func setEvent(_ id: String, _ entry: Entry) {
        removeEvent(id)
        entries[id] = entry
        for term in entry.terms { postings[term, default: []].append(id) }
    }

    /// The publication days of an indexed event's members, when known.
    func days(of event: String) -> ClosedRange<Int>? { entries[event]?.days }

    /// Forgets an event (merged into another, or replaced by a re-clustering).
    public mutating func removeEvent(_ id: String) {
        guard let entry = entries.removeValue(forKey: id) else { return }
        for term in entry.terms {
            postings[term]?.removeAll { $0 == id }
            if postings[term]?.isEmpty == true { postings[term] = nil }
        }
    }

    /// The events indexed under `term`.
    func events(under term: String) -> [String] { postings[term] ?? [] }

    init(frequencies: DocumentFrequencies, articles: ArticleSetDigest, entries: [String: Entry]) {
        self.frequencies = frequencies
        self.articles = articles
        for (id, entry) in entries.sorted(by: { $0.key < $1.key }) { setEvent(id, entry) }
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
