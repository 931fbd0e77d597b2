import ParallaxModel

/// Everything a report may show: the articles, their events, and what was found in them.
public struct ReportDocument: Sendable {
    public var articles: [Article]
    public var events: [Event]
    public var extractions: [String: ArticleExtraction]
    public var comparisons: [String: EventComparison]
    /// Copy groups (origin and copies) among these articles.
    public var syndication: [SyndicationGroup]
    public var diagnostics: [Diagnostic]

    public init(
        articles: [Article], events: [Event], extractions: [String: ArticleExtraction] = [:],
        comparisons: [String: EventComparison] = [:], syndication: [SyndicationGroup] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.syndication = syndication
        self.articles = articles
        self.events = events
        self.extractions = extractions
        self.comparisons = comparisons
        self.diagnostics = diagnostics
    }

    /// Articles by id.
    public var articlesById: [String: Article] {
        Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}
