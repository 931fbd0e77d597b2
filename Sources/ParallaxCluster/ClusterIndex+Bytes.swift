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

/// Appends LEB128 integers and length-prefixed strings.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func integer(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// A signed integer, zigzag-coded (small magnitudes stay short).
    mutating func signed(_ value: Int) {
        let v = Int64(value)
        integer(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    mutating func string(_ value: String) {
        integer(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }
}

/// Reads what ``ByteWriter`` wrote; every read is bounds-checked and returns nil past the end.
struct ByteReader {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func integer() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    mutating func signed() -> Int? {
        guard let raw = integer() else { return nil }
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func string() -> String? {
        guard let length = integer(), length <= UInt64(bytes.count - position) else { return nil }
        let end = position + Int(length)
        defer { position = end }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }
}
