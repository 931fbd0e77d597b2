import Foundation
import ParallaxModel

/// The JSON output of `analyze`, `show`, `compare` and `events`: a versioned public schema (`docs/SCHEMA.md`).
///
/// Spans are UTF-8 byte offsets into the article's `text` (`{"start": 0, "end": 5}`); every extracted item
/// also carries its surface `text`, so a reader can check a span without decoding anything.
public enum JSONReport {
    /// One article as published in the schema.
    public struct ArticleRecord: Codable, Sendable {
        public var id: String
        public var path: String?
        public var title: String?
        public var published: Timestamp?
        public var authors: [String]
        public var outlet: String?
        public var url: String?
        public var dateline: String?
        public var agency: String?
        public var categories: [String]
        public var language: String?
        public var text: String
        public var wordCount: Int

        public init(_ a: Article) {
            id = a.id
            path = a.path
            title = a.title
            published = a.published
            authors = a.authors
            outlet = a.outlet
            url = a.url
            dateline = a.dateline
            agency = a.agency
            categories = a.categories
            language = a.language
            text = a.text
            wordCount = a.wordCount
        }

        enum CodingKeys: String, CodingKey {
            case id, path, title, published, authors, outlet, url, dateline, agency, categories, language, text,
                wordCount
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(path, forKey: .path)
            try c.encode(title, forKey: .title)
            try c.encode(published, forKey: .published)
            try c.encode(authors, forKey: .authors)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(url, forKey: .url)
            try c.encode(dateline, forKey: .dateline)
            try c.encode(agency, forKey: .agency)
            try c.encode(categories, forKey: .categories)
            try c.encode(language, forKey: .language)
            try c.encode(text, forKey: .text)
            try c.encode(wordCount, forKey: .wordCount)
        }
    }

    /// One event as published in the schema.
    public struct EventRecord: Codable, Sendable {
        public var id: String
        public var title: String
        public var date: CivilDate?
        public var articleIds: [String]
        public var outlets: [String]
        public var centrality: [Double]

        public init(_ e: Event) {
            id = e.id
            title = e.title
            date = e.date
            articleIds = e.articleIds
            outlets = e.outlets
            centrality = e.centrality.map { ($0 * 1000).rounded() / 1000 }
        }

        enum CodingKeys: String, CodingKey { case id, title, date, articleIds, outlets, centrality }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(date, forKey: .date)
            try c.encode(articleIds, forKey: .articleIds)
            try c.encode(outlets, forKey: .outlets)
            try c.encode(centrality, forKey: .centrality)
        }
    }

    /// An extracted item with the article it came from.
    public struct Located<Item: Codable & Sendable>: Codable, Sendable {
        public var articleId: String
        public var item: Item

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: DynamicKey.self)
            try c.encode(articleId, forKey: DynamicKey("articleId"))
            try item.encode(to: encoder)
        }

        public init(articleId: String, item: Item) {
            self.articleId = articleId
            self.item = item
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: DynamicKey.self)
            articleId = try c.decode(String.self, forKey: DynamicKey("articleId"))
            item = try Item(from: decoder)
        }
    }

    /// An entity with its mentions in one article.
    public struct EntityRecord: Codable, Sendable {
        public var entity: Entity
        public var mentions: [Mention]

        enum CodingKeys: String, CodingKey { case mentions }

        public init(entity: Entity, mentions: [Mention]) {
            self.entity = entity
            self.mentions = mentions
        }

        public func encode(to encoder: any Encoder) throws {
            try entity.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(mentions, forKey: .mentions)
        }

        public init(from decoder: any Decoder) throws {
            entity = try Entity(from: decoder)
            mentions = try decoder.container(keyedBy: CodingKeys.self).decode([Mention].self, forKey: .mentions)
        }
    }

    /// A problem with one input.
    public struct ErrorRecord: Codable, Sendable {
        public var path: String
        public var message: String
        public var severity: String
    }

    /// The whole document.
    public struct Document: Codable, Sendable {
        public var schemaVersion: String = JSONSchemaVersion.current
        public var spanUnit: String = "utf8"
        public var articles: [ArticleRecord]
        public var events: [EventRecord]
        public var entities: [Located<EntityRecord>]
        public var quotes: [Located<Quote>]
        public var quantities: [Located<Quantity>]
        public var times: [Located<TimeExpression>]
        public var attributions: [Located<Attribution>]
        public var actions: [Located<Action>]
        public var comparisons: [EventComparison]
        /// Copies of one story: the origin and each copy with its similarity and paragraph diff.
        public var syndication: [SyndicationGroup]
        public var errors: [ErrorRecord]
    }

    /// Builds the document for a report.
    public static func document(_ report: ReportDocument) -> Document {
        var entities: [Located<EntityRecord>] = []
        var quotes: [Located<Quote>] = []
        var quantities: [Located<Quantity>] = []
        var times: [Located<TimeExpression>] = []
        var attributions: [Located<Attribution>] = []
        var actions: [Located<Action>] = []
        for article in report.articles {
            guard let x = report.extractions[article.id] else { continue }
            let id = article.id
            let mentionsByEntity = Dictionary(grouping: x.mentions, by: \.entityId)
            entities += x.entities.map {
                Located(articleId: id, item: EntityRecord(entity: $0, mentions: mentionsByEntity[$0.id] ?? []))
            }
            quotes += x.quotes.map { Located(articleId: id, item: $0) }
            quantities += x.quantities.map { Located(articleId: id, item: $0) }
            times += x.times.map { Located(articleId: id, item: $0) }
            attributions += x.attributions.map { Located(articleId: id, item: $0) }
            actions += x.actions.map { Located(articleId: id, item: $0) }
        }
        return Document(
            articles: report.articles.map(ArticleRecord.init), events: report.events.map(EventRecord.init),
            entities: entities, quotes: quotes, quantities: quantities, times: times, attributions: attributions,
            actions: actions,
            comparisons: report.events.compactMap { report.comparisons[$0.id] },
            syndication: report.syndication,
            errors: report.diagnostics.map {
                ErrorRecord(path: $0.path, message: $0.message, severity: $0.severity.rawValue)
            }
        )
    }

    /// Pretty-printed JSON with sorted keys, so output diffs cleanly.
    public static func render(_ report: ReportDocument) throws -> String {
        try encode(document(report))
    }

    /// Encodes a value on one line (JSON Lines), keys sorted.
    public static func encodeLine<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Encodes any value the way Parallax prints JSON.
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

struct DynamicKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
