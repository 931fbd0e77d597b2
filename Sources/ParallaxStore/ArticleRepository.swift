import Foundation
import ParallaxModel

/// Stored articles, keyed by their id (text and source), so ingesting the same publication twice stores it once;
/// a changed text at a stored article's address is a revision of it (``UpsertPlan``), which keeps its id and
/// every text it has had.
public protocol ArticleRepository: Sendable {
    /// Stores the articles that are new and the revisions of stored ones, as ``UpsertPlan`` decides; reports
    /// which were new, which existed, and which were revised. Atomic: all or nothing.
    func upsert(_ articles: [Article]) async throws -> UpsertResult
    /// Every stored article, in ingestion order.
    func allArticles() async throws -> [Article]
    /// The article with this id, if stored.
    func article(id: String) async throws -> Article?
    /// Number of stored articles.
    func articleCount() async throws -> Int
    /// The ids of every stored article, in ingestion order.
    func articleIds() async throws -> [String]
    /// The stored articles among `ids`, in the order given (unknown ids are skipped).
    func articles(ids: [String]) async throws -> [Article]
    /// The texts the article has had (``ArticleRevision``), oldest first, the current one last; empty for an
    /// article stored with one text only.
    func revisions(articleId: String) async throws -> [ArticleRevision]
    /// The articles whose current text changed (``UpsertResult/revised``) after their analysis was stored and
    /// that no analysis has taken in since: storing an extraction of an article takes it off the list.
    func revisedArticleIds() async throws -> [String]
}
