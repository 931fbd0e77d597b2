import ParallaxModel
import ParallaxText

/// What a batch of articles does to a store, decided once for every backend: which articles are new, which
/// repeat a stored text, and which bring a changed text to a stored article's address (``ArticleRevision``).
///
/// An incoming article is, in this order:
/// 1. stored already when its id is (the same text from the same source);
/// 2. the stored article at its address (``ArticleAddress/key(_:)``) when its body digest (``BodyDigest``) is
///    that of one of that article's texts: an identical re-fetch, or an earlier revision seen again;
/// 3. a revision of that article when its text differs: the article keeps its id, the text is kept as a
///    revision, and it becomes the current text unless it is older than the current one (``RevisionRecord``'s
///    order): an old text that arrives late never replaces a newer one;
/// 4. otherwise a new article.
///
/// The digest ignores case and white space only: any changed word or figure makes a revision, since a
/// corrected toll or name is exactly what a reader of a revised story wants to see.
public struct UpsertPlan: Sendable {
    /// An article a store holds at an address some incoming article has, with its revision records (empty when
    /// it has had one text) and when it was stored.
    public struct Stored: Sendable {
        public var article: Article
        public var records: [RevisionRecord]
        public var fetched: Timestamp?

        public init(article: Article, records: [RevisionRecord], fetched: Timestamp?) {
            self.article = article
            self.records = records
            self.fetched = fetched
        }
    }

    /// New articles to insert, with their position in the batch, each holding its final current text.
    public private(set) var insertions: [(index: Int, article: Article)] = []
    /// Stored articles whose current text changes: the row to store in place of the old one (same id).
    public private(set) var replacements: [Article] = []
    /// Revision records to add, by article id (stored and new articles).
    public private(set) var records: [String: [RevisionRecord]] = [:]
    /// What the batch did, in the words a store reports.
    public private(set) var result = UpsertResult()

    /// The state of one address while the batch is planned.
    private struct Address {
        var id: String
        var current: Article
        var records: [RevisionRecord]
        var fetched: Timestamp?
        var isNew: Bool
        /// Sequences of the records the store holds already.
        var stored: Set<Int> = []
    }

    /// The address keys of `batch` (``ArticleAddress/key(_:)``), each once, sorted: what a backend looks up
    /// (``Stored``) before planning.
    public static func addressKeys(_ batch: [Article]) -> [String] {
        Set(batch.compactMap { $0.url.flatMap(ArticleAddress.key) }).sorted()
    }

    /// Plans `batch` against a store that holds the articles `existing` (ids) and, by address key, `stored`.
    /// - Parameter now: when the batch is stored (the new records' ``RevisionRecord/fetched``).
    public init(_ batch: [Article], existing: Set<String>, stored: [String: Stored], now: Timestamp) {
        var addresses = stored.mapValues {
            Address(
                id: $0.article.id, current: $0.article, records: $0.records, fetched: $0.fetched, isNew: false,
                stored: Set($0.records.map(\.sequence)))
        }
        var seen = existing
        var changed: Set<String> = []
        for (index, article) in batch.enumerated() {
            if seen.contains(article.id) {
                result.existing.append(article.id)
                continue
            }
            guard let key = article.url.flatMap(ArticleAddress.key), var address = addresses[key] else {
                seen.insert(article.id)
                if let key = article.url.flatMap(ArticleAddress.key) {
                    addresses[key] = Address(id: article.id, current: article, records: [], fetched: now, isNew: true)
                }
                insertions.append((index, article))
                result.inserted.append(article.id)
                continue
            }
            let becameCurrent = Self.admit(article, to: &address, now: now)
            addresses[key] = address
            switch becameCurrent {
            case nil: result.existing.append(address.id)
            case true?:
                changed.insert(address.id)
                if !address.isNew { result.revised.append(address.id) }
            case false?: result.earlier.append(address.id)
            }
        }
        finish(addresses.values, changed: changed)
    }

    /// Adds `article` to the history of `address`: nil when its text is one of the address's texts already,
    /// else whether it became the current text.
    private static func admit(_ article: Article, to address: inout Address, now: Timestamp) -> Bool? {
        let digest = BodyDigest.of(article.text)
        let currentDigest = BodyDigest.of(address.current.text)
        guard digest != currentDigest, !address.records.contains(where: { $0.digest == digest }) else { return nil }
        if address.records.isEmpty {
            address.records.append(
                RevisionRecord(
                    sequence: 1, digest: currentDigest, published: address.current.published, fetched: address.fetched,
                    article: address.current))
        }
        var revised = article
        revised.id = address.id
        let history = address.records.sorted { $0.precedes($1) }
        let record = RevisionRecord(
            sequence: (address.records.map(\.sequence).max() ?? 0) + 1, digest: digest,
            published: article.published ?? history.last?.published, fetched: now, article: revised)
        address.records.append(record)
        guard history.last.map({ $0.precedes(record) }) ?? true else { return false }
        address.current = revised
        address.current.published = record.published
        return true
    }

    /// Fills ``insertions``' final texts, ``replacements`` and ``records`` from the planned addresses.
    private mutating func finish<S: Sequence>(_ addresses: S, changed: Set<String>) where S.Element == Address {
        var finalText: [String: Article] = [:]
        for address in addresses {
            let added = address.records.filter { !address.stored.contains($0.sequence) }
            if !added.isEmpty { records[address.id] = added }
            guard changed.contains(address.id) else { continue }
            if address.isNew { finalText[address.id] = address.current } else { replacements.append(address.current) }
        }
        insertions = insertions.map { ($0.index, finalText[$0.article.id] ?? $0.article) }
        replacements.sort { $0.id < $1.id }
    }
}
