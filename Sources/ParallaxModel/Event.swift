/// A real-world happening reported by one or more articles.
public struct Event: Hashable, Sendable, Codable, Identifiable {
    /// Stable identifier derived from the member articles ("e-" and 12 hex digits).
    public var id: String
    /// The most central headline.
    public var title: String
    /// When it happened: the earliest resolved date of the happening, else the earliest publication date.
    public var date: CivilDate?
    /// Member articles, most central first.
    public var articleIds: [String]
    /// Distinct outlets, sorted.
    public var outlets: [String]
    /// Centrality of each member (cosine to the event centroid), parallel to `articleIds`.
    public var centrality: [Double]

    public init(
        id: String, title: String, date: CivilDate?, articleIds: [String], outlets: [String],
        centrality: [Double] = []
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.articleIds = articleIds
        self.outlets = outlets
        self.centrality = centrality
    }
}
