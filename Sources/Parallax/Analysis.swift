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
    /// Fingerprints of the files read without an error (when the read was given the known ones).
    public var fingerprints: [UInt64] = []
    /// Files skipped unparsed: their fingerprint was known.
    public var unchangedFiles = 0
}

/// What `ingest` did.
public struct IngestReport: Sendable, Codable {
    public var files: Int
    public var read: Int
    public var inserted: [String]
    public var existing: [String]
    /// Stored articles that took a newer text at their address: their earlier text is kept as a revision, and
    /// they were analysed again (``ArticleRevision``).
    public var revised: [String]
    /// Stored articles an older text arrived for at their address: kept as an earlier revision only.
    public var earlier: [String]
    public var diagnostics: [Diagnostic]
    /// Events stored after the ingest.
    public var events: Int
    /// What bringing the analysis up to date did.
    public var analysis: UpdateReport?
    /// Files skipped unparsed because the store had ingested the very same bytes.
    public var unchangedFiles: Int

    public init(
        files: Int, read: Int, inserted: [String], existing: [String], revised: [String] = [],
        earlier: [String] = [], diagnostics: [Diagnostic], events: Int, analysis: UpdateReport? = nil,
        unchangedFiles: Int = 0
    ) {
        self.unchangedFiles = unchangedFiles
        self.revised = revised
        self.earlier = earlier
        self.files = files
        self.read = read
        self.inserted = inserted
        self.existing = existing
        self.diagnostics = diagnostics
        self.events = events
        self.analysis = analysis
    }
}

extension IngestReport {
    /// What an ingest did, in one line: articles new and stored, and how the analysis was brought up to date
    /// (the summary a shell prints on standard error).
    public var summary: String {
        var text = "ingest: \(read) articles read, \(inserted.count) new"
        if !revised.isEmpty { text += ", \(revised.count) revised" }
        if unchangedFiles > 0 { text += ", \(unchangedFiles) files already ingested" }
        if let analysis {
            switch analysis.mode {
            case .current: text += "; nothing new to analyse"
            case .full: text += "; \(analysis.newArticles) analysed with everything stored"
            case .incremental:
                let what =
                    switch (analysis.newArticles, analysis.revisedArticles) {
                    case (let new, 0): "\(new)"
                    case (0, let revised): "\(revised) revised"
                    case (let new, let revised): "\(new) new and \(revised) revised"
                    }
                text += "; \(what) analysed with \(analysis.reclusteredEvents) events they might join"
                text += " (\(analysis.touchedEvents) replaced)"
            }
        }
        return text + "; \(events) events"
    }

    /// The files, articles and events of the ingest into the store at `location` (printed without a
    /// password), in one sentence.
    public func text(location: String) -> String {
        "\(files) files (\(unchangedFiles) already ingested, skipped), \(read) articles read: \(inserted.count) new, \(revised.count) revised, \(existing.count) already stored; \(events) events in \(StoreLocation.redacted(location))."
    }

    /// Whether the ingest found nothing at all to read or recognise.
    public var didNothing: Bool { read == 0 && existing.isEmpty && unchangedFiles == 0 }
}

/// What ``Pipeline/update(_:)`` did to a store's analysis.
public struct UpdateReport: Sendable, Codable, Hashable {
    /// How the analysis was brought up to date.
    public enum Mode: String, Sendable, Codable, Hashable {
        /// Nothing was new: the stored analysis stands.
        case current
        /// The new articles were clustered with the events they may join; the rest stands.
        case incremental
        /// Everything stored was analysed again (a first ingest, or a store whose clustering index is missing
        /// or does not match its events).
        case full
    }

    public var mode: Mode
    /// Articles analysed for the first time.
    public var newArticles: Int
    /// Analysed articles analysed again because their text was revised (``ArticleRevision``).
    public var revisedArticles: Int
    /// Stored events re-clustered with them, as events they might join (incremental mode).
    public var reclusteredEvents: Int
    /// Stored events replaced: joined by a new article, merged or split (incremental mode). The others came
    /// back as they were and were left alone, with their comparisons and rendered pages.
    public var touchedEvents: Int
    /// Events stored after the update.
    public var events: Int

    public init(
        mode: Mode, newArticles: Int, revisedArticles: Int = 0, reclusteredEvents: Int = 0, touchedEvents: Int = 0,
        events: Int
    ) {
        self.mode = mode
        self.newArticles = newArticles
        self.revisedArticles = revisedArticles
        self.reclusteredEvents = reclusteredEvents
        self.touchedEvents = touchedEvents
        self.events = events
    }
}
