import Foundation
import ParallaxModel

/// What an ingest added to a store.
public struct UpsertResult: Hashable, Sendable, Codable {
    /// Articles that were not stored before.
    public var inserted: [String]
    /// Articles whose content was already stored (same id): left as they were.
    public var existing: [String]

    public init(inserted: [String] = [], existing: [String] = []) {
        self.inserted = inserted
        self.existing = existing
    }
}

/// A search hit: an article and a snippet around the matched words.
public struct SearchHit: Hashable, Sendable, Codable {
    public var articleId: String
    public var title: String?
    public var outlet: String?
    /// Text around the match, with matched words between `[` and `]`.
    public var snippet: String
    /// Where the matched words are in `snippet`, without their brackets. A `[` or `]` of the article's own text
    /// is not a match; these ranges are the only reliable way to tell.
    public var highlights: [Highlight]
    /// Relevance, higher is better.
    public var score: Double
    /// When the article was published, when known (filled by ``ArticleStore/search(_:)-(SearchQuery)``).
    public var published: Timestamp?

    /// A matched word in a snippet: half-open Unicode code point offsets (what Python's `str` slicing and
    /// JavaScript's `Array.from(s)` count).
    public struct Highlight: Hashable, Sendable, Codable {
        public var start: Int
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    public init(
        articleId: String, title: String?, outlet: String?, snippet: String, highlights: [Highlight] = [],
        score: Double, published: Timestamp? = nil
    ) {
        self.articleId = articleId
        self.title = title
        self.outlet = outlet
        self.snippet = snippet
        self.highlights = highlights
        self.score = score
        self.published = published
    }

    /// Private-use characters a store puts around each matched word while building a snippet.
    public static let matchStart: Unicode.Scalar = "\u{E000}"
    public static let matchEnd: Unicode.Scalar = "\u{E001}"

    /// Reads a snippet whose matched words are between ``matchStart`` and ``matchEnd``: the snippet with `[`
    /// and `]` in their place, and where the matched words are. An end marker without a start, or a start inside a
    /// match, is dropped; a match left open is closed at the end.
    public static func snippet(marked: String) -> (snippet: String, highlights: [Highlight]) {
        var out = String.UnicodeScalarView()
        var highlights: [Highlight] = []
        var count = 0
        var open: Int?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case matchStart:
                if open == nil {
                    out.append("[")
                    count += 1
                    open = count
                }
            case matchEnd:
                if let start = open {
                    highlights.append(Highlight(start: start, end: count))
                    out.append("]")
                    count += 1
                    open = nil
                }
            default:
                out.append(scalar)
                count += 1
            }
        }
        if let start = open {  // unclosed: close it at the end
            highlights.append(Highlight(start: start, end: count))
            out.append("]")
        }
        return (String(out), highlights)
    }
}

/// The persistence every Parallax backend provides. Every backend passes the same conformance suite
/// (`ParallaxTesting.StoreConformance`).
///
/// Articles are immutable once stored and keyed by their id (text and source), so ingesting the same
/// publication twice stores it once. Events, extractions and comparisons are derived data that an analysis
/// replaces whole (``replaceAnalysis(events:extractions:comparisons:syndication:)``) or in part
/// (``updateAnalysis(_:)``).
public protocol ArticleStore: Sendable {
    /// Stores the articles that are new; reports which were new and which existed. Atomic: all or nothing.
    func upsert(_ articles: [Article]) async throws -> UpsertResult
    /// Every stored article, in ingestion order.
    func allArticles() async throws -> [Article]
    /// The article with this id, if stored.
    func article(id: String) async throws -> Article?
    /// Number of stored articles.
    func articleCount() async throws -> Int

    /// Replaces all events, extractions, comparisons and copy groups with a new analysis, atomically.
    func replaceAnalysis(
        events: [Event], extractions: [ArticleExtraction], comparisons: [EventComparison],
        syndication: [SyndicationGroup]
    ) async throws
    /// Replaces some events with others, atomically: deletes the events `update` names as removed (with
    /// their comparisons and rendered pages), stores its events, extractions and comparisons, deletes the copy
    /// groups it names and stores its copy groups (replacing those with the same id). Every other event, and
    /// its rendered pages, and every other copy group stays as it is; the analysis generation does not move.
    func updateAnalysis(_ update: AnalysisUpdate) async throws
    /// Derived state a stage keeps between ingests (the clustering index), stored under `name`, if any.
    func derivedState(_ name: String) async throws -> Data?
    /// Stores derived state under `name`, replacing what was there.
    func saveDerivedState(_ name: String, _ data: Data) async throws
    /// The ids of every stored article, in ingestion order.
    func articleIds() async throws -> [String]
    /// The stored copy groups (exact and near duplicates with their origin).
    func syndicationGroups() async throws -> [SyndicationGroup]
    /// The stored copy groups that hold any of `articleIds`, by id.
    func syndicationGroups(containing articleIds: [String]) async throws -> [SyndicationGroup]

    // The near-duplicate index, one record per article (``DedupRecord``): an ingest reads the records its new
    // articles may copy, never the whole index.

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
    /// Every stored event, newest first (undated last).
    func allEvents() async throws -> [Event]
    /// The event with this id, or the only event whose id starts with it.
    func event(id: String) async throws -> Event?
    /// The extraction of one article, if analysed.
    func extraction(articleId: String) async throws -> ArticleExtraction?
    /// The comparison of one event, if analysed.
    func comparison(eventId: String) async throws -> EventComparison?

    /// Full-text search over titles and bodies.
    func search(_ query: String, limit: Int) async throws -> [SearchHit]

    // Queries the server needs. Each has a reference implementation in a protocol extension
    // (`ArticleStore+Queries.swift`) that reads everything; backends override them with indexed queries.

    /// One page of the events passing `filter`, newest first (undated last), and how many pass in all.
    func events(matching filter: EventFilter, limit: Int, offset: Int) async throws -> EventPage
    /// Number of stored events.
    func eventCount() async throws -> Int
    /// Events and their articles per day, oldest day first, for the dated events passing `filter`.
    func timeline(matching filter: EventFilter) async throws -> [TimelineDay]
    /// Every outlet that has a stored article, by name.
    func outletSummaries() async throws -> [OutletSummary]
    /// The stored articles among `ids`, in the order given (unknown ids are skipped).
    func articles(ids: [String]) async throws -> [Article]
    /// The event the article with this id belongs to, if it has been clustered (an article page links to it).
    func event(containingArticle articleId: String) async throws -> Event?
    /// Ranked full-text search with outlet and date filters and paging; hits carry their publication time.
    func search(_ query: SearchQuery) async throws -> [SearchHit]
    /// Readies the backend for many searches (a long-running server calls it once): a backend may build
    /// an in-memory ranking index here and keep it current. Searches answer the same with or without it.
    /// The default does nothing.
    func prepareForSearches() async throws

    // Rendered pages (the server's materialised views). A backend may keep none: the defaults keep nothing.

    /// A number that changes with every ``replaceAnalysis(events:extractions:comparisons:syndication:)``, so a
    /// body rendered from one analysis is never served for the next.
    func analysisGeneration() async throws -> Int
    /// The body stored under `key` for analysis `generation`, if any.
    func renderedPage(key: String, generation: Int) async throws -> [UInt8]?
    /// Stores rendered bodies made from analysis `generation`; ignored when that is no longer the current one.
    func saveRenderedPages(_ pages: [RenderedPage], generation: Int) async throws
    /// Keys of the bodies stored for analysis `generation`.
    func renderedPageKeys(generation: Int) async throws -> Set<String>
}

/// A change to the stored analysis that leaves the events it does not name alone (an incremental ingest).
public struct AnalysisUpdate: Sendable {
    /// Ids of stored events to delete, with their comparisons and rendered pages.
    public var removedEvents: [String]
    /// Events to store (new, or replacing removed ones).
    public var events: [Event]
    /// Extractions to store, replacing any stored for the same article.
    public var extractions: [ArticleExtraction]
    /// Comparisons of `events`.
    public var comparisons: [EventComparison]
    /// Ids of stored copy groups to delete.
    public var removedSyndication: [String]
    /// Copy groups to store, replacing any stored with the same id.
    public var syndication: [SyndicationGroup]

    public init(
        removedEvents: [String], events: [Event], extractions: [ArticleExtraction], comparisons: [EventComparison],
        removedSyndication: [String] = [], syndication: [SyndicationGroup]
    ) {
        self.removedEvents = removedEvents
        self.events = events
        self.extractions = extractions
        self.comparisons = comparisons
        self.removedSyndication = removedSyndication
        self.syndication = syndication
    }

    /// Whether a rendered page's key belongs to one of the events this update touches: an event's page keys
    /// end with `:` and its id (`json:e-…`, `html:<templates>:e-…`).
    public func touches(pageKey key: String) -> Bool {
        guard let colon = key.lastIndex(of: ":") else { return false }
        let id = key[key.index(after: colon)...]
        return removedEvents.contains { $0 == id } || events.contains { $0.id == id }
    }
}

/// A body rendered from the stored analysis (an event page, an event's JSON), under the key it is served by.
public struct RenderedPage: Sendable, Hashable {
    public var key: String
    public var body: [UInt8]

    public init(key: String, body: [UInt8]) {
        self.key = key
        self.body = body
    }
}

extension Array where Element == Event {
    /// Events newest first, undated last, then by id for a stable order.
    public func sortedForListing() -> [Event] {
        sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.id < b.id
            }
        }
    }

    /// The event whose id equals `id`, or the only one with that prefix.
    public func matching(id: String) -> Event? {
        if let exact = first(where: { $0.id == id }) { return exact }
        let candidates = filter { $0.id.hasPrefix(id) }
        return candidates.count == 1 ? candidates[0] : nil
    }
}
