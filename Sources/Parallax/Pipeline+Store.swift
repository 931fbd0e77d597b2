import Foundation
import ParallaxCluster
import ParallaxCompare
import ParallaxDedup
import ParallaxModel
import ParallaxReport
import ParallaxStore

extension Pipeline {
    /// Reads `paths`, stores the new articles, and brings the analysis up to date (``update(_:)``: only the
    /// new articles and the events they may join are analysed).
    ///
    /// Idempotent: content already stored is reported as existing and stored once. A changed text at a stored
    /// article's address is a revision of it (``ArticleRevision``): the article keeps its id, takes the newer text
    /// (an older one is kept in its history only) and is analysed again. The articles are committed before
    /// analysis starts, so a failure during analysis loses nothing that was read.
    public func ingest(paths: [String], into store: any ArticleStore, progress: (@Sendable (Int, Int) -> Void)? = nil)
        async throws -> IngestReport
    {
        var known = try await FileFingerprints.load(store)
        let batch = await read(paths: paths, known: known, progress: progress)
        let upsert = try await store.upsert(batch.articles)
        if !batch.fingerprints.isEmpty {
            known.formUnion(batch.fingerprints)
            try await FileFingerprints.save(known, to: store)
        }
        // The index takes in every stored article it lacks, not only this run's new ones: a run killed after
        // storing its articles but before saving the index left some that a rerun reports as existing.
        let update = try await update(store)
        return IngestReport(
            files: batch.fileCount, read: batch.articles.count, inserted: upsert.inserted, existing: upsert.existing,
            revised: upsert.revised, earlier: upsert.earlier, diagnostics: batch.diagnostics, events: update.events,
            analysis: update,
            unchangedFiles: batch.unchangedFiles
        )
    }

    /// Analyses every stored article again and replaces the stored events, extractions and comparisons.
    /// - Parameter reusingExtractions: take the stored extraction of an article that has one (a worker's, or
    ///   the last analysis's) instead of extracting it again; false re-extracts everything (what a new version
    ///   of the extractor needs).
    @discardableResult
    public func reanalyze(
        _ store: any ArticleStore, syndication: [SyndicationGroup]? = nil, reusingExtractions: Bool = false
    ) async throws -> Analysis {
        let articles = try await store.allArticles()
        var groups = syndication
        if groups == nil { groups = try await copyGroups(adding: articles, to: store) }
        let stored =
            reusingExtractions
            ? try await storedExtractions(
                of: articles, in: store, reextracting: Set(try await store.revisedArticleIds())) : nil
        let (analysis, index) = await analysis(of: articles, syndication: groups, extractions: stored)
        report(.storing, 0, of: 1)
        try await store.replaceAnalysis(
            events: analysis.events,
            extractions: Array(analysis.extractions.values).sorted { $0.articleId < $1.articleId },
            comparisons: analysis.events.compactMap { analysis.comparisons[$0.id] }, syndication: analysis.syndication
        )
        try await store.saveDerivedState(Self.clusterIndexName, Data(index.encoded()))
        report(.storing, 1, of: 1)
        return analysis
    }

    /// A report document over everything stored, or over one event's articles.
    public func report(from store: any ArticleStore, event: Event? = nil) async throws -> ReportDocument {
        let events: [Event]
        if let event { events = [event] } else { events = try await store.allEvents() }
        var articles: [Article] = []
        var extractions: [String: ArticleExtraction] = [:]
        var comparisons: [String: EventComparison] = [:]
        if let event {
            for id in event.articleIds { if let article = try await store.article(id: id) { articles.append(article) } }
        } else {
            articles = try await store.allArticles()
        }
        for article in articles { extractions[article.id] = try await store.extraction(articleId: article.id) }
        for event in events {
            comparisons[event.id] = try await store.comparison(eventId: event.id).map(shownContradictions)
        }
        let ids = Set(articles.map(\.id))
        let syndication = try await store.syndicationGroups().filter { $0.articleIds.contains(where: ids.contains) }
        return ReportDocument(
            articles: articles, events: events, extractions: extractions, comparisons: comparisons,
            syndication: syndication)
    }
}

extension Pipeline {
    /// The comparison with only the contradictions a report shows: all of them with
    /// ``Options/includeAllContradictions``, else those whose confidence reaches the comparison's threshold
    /// (a contradiction stored before confidences were kept has none and is shown). The store holds what the
    /// analysing pipeline kept: only confident ones unless it ran with ``Options/includeAllContradictions``
    /// (`parallax ingest --all-contradictions`), so that the server, which reads the store, shows confident
    /// ones by default too.
    public func shownContradictions(_ comparison: EventComparison) -> EventComparison {
        guard !options.includeAllContradictions else { return comparison }
        var shown = comparison
        let minimum = comparisonOptions.minimumContradictionConfidence
        shown.contradictions = comparison.contradictions.filter { ($0.confidence ?? 1) >= minimum }
        return shown
    }
}

extension Analysis {
    /// The analysis as a report document, with the problems met while reading.
    public func report(diagnostics: [Diagnostic] = []) -> ReportDocument {
        ReportDocument(
            articles: articles, events: events, extractions: extractions, comparisons: comparisons,
            syndication: syndication, diagnostics: diagnostics
        )
    }
}
