/// Everything extraction found in one article. Every item carries a span into `Article.text`.
public struct ArticleExtraction: Hashable, Sendable, Codable {
    public var articleId: String
    public var entities: [Entity]
    public var mentions: [Mention]
    public var quotes: [Quote]
    public var quantities: [Quantity]
    public var times: [TimeExpression]
    public var attributions: [Attribution]
    public var actions: [Action]

    public init(
        articleId: String, entities: [Entity] = [], mentions: [Mention] = [], quotes: [Quote] = [],
        quantities: [Quantity] = [], times: [TimeExpression] = [], attributions: [Attribution] = [],
        actions: [Action] = []
    ) {
        self.articleId = articleId
        self.entities = entities
        self.mentions = mentions
        self.quotes = quotes
        self.quantities = quantities
        self.times = times
        self.attributions = attributions
        self.actions = actions
    }
}
