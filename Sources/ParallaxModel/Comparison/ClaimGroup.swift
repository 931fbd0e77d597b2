/// Claims that state the same thing in different voices of one event.
public struct ClaimGroup: Hashable, Sendable, Codable, Identifiable {
    /// How widely a group is carried.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Carried by every voice, or by at least two thirds of them when the event has four or more voices.
        case consensus
        /// Carried by two or more voices but not enough for consensus.
        case partial
        /// Carried by one voice only.
        case unique
    }

    /// `"g<n>"`, numbered by first appearance in the event's article order.
    public var id: String
    /// How widely the group is carried.
    public var kind: Kind
    /// Member claims, at most one per voice, in event article order.
    public var claimIds: [String]
    /// Voices that carry it.
    public var voiceIds: [String]
    /// Outlets that carry it (every outlet of each carrying voice), sorted.
    public var outlets: [String]
    /// Outlets of the event that do not carry it, sorted.
    public var missingOutlets: [String]
    /// The member most similar to the others (ties: the earliest), as written.
    public var representativeText: String
    /// The id of that member.
    public var representativeClaimId: String
    /// Mean pairwise similarity of the members (1 for a single claim).
    public var cohesion: Double

    /// Creates a group.
    public init(
        id: String, kind: Kind, claimIds: [String], voiceIds: [String], outlets: [String], missingOutlets: [String],
        representativeText: String, representativeClaimId: String, cohesion: Double
    ) {
        self.id = id
        self.kind = kind
        self.claimIds = claimIds
        self.voiceIds = voiceIds
        self.outlets = outlets
        self.missingOutlets = missingOutlets
        self.representativeText = representativeText
        self.representativeClaimId = representativeClaimId
        self.cohesion = cohesion
    }
}
