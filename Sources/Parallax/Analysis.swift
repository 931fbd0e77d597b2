import ParallaxModel

/// The result of running the pipeline over a set of articles.
public struct Analysis: Sendable {
    public var articles: [Article]
    public var events: [Event]
    /// Extractions by article id (entity ids linked within each event).
    public var extractions: [String: ArticleExtraction]
    /// Comparisons by event id.
    public var comparisons: [String: EventComparison]
    /// Exact and near-duplicate copies of one story, each with its origin.
    public var syndication: [SyndicationGroup]

    public init(
        articles: [Article], events: [Event], extractions: [String: ArticleExtraction],
        comparisons: [String: EventComparison], syndication: [SyndicationGroup] = []
    ) {
        self.articles = articles
        self.events = events
        self.extractions = extractions
        self.comparisons = comparisons
        self.syndication = syndication
    }
}

/// Articles read from disk, and the problems met.
public struct ReadBatch: Sendable {
    public var articles: [Article]
    public var diagnostics: [Diagnostic]
    /// Number of files looked at.
    public var fileCount: Int
}

/// What `ingest` did.
public struct IngestReport: Sendable, Codable {
    public var files: Int
    public var read: Int
    public var inserted: [String]
    public var existing: [String]
    public var diagnostics: [Diagnostic]
    public var events: Int
}
