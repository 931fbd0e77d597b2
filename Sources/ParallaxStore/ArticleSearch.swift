import Foundation
import ParallaxModel

/// Full-text search over titles and bodies.
public protocol ArticleSearch: Sendable {
    /// Full-text search over titles and bodies.
    func search(_ query: String, limit: Int) async throws -> [SearchHit]
    /// Ranked full-text search with outlet and date filters and paging; hits carry their publication time.
    func search(_ query: SearchQuery) async throws -> [SearchHit]
    /// Readies the backend for many searches (a long-running server calls it once): a backend may build
    /// an in-memory ranking index here and keep it current. Searches answer the same with or without it.
    /// The default does nothing.
    func prepareForSearches() async throws
}
