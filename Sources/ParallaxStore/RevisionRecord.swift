import ParallaxModel

/// A stored text of an article, as a backend keeps it: ``history(_:)`` turns an article's records into the
/// ``ArticleRevision``s a reader is shown. A backend stores the records ``UpsertPlan`` gives it, one per text,
/// and never changes one.
public struct RevisionRecord: Hashable, Sendable, Codable {
    /// Order of storing among the article's records, from 1.
    public var sequence: Int
    /// ``ArticleRevision/digest``.
    public var digest: String
    /// The time the history is ordered by: the text's own publication time, else that of the current text when
    /// it arrived (a page re-fetched without a date is the same publication).
    public var published: Timestamp?
    /// When the store stored the text.
    public var fetched: Timestamp?
    /// The article as this text was read, with the article's id.
    public var article: Article

    public init(sequence: Int, digest: String, published: Timestamp?, fetched: Timestamp?, article: Article) {
        self.sequence = sequence
        self.digest = digest
        self.published = published
        self.fetched = fetched
        self.article = article
    }

    /// Whether `self` comes before `other` in a history: by ``published`` (an unknown time first), then by
    /// ``sequence``.
    func precedes(_ other: RevisionRecord) -> Bool {
        switch (published, other.published) {
        case let (a?, b?) where a != b: return a < b
        case (nil, .some): return true
        case (.some, nil): return false
        default: return sequence < other.sequence
        }
    }

    /// An article's revisions from its records (in any order): oldest first, numbered from 1, the last current.
    public static func history(_ records: [RevisionRecord]) -> [ArticleRevision] {
        let ordered = records.sorted { $0.precedes($1) }
        return ordered.enumerated().map { offset, record in
            ArticleRevision(
                number: offset + 1, digest: record.digest, fetched: record.fetched,
                isCurrent: offset == ordered.count - 1, article: record.article)
        }
    }
}
