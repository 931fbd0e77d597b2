import ParallaxText

/// The persisted form of a ``ClusterIndex``: a versioned little-endian layout of counts and length-prefixed
/// UTF-8 strings (a JSON dictionary of a large store's half a million terms would cost seconds to write and
/// read back on every ingest).
extension ClusterIndex {
    /// Layout version, first in the bytes: an index of another version is not read (and is rebuilt).
    static let format: UInt32 = 2

    /// The index as bytes for a store.
    public func encoded() -> [UInt8] {
        var out = ByteWriter()
        out.integer(UInt64(Self.format))
        out.integer(UInt64(articles.count))
        out.integer(articles.hash)
        out.integer(UInt64(frequencies.documents))
        out.integer(UInt64(frequencies.counts.count))
        for (term, count) in frequencies.counts.sorted(by: { $0.key < $1.key }) {
            out.string(term)
            out.integer(UInt64(count))
        }
        out.integer(UInt64(entries.count))
        for (event, entry) in entries.sorted(by: { $0.key < $1.key }) {
            out.string(event)
            out.integer(UInt64(entry.terms.count))
            for term in entry.terms { out.string(term) }
            out.integer(entry.days == nil ? 0 : 1)
            if let days = entry.days {
                out.signed(days.lowerBound)
                out.signed(days.upperBound)
            }
        }
        return out.bytes
    }

    /// Reads bytes that ``encoded()`` wrote; nil when they are of another version or damaged.
    public init?(encoded bytes: [UInt8]) {
        var input = ByteReader(bytes)
        guard let format = input.integer(), format == Self.format,
            let articleCount = input.integer(), let hash = input.integer(),
            let documents = input.integer(), let termCount = input.integer(), termCount <= bytes.count
        else { return nil }
        var counts: [String: Int] = [:]
        counts.reserveCapacity(Int(termCount))
        for _ in 0..<termCount {
            guard let term = input.string(), let count = input.integer() else { return nil }
            counts[term] = Int(count)
        }
        guard let eventCount = input.integer(), eventCount <= bytes.count else { return nil }
        var entries: [String: Entry] = [:]
        for _ in 0..<eventCount {
            guard let event = input.string(), let n = input.integer(), n <= bytes.count else { return nil }
            var terms: [String] = []
            for _ in 0..<n {
                guard let term = input.string() else { return nil }
                terms.append(term)
            }
            guard let dated = input.integer(), dated <= 1 else { return nil }
            var days: ClosedRange<Int>?
            if dated == 1 {
                guard let first = input.signed(), let last = input.signed(), first <= last else { return nil }
                days = first...last
            }
            entries[event] = Entry(terms: terms, days: days)
        }
        guard input.atEnd else { return nil }
        self.init(
            frequencies: DocumentFrequencies(counts: counts, documents: Int(documents)),
            articles: ArticleSetDigest(count: Int(articleCount), hash: hash), entries: entries)
    }
}
