import Foundation
import ParallaxModel

/// What an ingest added to a store.
public struct UpsertResult: Hashable, Sendable, Codable {
    /// Articles that were not stored before.
    public var inserted: [String]
    /// Articles whose content was already stored (same id, or a text the stored article at the same address
    /// has had): left as they were, and named by the stored id.
    public var existing: [String]
    /// Stored articles the batch brought a newer text for, at their address (``ArticleRevision``): they keep
    /// their id, take the new text, keep the earlier one as a revision, and are analysed again.
    public var revised: [String]
    /// Stored articles the batch brought an older text for (by publication time): kept as an earlier revision;
    /// the current text stays.
    public var earlier: [String]

    public init(inserted: [String] = [], existing: [String] = [], revised: [String] = [], earlier: [String] = []) {
        self.inserted = inserted
        self.existing = existing
        self.revised = revised
        self.earlier = earlier
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

/// The persistence every Parallax backend provides: articles, the analysis derived from them, the
/// near-duplicate records, the server's queries, search, and rendered pages, each its own protocol so that a
/// part of Parallax can ask for only what it uses. Every backend passes the same conformance suite
/// (`ParallaxTesting.StoreConformance`).
public protocol ArticleStore: ArticleRepository, AnalysisRepository, DedupRecordRepository, EventQueries, ArticleSearch,
    RenderedPageCache
{}

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
