import Foundation

/// FTS5's bm25 ranking of `article_fts`, kept in memory so that a search scores only the postings of its own
/// terms instead of asking FTS5 to rank every matching row through its auxiliary-function interface.
///
/// The index holds the very tokens FTS5 indexed (it is built with the table's own tokenizer) and scores them
/// with FTS5's formula: for each phrase, IDF = ln((N − n + 0.5) / (n + 0.5)) (at least 1e-6) times
/// f·(k1 + 1) / (f + k1·(1 − b + b·|D| / avgdl)), where f is the column-weighted count of the phrase in the
/// document, |D| the document's token count and k1 = 1.2, b = 0.75. So a search answers what the SQL query
/// answers, only faster; `SQLiteStore` falls back on the SQL query whenever the index is missing or stale.
struct FullTextIndex: Sendable {
    /// `bm25(article_fts, 4.0, 1.0)`: a title token counts four times a body token.
    static let titleWeight: Float = 4
    static let textWeight: Float = 1

    struct Posting: Sendable {
        var document: Int32
        /// Column-weighted count of the term in the document.
        var frequency: Float
    }

    /// The indexed articles, column by column (so scoring touches no reference-counted value).
    struct Documents: Sendable {
        private(set) var seqs: [Int64] = []
        /// Tokens in all columns (FTS5's `xColumnSize(-1)`).
        private(set) var lengths: [Float] = []
        /// Each document's outlet as its number in `outletNumbers`; -1 without one.
        private(set) var outlets: [Int32] = []
        /// Outlets ASCII-lowercased (the SQL filter compares with `COLLATE NOCASE`), numbered.
        private(set) var outletNumbers: [String: Int32] = [:]
        /// The first ten characters of the publication timestamp as the number YYYYMMDD (the SQL filter compares
        /// them as text; for `YYYY-MM-DD` the orders agree); `Int32.min` without a timestamp.
        private(set) var days: [Int32] = []
        /// Whether some timestamp does not start `YYYY-MM-DD`: then only FTS5 can apply a date filter exactly.
        private(set) var irregularDays = false

        var count: Int { seqs.count }

        mutating func append(seq: Int64, length: Float, outlet: String?, published: String?) {
            seqs.append(seq)
            lengths.append(length)
            if let outlet = outlet.map(FullTextIndex.asciiLowercased) {
                let number = outletNumbers[outlet] ?? Int32(outletNumbers.count)
                outletNumbers[outlet] = number
                outlets.append(number)
            } else {
                outlets.append(-1)
            }
            if let published {
                let day = FullTextIndex.dayNumber(published.prefix(10))
                if day == nil { irregularDays = true }
                days.append(day ?? Int32.min)
            } else {
                days.append(Int32.min)
            }
        }
    }

    /// The store's article generation when the index was built.
    let generation: Int
    /// Terms in byte order (for prefix ranges), with their postings in document order.
    let terms: [[UInt8]]
    let postings: [[Posting]]
    let documents: Documents
    let averageLength: Double

    /// A ranked hit: the article's `seq` and its bm25 score (higher is better).
    struct Hit: Sendable, Equatable {
        var seq: Int64
        var score: Double
    }

    /// Filters a search applies, as the SQL query does.
    struct Filter: Sendable {
        var outlet: String?
        var from: String?
        var to: String?
    }

    /// Hits `offset ..< offset + limit` of the documents containing every prefix in `prefixes` (each a token
    /// as FTS5's tokenizer emits it; a term matches when it starts with the prefix), best first, ties by seq;
    /// nil when the index cannot apply `filter` exactly.
    func search(prefixes: [[UInt8]], filter: Filter, limit: Int, offset: Int) -> [Hit]? {
        guard !prefixes.isEmpty, documents.count > 0, limit > 0 else { return [] }
        var from = Int32.min
        var to = Int32.max
        if filter.from != nil || filter.to != nil {
            guard !documents.irregularDays else { return nil }
            if let text = filter.from {
                guard let day = Self.dayNumber(Substring(text)) else { return nil }; from = day
            }
            if let text = filter.to { guard let day = Self.dayNumber(Substring(text)) else { return nil }; to = day }
            if from == Int32.min { from = Int32.min + 1 }  // documents without a timestamp never pass a date filter
        }
        var outlet: Int32?
        if let name = filter.outlet {
            guard let number = documents.outletNumbers[Self.asciiLowercased(name)] else { return [] }
            outlet = number
        }
        let ranges = prefixes.map(termRange)
        guard ranges.allSatisfy({ !$0.isEmpty }) else { return [] }
        let count = documents.count
        let phrases = prefixes.count
        // Column-weighted frequency of phrase p in document d at [p * count + d]; 0 where absent.
        var frequencies = [Float](repeating: 0, count: phrases * count)
        var hits = [Int](repeating: 0, count: phrases)
        frequencies.withUnsafeMutableBufferPointer { frequency in
            for (p, range) in ranges.enumerated() {
                let base = p * count
                for term in range {
                    for posting in postings[term] {
                        let d = base + Int(posting.document)
                        if frequency[d] == 0 { hits[p] += 1 }
                        frequency[d] += posting.frequency
                    }
                }
            }
        }
        let total = Double(count)
        let idf = hits.map { n -> Double in
            let value = log((total - Double(n) + 0.5) / (Double(n) + 0.5))
            return value > 0 ? value : 1e-6
        }
        var best = TopHits(capacity: offset + limit)
        // Drive from the rarest phrase; a document is visited once (its frequency is negated after the visit).
        let driver = hits.indices.min { hits[$0] < hits[$1] }!
        let k1 = 1.2
        let b = 0.75
        documents.lengths.withUnsafeBufferPointer { lengths in
            frequencies.withUnsafeMutableBufferPointer { frequency in
                for term in ranges[driver] {
                    for posting in postings[term] {
                        let d = Int(posting.document)
                        let driverFrequency = frequency[driver * count + d]
                        guard driverFrequency > 0 else { continue }
                        frequency[driver * count + d] = -driverFrequency
                        var everyPhrase = true
                        for p in 0..<phrases where p != driver && frequency[p * count + d] <= 0 { everyPhrase = false }
                        guard everyPhrase else { continue }
                        if let outlet, documents.outlets[d] != outlet { continue }
                        let day = documents.days[d]
                        guard day >= from && day <= to else { continue }
                        let norm = k1 * (1 - b + b * Double(lengths[d]) / averageLength)
                        var score = 0.0
                        for p in 0..<phrases {
                            let f = Double(p == driver ? driverFrequency : frequency[p * count + d])
                            score += idf[p] * (f * (k1 + 1)) / (f + norm)
                        }
                        best.offer(Hit(seq: documents.seqs[d], score: score))
                    }
                }
            }
        }
        return Array(best.sorted().dropFirst(offset))
    }

    /// Indices of the terms that start with `prefix`.
    func termRange(_ prefix: [UInt8]) -> Range<Int> {
        var low = 0
        var high = terms.count
        while low < high {
            let middle = (low + high) / 2
            if terms[middle].lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < terms.count && terms[end].starts(with: prefix) { end += 1 }
        return low..<end
    }

    /// `YYYY-MM-DD` as the number YYYYMMDD; nil for anything else.
    static func dayNumber(_ text: Substring) -> Int32? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        var number: Int32 = 0
        for (i, byte) in bytes.enumerated() where i != 4 && i != 7 {
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int32(byte - UInt8(ascii: "0"))
        }
        return number
    }

    static func asciiLowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
    }
}

/// The best `capacity` hits offered so far (score descending, then seq ascending), kept in a binary min-heap
/// whose root is the worst kept hit.
struct TopHits {
    let capacity: Int
    private var heap: [FullTextIndex.Hit] = []

    init(capacity: Int) {
        self.capacity = capacity
        heap.reserveCapacity(min(capacity, 4096))
    }

    /// True when `a` ranks after `b`.
    private static func worse(_ a: FullTextIndex.Hit, _ b: FullTextIndex.Hit) -> Bool {
        a.score != b.score ? a.score < b.score : a.seq > b.seq
    }

    mutating func offer(_ hit: FullTextIndex.Hit) {
        if heap.count < capacity {
            heap.append(hit)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.worse(heap[child], heap[parent]) else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        } else if let root = heap.first, Self.worse(root, hit) {
            heap[0] = hit
            var parent = 0
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { break }
                let right = left + 1
                let child = right < heap.count && Self.worse(heap[right], heap[left]) ? right : left
                guard Self.worse(heap[child], heap[parent]) else { break }
                heap.swapAt(child, parent)
                parent = child
            }
        }
    }

    /// The kept hits, best first.
    func sorted() -> [FullTextIndex.Hit] { heap.sorted { Self.worse($1, $0) } }
}
