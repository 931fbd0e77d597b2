/// Copies of one story run by several outlets (or several versions of one article), under their origin.
///
/// A group counts as one voice in comparisons, while ``outlets`` still lists every outlet that ran it.
public struct SyndicationGroup: Hashable, Sendable, Codable, Identifiable {
    /// Why the origin was chosen.
    public enum OriginReason: String, Hashable, Sendable, Codable {
        /// The origin is the wire agency's own version, named in the copies' ``Article/agency``.
        case agency
        /// The origin is the earliest published member.
        case earliest
        /// No member has a publication time: the origin is the smallest article id.
        case identifier
    }

    /// Stable identifier derived from the origin's id ("s-" and 12 hex digits).
    public var id: String
    /// The article the others copy.
    public var originId: String
    /// The origin's outlet, when known.
    public var originOutlet: String?
    /// When the origin was published, when known.
    public var originPublished: Timestamp?
    /// Why ``originId`` was chosen.
    public var originReason: OriginReason
    /// The wire agency the members credit, when any does (the most credited, ties by name).
    public var agency: String?
    /// The other members, earliest first (then by id).
    public var copies: [SyndicatedCopy]
    /// Every outlet that ran the story, sorted; unknown outlets are left out.
    public var outlets: [String]

    /// Creates a group.
    public init(
        id: String, originId: String, originOutlet: String? = nil, originReason: OriginReason, agency: String? = nil,
        copies: [SyndicatedCopy], outlets: [String], originPublished: Timestamp? = nil
    ) {
        self.originPublished = originPublished
        self.id = id
        self.originId = originId
        self.originOutlet = originOutlet
        self.originReason = originReason
        self.agency = agency
        self.copies = copies
        self.outlets = outlets
    }

    /// The origin first, then the copies: the form comparisons take as one voice.
    public var articleIds: [String] { [originId] + copies.map(\.articleId) }
}
