import GRDB
import ParallaxStore

/// A search hit's snippet: the window of at most `length` tokens of an article's text that shows the most
/// different query words (then the most matches), preferring a window that starts a sentence, with each
/// matching token in `[` `]` (and its place in the hit's highlights) and `…` where the text goes on. Made in
/// memory from the article's text, so a page of hits costs no FTS5 query per hit.
struct SearchSnippet {
    /// Query words as the search tokenizer's prefix tokens (``FullTextIndex/queryTokens(of:_:)``).
    let prefixes: [[UInt8]]
    let tokenizer: any FTS5Tokenizer
    var length = 24

    private struct Token {
        var range: Range<Int>
        /// Bit `i` set when the token starts with query word `i` (the first 64 words).
        var words: UInt64
        var startsSentence: Bool
    }

    /// The snippet of `text` with each matched word between `[` and `]`, and where those words are (code point
    /// offsets, as ``SearchHit/highlights`` counts them).
    func callAsFunction(_ text: String) -> (snippet: String, highlights: [SearchHit.Highlight]) {
        let tokens = tokenize(text)
        guard !tokens.isEmpty else { return ("", []) }
        let window = bestWindow(tokens)
        var bytes: [UInt8] = []
        var highlights: [SearchHit.Highlight] = []
        var scalars = 0
        func append(_ part: ArraySlice<UInt8>) {
            bytes.append(contentsOf: part)
            for b in part where b & 0xC0 != 0x80 { scalars += 1 }
        }
        if window.lowerBound > 0 { append(Self.ellipsis[...]) }
        let utf8 = Array(text.utf8)
        var cursor = window.lowerBound == 0 ? 0 : tokens[window.lowerBound].range.lowerBound
        // Character pairs of one CJK clause all carry the clause's range: the clause is marked once.
        for token in tokens[window] where token.words != 0 && token.range.lowerBound >= cursor {
            append(utf8[cursor..<token.range.lowerBound])
            append(Self.openBracket[...])
            let start = scalars
            append(utf8[token.range])
            highlights.append(SearchHit.Highlight(start: start, end: scalars))
            append(Self.closeBracket[...])
            cursor = token.range.upperBound
        }
        if window.upperBound < tokens.count {
            append(utf8[cursor..<max(cursor, tokens[window.upperBound - 1].range.upperBound)])
            append(Self.ellipsis[...])
        } else {
            append(utf8[cursor...])
        }
        return (String(decoding: bytes, as: UTF8.self), highlights)
    }

    private static let ellipsis = Array("…".utf8)
    private static let openBracket: [UInt8] = [UInt8(ascii: "[")]
    private static let closeBracket: [UInt8] = [UInt8(ascii: "]")]

    private func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let utf8 = Array(text.utf8)
        forEachToken(of: text, with: tokenizer) { token, range in
            var words: UInt64 = 0
            for (i, prefix) in prefixes.prefix(64).enumerated()
            where token.count >= prefix.count && token.prefix(prefix.count).elementsEqual(prefix) {
                words |= 1 << UInt64(i)
            }
            tokens.append(Token(range: range, words: words, startsSentence: Self.startsSentence(range, utf8)))
        }
        return tokens
    }

    /// A token starts a sentence when it opens the text or follows `.`, `!`, `?` or `:` and a space.
    private static func startsSentence(_ range: Range<Int>, _ utf8: [UInt8]) -> Bool {
        var i = range.lowerBound - 1
        while i >= 0, utf8[i] == 0x20 || utf8[i] == 0x0A || utf8[i] == 0x0D || utf8[i] == 0x09 { i -= 1 }
        guard i >= 0 else { return true }
        let spaced = i < range.lowerBound - 1
        switch utf8[i] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"): return spaced
        default: return false
        }
    }

    /// Candidates: each match centred in its window, and the sentence start before each match.
    private func bestWindow(_ tokens: [Token]) -> Range<Int> {
        let size = min(length, tokens.count)
        var best = 0..<size
        var bestScore = score(best, tokens).score + (tokens[0].startsSentence ? 120 : 0)
        var sentence = 0
        for (position, token) in tokens.enumerated() {
            if token.startsSentence { sentence = position }
            guard token.words != 0 else { continue }
            var candidates: [(Range<Int>, Int)] = []
            if position - sentence < size {
                candidates.append((sentence..<min(sentence + size, tokens.count), sentence == 0 ? 120 : 100))
            }
            let span = score(position..<min(position + size, tokens.count), tokens).end - position
            let start = max(0, min(position - (size - span) / 2, tokens.count - size))
            candidates.append((start..<start + size, 0))
            for (window, bonus) in candidates {
                let total = score(window, tokens).score + bonus
                if total > bestScore { (best, bestScore) = (window, total) }
            }
        }
        return best
    }

    /// 1000 for each different query word shown, 1 for each further match; and the end of the last match.
    private func score(_ window: Range<Int>, _ tokens: [Token]) -> (score: Int, end: Int) {
        var seen: UInt64 = 0
        var score = 0
        var end = window.lowerBound + 1
        for position in window where tokens[position].words != 0 {
            let words = tokens[position].words
            score += words & ~seen != 0 ? 1000 : 1
            seen |= words
            end = position + 1
        }
        return (score, end)
    }
}
