import ParallaxModel
import ParallaxText

/// A piece of text finer than a ``Token``: the numeric and temporal extractors need "3bn", "340-metre",
/// "US$147" and "mid-2023" split into their parts, and the punctuation between tokens ("$", "%", "(", ":")
/// kept, which the tokenizer drops.
struct Lexeme: Sendable {
    enum Kind: UInt8, Sendable {
        /// Letters, with inner apostrophes.
        case word
        /// Digits, with inner `,` or `.` separators.
        case number
        /// One punctuation or symbol scalar ("$", "€", "%", "(", ",", ".").
        case symbol
    }

    var kind: Kind
    /// What the lexicons know of this word, looked up once while lexing so that the extractors' scans test bits
    /// instead of hashing every word again.
    var tags: LexemeTags = []
    var start: Int
    var end: Int
    /// Folded text for words ("june", "wednesday's"), the digits as written for numbers, the scalar for symbols.
    var text: String
    /// Whether the first letter is a capital (words only).
    var isCapitalized: Bool
    /// Whether every letter is a capital ("RMB", "USD"; words only).
    var isAllCaps: Bool = false
    /// Whether white space separates this lexeme from the previous one.
    var spaceBefore: Bool
    /// Whether a line break separates this lexeme from the previous one (or it opens the text).
    var newlineBefore: Bool = false
    /// Whether a hyphen inside one token joins this lexeme to the previous one ("340-metre", "mid-2023").
    var hyphenBefore: Bool
    /// Whether this lexeme touches the previous one with nothing between ("3bn", "US$", "42%").
    var glued: Bool { !spaceBefore && !hyphenBefore }

    var span: Span { Span(start: start, end: end) }
    func isWord(_ word: String) -> Bool { kind == .word && text == word }
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
}

/// Lexicon classes of a word.
struct LexemeTags: OptionSet, Sendable {
    let rawValue: UInt16
    /// Can open a quantity ("two", "first", "dozens", "a", "half", "US").
    static let quantityStart = LexemeTags(rawValue: 1)
    /// Can open a time expression ("last", "the", "early", "by", "yesterday", "three").
    static let timeStart = LexemeTags(rawValue: 2)
    /// A month name or abbreviation, possibly possessive ("June", "April's").
    static let month = LexemeTags(rawValue: 4)
    /// A weekday name, possibly possessive ("Wednesday's").
    static let weekday = LexemeTags(rawValue: 8)
    /// "the", "a", "an": open a time expression only before a word tagged ``afterArticle``.
    static let article = LexemeTags(rawValue: 16)
    /// Words that make "the"/"a" worth a look ("the past", "the day after", "a week ago", "the summer").
    static let afterArticle = LexemeTags(rawValue: 32)
    /// Marks a clause as future ("will", "would", "upcoming", "we'll").
    static let futureCue = LexemeTags(rawValue: 64)
    /// Marks a clause as past ("said", "held", regular "-ed" forms).
    static let pastCue = LexemeTags(rawValue: 128)

    /// Folded word → tags, built once from the lexicons.
    static let table: [String: LexemeTags] = {
        var t: [String: LexemeTags] = [:]
        for w in QuantityExtractor.startWords { t[w, default: []].insert(.quantityStart) }
        for w in TimeScanner.gateWords { t[w, default: []].insert(.timeStart) }
        for w in MonthLexicon.months.keys {
            t[w, default: []].insert(.month)
            t[w + "'s", default: []].insert(.month)
        }
        for w in MonthLexicon.weekdays.keys {
            t[w, default: []].insert(.weekday)
            t[w + "'s", default: []].insert(.weekday)
        }
        for w in ["the", "a", "an"] { t[w, default: []].insert(.article) }
        for w in TimeScanner.afterArticleWords { t[w, default: []].insert(.afterArticle) }
        for w in TimeScanner.futureWords { t[w, default: []].insert(.futureCue) }
        for w in TimeScanner.pastWords { t[w, default: []].insert(.pastCue) }
        return t
    }()

    /// Tags of a folded word: the table's, plus the cues its ending gives ("we'll" future, "reported" past).
    static func of(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> LexemeTags {
        var tags = table[text] ?? []
        let n = bytes.count
        if n > 4, bytes[n - 2] == 0x65, bytes[n - 1] == 0x64, !TimeScanner.notPast.contains(text) {
            tags.insert(.pastCue)  // "-ed"
        } else if n > 3, bytes[n - 2] == 0x6C, bytes[n - 1] == 0x6C, bytes[n - 3] == 0x27 || bytes[n - 3] == 0x99 {
            tags.insert(.futureCue)  // "'ll", "’ll"
        }
        return tags
    }
}

/// Splits a text into ``Lexeme``s on UTF-8 bytes, on top of ``Tokenizer``.
enum Lexer {
    /// The lexemes of `text` in order.
    static func lexemes(in text: String) -> [Lexeme] {
        var copy = text
        return copy.withUTF8 { lexemes(in: $0) }
    }

    static func lexemes(in bytes: UnsafeBufferPointer<UInt8>) -> [Lexeme] {
        var result: [Lexeme] = []
        result.reserveCapacity(bytes.count / 4)
        var cursor = 0
        var spacePending = true
        var newlinePending = true
        func gap(to end: Int) {
            var i = cursor
            while i < end {
                let (role, length) = bytes.scalarRole(at: i)
                if role == .space {
                    spacePending = true
                    if bytes[i] == 0x0A { newlinePending = true }
                } else {
                    var lexeme = symbol(bytes, i, length, space: spacePending)
                    lexeme.newlineBefore = newlinePending
                    result.append(lexeme)
                    spacePending = false
                    newlinePending = false
                }
                i += length
            }
            cursor = end
        }
        Tokenizer.forEachToken(in: bytes) { token in
            gap(to: token.span.start)
            let first = result.count
            split(bytes, token.span, space: spacePending, into: &result)
            if newlinePending && first < result.count { result[first].newlineBefore = true }
            spacePending = false
            newlinePending = false
            cursor = token.span.end
        }
        gap(to: bytes.count)
        return mergeSplitNumbers(result)
    }

    /// Rejoins numbers that the tokenizer cut after a letter-like sign: "€3.9" comes out as "€3", ".", "9",
    /// because the tokenizer keeps separators only inside all-digit tokens.
    private static func mergeSplitNumbers(_ lexemes: [Lexeme]) -> [Lexeme] {
        var any = false
        for i in lexemes.indices.dropFirst().dropLast()
        where lexemes[i].kind == .symbol && !lexemes[i].spaceBefore && lexemes[i - 1].kind == .number
            && lexemes[i + 1].kind == .number && !lexemes[i + 1].spaceBefore
        {
            any = true
            break
        }
        guard any else { return lexemes }
        var out: [Lexeme] = []
        out.reserveCapacity(lexemes.count)
        var i = 0
        while i < lexemes.count {
            var l = lexemes[i]
            while l.kind == .number, i + 2 < lexemes.count, lexemes[i + 1].kind == .symbol, lexemes[i + 1].glued,
                lexemes[i + 1].text == "." || lexemes[i + 1].text == ",", lexemes[i + 2].kind == .number,
                lexemes[i + 2].glued,
                lexemes[i + 1].text == "." ? !l.text.contains(".") : lexemes[i + 2].text.utf8.count == 3
            {
                l.text += lexemes[i + 1].text + lexemes[i + 2].text
                l.end = lexemes[i + 2].end
                i += 2
            }
            out.append(l)
            i += 1
        }
        return out
    }

    /// One-character strings for ASCII punctuation, made once: symbols are a third of all lexemes.
    private static let asciiSymbols: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    private static func symbol(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int, space: Bool) -> Lexeme {
        let text =
            length == 1 && bytes[i] < 0x80
            ? asciiSymbols[Int(bytes[i])]
            : String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]), as: UTF8.self)
        return Lexeme(
            kind: .symbol, start: i, end: i + length, text: text, isCapitalized: false, spaceBefore: space,
            hyphenBefore: false)
    }

    /// Whether the scalar at `i` is a currency sign that the tokenizer treats as a letter (€ ₹ ₽ ₩ ₺ ₴ ₸ ₦).
    @inline(__always)
    private static func isCurrencySign(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x82 && bytes[i + 2] >= 0xA0 && bytes[i + 2] <= 0xBF
    }

    /// Splits one token at letter/digit boundaries, hyphens and currency signs.
    private static func split(
        _ bytes: UnsafeBufferPointer<UInt8>, _ span: Span, space: Bool, into result: inout [Lexeme]
    ) {
        var i = span.start
        var pieceStart = i
        var pieceKind: Lexeme.Kind? = nil
        var spaceBefore = space
        var hyphenBefore = false
        func flush(_ end: Int) {
            guard let kind = pieceKind, end > pieceStart else { return }
            let slice = UnsafeBufferPointer(rebasing: bytes[pieceStart..<end])
            let text: String
            var capital = false
            var allCaps = false
            if kind == .word {
                var ascii = true
                allCaps = true
                for b in slice {
                    if b >= 0x80 { ascii = false }
                    if b >= 0x61 && b <= 0x7A { allCaps = false }
                }
                capital = slice[0] >= 0x41 && slice[0] <= 0x5A
                if ascii {
                    text = String(unsafeUninitializedCapacity: slice.count) { out in
                        for (k, b) in slice.enumerated() { out[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                        return slice.count
                    }
                } else {
                    let raw = String(decoding: slice, as: UTF8.self)
                    capital = raw.first?.isUppercase ?? false
                    text = Folding.fold(raw)
                }
            } else {
                text = String(decoding: slice, as: UTF8.self)
            }
            result.append(
                Lexeme(
                    kind: kind, tags: kind == .word ? LexemeTags.of(text, bytes: slice) : [], start: pieceStart,
                    end: end, text: text, isCapitalized: capital,
                    isAllCaps: allCaps && capital, spaceBefore: spaceBefore, hyphenBefore: hyphenBefore))
            spaceBefore = false
            hyphenBefore = false
            pieceKind = nil
        }
        while i < span.end {
            let b = bytes[i]
            if b == 0x2D {  // inner hyphen
                flush(i)
                hyphenBefore = true
                i += 1
                pieceStart = i
                continue
            }
            if isCurrencySign(bytes, i) {
                flush(i)
                result.append(symbol(bytes, i, 3, space: spaceBefore))
                spaceBefore = false
                hyphenBefore = false
                i += 3
                pieceStart = i
                continue
            }
            let (role, length) = bytes.scalarRole(at: i)
            let kind: Lexeme.Kind
            if role == .digit {
                kind = .number
            } else if (b == 0x2C || b == 0x2E) && pieceKind == .number {
                kind = .number  // separator inside a number ("2.4m")
            } else {
                kind = .word  // letters and inner apostrophes
            }
            if kind != pieceKind {
                flush(i)
                pieceStart = i
                pieceKind = kind
            }
            i += length
        }
        flush(span.end)
    }
}
