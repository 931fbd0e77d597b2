import ParallaxModel
import ParallaxReport
import ParallaxStore

/// The bodies of the JSON API. Field names follow `docs/SCHEMA.md` where the schema already has the value.
enum APIModels {
    /// One row of `GET /api/events`.
    struct EventSummary: Encodable, Sendable {
        var id: String
        var title: String
        var date: CivilDate?
        var outlets: [String]
        var articleCount: Int

        init(_ event: Event) {
            id = event.id
            title = event.title
            date = event.date
            outlets = event.outlets
            articleCount = event.articleIds.count
        }
    }

    /// `GET /api/events`.
    struct EventList: Encodable, Sendable {
        var total: Int
        var limit: Int
        var offset: Int
        var events: [EventSummary]
    }

    /// An article as listed under an event.
    struct ArticleSummary: Encodable, Sendable {
        var id: String
        var title: String?
        var outlet: String?
        var published: Timestamp?
        var url: String?
        var wordCount: Int

        init(_ article: Article) {
            id = article.id
            title = article.title
            outlet = article.outlet
            published = article.published
            url = article.url
            wordCount = article.wordCount
        }
    }

    /// `GET /api/events/{id}`.
    struct EventDetail: Encodable, Sendable {
        var event: JSONReport.EventRecord
        var articles: [ArticleSummary]
        var comparison: EventComparison?
    }

    /// `GET /api/articles/{id}`.
    struct ArticleDetail: Encodable, Sendable {
        var article: JSONReport.ArticleRecord
        var extraction: ArticleExtraction?
        /// Every text the article has had, oldest first; empty when it has had one.
        var revisions: [JSONReport.Revision]
    }

    /// `GET /api/search`: hits best first; `outlet`, `from` and `to` echo the filters.
    struct SearchResults: Encodable, Sendable {
        var query: String
        var outlet: String?
        var from: CivilDate?
        var to: CivilDate?
        var limit: Int
        var offset: Int
        var hits: [SearchHit]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(query, forKey: .query)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
            try c.encode(limit, forKey: .limit)
            try c.encode(offset, forKey: .offset)
            try c.encode(hits, forKey: .hits)
        }

        enum CodingKeys: String, CodingKey { case query, outlet, from, to, limit, offset, hits }
    }

    /// `GET /api/timeline`: per day, the events dated that day and their articles; the filters echoed.
    struct Timeline: Encodable, Sendable {
        var outlet: String?
        var entity: String?
        var from: CivilDate?
        var to: CivilDate?
        var days: [TimelineDay]

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(entity, forKey: .entity)
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
            try c.encode(days, forKey: .days)
        }

        enum CodingKeys: String, CodingKey { case outlet, entity, from, to, days }
    }

    /// An outlet in `GET /api/outlets` and at the top of `GET /api/outlets/{id}`.
    struct OutletRecord: Encodable, Sendable {
        var id: String
        var name: String
        var articleCount: Int
        var eventCount: Int
        var firstPublished: Timestamp?
        var lastPublished: Timestamp?

        init(_ summary: OutletSummary) {
            id = OutletDigest.slug(summary.name)
            name = summary.name
            articleCount = summary.articleCount
            eventCount = summary.eventCount
            firstPublished = summary.firstPublished
            lastPublished = summary.lastPublished
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(articleCount, forKey: .articleCount)
            try c.encode(eventCount, forKey: .eventCount)
            try c.encode(firstPublished, forKey: .firstPublished)
            try c.encode(lastPublished, forKey: .lastPublished)
        }

        enum CodingKeys: String, CodingKey { case id, name, articleCount, eventCount, firstPublished, lastPublished }
    }

    /// `GET /api/outlets`.
    struct OutletList: Encodable, Sendable {
        var outlets: [OutletRecord]
    }

    /// `GET /api/outlets/{id}`: the outlet, a page of its events, and who it quotes and which words it leans
    /// on across its `analysedEvents` most recent events.
    struct OutletDetail: Encodable, Sendable {
        var outlet: OutletRecord
        var events: EventList
        var analysedEvents: Int
        var sources: [OutletDigest.Source]
        var framing: [OutletDigest.Term]
    }

    /// `GET /healthz`.
    struct Health: Encodable, Sendable {
        var status: String
        var articles: Int
    }
}
