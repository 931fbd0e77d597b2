import Foundation
import ParallaxModel

/// The derived data of an analysis: events, extractions, comparisons and copy groups, which an analysis
/// replaces whole (``replaceAnalysis(events:extractions:comparisons:syndication:)``) or in part
/// (``updateAnalysis(_:)``), and the state a stage keeps between ingests.
public protocol AnalysisRepository: Sendable {
    /// Replaces all events, extractions, comparisons and copy groups with a new analysis, atomically; no article
    /// is left on ``ArticleRepository/revisedArticleIds()``.
    func replaceAnalysis(
        events: [Event], extractions: [ArticleExtraction], comparisons: [EventComparison],
        syndication: [SyndicationGroup]
    ) async throws
    /// Replaces some events with others, atomically: deletes the events `update` names as removed (with
    /// their comparisons and rendered pages), stores its events, extractions and comparisons, deletes the copy
    /// groups it names and stores its copy groups (replacing those with the same id); the articles of its
    /// extractions leave ``ArticleRepository/revisedArticleIds()``. Every other event, and
    /// its rendered pages, and every other copy group stays as it is; the analysis generation does not move.
    func updateAnalysis(_ update: AnalysisUpdate) async throws
    /// Derived state a stage keeps between ingests (the clustering index), stored under `name`, if any.
    func derivedState(_ name: String) async throws -> Data?
    /// Stores derived state under `name`, replacing what was there.
    func saveDerivedState(_ name: String, _ data: Data) async throws
    /// The stored copy groups (exact and near duplicates with their origin).
    func syndicationGroups() async throws -> [SyndicationGroup]
    /// The stored copy groups that hold any of `articleIds`, by id.
    func syndicationGroups(containing articleIds: [String]) async throws -> [SyndicationGroup]
    /// Every stored event, newest first (undated last).
    func allEvents() async throws -> [Event]
    /// The event with this id, or the only event whose id starts with it.
    func event(id: String) async throws -> Event?
    /// The extraction of one article, if analysed.
    func extraction(articleId: String) async throws -> ArticleExtraction?
    /// The comparison of one event, if analysed.
    func comparison(eventId: String) async throws -> EventComparison?
}
