/// A stretch of one article's text, quoted as evidence in a comparison.
public struct ArticleSpan: Hashable, Sendable, Codable {
    /// The article the span points into.
    public var articleId: String
    /// UTF-8 byte offsets into that article's `text`.
    public var span: Span
    /// The covered text, copied so the JSON can be read without the article.
    public var text: String

    /// Creates a span of evidence.
    public init(articleId: String, span: Span, text: String) {
        self.articleId = articleId
        self.span = span
        self.text = text
    }
}
