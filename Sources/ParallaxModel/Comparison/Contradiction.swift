/// Voices of one event that state incompatible values for the same thing.
public struct Contradiction: Hashable, Sendable, Codable, Identifiable {
    /// What kind of value disagrees.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Numbers that differ beyond rounding after unit, scale and currency normalisation.
        case quantity
        /// Different resolved calendar days for the same happening.
        case date
        /// One side states the action, the other negates it.
        case negation
        /// The same action with a different actor or counterpart (who met whom).
        case participant
    }

    /// `"x<n>"` in order of discovery.
    public var id: String
    /// What kind of value disagrees.
    public var kind: Kind
    /// The slot that disagrees, readable: `"count of dead"`, `"length (m)"`, `"date"`, `"attend (negated)"`,
    /// `"meet: counterpart of Ana Varga"`.
    public var slot: String
    /// What the claims are about: shared entities or rarest shared words.
    public var subject: String
    /// The claim group the claims belong to, when they were aligned; nil when they were paired only by a
    /// strong subject overlap.
    public var groupId: String?
    /// Two or more sides, each a value with the voices that state it.
    public var sides: [Side]
    /// How sure the comparison is that the sides state one fact differently (0…1), rather than two different
    /// facts that look alike (two people's ages, a region's toll and a town's). Nil in output written before
    /// schema 1.1.
    public var confidence: Double?

    /// One value and who states it.
    public struct Side: Hashable, Sendable, Codable {
        /// The value as a reader would say it (`"12"`, `"2026-03-02"`, `"did not attend"`, `"Ana Varga"`).
        public var value: String
        /// The normalised number (SI unit or the currency's unit) for quantities.
        public var normalizedValue: Double?
        /// Outlets stating it, sorted.
        public var outlets: [String]
        /// Articles stating it, in event order.
        public var articleIds: [String]
        /// The claims stating it.
        public var claimIds: [String]
        /// Where it is stated: the claim spans.
        public var spans: [ArticleSpan]

        /// Creates a side.
        public init(
            value: String, normalizedValue: Double? = nil, outlets: [String], articleIds: [String],
            claimIds: [String], spans: [ArticleSpan]
        ) {
            self.value = value
            self.normalizedValue = normalizedValue
            self.outlets = outlets
            self.articleIds = articleIds
            self.claimIds = claimIds
            self.spans = spans
        }
    }

    /// Creates a contradiction.
    public init(
        id: String, kind: Kind, slot: String, subject: String, groupId: String?, sides: [Side],
        confidence: Double? = nil
    ) {
        self.id = id
        self.kind = kind
        self.slot = slot
        self.subject = subject
        self.groupId = groupId
        self.sides = sides
        self.confidence = confidence
    }
}
