import Foundation
import ParallaxModel

/// Reference implementations of the query requirements, built on the basic ones. They read everything, so
/// they suit small stores (``MemoryStore``) and keep a new backend compiling; a backend for real corpora
/// overrides them with indexed queries (``SQLiteStore`` does).
extension ArticleStore {
    public func analysisGeneration() async throws -> Int { 0 }
    public func renderedPage(key: String, generation: Int) async throws -> [UInt8]? { nil }
    public func saveRenderedPages(_ pages: [RenderedPage], generation: Int) async throws {}
    public func renderedPageKeys(generation: Int) async throws -> Set<String> { [] }
    public func prepareForSearches() async throws {}

    public func events(matching filter: EventFilter, limit: Int, offset: Int) async throws -> EventPage {
        let matching = try await filteredEvents(filter)
        let start = min(max(0, offset), matching.count)
        let end = min(start + max(0, limit), matching.count)
        return EventPage(events: Array(matching[start..<end]), total: matching.count)
    }

    public func eventCount() async throws -> Int { try await allEvents().count }

    public func timeline(matching filter: EventFilter) async throws -> [TimelineDay] {
        var days: [CivilDate: TimelineDay] = [:]
        for event in try await filteredEvents(filter) {
            guard let date = event.date else { continue }
            var day = days[date] ?? TimelineDay(date: date, events: 0, articles: 0)
            day.events += 1
            day.articles += event.articleIds.count
            days[date] = day
        }
        return days.values.sorted { $0.date < $1.date }
    }

    public func outletSummaries() async throws -> [OutletSummary] {
        var summaries: [String: OutletSummary] = [:]
        for article in try await allArticles() {
            guard let outlet = article.outlet else { continue }
            var summary = summaries[outlet] ?? OutletSummary(name: outlet, articleCount: 0, eventCount: 0)
            summary.articleCount += 1
            if let published = article.published {
                summary.firstPublished = min(summary.firstPublished ?? published, published)
                summary.lastPublished = max(summary.lastPublished ?? published, published)
            }
            summaries[outlet] = summary
        }
        for event in try await allEvents() {
            for outlet in event.outlets where summaries[outlet] != nil { summaries[outlet]?.eventCount += 1 }
        }
        return summaries.values.sorted { $0.name < $1.name }
    }

    public func event(containingArticle articleId: String) async throws -> Event? {
        try await allEvents().first { $0.articleIds.contains(articleId) }
    }

    public func articles(ids: [String]) async throws -> [Article] {
        var found: [Article] = []
        found.reserveCapacity(ids.count)
        for id in ids {
            if let article = try await article(id: id) { found.append(article) }
        }
        return found
    }

    public func search(_ query: SearchQuery) async throws -> [SearchHit] {
        let wanted = max(0, query.offset) + max(0, query.limit)
        // Ask for more than a page so that filtering leaves a page; a reference implementation, not a fast one.
        let hits = try await search(query.text, limit: max(wanted, 1) * 4 + 100)
        var admitted: [SearchHit] = []
        for hit in hits {
            let article = try await article(id: hit.articleId)
            if query.admits(outlet: article?.outlet, published: article?.published) {
                var hit = hit
                hit.published = article?.published
                admitted.append(hit)
            }
        }
        let start = min(max(0, query.offset), admitted.count)
        return Array(admitted[start..<min(start + max(0, query.limit), admitted.count)])
    }

    /// The events passing `filter`, in listing order.
    private func filteredEvents(_ filter: EventFilter) async throws -> [Event] {
        var result: [Event] = []
        let outlet = filter.outlet?.lowercased()
        let entity = filter.entity?.lowercased()
        for event in try await allEvents() {
            if filter.from != nil || filter.to != nil {
                guard let date = event.date else { continue }
                if let from = filter.from, date < from { continue }
                if let to = filter.to, date > to { continue }
            }
            if let outlet, !event.outlets.contains(where: { $0.lowercased() == outlet }) { continue }
            if let title = filter.title,
                event.title.range(of: title, options: [.caseInsensitive, .diacriticInsensitive]) == nil
            {
                continue
            }
            if let entity, try await !names(of: event).contains(entity) { continue }
            result.append(event)
        }
        return result
    }

    /// Lowercased names and aliases of the entities the event's articles mention.
    public func names(of event: Event) async throws -> Set<String> {
        var names: Set<String> = []
        for id in event.articleIds {
            guard let extraction = try await extraction(articleId: id) else { continue }
            for entity in extraction.entities {
                names.insert(entity.name.lowercased())
                for alias in entity.aliases { names.insert(alias.lowercased()) }
            }
        }
        return names
    }
}
