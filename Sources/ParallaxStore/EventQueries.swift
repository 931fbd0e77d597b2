import Foundation
import ParallaxModel

/// Queries the server needs. Each has a reference implementation in a protocol extension
/// (`ArticleStore+Queries.swift`) that reads everything; backends override them with indexed queries.
public protocol EventQueries: Sendable {
    /// One page of the events passing `filter`, newest first (undated last), and how many pass in all.
    func events(matching filter: EventFilter, limit: Int, offset: Int) async throws -> EventPage
    /// Number of stored events.
    func eventCount() async throws -> Int
    /// Events and their articles per day, oldest day first, for the dated events passing `filter`.
    func timeline(matching filter: EventFilter) async throws -> [TimelineDay]
    /// Every outlet that has a stored article, by name.
    func outletSummaries() async throws -> [OutletSummary]
    /// The event the article with this id belongs to, if it has been clustered (an article page links to it).
    func event(containingArticle articleId: String) async throws -> Event?
}
