import Foundation
import GRDB

extension FullTextIndex {
    /// Builds the index from every article, tokenized by `article_fts`'s own tokenizer (CJK pairs, porter over
    /// unicode61), so its terms and token counts are FTS5's.
    static func build(_ db: Database, generation: Int) throws -> FullTextIndex {
        let tokenizer = try db.makeTokenizer(SQLiteStore.searchTokenizer)
        let collector = TokenCollector()
        var documents = Documents()
        var postings: [[Posting]] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT seq, title, text, outlet, published FROM article ORDER BY seq")
        var totalLength = 0.0
        while let row = try rows.next() {
            let document = Int32(documents.count)
            collector.startDocument()
            collector.weight = titleWeight
            tokenize(row["title"] as String? ?? "", with: tokenizer, into: collector)
            collector.weight = textWeight
            tokenize(row["text"] as String? ?? "", with: tokenizer, into: collector)
            if postings.count < collector.termCount {
                postings.append(contentsOf: repeatElement([], count: collector.termCount - postings.count))
            }
            for term in collector.touched {
                postings[Int(term)].append(Posting(document: document, frequency: collector.frequency[Int(term)]))
            }
            totalLength += Double(collector.tokens)
            documents.append(
                seq: row["seq"], length: Float(collector.tokens), outlet: row["outlet"], published: row["published"])
        }
        let order = (0..<collector.termCount).sorted {
            collector.term($0).lexicographicallyPrecedes(collector.term($1))
        }
        return FullTextIndex(
            generation: generation, terms: order.map { Array(collector.term($0)) },
            postings: order.map { postings[$0] },
            documents: documents, averageLength: documents.count == 0 ? 1 : totalLength / Double(documents.count))
    }

    private static func tokenize(_ text: String, with tokenizer: any FTS5Tokenizer, into collector: TokenCollector) {
        forEachToken(of: text, with: tokenizer) { token, _ in collector.add(token) }
    }

    /// The tokens FTS5 searches for each `*`-suffixed bareword of `FTS5Pattern(matchingAllPrefixesIn:)`, in
    /// query order: one each, except for barewords the tokenizer splits (a phrase) or drops.
    /// `tokenizer` is `article_fts`'s (porter over unicode61).
    static func queryTokens(of text: String, _ tokenizer: any FTS5Tokenizer, _ db: Database) throws -> [[[UInt8]]] {
        let barewords = try db.makeTokenizer(.ascii()).tokenize(query: text).filter { !$0.flags.contains(.colocated) }
        return barewords.map { bareword, _ in
            var tokens: [[UInt8]] = []
            forEachToken(of: bareword, with: tokenizer, tokenization: [.query, .prefix]) { token, _ in
                tokens.append(Array(token))
            }
            return tokens
        }
    }

    /// The index's prefixes for those words: nil when some word is not exactly one token, which the index
    /// does not model (the caller then asks FTS5).
    static func prefixes(_ queryTokens: [[[UInt8]]]) -> [[UInt8]]? {
        guard !queryTokens.isEmpty, queryTokens.allSatisfy({ $0.count == 1 }) else { return nil }
        return queryTokens.map { $0[0] }
    }
}

/// Interns tokens (open addressing over one byte arena) and counts one document's weighted term frequencies.
private final class TokenCollector {
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    private var slots = [Int32](repeating: -1, count: 1 << 16)
    /// The weight of the column being tokenized.
    var weight: Float = 1
    /// Per term: weighted frequency in the current document (valid for `touched` terms).
    private(set) var frequency: [Float] = []
    private(set) var touched: [Int32] = []
    private(set) var tokens = 0

    var termCount: Int { starts.count - 1 }

    func term(_ id: Int) -> ArraySlice<UInt8> { arena[Int(starts[id])..<Int(starts[id + 1])] }

    func startDocument() {
        for term in touched { frequency[Int(term)] = 0 }
        touched.removeAll(keepingCapacity: true)
        tokens = 0
    }

    func add(_ token: UnsafeRawBufferPointer) {
        tokens += 1
        let id = intern(token)
        if frequency[id] == 0 { touched.append(Int32(id)) }
        frequency[id] += weight
    }

    private func intern(_ token: UnsafeRawBufferPointer) -> Int {
        var slot = Self.hash(token) & (slots.count - 1)
        while true {
            let id = Int(slots[slot])
            if id < 0 { break }
            let start = Int(starts[id])
            let end = Int(starts[id + 1])
            if end - start == token.count && arena[start..<end].elementsEqual(token) { return id }
            slot = (slot + 1) & (slots.count - 1)
        }
        let id = termCount
        arena.append(contentsOf: token)
        starts.append(Int32(arena.count))
        frequency.append(0)
        slots[slot] = Int32(id)
        if termCount * 2 > slots.count { rehash() }
        return id
    }

    private func rehash() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for id in 0..<termCount {
            var slot = Self.hash(term(id)) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(id)
        }
    }

    /// FNV-1a over the token's bytes.
    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash)
    }
}
