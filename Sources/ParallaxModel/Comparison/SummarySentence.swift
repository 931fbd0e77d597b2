/// One sentence of an event's extractive summary: a consensus claim as the most central article words it.
public struct SummarySentence: Hashable, Sendable, Codable {
    /// The consensus group it states.
    public var groupId: String
    /// The claim quoted.
    public var claimId: String
    /// The article the claim is from.
    public var articleId: String
    /// UTF-8 span of the claim in that article.
    public var span: Span
    /// The claim as written.
    public var text: String

    /// Creates a summary sentence.
    public init(groupId: String, claimId: String, articleId: String, span: Span, text: String) {
        self.groupId = groupId
        self.claimId = claimId
        self.articleId = articleId
        self.span = span
        self.text = text
    }
}
