/// The words and two-word phrases that set one voice's coverage of an event apart from the others'.
///
/// Scored by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
/// "Fightin' Words"): the z-score of a term's log-odds in this voice against all other voices, with the
/// prior taken from the event's whole text so rare words are not inflated by small counts.
public struct OutletFraming: Hashable, Sendable, Codable {
    /// The voice the terms belong to.
    public var voiceId: String
    /// Its outlets (one unless it is a syndication group), sorted.
    public var outlets: [String]
    /// Distinctive terms, highest z first.
    public var terms: [FramingTerm]

    /// Creates a framing profile.
    public init(voiceId: String, outlets: [String], terms: [FramingTerm]) {
        self.voiceId = voiceId
        self.outlets = outlets
        self.terms = terms
    }
}

/// A term distinctive of one voice.
public struct FramingTerm: Hashable, Sendable, Codable {
    /// Folded word or two-word phrase ("invasion", "special military").
    public var term: String
    /// Occurrences in this voice's text.
    public var count: Int
    /// Occurrences in the other voices' text.
    public var countElsewhere: Int
    /// z-score of the log-odds ratio (> 1.96 is distinctive at the 5% level).
    public var zScore: Double

    /// Creates a term.
    public init(term: String, count: Int, countElsewhere: Int, zScore: Double) {
        self.term = term
        self.count = count
        self.countElsewhere = countElsewhere
        self.zScore = zScore
    }
}
