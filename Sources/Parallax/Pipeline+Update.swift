import Foundation
import ParallaxCluster
import ParallaxExtract
import ParallaxModel
import ParallaxStore

extension Pipeline {
    /// Name of the clustering index among a store's derived state.
    static let clusterIndexName = "cluster-index"

    /// Brings the stored analysis up to date with the stored articles, at the cost of what is new.
    ///
    /// Articles no event holds are new; articles on the store's ``ArticleRepository/revisedArticleIds()`` that an
    /// event holds have a revised text and are analysed again as if new (their events are always rebuilt, and
    /// their words are not counted twice into the word statistics). When there are none, nothing is done. Otherwise the new articles are
    /// extracted, the stored clustering index names the events they may join, and the new articles are
    /// clustered together with those events' members against the whole store's word statistics; the events
    /// that result replace the ones taken in (with fresh comparisons), and every other event, its
    /// comparison and its rendered pages stay as they are. The first analysis of a store, and a store whose
    /// index is missing or does not match its events (a run killed between writing the two), is analysed in
    /// full instead (``reanalyze(_:syndication:reusingExtractions:)``, with the extractions stored already).
    @discardableResult
    public func update(_ store: any ArticleStore) async throws -> UpdateReport {
        let stored = try await store.allEvents()
        let analysed = Set(stored.flatMap(\.articleIds))
        let fresh = try await store.articleIds().filter { !analysed.contains($0) }
        // Articles whose text was revised after their analysis: analysed again, in the events they are in.
        let revised = try await store.revisedArticleIds().filter(analysed.contains)
        guard !fresh.isEmpty || !revised.isEmpty else {
            return UpdateReport(mode: .current, newArticles: 0, events: stored.count)
        }
        guard !analysed.isEmpty, var index = try await loadClusterIndex(store),
            index.articles == ArticleSetDigest(analysed)
        else {
            let analysis = try await reanalyze(store, reusingExtractions: true)
            return UpdateReport(
                mode: .full, newArticles: fresh.count, revisedArticles: revised.count, events: analysis.events.count)
        }
        let newArticles = try await store.articles(ids: fresh + revised)
        // Extracted already when a worker stored them (``work(queue:worker:batchSize:hold:progress:)``); a revised
        // article's stored extraction is of its earlier text, so it is extracted again.
        let newExtractions = try await storedExtractions(of: newArticles, in: store, reextracting: Set(revised))
        let newDocuments = zip(newArticles, newExtractions).map { clusterDocument($0, $1) }
        let clusterer = EventClusterer(options: options.clustering)
        let candidates = clusterer.candidates(for: newDocuments, in: index)
        let revisedIds = Set(revised)
        let revisedEvents = Set(stored.filter { $0.articleIds.contains(where: revisedIds.contains) }.map(\.id))
        let touched = stored.filter { candidates.contains($0.id) || revisedEvents.contains($0.id) }
        // A revised article is clustered as a new one (its old text's vector must not hold it where it was), but
        // counted into the word statistics only once.
        var articles = try await store.articles(
            ids: touched.flatMap(\.articleIds).filter { !revisedIds.contains($0) })
        var extractions = try await storedExtractions(of: articles, in: store)
        articles += newArticles
        extractions += newExtractions
        let documents = zip(articles, extractions).map { clusterDocument($0, $1) }
        let freshIds = Set(fresh)
        report(.clustering, 0, of: 1)
        // The events the new articles may join start as they are; only those that change are worked on again.
        let position = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let seeds = touched.map { $0.articleIds.filter { !revisedIds.contains($0) }.compactMap { position[$0] } }
        let clusters = clusterer.cluster(documents, into: &index, events: seeds) { freshIds.contains($0.id) }
        report(.clustering, 1, of: 1)
        let outcome = Self.sortClusters(clusters, articles: articles, touched: touched, rebuilding: revisedEvents)
        for (id, cluster) in outcome.unchanged { index.setEvent(id, cluster.indexEntry) }
        let removed = touched.map(\.id).filter { outcome.unchanged[$0] == nil }
        for id in removed { index.removeEvent(id) }
        // Copy groups: the corpus's, the stored ones found within events left alone, and the new events' own.
        let redone = Set(outcome.changed.flatMap { $0.members.map { articles[$0].id } })
        let copies = try await copyGroups(adding: newArticles, redone: redone, in: store)
        let built = await events(
            of: outcome.changed, articles: articles, extractions: extractions, syndication: copies.corpus)
        for (cluster, event) in zip(outcome.changed, built.events) { index.setEvent(event.id, cluster.indexEntry) }
        let syndication = copies.change(redone: redone, local: built.copyGroups)
        report(.storing, 0, of: 1)
        try await store.updateAnalysis(
            AnalysisUpdate(
                removedEvents: removed, events: built.events.sortedForListing(),
                extractions: built.extractions.values.sorted { $0.articleId < $1.articleId },
                comparisons: built.events.compactMap { built.comparisons[$0.id] },
                removedSyndication: syndication.removed, syndication: syndication.groups))
        try await store.saveDerivedState(Self.clusterIndexName, Data(index.encoded()))
        report(.storing, 1, of: 1)
        return UpdateReport(
            mode: .incremental, newArticles: fresh.count, revisedArticles: revised.count,
            reclusteredEvents: touched.count, touchedEvents: removed.count,
            events: stored.count - removed.count + built.events.count)
    }

    /// The stored extractions of `articles`, in their order; an article without one, or in `reextracting` (a
    /// revised article, whose stored extraction is of an earlier text), is extracted. Read a few at a time in
    /// parallel: decoding them is most of the cost, and a store reads on several connections.
    func storedExtractions(
        of articles: [Article], in store: any ArticleStore, reextracting stale: Set<String> = []
    ) async throws -> [ArticleExtraction] {
        let extractor = Extractor()
        let read = await parallelMap(articles.count, progress: { report(.extracting, $0, of: articles.count) }) {
            i -> Result<ArticleExtraction, any Error> in
            do {
                let article = articles[i]
                let stored = stale.contains(article.id) ? nil : try await store.extraction(articleId: article.id)
                return .success(stored ?? extractor.extract(article))
            } catch {
                return .failure(error)
            }
        }
        return try read.map { try $0.get() }
    }

    /// The clusters of an incremental update, split into the touched events that came back as they were (by id;
    /// they are kept, comparison and pages too) and the clusters to build as events. An event holding a revised
    /// article (`revisedEvents`) is built again even when its members are the same: its article's text changed.
    static func sortClusters(
        _ clusters: [EventClusterer.Cluster], articles: [Article], touched: [Event],
        rebuilding revisedEvents: Set<String>
    ) -> (unchanged: [String: EventClusterer.Cluster], changed: [EventClusterer.Cluster]) {
        let touchedByMembers = Dictionary(
            touched.filter { !revisedEvents.contains($0.id) }.map { (Set($0.articleIds), $0.id) },
            uniquingKeysWith: { a, _ in a })
        var unchanged: [String: EventClusterer.Cluster] = [:]
        var changed: [EventClusterer.Cluster] = []
        for cluster in clusters {
            if let id = touchedByMembers[Set(cluster.members.map { articles[$0].id })] {
                unchanged[id] = cluster
            } else {
                changed.append(cluster)
            }
        }
        return (unchanged, changed)
    }

    /// The stored clustering index, if there is one this version reads.
    func loadClusterIndex(_ store: any ArticleStore) async throws -> ClusterIndex? {
        guard let data = try await store.derivedState(Self.clusterIndexName) else { return nil }
        return ClusterIndex(encoded: [UInt8](data))
    }
}
