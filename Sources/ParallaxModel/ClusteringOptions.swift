/// Weights and thresholds. The defaults are `parallax tune clustering` on ECB+ dev, the Examples corpus, the
/// seeds, newsroom parts 1–2 (`Benchmarks/clustering/newsroom`; part 3 is held out) and those three
/// clustered together; the short-text knobs on the UCI headlines, and the shared-day boost and the
/// background prior also on `parallax evaluate pairs`; see BENCHMARKS.md for the figures and the choices
/// made against the tuner.
public struct ClusteringOptions: Sendable, Hashable, Codable {
    public var threshold: Float = 0.12
    public var mergeThreshold: Float = 0.34
    public var contentWeight: Float = 0.6
    public var nameWeight: Float = 0.2
    public var titleWeight: Float = 0.2
    public var dateWindowDays: Int = 1
    public var dateMismatchFactor: Float = 0.7
    /// Relative gain of a pair that shares an anchor day (within `dateWindowDays`).
    public var sharedDateBoost: Float = 1.0
    /// Scale for a pair whose days meet only as publication days a day or so apart (within
    /// `dateWindowDays`, no mentioned day meeting the other side), instead of `1 + sharedDateBoost`. A
    /// mentioned day may be a day off (a weekday resolved against a publication date, "yesterday" in a
    /// story filed after midnight), so it meets the other side's days within the window at full strength;
    /// two publication days are facts, and the next day's story is as often the next happening of the same
    /// kind (the next day's market report, the ratings story after a premiere's reviews) as a follow-up.
    /// Headlines (a feed, an aggregator) have no other day to go by. 1 neither rewards nor penalises it.
    public var nearPublicationDayFactor: Float = 0.85
    /// `nearPublicationDayFactor` between two sides of bare headlines (feed or aggregator entries with no
    /// text, events made only of them): the inverse of the shared-day gain, `1 / (1 + sharedDateBoost)`, so a
    /// day apart counts against as much as a shared day counts for. A bare headline tells nothing of its day
    /// but when it ran, and its few words cannot tell the next happening of one beat (the next day's market
    /// report, another company's bankruptcy filing) from a follow-up; a report with text can ("for a second
    /// day"). Measured on the UCI headlines, split in halves by story (see BENCHMARKS.md).
    public var headlineNearDayFactor: Float = 0.5
    /// Pseudo-documents of background statistics a batch's own document frequencies are weighed against
    /// (``TermWeights/idf(background:backgroundDocuments:batch:batchDocuments:prior:)``): the batch decides
    /// what a word is worth only as far as its size allows.
    public var backgroundPriorDocuments: Float = 1
    /// Scale applied when the article's main person and the event's main person each go unmentioned by
    /// the other side: two stories about different protagonists are rarely one happening.
    public var personMismatchFactor: Float = 0.6
    /// Scale applied when the article's headline names people and none of them is named in a headline of
    /// the event (and the other way round for two events): a follow-up story names the earlier
    /// protagonist in its body ("…weeks after Smith was arrested") but its own in the headline.
    public var headlineMismatchFactor: Float = 0.3
    /// Scale applied when an article was published more than `publicationWindowDays` from every
    /// publication day of the event (both sides dated). Coverage of one happening comes within days; a
    /// repeat of the same kind (another round of talks, another launch) comes weeks later. The default is
    /// mild because an event, as ECB+ and TDT label it, includes its follow-ups (the arrest after a heist,
    /// the verdict after a shooting), which also come weeks later; set it near 0.2 to split follow-ups
    /// into events of their own (the newsroom set's `happening` labels, F1 0.951 on parts 1–2 that way).
    public var publicationGapFactor: Float = 0.7
    public var publicationWindowDays: Float = 3
    /// Scale applied instead of `publicationGapFactor` (when lower) once the gap passes `longGapDays`:
    /// another round of talks two months on is more often a new happening than a follow-up. 1 turns it off.
    public var longGapFactor: Float = 0.4
    public var longGapDays: Float = 30
    /// Apply the publication gap only when the later side reports a new day: one of its mentioned days
    /// falls after the earlier side's last publication day plus the window (a verdict, an arrest), or it
    /// mentions no day at all. A late article that only looks back at the event's own days (an analysis,
    /// an anniversary piece) keeps its similarity.
    public var publicationGapNeedsNewDay: Bool = true
    /// How an article is compared with an event: `average` (mean similarity to the members, from the
    /// summed vectors) keeps big events from swallowing neighbours on shared topic words; `centroid`
    /// (cosine to the summed vector) is more lenient.
    public var averageLinkage: Bool = true
    /// Reassignment rounds after the single pass and the merge pass: each article moves to the event it is
    /// now most similar to (its own event judged without it), which undoes early decisions made before
    /// an event had taken shape. 0 keeps the pure single-pass result.
    public var refinementPasses: Int = 1
    /// A document with at most this many distinct content terms (headline and summary, a feed item) is
    /// short: its cosines run lower and noisier than a full article's, since a story's headlines share one
    /// or two telling words in different wordings, so it is matched with thresholds of its own.
    public var shortTextTerms: Int = 12
    /// `threshold` for a short document. A short document is compared with an event's summed vector by
    /// cosine (centroid linkage) whatever `averageLinkage` says: a story's headlines share its one or
    /// two telling words with the event's centroid, seldom with most of its members.
    public var shortThreshold: Float = 0.3
    /// `mergeThreshold` for two events made only of short documents.
    public var shortMergeThreshold: Float = 0.3
    /// Documents clustered in one pass. A larger batch is clustered in chunks of this many, in publication
    /// order, each with the events its documents may join, as an ingest adds new articles to a store: the
    /// one-pass clusterer compares every document with every live event and every event with every other,
    /// which is quadratic in the batch; a chunk costs what it and its neighbours cost.
    public var chunkSize: Int = 1000
    /// Events a document is scored against: of those sharing a term with it, the ones sharing the most. A
    /// long stream of one beat shares its common words with thousands of events; the one a document
    /// belongs to shares its telling words too.
    public var candidateEvents: Int = 50
    /// Terms kept per event centroid (bounds memory on long streams).
    public var centroidTerms: Int = 400
    /// Terms of an article used to look up candidate events.
    public var queryTerms: Int = 30

    public init() {}
}
