/// How the sources of one event report it: what they agree on, what some leave out, where they contradict each
/// other, how they frame it and whom they cite. A public JSON API: field names are stable.
public struct EventComparison: Hashable, Sendable, Codable {
    /// Bumped when a field changes meaning or goes away (added fields do not bump it).
    public static let currentSchemaVersion = 1

    /// ``currentSchemaVersion`` at the time of writing.
    public var schemaVersion: Int
    /// The compared event's id.
    public var eventId: String
    /// The independent voices (outlets, and syndication groups counted once), in event order.
    public var voices: [Voice]
    /// Every claim of every article, in event article order then text order.
    public var claims: [Claim]
    /// Claim groups, numbered by first appearance; every claim is in exactly one.
    public var groups: [ClaimGroup]
    /// Incompatible values across voices, in order of discovery.
    public var contradictions: [Contradiction]
    /// Distinctive terms per voice.
    public var framing: [OutletFraming]
    /// Contested term sets present in the event.
    public var contested: [ContestedTermUsage]
    /// Whom each outlet quotes or cites, sorted by outlet.
    public var sourcing: [OutletSourcing]
    /// Which outlet carries which claim group.
    public var coverage: CoverageMatrix
    /// Up to five consensus claims in the order the most central article gives them.
    public var summary: [SummarySentence]

    /// Creates a comparison.
    public init(
        schemaVersion: Int = EventComparison.currentSchemaVersion, eventId: String, voices: [Voice],
        claims: [Claim], groups: [ClaimGroup], contradictions: [Contradiction], framing: [OutletFraming],
        contested: [ContestedTermUsage], sourcing: [OutletSourcing], coverage: CoverageMatrix,
        summary: [SummarySentence]
    ) {
        self.schemaVersion = schemaVersion
        self.eventId = eventId
        self.voices = voices
        self.claims = claims
        self.groups = groups
        self.contradictions = contradictions
        self.framing = framing
        self.contested = contested
        self.sourcing = sourcing
        self.coverage = coverage
        self.summary = summary
    }
}
