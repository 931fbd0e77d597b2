/// Which outlets use which member of a set of contested alternative terms ("invasion" or "special military
/// operation"), present when at least one member occurs in the event.
public struct ContestedTermUsage: Hashable, Sendable, Codable {
    /// The set's name ("naming the war").
    public var name: String
    /// All members of the set, as listed in the lexicon.
    public var terms: [String]
    /// Per outlet, the members it uses (outlets using none are left out), sorted by outlet.
    public var outlets: [OutletUsage]
    /// Whether outlets differ in the members they use (the highlight: one says "invasion", another "crisis").
    public var divergent: Bool

    /// One outlet's use of the set.
    public struct OutletUsage: Hashable, Sendable, Codable {
        /// The outlet.
        public var outlet: String
        /// The members it uses, with every occurrence.
        public var terms: [TermUse]

        /// Creates an outlet's usage.
        public init(outlet: String, terms: [TermUse]) {
            self.outlet = outlet
            self.terms = terms
        }
    }

    /// One member as used by an outlet.
    public struct TermUse: Hashable, Sendable, Codable {
        /// The lexicon member.
        public var term: String
        /// Occurrences in the outlet's articles.
        public var count: Int
        /// Every occurrence.
        public var spans: [ArticleSpan]

        /// Creates a term use.
        public init(term: String, count: Int, spans: [ArticleSpan]) {
            self.term = term
            self.count = count
            self.spans = spans
        }
    }

    /// Creates a usage record.
    public init(name: String, terms: [String], outlets: [OutletUsage], divergent: Bool) {
        self.name = name
        self.terms = terms
        self.outlets = outlets
        self.divergent = divergent
    }
}
