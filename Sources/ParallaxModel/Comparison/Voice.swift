/// One independent voice in an event: an outlet, or a syndication group of copies of one story.
///
/// Copies of a wire story run by five outlets are one voice, so agreement among them does not count as five
/// confirmations; every outlet that ran it is still listed.
public struct Voice: Hashable, Sendable, Codable, Identifiable {
    /// `"outlet:<name>"` for an outlet's own reporting, `"syndication:<first article id>"` for a group of copies.
    public var id: String
    /// The outlets speaking with this voice, sorted.
    public var outlets: [String]
    /// The member articles, in event order.
    public var articleIds: [String]
    /// Whether this voice is a syndication group (copies of one story).
    public var syndicated: Bool

    /// Creates a voice.
    public init(id: String, outlets: [String], articleIds: [String], syndicated: Bool) {
        self.id = id
        self.outlets = outlets
        self.articleIds = articleIds
        self.syndicated = syndicated
    }
}
