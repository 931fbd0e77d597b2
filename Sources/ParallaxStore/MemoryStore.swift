import Foundation
import ParallaxModel

/// An in-memory store: for `parallax analyze`, tests, and as the reference for the conformance suite.
public actor MemoryStore: ArticleStore {
    private var articles: [Article] = []
    private var index: [String: Int] = [:]
    private var events: [Event] = []
    private var extractions: [String: ArticleExtraction] = [:]
    private var comparisons: [String: EventComparison] = [:]
    private var syndication: [SyndicationGroup] = []
    private var dedup = MemoryDedupRecords()
    private var derived: [String: Data] = [:]
    /// The first stored article at each address key.
    private var addresses: [String: String] = [:]
    private var revisionRecords: [String: [RevisionRecord]] = [:]
    private var fetched: [String: Timestamp] = [:]
    private var revised: [String] = []

    public init() {}

    public func upsert(_ batch: [Article]) async throws -> UpsertResult {
        var stored: [String: UpsertPlan.Stored] = [:]
        for key in UpsertPlan.addressKeys(batch) {
            guard let id = addresses[key], let position = index[id] else { continue }
            stored[key] = UpsertPlan.Stored(
                article: articles[position], records: revisionRecords[id] ?? [], fetched: fetched[id])
        }
        let now = Timestamp(utc: Date())
        let plan = UpsertPlan(
            batch, existing: Set(batch.map(\.id).filter { index[$0] != nil }), stored: stored, now: now)
        for (_, article) in plan.insertions {
            index[article.id] = articles.count
            articles.append(article)
            fetched[article.id] = now
            if let key = article.url.flatMap(ArticleAddress.key), addresses[key] == nil { addresses[key] = article.id }
        }
        for article in plan.replacements {
            guard let position = index[article.id] else { continue }
            articles[position] = article
            if !revised.contains(article.id) { revised.append(article.id) }
        }
        for (id, records) in plan.records { revisionRecords[id, default: []] += records }
        return plan.result
    }

    public func revisions(articleId: String) async throws -> [ArticleRevision] {
        RevisionRecord.history(revisionRecords[articleId] ?? [])
    }

    public func revisedArticleIds() async throws -> [String] { revised }

    public func allArticles() async throws -> [Article] { articles }
    public func article(id: String) async throws -> Article? { index[id].map { articles[$0] } }
    public func articleCount() async throws -> Int { articles.count }

    public func replaceAnalysis(
        events: [Event], extractions: [ArticleExtraction], comparisons: [EventComparison],
        syndication: [SyndicationGroup]
    ) async throws {
        self.syndication = syndication
        self.events = events
        revised = []
        self.extractions = Dictionary(extractions.map { ($0.articleId, $0) }, uniquingKeysWith: { $1 })
        self.comparisons = Dictionary(comparisons.map { ($0.eventId, $0) }, uniquingKeysWith: { $1 })
    }

    public func updateAnalysis(_ update: AnalysisUpdate) async throws {
        let removed = Set(update.removedEvents).union(update.events.map(\.id))
        events.removeAll { removed.contains($0.id) }
        events += update.events
        for id in removed { comparisons[id] = nil }
        for x in update.extractions { extractions[x.articleId] = x }
        let analysed = Set(update.extractions.map(\.articleId))
        revised.removeAll { analysed.contains($0) }
        for c in update.comparisons { comparisons[c.eventId] = c }
        let replacedGroups = Set(update.removedSyndication).union(update.syndication.map(\.id))
        syndication.removeAll { replacedGroups.contains($0.id) }
        syndication = (syndication + update.syndication).sorted { $0.id < $1.id }
    }

    public func derivedState(_ name: String) async throws -> Data? { derived[name] }
    public func saveDerivedState(_ name: String, _ data: Data) async throws { derived[name] = data }
    public func articleIds() async throws -> [String] { articles.map(\.id) }

    public func allEvents() async throws -> [Event] { events.sortedForListing() }
    public func syndicationGroups() async throws -> [SyndicationGroup] { syndication }
    public func syndicationGroups(containing articleIds: [String]) async throws -> [SyndicationGroup] {
        let wanted = Set(articleIds)
        return syndication.filter { $0.articleIds.contains(where: wanted.contains) }.sorted { $0.id < $1.id }
    }

    public func dedupRecordCount() async throws -> Int { dedup.count }
    public func dedupRecords(bandKeys: [UInt64]) async throws -> [DedupRecord] { dedup.records(bandKeys: bandKeys) }
    public func dedupRecords(articleIds: [String]) async throws -> [DedupRecord] {
        dedup.records(articleIds: articleIds)
    }
    public func dedupRecords(components: [Int]) async throws -> [DedupRecord] {
        dedup.records(components: components)
    }
    public func saveDedupRecords(_ records: [DedupRecord], replacingAll: Bool) async throws {
        if replacingAll { dedup = MemoryDedupRecords() }
        dedup.save(records)
    }
    public func event(id: String) async throws -> Event? { events.matching(id: id) }
    public func extraction(articleId: String) async throws -> ArticleExtraction? { extractions[articleId] }
    public func comparison(eventId: String) async throws -> EventComparison? { comparisons[eventId] }

    public func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        let terms = query.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !terms.isEmpty else { return [] }
        var hits: [SearchHit] = []
        for article in articles {
            let haystack = ((article.title ?? "") + "\n" + article.text).lowercased()
            let counts = terms.map { haystack.components(separatedBy: $0).count - 1 }
            guard counts.allSatisfy({ $0 > 0 }) else { continue }
            let (snippet, highlights) = SearchHit.snippet(marked: Self.markedSnippet(article.text, terms: terms))
            hits.append(
                SearchHit(
                    articleId: article.id, title: article.title, outlet: article.outlet, snippet: snippet,
                    highlights: highlights, score: Double(counts.reduce(0, +))))
        }
        return Array(hits.sorted { $0.score > $1.score }.prefix(limit))
    }

    /// Up to 24 words from a few words before the first word that starts with a query term, each such word
    /// between the match markers.
    static func markedSnippet(_ text: String, terms: [String]) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        func matches(_ word: Substring) -> Bool {
            let bare = word.drop { !$0.isLetter && !$0.isNumber }.lowercased()
            return terms.contains { bare.hasPrefix($0) }
        }
        let first = words.firstIndex(where: matches) ?? 0
        let window = max(0, first - 4)..<min(words.count, max(0, first - 4) + 24)
        var parts: [String] = window.lowerBound > 0 ? ["…"] : []
        for word in words[window] {
            let clean = String(word.unicodeScalars.filter { $0 != SearchHit.matchStart && $0 != SearchHit.matchEnd })
            guard matches(word), let start = clean.firstIndex(where: { $0.isLetter || $0.isNumber }),
                let last = clean.lastIndex(where: { $0.isLetter || $0.isNumber })
            else {
                parts.append(clean)
                continue
            }
            // Punctuation around the word stays outside the marks: "(bridge," is "([bridge],".
            let end = clean.index(after: last)
            parts.append(
                String(clean[..<start]) + String(SearchHit.matchStart) + clean[start..<end]
                    + String(SearchHit.matchEnd) + clean[end...])
        }
        if window.upperBound < words.count { parts.append("…") }
        return parts.joined(separator: " ")
    }
}
