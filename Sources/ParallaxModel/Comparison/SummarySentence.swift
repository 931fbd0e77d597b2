/// One sentence of an event's extractive summary: a consensus claim as the most central article words it.
public struct SummarySentence: Hashable, Sendable, Codable {
    public var groupId: String
    public var claimId: String
    public var articleId: String
    public var span: Span
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
