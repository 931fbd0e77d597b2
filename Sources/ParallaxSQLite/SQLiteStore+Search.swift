import Foundation
import GRDB
import ParallaxModel
import ParallaxStore
import Synchronization

extension SQLiteStore {
    /// Ranked search: every word must match as a prefix (`FTS5Pattern(matchingAllPrefixesIn:)`), ranked by
    /// `bm25(article_fts, 4.0, 1.0)`, ties by ingestion order. Once ``prepareForSearches()`` has run, the
    /// ranking comes from the in-memory ``FullTextIndex`` while it is current, and from FTS5 otherwise (the
    /// same hits either way); snippets are made from the page's articles by ``SearchSnippet``.
    public func search(_ query: SearchQuery) async throws -> [SearchHit] {
        let text = String(query.text.prefix(512))
        let limit = max(1, min(query.limit, 1000))
        let offset = max(0, query.offset)
        let (hits, stale) = try await wrap {
            try await pool.read { db -> ([SearchHit], Bool) in
                let tokenizer = try db.makeTokenizer(Self.searchTokenizer)
                let words = try FullTextIndex.queryTokens(of: text, tokenizer, db)
                guard !words.isEmpty else { return ([], false) }
                var stale = false
                var ranked: [FullTextIndex.Hit]?
                if searchIndex.isEnabled {
                    let index = searchIndex.index(generation: try Self.articleGeneration(db))
                    stale = index == nil
                    if let index, let prefixes = FullTextIndex.prefixes(words) {
                        let filter = FullTextIndex.Filter(
                            outlet: query.outlet, from: query.from?.description, to: query.to?.description)
                        ranked = index.search(prefixes: prefixes, filter: filter, limit: limit, offset: offset)
                    }
                }
                if ranked == nil {
                    // The same words FTS5Pattern(matchingAllPrefixesIn:) finds (that initialiser opens a database
                    // of its own to tokenize, which the index path has no need for).
                    guard let pattern = FTS5Pattern(matchingAllPrefixesIn: text) else { return ([], false) }
                    ranked = try Self.rankWithFTS5(query, pattern, limit, offset, db)
                }
                let snippet = SearchSnippet(prefixes: words.flatMap { $0 }, tokenizer: tokenizer)
                return (try Self.pageRows(ranked ?? [], snippet, db), stale)
            }
        }
        if stale { rebuildSearchIndex() }
        return hits
    }

    /// Builds the in-memory ranking index now and keeps it current from here on (rebuilt in the background
    /// after articles change, FTS5 answering meanwhile).
    public func prepareForSearches() async throws {
        searchIndex.enable()
        try await buildSearchIndex()
    }

    /// Starts a background rebuild unless one is running.
    private func rebuildSearchIndex() {
        guard searchIndex.beginBuild() else { return }
        Task.detached(priority: .utility) { [self] in
            try? await buildSearchIndex(alreadyBuilding: true)
        }
    }

    private func buildSearchIndex(alreadyBuilding: Bool = false) async throws {
        guard alreadyBuilding || searchIndex.beginBuild() else { return }
        do {
            let index = try await wrap {
                try await pool.read { db in try FullTextIndex.build(db, generation: try Self.articleGeneration(db)) }
            }
            searchIndex.finish(index)
        } catch {
            searchIndex.finish(nil)
            throw error
        }
    }

    /// Whether the in-memory index matches the stored articles.
    func searchIndexIsCurrent() async throws -> Bool {
        let generation = try await pool.read { try Self.articleGeneration($0) }
        return searchIndex.index(generation: generation) != nil
    }

    static func articleGeneration(_ db: Database) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT value FROM storeCounter WHERE name = 'articleGeneration'")) ?? 0
    }

    /// FTS5 ranks every matching row (the path without the index).
    static func rankWithFTS5(_ query: SearchQuery, _ pattern: FTS5Pattern, _ limit: Int, _ offset: Int, _ db: Database)
        throws -> [FullTextIndex.Hit]
    {
        var conditions = ["article_fts MATCH ?"]
        var arguments: StatementArguments = [pattern]
        if let outlet = query.outlet {
            conditions.append("article.outlet = ? COLLATE NOCASE")
            arguments += [outlet]
        }
        if let from = query.from {
            conditions.append("substr(article.published, 1, 10) >= ?")
            arguments += [from.description]
        }
        if let to = query.to {
            conditions.append("substr(article.published, 1, 10) <= ?")
            arguments += [to.description]
        }
        arguments += [limit, offset]
        // The article table is read only when a filter needs its columns: joining it costs a page read per
        // matching article (about half the ranking time for a common word at 100,000 articles).
        let source =
            conditions.count == 1 ? "article_fts" : "article_fts JOIN article ON article.seq = article_fts.rowid"
        return try Row.fetchAll(
            db,
            sql: """
                SELECT article_fts.rowid AS seq, bm25(article_fts, 4.0, 1.0) AS rank
                FROM \(source) WHERE \(conditions.joined(separator: " AND ")) ORDER BY rank, article_fts.rowid
                LIMIT ? OFFSET ?
                """,
            arguments: arguments
        ).map { FullTextIndex.Hit(seq: $0["seq"], score: -($0["rank"] as Double)) }
    }

    /// The ranked rows' articles with their snippets, in rank order.
    static func pageRows(_ ranked: [FullTextIndex.Hit], _ snippet: SearchSnippet, _ db: Database) throws
        -> [SearchHit]
    {
        let statement = try db.cachedStatement(
            sql: "SELECT id, title, outlet, published, text FROM article WHERE seq = ?")
        return try ranked.compactMap { hit in
            try Row.fetchOne(statement, arguments: [hit.seq]).map { row in
                let (text, highlights) = snippet(row["text"] as String? ?? "")
                return SearchHit(
                    articleId: row["id"], title: row["title"], outlet: row["outlet"], snippet: text,
                    highlights: highlights, score: hit.score,
                    published: (row["published"] as String?).flatMap(Timestamp.init(iso:)))
            }
        }
    }
}

/// The store's in-memory ranking index and whether it is wanted, shared by concurrent searches.
final class SearchIndexCache: Sendable {
    private struct State {
        var enabled = false
        var building = false
        var index: FullTextIndex?
    }

    private let state = Mutex(State())

    var isEnabled: Bool { state.withLock { $0.enabled } }

    func enable() { state.withLock { $0.enabled = true } }

    /// The index, when it was built for `generation`.
    func index(generation: Int) -> FullTextIndex? {
        state.withLock { $0.index?.generation == generation ? $0.index : nil }
    }

    /// Claims the build; false when one is already running.
    func beginBuild() -> Bool {
        state.withLock { state in
            guard !state.building else { return false }
            state.building = true
            return true
        }
    }

    func finish(_ index: FullTextIndex?) {
        state.withLock { state in
            state.building = false
            if let index { state.index = index }
        }
    }
}
