/// Annotated claim pairs for tuning and measuring claim alignment (`Examples/gold/alignment-pairs.json`).
///
/// Claims are referenced by their article and a short snippet (at most six words) that occurs inside the
/// claim, so the file quotes no third-party text beyond the snippet.
public struct AlignmentGold: Hashable, Sendable, Codable {
    /// What the file is and how it was labelled.
    public var description: String
    /// Groups of pairs; each event's articles make the claim set that IDF weights are computed over.
    public var events: [EventPairs]

    /// Articles of one event and the pairs labelled among their claims.
    public struct EventPairs: Hashable, Sendable, Codable {
        /// A readable name ("phone-call", "harbour-fire").
        public var name: String
        /// References of the event's articles: paths relative to the package root (`Examples/articles/x.txt`,
        /// `../shared/seeds/000_876c2e81097d1dc7.txt`); the caller reads them into ``Article``s.
        public var articles: [String]
        /// The labelled pairs among the claims of `articles`.
        public var pairs: [AlignmentPair]

        /// Creates an event.
        public init(name: String, articles: [String], pairs: [AlignmentPair]) {
            self.name = name
            self.articles = articles
            self.pairs = pairs
        }
    }

    /// Creates a gold set.
    public init(description: String, events: [EventPairs]) {
        self.description = description
        self.events = events
    }

    /// Every article reference the pairs need, without repeats, in file order.
    public var articleReferences: [String] {
        var seen = Set<String>()
        return events.flatMap(\.articles).filter { seen.insert($0).inserted }
    }
}

/// Two claims labelled as stating the same thing or not.
public struct AlignmentPair: Hashable, Sendable, Codable {
    /// One claim.
    public var a: ClaimReference
    /// The other claim.
    public var b: ClaimReference
    /// True when the claims state the same proposition (paraphrase or near copy).
    public var same: Bool
    /// Why, for hard cases.
    public var note: String?

    /// Creates a pair.
    public init(a: ClaimReference, b: ClaimReference, same: Bool, note: String? = nil) {
        self.a = a
        self.b = b
        self.same = same
        self.note = note
    }
}

/// A claim located by its article and a snippet of its text.
public struct ClaimReference: Hashable, Sendable, Codable {
    /// One of the event's ``AlignmentGold/EventPairs/articles``.
    public var article: String
    /// Up to six words that occur (case-insensitively, white space collapsed) inside exactly the claim meant.
    public var snippet: String

    /// Creates a reference.
    public init(article: String, snippet: String) {
        self.article = article
        self.snippet = snippet
    }
}
