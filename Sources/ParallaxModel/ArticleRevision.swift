/// One text an article has had at its address: a page re-published with a corrected figure, a rewritten
/// headline, an added paragraph.
///
/// An article is a text published by an outlet at an address. When the address gives a changed text later, the
/// article keeps its id and takes the newer text, and every text it has had is kept as a revision, numbered
/// from 1 for the earliest. The history is ordered by publication time, then by when each text was stored: a
/// text without a publication time of its own is dated like the text it followed (a page re-fetched without
/// a date is the same publication), so an older text that arrives late goes into its place in the history and
/// never replaces a newer one as the current text.
public struct ArticleRevision: Hashable, Sendable, Codable {
    /// Position in the history, 1 for the earliest.
    public var number: Int
    /// The body's digest (16 hex digits of a hash of the text with case folded and white space collapsed): two
    /// revisions never share one, since the same text again is no revision.
    public var digest: String
    /// When the store first stored this text (UTC), when known.
    public var fetched: Timestamp?
    /// Whether this is the article's current text (the last of the history).
    public var isCurrent: Bool
    /// The article as this text was read: the article's id, this text, and the title, publication time and other
    /// metadata that came with it.
    public var article: Article

    public init(number: Int, digest: String, fetched: Timestamp?, isCurrent: Bool, article: Article) {
        self.number = number
        self.digest = digest
        self.fetched = fetched
        self.isCurrent = isCurrent
        self.article = article
    }
}
