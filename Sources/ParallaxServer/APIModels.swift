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
    }

    /// `GET /api/search`.
    struct SearchResults: Encodable, Sendable {
        var query: String
        var hits: [SearchHit]
    }

    /// `GET /healthz`.
    struct Health: Encodable, Sendable {
        var status: String
        var articles: Int
    }
}
