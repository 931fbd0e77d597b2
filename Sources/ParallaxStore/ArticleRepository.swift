import Foundation
import ParallaxModel

/// Stored articles: immutable once stored, keyed by their id (text and source), so ingesting the same
/// publication twice stores it once.
public protocol ArticleRepository: Sendable {
    /// Stores the articles that are new; reports which were new and which existed. Atomic: all or nothing.
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
}
