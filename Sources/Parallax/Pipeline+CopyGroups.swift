import ParallaxDedup
import ParallaxModel
import ParallaxStore

/// The corpus's copy groups through the store's near-duplicate records (``DedupRecord``): a full analysis
/// indexes every article; an incremental one reads only the records its new articles may copy and the copy
/// groups of the articles it re-analyses.
extension Pipeline {
    /// Every copy group of the corpus once `articles` (every stored article) are in the stored near-duplicate
    /// records (those without one are added and saved).
    func copyGroups(adding articles: [Article], to store: any ArticleStore) async throws -> [SyndicationGroup] {
        let count = try await store.dedupRecordCount()
        var index = DedupIndex()
        if count > 0 {
            let records = try await store.dedupRecords(articleIds: articles.map(\.id))
            index = DedupIndex(options: DedupOptions(), records: records, nextSequence: count) ?? DedupIndex()
        }
        let rebuilt = index.count == 0
        index.add(articles)
        let changed = index.changedRecords()
        if rebuilt || !changed.isEmpty { try await store.saveDedupRecords(changed, replacingAll: rebuilt) }
        return index.groups()
    }

    /// What an incremental update needs of the copy groups, once its new articles are in the stored records.
    struct CopyGroupUpdate {
        /// The corpus groups of every new and redone article, and of every article of ``stored``, whole (and
        /// others), in listing order.
        var corpus: [SyndicationGroup]
        /// The stored copy groups holding a redone article or an article of a corpus group a new article is in.
        var stored: [SyndicationGroup]
    }

    /// Adds the `fresh` articles to the stored near-duplicate records, reading only the records that share a
    /// band key with them and the copy groups of those, of the fresh articles and of the `redone` ones (the
    /// members of the events to build again). Records the index cannot read are indexed again whole, once: a
    /// store that still gives unreadable records after that is broken, and the update fails with a storage
    /// error instead of trying again for ever.
    func copyGroups(
        adding fresh: [Article], redone: Set<String>, in store: any ArticleStore, retrying: Bool = false
    ) async throws -> CopyGroupUpdate {
        let count = try await store.dedupRecordCount()
        let analysed = try await store.articleCount() - fresh.count
        // A store whose records do not cover its articles (made before they were rows) is indexed again whole.
        guard count >= analysed else {
            let corpus = try await copyGroups(adding: try await store.allArticles(), to: store)
            let ids = Set(fresh.map(\.id)).union(redone)
            let members = corpus.filter { $0.articleIds.contains(where: ids.contains) }.flatMap(\.articleIds)
            return CopyGroupUpdate(
                corpus: corpus, stored: try await store.syndicationGroups(containing: Array(redone) + members))
        }
        let probe = DedupIndex()
        let known = Set(try await store.dedupRecords(articleIds: fresh.map(\.id)).map(\.articleId))
        let prepared = probe.prepare(fresh.filter { !known.contains($0.id) })
        var records = try await store.dedupRecords(bandKeys: probe.bandKeys(of: prepared))
        records += try await store.dedupRecords(articleIds: fresh.map(\.id) + redone)
        records += try await store.dedupRecords(components: Array(Set(records.map(\.component))))
        guard var index = DedupIndex(options: DedupOptions(), records: records, nextSequence: count) else {
            return try await reindexed(adding: fresh, redone: redone, in: store, retrying: retrying)
        }
        index.add(prepared: prepared)
        try await store.saveDedupRecords(index.changedRecords(), replacingAll: false)
        // The stored groups the change reaches, and the corpus groups of all their articles.
        let freshIds = Set(fresh.map(\.id))
        let joined = index.groups().filter { $0.articleIds.contains(where: freshIds.contains) }
        let stored = try await store.syndicationGroups(containing: Array(redone) + joined.flatMap(\.articleIds))
        let around = Set(redone).union(freshIds).union(stored.flatMap(\.articleIds))
        var wanted = try await store.dedupRecords(articleIds: Array(around))
        wanted += try await store.dedupRecords(components: Array(Set(wanted.map(\.component))))
        guard let groups = DedupIndex(options: DedupOptions(), records: wanted, nextSequence: count)?.groups() else {
            return try await reindexed(adding: fresh, redone: redone, in: store, retrying: retrying)
        }
        return CopyGroupUpdate(corpus: groups, stored: stored)
    }

    /// The update once the stored records, unreadable, are indexed again whole (the first time), or a storage
    /// error (when they were indexed again already).
    private func reindexed(adding fresh: [Article], redone: Set<String>, in store: any ArticleStore, retrying: Bool)
        async throws -> CopyGroupUpdate
    {
        guard !retrying else {
            throw ParallaxError(
                .storage, "The store's near-duplicate records cannot be read even after indexing them again.")
        }
        _ = try await copyGroups(adding: [], to: store)
        return try await copyGroups(adding: fresh, redone: redone, in: store, retrying: true)
    }
}

extension Pipeline.CopyGroupUpdate {
    /// The stored groups to delete and those to store so that the stored list is what ``Pipeline/merge(_:_:)``
    /// of every corpus group with the stored groups outside the redone events, then the events' own groups
    /// (`local`), gives: a group is kept or dropped only for a group it shares articles with, so the groups
    /// this update reaches decide it alone.
    func change(redone: Set<String>, local: [SyndicationGroup]) -> (removed: [String], groups: [SyndicationGroup]) {
        let reached = Set(stored.flatMap(\.articleIds)).union(redone).union(local.flatMap(\.articleIds))
        var result = corpus.filter { $0.articleIds.contains(where: reached.contains) }
        let kept = stored.filter { !$0.articleIds.contains(where: redone.contains) }
        for group in kept + local where !result.contains(where: { Set($0.articleIds).isSuperset(of: group.articleIds) })
        {
            result.append(group)
        }
        let ids = Set(result.map(\.id))
        return (stored.map(\.id).filter { !ids.contains($0) }, result.sorted { $0.id < $1.id })
    }
}
