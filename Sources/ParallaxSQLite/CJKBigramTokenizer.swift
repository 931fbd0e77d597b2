import GRDB
import ParallaxText

/// The search tokenizer: Porter over unicode61, with text in scripts that put no space between words (Han,
/// kana, Hangul) indexed as overlapping character pairs, as Lucene's CJK analyser does. unicode61 makes one
/// token of a whole Chinese clause, so a search for a name inside it (习近平) could never match; as pairs,
/// the name is the phrase "习近 近平", found wherever it is written.
final class CJKBigramTokenizer: FTS5WrapperTokenizer {
    static let name = "parallax_cjk"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.porter(wrapping: .unicode61()))
    }

    func accept(
        token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization,
        tokenCallback: FTS5WrapperTokenCallback
    ) throws {
        guard token.utf8.contains(where: { $0 >= 0xE3 }) else { return try tokenCallback(token, flags) }
        for term in Self.terms(of: token) { try tokenCallback(term, flags) }
    }

    /// The token's CJK runs as overlapping pairs (a lone scalar as itself), the rest as it is.
    static func terms(of token: String) -> [String] {
        var terms: [String] = []
        var run: [Unicode.Scalar] = []
        var other = String.UnicodeScalarView()
        func flush() {
            if run.count == 1 { terms.append(String(run[0])) }
            for k in run.indices.dropFirst() { terms.append(String(run[k - 1]) + String(run[k])) }
            run.removeAll()
            if !other.isEmpty { terms.append(String(other)) }
            other.removeAll()
        }
        for scalar in token.unicodeScalars {
            if Script.isCJK(scalar) {
                if !other.isEmpty { flush() }
                run.append(scalar)
            } else {
                if !run.isEmpty { flush() }
                other.append(scalar)
            }
        }
        flush()
        return terms
    }

}

extension SQLiteStore {
    /// The tokenizer of `article_fts`, of the in-memory search index and of queries (one, so that they agree).
    static let searchTokenizer = CJKBigramTokenizer.tokenizerDescriptor()
}
