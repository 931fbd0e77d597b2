import Foundation
import ParallaxCluster
import ParallaxCompare
import ParallaxDedup
import ParallaxExtract
import ParallaxModel

extension Pipeline {
    /// Events made of clusters of `articles`: linked extractions, copies found within each event, comparisons.
    ///
    /// Each event is built and compared on its own, so the events are worked on in parallel (a batch of them per
    /// task) and put together in cluster order: the result is the same as one at a time.
    func events(
        of clusters: [EventClusterer.Cluster], articles: [Article], extractions: [ArticleExtraction],
        syndication: [SyndicationGroup]
    ) async -> BuiltEvents {
        let copies = CopyLookup(syndication)
        let parts = await parallelMap(clusters.count, progress: { report(.comparing, $0, of: clusters.count) }) {
            build(clusters[$0], articles: articles, extractions: extractions, copies: copies)
        }
        var built = BuiltEvents()
        for part in parts {
            for x in part.extractions { built.extractions[x.articleId] = x }
            built.copyGroups += part.copyGroups
            built.comparisons[part.event.id] = part.comparison
            built.events.append(part.event)
        }
        return built
    }

    /// One event of a cluster: its members' linked extractions, the copies found within it, its comparison.
    private func build(
        _ cluster: EventClusterer.Cluster, articles: [Article], extractions: [ArticleExtraction], copies: CopyLookup
    ) -> EventBuild {
        let members = cluster.members.map { articles[$0] }
        let memberExtractions = EntityLinker.link(cluster.members.map { extractions[$0] })
        let event = makeEvent(members, extractions: memberExtractions, centrality: cluster.centrality)
        var groups = copies.groups(within: event.articleIds)
        var local: [SyndicationGroup] = []
        // Within one event every pair can be checked: a trimmed wire copy with a standfirst of its own
        // (Jaccard 0.5–0.7, most of it contained in the origin) is found here even when corpus-scale LSH
        // at 0.8 missed it.
        if members.count > 1 && members.count <= Self.eventCopyCheckLimit {
            local = Self.eventCopyDetector.groups(members).filter { group in
                !groups.contains { Set($0).isSuperset(of: group.articleIds) }
            }
            groups += local.map(\.articleIds)
        }
        let comparison = EventComparator(options: comparisonOptions).compare(
            event: event, articles: members, extractions: memberExtractions, syndication: groups)
        return EventBuild(event: event, extractions: memberExtractions, copyGroups: local, comparison: comparison)
    }

    /// What ``events(of:articles:extractions:syndication:)`` makes.
    struct BuiltEvents {
        var events: [Event] = []
        /// Linked extractions by article id.
        var extractions: [String: ArticleExtraction] = [:]
        /// Comparisons by event id.
        var comparisons: [String: EventComparison] = [:]
        /// Copy groups found within events that the corpus groups missed.
        var copyGroups: [SyndicationGroup] = []
    }

    /// One event as ``build(_:articles:extractions:copies:)`` makes it.
    private struct EventBuild: Sendable {
        var event: Event
        var extractions: [ArticleExtraction]
        var copyGroups: [SyndicationGroup]
        var comparison: EventComparison
    }
}

/// The corpus's copy groups by article, so that an event finds the groups its members are in without reading
/// every group (a store of 100,000 articles has thousands).
struct CopyLookup: Sendable {
    private let groups: [SyndicationGroup]
    private let groupsOf: [String: [Int]]

    init(_ groups: [SyndicationGroup]) {
        self.groups = groups
        var groupsOf: [String: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            for id in group.articleIds { groupsOf[id, default: []].append(index) }
        }
        self.groupsOf = groupsOf
    }

    /// The groups holding two or more of `articleIds`, each as the ids it holds of them (in the group's order),
    /// in the order of the groups.
    func groups(within articleIds: [String]) -> [[String]] {
        let members = Set(articleIds)
        let touched = Set(articleIds.flatMap { groupsOf[$0] ?? [] }).sorted()
        return touched.map { groups[$0].articleIds.filter(members.contains) }.filter { $0.count > 1 }
    }
}
