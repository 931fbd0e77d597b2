import ParallaxModel
import ParallaxStore

/// The ``StoreConformance/Behaviour/revisions`` checks, on invented fixtures: a ferry story whose death toll an
/// outlet revised upward at one address.
extension StoreConformance {
    /// One fetch of the ferry story at `url`, with `dead` as the toll.
    public static func ferryStory(id: String, url: String, dead: String, published: String?, title: String) -> Article {
        Article(
            id: id, path: "gazette-\(id.suffix(2)).html", title: title,
            published: published.flatMap(Timestamp.init(iso:)), authors: ["Mira Castell"],
            outlet: "Portvale Gazette", url: url, language: "en",
            text: """
                PORTVALE — At least \(dead) people died when the ferry Saint Arles capsized off Cape Lorn on Tuesday, \
                the coast guard said.

                Rescue boats searched the strait through the night.
                """)
    }

    static func checkRevisions(_ store: any ArticleStore) async throws {
        let first = ferryStory(
            id: "00000000000000f1", url: "https://www.portvale-gazette.example/news/ferry-capsizes?utm_source=rss",
            dead: "twelve", published: "2025-04-02T07:10", title: "Ferry capsizes off Cape Lorn")
        _ = try await store.upsert([first])
        // The same page, reached another way, with the toll revised upward.
        let second = ferryStory(
            id: "00000000000000f2", url: "http://portvale-gazette.example/news/ferry-capsizes/",
            dead: "nineteen", published: "2025-04-02T07:10", title: "Ferry toll rises to 19")
        let revised = try await store.upsert([second])
        try check(
            revised.revised == [first.id] && revised.inserted.isEmpty, "a changed text was not a revision: \(revised)")
        let current = try await store.article(id: first.id)
        try check(current?.text == second.text, "the revised article does not hold the newer text")
        try check(current?.title == second.title, "the revised article does not hold the newer title")
        try check(try await store.article(id: second.id) == nil, "a revision was stored as an article of its own")
        try check(try await store.articleCount() == 1, "a revision changed the article count")
        var history = try await store.revisions(articleId: first.id)
        try check(
            history.map(\.article.text) == [first.text, second.text] && history.map(\.number) == [1, 2]
                && history.map(\.isCurrent) == [false, true] && history.allSatisfy({ $0.article.id == first.id }),
            "the history is not the two texts in order: \(history.map(\.number))")
        try check(history[0].digest != history[1].digest, "two revisions share a digest")
        try check(try await store.revisedArticleIds() == [first.id], "the revised article is not listed for analysis")
        let newWords = try await store.search("nineteen", limit: 5).map(\.articleId)
        let oldWords = try await store.search("twelve", limit: 5)
        try check(
            newWords == [first.id] && oldWords.isEmpty,
            "search does not find the revised text, or still finds the earlier one")

        let again = try await store.upsert([second, first])
        try check(
            again.existing == [first.id, first.id] && again.revised.isEmpty && again.inserted.isEmpty,
            "the same texts again were not existing: \(again)")
        // An older text arriving late goes into its place in the history; the current text stays.
        let older = ferryStory(
            id: "00000000000000f0", url: "https://portvale-gazette.example/news/ferry-capsizes#top", dead: "eight",
            published: "2025-04-01T22:40", title: "Ferry in distress off Cape Lorn")
        let late = try await store.upsert([older])
        try check(late.earlier == [first.id] && late.revised.isEmpty, "an older text was not an earlier revision")
        try check(try await store.article(id: first.id)?.text == second.text, "an older text replaced a newer one")
        history = try await store.revisions(articleId: first.id)
        try check(
            history.map(\.article.text) == [older.text, first.text, second.text] && history.last?.isCurrent == true,
            "a late older text is not first in the history")
        // A re-fetch without a date is dated like the text it follows: it becomes current, the date stays.
        let undated = ferryStory(
            id: "00000000000000f3", url: "https://portvale-gazette.example/news/ferry-capsizes", dead: "twenty-three",
            published: nil, title: "Ferry toll rises to 23")
        _ = try await store.upsert([undated])
        let latest = try await store.article(id: first.id)
        try check(latest?.text == undated.text, "an undated re-fetch did not become current")
        try check(latest?.published == second.published, "an undated re-fetch lost the publication time")
        try check(try await store.revisions(articleId: first.id).count == 4, "the history does not hold four texts")
        try await store.updateAnalysis(
            AnalysisUpdate(
                removedEvents: [], events: [], extractions: [ArticleExtraction(articleId: first.id)], comparisons: [],
                syndication: []))
        try check(try await store.revisedArticleIds().isEmpty, "an analysed article is still listed as revised")
    }

    /// Two texts at one new address in one batch: one article, both texts kept; other addresses and articles
    /// without one are left alone.
    static func checkRevisionsWithinBatch(_ store: any ArticleStore) async throws {
        let url = "https://eastern-ledger.example/2025/04/ferry"
        let a = ferryStory(id: "00000000000000e1", url: url, dead: "ten", published: "2025-04-02", title: "Ferry")
        let b = ferryStory(id: "00000000000000e2", url: url, dead: "eleven", published: "2025-04-02", title: "Ferry")
        let elsewhere = ferryStory(
            id: "00000000000000e3", url: url + "-analysis", dead: "eleven", published: nil, title: "Why it sank")
        var bare = a
        bare.id = "00000000000000e4"
        bare.url = nil
        var bareChanged = b
        bareChanged.id = "00000000000000e5"
        bareChanged.url = nil
        let result = try await store.upsert([a, b, elsewhere, bare, bareChanged])
        try check(
            result.inserted == [a.id, elsewhere.id, bare.id, bareChanged.id] && result.revised.isEmpty,
            "a batch with two texts at one address was not one new article: \(result)")
        try check(try await store.article(id: a.id)?.text == b.text, "the later text in a batch is not current")
        try check(
            try await store.revisions(articleId: a.id).map(\.article.text) == [a.text, b.text],
            "a batch's two texts are not both kept")
        try check(try await store.revisions(articleId: elsewhere.id).isEmpty, "another address has a history")
        try check(try await store.revisedArticleIds().isEmpty, "a new article is listed as revised")
    }
}
