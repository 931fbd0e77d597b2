/// One article of a syndication group that is not its origin, with how it relates to the origin.
public struct SyndicatedCopy: Hashable, Sendable, Codable {
    /// The copy's article id.
    public var articleId: String
    /// The outlet that ran the copy, when known.
    public var outlet: String?
    /// When the copy was published, when known.
    public var published: Timestamp?
    /// Shingle Jaccard similarity to the origin.
    public var similarity: Double
    /// Share of the copy's shingles found in the origin: near 1 for a trimmed copy.
    public var containment: Double
    /// Share of the origin's shingles the copy carries: near 1 for a copy that only adds.
    public var coverage: Double
    /// Paragraphs the copy cut from, and added to, the origin.
    public var diff: ParagraphDiff

    /// Creates a copy entry.
    public init(
        articleId: String, outlet: String? = nil, published: Timestamp? = nil, similarity: Double,
        containment: Double, coverage: Double, diff: ParagraphDiff = ParagraphDiff()
    ) {
        self.articleId = articleId
        self.outlet = outlet
        self.published = published
        self.similarity = similarity
        self.containment = containment
        self.coverage = coverage
        self.diff = diff
    }
}
