import Foundation
import ParallaxModel

/// The `show ARTICLE` report: one stored article, the event it is in, and its revisions with what each changed.
public enum ArticleReport {
    /// The article as text or Markdown: metadata, body, then its revision history (``ArticleRevision``), each
    /// revision with the paragraphs it removed and added compared with the one before.
    public static func article(
        _ article: Article, revisions: [ArticleRevision], eventId: String?, format: OutputFormat
    ) -> String {
        var m = Markup(markdown: format == .markdown)
        m.heading(article.title ?? "Untitled article", level: 1)
        m.field("id", article.id)
        m.field("outlet", article.outletName)
        if let published = article.published { m.field("published", published.description) }
        if !article.authors.isEmpty { m.field("authors", article.authors.joined(separator: ", ")) }
        if let url = article.url { m.field("url", url) }
        if let path = article.path { m.field("read from", path) }
        m.field("event", eventId ?? "none yet (the next ingest analyses it)")
        m.field("words", String(article.wordCount))
        m.blank()
        for paragraph in paragraphs(article.text) {
            m.line(paragraph)
            m.blank()
        }
        guard !revisions.isEmpty else { return m.output }
        m.heading("Revisions (\(revisions.count))", level: 2)
        m.table(
            ["#", "published", "fetched", "words", "title"],
            revisions.map { revision in
                [
                    "\(revision.number)\(revision.isCurrent ? " (current)" : "")",
                    revision.article.published?.description ?? "—", revision.fetched?.description ?? "—",
                    String(revision.article.wordCount), revision.article.title ?? "—",
                ]
            })
        for (earlier, later) in zip(revisions, revisions.dropFirst()) {
            m.heading("Revision \(later.number) against \(earlier.number)", level: 3)
            for edit in RevisionEdit.edits(from: earlier.article.text, to: later.article.text) {
                switch edit {
                case .removed(let paragraph): m.bullet("− " + paragraph)
                case .added(let paragraph): m.bullet("+ " + paragraph)
                case .reworded(let runs): m.bullet("~ " + RevisionEdit.marked(runs))
                }
            }
        }
        return m.output
    }

    /// The paragraphs of `old` that `new` no longer has, and those `new` has that `old` did not, each in its
    /// text's order: what a revision changed, at the grain a reader compares two versions of a story.
    public static func changes(from old: String, to new: String) -> (removed: [String], added: [String]) {
        let before = paragraphs(old)
        let after = paragraphs(new)
        let kept = Set(before).intersection(after)
        return (before.filter { !kept.contains($0) }, after.filter { !kept.contains($0) })
    }

    /// The non-empty paragraphs of a body (separated by blank lines), trimmed.
    static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

extension JSONReport {
    /// One revision of an article in JSON (`revisions` of `show ARTICLE` and `GET /api/articles/{id}`): every key
    /// present, null when unknown.
    public struct Revision: Encodable, Sendable {
        public var number: Int
        public var digest: String
        public var current: Bool
        public var fetched: Timestamp?
        public var published: Timestamp?
        public var title: String?
        public var url: String?
        public var path: String?
        public var wordCount: Int
        public var text: String

        public init(_ revision: ArticleRevision) {
            number = revision.number
            digest = revision.digest
            current = revision.isCurrent
            fetched = revision.fetched
            published = revision.article.published
            title = revision.article.title
            url = revision.article.url
            path = revision.article.path
            wordCount = revision.article.wordCount
            text = revision.article.text
        }

        enum CodingKeys: String, CodingKey {
            case number, digest, current, fetched, published, title, url, path, wordCount, text
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(digest, forKey: .digest)
            try c.encode(current, forKey: .current)
            try c.encode(fetched, forKey: .fetched)
            try c.encode(published, forKey: .published)
            try c.encode(title, forKey: .title)
            try c.encode(url, forKey: .url)
            try c.encode(path, forKey: .path)
            try c.encode(wordCount, forKey: .wordCount)
            try c.encode(text, forKey: .text)
        }
    }

    /// `show ARTICLE --format json`: the article, the event it is in, its extraction and its revisions.
    public struct ArticleDocument: Encodable, Sendable {
        public var schemaVersion: String = JSONSchemaVersion.current
        public var article: ArticleRecord
        public var eventId: String?
        public var extraction: ArticleExtraction?
        public var revisions: [Revision]

        public init(
            article: Article, eventId: String?, extraction: ArticleExtraction?, revisions: [ArticleRevision]
        ) {
            self.article = ArticleRecord(article)
            self.eventId = eventId
            self.extraction = extraction
            self.revisions = revisions.map(Revision.init)
        }

        enum CodingKeys: String, CodingKey { case schemaVersion, article, eventId, extraction, revisions }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(schemaVersion, forKey: .schemaVersion)
            try c.encode(article, forKey: .article)
            try c.encode(eventId, forKey: .eventId)
            try c.encode(extraction, forKey: .extraction)
            try c.encode(revisions, forKey: .revisions)
        }
    }
}
