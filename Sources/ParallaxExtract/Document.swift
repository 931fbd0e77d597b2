import ParallaxModel
import ParallaxText

/// Punctuation found between two words, as a bit set.
struct Gap: OptionSet, Sendable {
    let rawValue: UInt16
    static let comma = Gap(rawValue: 1 << 0)
    /// `.`, `!`, `?` or `…`.
    static let terminator = Gap(rawValue: 1 << 1)
    /// `:` or `;`.
    static let colon = Gap(rawValue: 1 << 2)
    static let openParen = Gap(rawValue: 1 << 3)
    static let closeParen = Gap(rawValue: 1 << 4)
    /// Any quotation mark.
    static let quote = Gap(rawValue: 1 << 5)
    /// A dash or a spaced hyphen.
    static let dash = Gap(rawValue: 1 << 6)
    /// A hyphen glued to both words ("Moscow-based" split into two words).
    static let hyphen = Gap(rawValue: 1 << 7)
    static let newline = Gap(rawValue: 1 << 8)
    /// Other punctuation (`/`, `&`, `|`, …).
    static let other = Gap(rawValue: 1 << 9)
    /// A lone `.` right after an abbreviation ("Mr. Xi").
    static let period = Gap(rawValue: 1 << 10)

    /// Whether only white space separates the words.
    var isPlain: Bool { isEmpty }
}

/// One word of an article with the features every extractor needs, computed once.
struct Word: Sendable {
    /// The word without a possessive `'s`.
    var span: Span
    /// Folded text of `span` (lowercase, `'` apostrophes).
    var folded: String
    var isCapitalized: Bool
    /// At least two letters, all capitals ("SCO", "BRICS", "G20").
    var isAllCaps: Bool
    var isNumber: Bool
    /// Ended with `'s` / `’s`, stripped from `span`.
    var isPossessive: Bool
    /// Index of the sentence holding the word.
    var sentence: Int
    /// First word of its sentence or of a quotation.
    var startsSentence: Bool
    /// Punctuation between the previous word and this one.
    var gapBefore: Gap
    /// Index into `Document.quotes` when inside a quotation that counts as a quote.
    var quote: Int?
    /// Inside any quotation, including short ones (scare quotes) that are not masked.
    var isQuoted = false
}

/// A quotation found by its marks: the content between them.
struct QuoteRegion: Sendable {
    /// The content without the marks, trimmed.
    var content: Span
    /// From the opening mark to the closing mark inclusive.
    var outer: Span
    /// Words inside.
    var words: Range<Int>
}

/// An article's text broken into words, sentences and quotations: the shared input of all extractors.
struct Document {
    let text: String
    let bytes: [UInt8]
    var words: [Word] = []
    var sentences: [Span] = []
    /// First word index of each sentence (and `words.count` at the end).
    var sentenceWordStart: [Int] = []
    var quotes: [QuoteRegion] = []
    /// Quotations under ``minimumQuoteWords`` words: quotes only when a reporting clause in the sentence
    /// claims them ("lamented “painful losses”"); otherwise scare quotes ("a “no limits” relationship").
    var shortQuotes: [QuoteRegion] = []
    /// Folded forms of capitalised words seen away from a sentence start: evidence that a word is a name.
    var midSentenceCapitals: Set<String> = []
    /// Nationality adjectives derived from the article itself: a capitalised word that is another
    /// capitalised word ending in "a" plus "n" ("Kestrian" beside "Kestria"), mapped to that name as written.
    /// Lets unknown (or invented) countries and their demonyms pair up without a gazetteer.
    var derivedDemonyms: [String: String] = [:]
    /// The names those demonyms come from (folded), which are countries.
    var derivedCountries: [String: String] = [:]

    /// Quotations shorter than this many words are treated as scare quotes ("old friend", "no limits"):
    /// they stay part of the sentence and are not reported as quotes.
    static let minimumQuoteWords = 3

    init(text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
        var copy = text
        sentences = copy.withUTF8 { SentenceSplitter.sentences(in: $0) }
        sentences = Document.joiningAttributions(sentences, bytes)
        let regions = QuoteMarkScanner.regions(in: bytes)
        buildWords()
        assignSentences()
        assignQuotes(regions)
        var capitals: [String: Span] = [:]
        for word in words where word.isCapitalized && !word.isAllCaps {
            if !word.startsSentence { midSentenceCapitals.insert(word.folded) }
            if capitals[word.folded] == nil { capitals[word.folded] = word.span }
        }
        for (folded, _) in capitals where folded.utf8.count >= 6 && folded.hasSuffix("an") {
            let base = String(folded.dropLast())
            guard base.hasSuffix("a"), let baseSpan = capitals[base], Demonyms.code(of: folded) == nil else { continue }
            let name = string(baseSpan)
            derivedDemonyms[folded] = name
            derivedCountries[base] = name
        }
    }

    /// An ISO code for a demonym, or "name:Base" for one derived from this article ("Kestrian").
    func demonymCode(_ folded: String) -> String? {
        if let code = Demonyms.code(of: folded) { return code }
        return derivedDemonyms[folded].map { "name:" + $0 }
    }

    /// The text of a span.
    func string(_ span: Span) -> String {
        String(decoding: bytes[span.start..<span.end], as: UTF8.self)
    }

    /// The text from the start of word `a` to the end of word `b` inclusive.
    func string(words a: Int, through b: Int) -> String {
        string(Span(start: words[a].span.start, end: words[b].span.end))
    }

    /// Words of sentence `index`.
    func wordRange(ofSentence index: Int) -> Range<Int> { sentenceWordStart[index]..<sentenceWordStart[index + 1] }

    private mutating func buildWords() {
        var tokens: [Token] = []
        var copy = text
        copy.withUTF8 { buffer in tokens = Tokenizer.tokens(in: buffer) }
        words.reserveCapacity(tokens.count + 16)
        var previousEnd = 0
        var t = 0
        while t < tokens.count {
            let token = tokens[t]
            var start = token.span.start
            var end = token.span.end
            // Dotted initials: "U.S.", "U.K.", "E.U." arrive as single-letter tokens.
            if end - start == 1, ByteClass.isUpper(bytes[start]), end < bytes.count, bytes[end] == 0x2E,
                t + 1 < tokens.count, tokens[t + 1].span.start == end + 1, tokens[t + 1].span.length == 1,
                ByteClass.isUpper(bytes[end + 1])
            {
                var u = t + 1
                end = tokens[u].span.end
                while u + 1 < tokens.count, end < bytes.count, bytes[end] == 0x2E, tokens[u + 1].span.start == end + 1,
                    tokens[u + 1].span.length == 1, ByteClass.isUpper(bytes[end + 1])
                {
                    u += 1
                    end = tokens[u].span.end
                }
                if end < bytes.count, bytes[end] == 0x2E { end += 1 }
                appendWord(start: start, end: end, previousEnd: previousEnd, capital: true, number: false)
                previousEnd = end
                t = u + 1
                continue
            }
            if token.kind == .word, token.isCapitalized, hasInnerHyphen(start, end),
                !Document.keptHyphenated.contains(fold(start, end))
            {
                // "China-Russia", "Moscow-based": one word per part so each name is found.
                var partStart = start
                var i = start
                while i <= end {
                    if i == end || bytes[i] == 0x2D {
                        if i > partStart {
                            appendWord(
                                start: partStart, end: i, previousEnd: previousEnd,
                                capital: ByteClass.isUpper(bytes[partStart]) || bytes[partStart] >= 0xC3, number: false)
                            previousEnd = i
                        }
                        partStart = i + 1
                    }
                    i += 1
                }
                t += 1
                continue
            }
            start = token.span.start
            appendWord(
                start: start, end: end, previousEnd: previousEnd, capital: token.isCapitalized,
                number: token.kind == .number)
            previousEnd = end
            t += 1
        }
    }

    private func hasInnerHyphen(_ start: Int, _ end: Int) -> Bool {
        var i = start + 1
        while i < end - 1 {
            if bytes[i] == 0x2D { return true }
            i += 1
        }
        return false
    }

    private func fold(_ start: Int, _ end: Int) -> String { Folding.fold(text.substring(Span(start: start, end: end))) }

    private mutating func appendWord(start: Int, end: Int, previousEnd: Int, capital: Bool, number: Bool) {
        var coreEnd = end
        var possessive = false
        if end - start > 2, bytes[end - 1] == 0x73 || bytes[end - 1] == 0x53 {
            if bytes[end - 2] == 0x27 {
                coreEnd = end - 2
                possessive = true
            } else if end - start > 4, bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99 {
                coreEnd = end - 4
                possessive = true
            }
        }
        let span = Span(start: start, end: coreEnd)
        var letters = 0
        var upper = 0
        var i = start
        while i < coreEnd {
            let b = bytes[i]
            if ByteClass.isUpper(b) {
                letters += 1
                upper += 1
            } else if ByteClass.isASCIILetter(b) {
                letters += 1
            } else if b >= 0x80 {
                letters += 1
            }
            i += 1
        }
        // "SCO", "BRICS", and letter-digit names ("G20", "P5").
        let allCaps = letters >= 1 && upper == letters && (letters >= 2 || coreEnd - start >= 2)
        words.append(
            Word(
                span: span, folded: fold(start, coreEnd), isCapitalized: capital, isAllCaps: allCaps && capital,
                isNumber: number, isPossessive: possessive, sentence: 0, startsSentence: false,
                gapBefore: gap(from: previousEnd, to: start), quote: nil))
    }

    /// Classifies the bytes between two words.
    private func gap(from a: Int, to b: Int) -> Gap {
        var result: Gap = []
        var i = a
        while i < b {
            let c = bytes[i]
            switch c {
            case 0x20, 0x09, 0x0D: break
            case 0x0A: result.insert(.newline)
            case 0x2C: result.insert(.comma)
            case 0x2E:
                result.insert(b - a == 2 || (i + 1 < b && bytes[i + 1] == 0x20 && b - a <= 2) ? .period : .terminator)
            case 0x21, 0x3F: result.insert(.terminator)
            case 0x3A, 0x3B: result.insert(.colon)
            case 0x28, 0x5B: result.insert(.openParen)
            case 0x29, 0x5D: result.insert(.closeParen)
            case 0x22, 0x27: result.insert(.quote)
            case 0x2D: result.insert(b - a == 1 ? .hyphen : .dash)
            case 0xC2:
                if i + 1 < b, bytes[i + 1] == 0xA0 || bytes[i + 1] == 0x82 { i += 1 } else { result.insert(.other) }
            case 0xE2 where i + 2 < b && bytes[i + 1] == 0x80:
                let d = bytes[i + 2]
                if d >= 0x98 && d <= 0x9F {
                    result.insert(.quote)
                } else if d == 0x93 || d == 0x94 {
                    result.insert(.dash)
                } else if d == 0xA6 {
                    result.insert(.terminator)
                } else if d > 0x8A {
                    result.insert(.other)
                }
                i += 2
            default:
                if c >= 0x80 { result.insert(.other) } else { result.insert(.other) }
            }
            i += 1
        }
        if result.contains(.period) && result.contains(.newline) { result.remove(.period); result.insert(.terminator) }
        return result
    }

    private mutating func assignSentences() {
        sentenceWordStart.reserveCapacity(sentences.count + 1)
        var s = 0
        var firstOfSentence = true
        sentenceWordStart.append(0)
        for index in words.indices {
            let start = words[index].span.start
            while s + 1 < sentences.count && start >= sentences[s].end {
                s += 1
                sentenceWordStart.append(index)
                firstOfSentence = true
            }
            words[index].sentence = s
            words[index].startsSentence = firstOfSentence
            firstOfSentence = false
        }
        while sentenceWordStart.count < sentences.count + 1 { sentenceWordStart.append(words.count) }
        if sentences.isEmpty { sentenceWordStart = [0, words.count]; sentences = [Span(start: 0, end: bytes.count)] }
    }

    private mutating func assignQuotes(_ regions: [Span]) {
        var w = 0
        for region in regions {
            while w < words.count && words[w].span.start < region.start { w += 1 }
            let first = w
            var last = w
            while last < words.count && words[last].span.end <= region.end { last += 1 }
            guard last > first else { continue }
            // A capitalised word opening a quotation is like a sentence start.
            words[first].startsSentence = true
            for k in first..<last { words[k].isQuoted = true }
            let outerStart = Document.markStart(before: region.start, in: bytes)
            let outerEnd = Document.markEnd(after: region.end, in: bytes)
            let quotation = QuoteRegion(
                content: region, outer: Span(start: outerStart, end: outerEnd), words: first..<last)
            guard last - first >= Document.minimumQuoteWords else {
                shortQuotes.append(quotation)
                w = last
                continue
            }
            quotes.append(quotation)
            for k in first..<last { words[k].quote = quotes.count - 1 }
            w = last
        }
    }

    /// Start of the opening mark before a quotation's content.
    static func markStart(before position: Int, in bytes: [UInt8]) -> Int {
        var i = position
        while i > 0 && (bytes[i - 1] == 0x20) { i -= 1 }
        if i > 0 && bytes[i - 1] == 0x22 { return i - 1 }
        if i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 { return i - 3 }
        return position
    }

    /// End of the closing mark after a quotation's content.
    static func markEnd(after position: Int, in bytes: [UInt8]) -> Int {
        var i = position
        // Punctuation inside the marks: ”,” / ".".
        while i < bytes.count && (bytes[i] == 0x2C || bytes[i] == 0x2E || bytes[i] == 0x3F || bytes[i] == 0x21) {
            i += 1
        }
        if i < bytes.count && bytes[i] == 0x22 { return i + 1 }
        if i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 { return i + 3 }
        return position
    }

    /// Hyphenated capitalised words that stay whole.
    static let keptHyphenated: Set<String> = [
        "secretary-general", "asia-pacific", "indo-pacific", "guinea-bissau", "timor-leste", "president-elect",
        "vice-president", "vice-premier", "itar-tass", "ria-novosti", "kassym-jomart", "nur-sultan",
        "al-qaeda", "al-assad", "bin-salman", "hezbollah", "agence france-presse", "coca-cola", "rolls-royce",
        "mercedes-benz", "sri-lanka", "g-20", "g-7", "covid-19", "vice-chairman", "co-founder",
    ]
}

/// Byte tests for words (``ByteClass`` holds the ASCII classes).
enum Bytes {
    /// ASCII letter or digit, or any byte of a non-ASCII scalar (letters in news text).
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { ByteClass.isASCIIAlphanumeric(b) || b >= 0xC3 }
}

extension Document {
    /// Joins a quotation that ends with a question or exclamation mark to the attribution after it: in
    /// "“So you never raised it?” Schiff asked." the splitter ends a sentence after the mark, which leaves
    /// the name opening a sentence (not known as a name there) and the clause in another sentence than
    /// its quotation. US news ends every quoted question this way. The next sentence is joined when it is
    /// one to four capitalised words ("Schiff", "Rep. Adam Schiff", "Mr. Danner") and then a reporting
    /// verb; a sentence that merely starts with a name ("Schiff said on Monday …" after a quotation) is
    /// joined too, which is right: the verb reports the quotation before it.
    static func joiningAttributions(_ sentences: [Span], _ bytes: [UInt8]) -> [Span] {
        guard sentences.count > 1 else { return sentences }
        var result: [Span] = [sentences[0]]
        result.reserveCapacity(sentences.count)
        for next in sentences.dropFirst() {
            let previous = result[result.count - 1]
            let sameParagraph = !bytes[max(previous.start, previous.end - 1)..<next.start].contains(0x0A)
            if sameParagraph, endsWithQuotedQuestion(previous, bytes), opensWithAttribution(next, bytes) {
                result[result.count - 1].end = next.end
            } else {
                result.append(next)
            }
        }
        return result
    }

    /// The sentence ends with "?" or "!" and then a closing quotation mark (” ’ " ').
    private static func endsWithQuotedQuestion(_ sentence: Span, _ bytes: [UInt8]) -> Bool {
        var e = sentence.end
        while e > sentence.start, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0A { e -= 1 }
        var closed = false
        while e > sentence.start {
            if bytes[e - 1] == 0x22 || bytes[e - 1] == 0x27 {
                e -= 1
            } else if e - 3 >= sentence.start, bytes[e - 3] == 0xE2, bytes[e - 2] == 0x80,
                bytes[e - 1] == 0x9D || bytes[e - 1] == 0x99
            {
                e -= 3
            } else {
                break
            }
            closed = true
        }
        return closed && e > sentence.start && (bytes[e - 1] == 0x3F || bytes[e - 1] == 0x21)
    }

    /// The sentence opens with one to four capitalised words, then a reporting verb that is not a
    /// participle ("Schiff asked.", "Mr. Danner said").
    private static func opensWithAttribution(_ sentence: Span, _ bytes: [UInt8]) -> Bool {
        var k = sentence.start
        var index = 0
        while k < sentence.end, index <= 4 {
            while k < sentence.end, bytes[k] == 0x20 { k += 1 }
            let start = k
            while k < sentence.end, bytes[k] != 0x20, bytes[k] != 0x0A { k += 1 }
            guard k > start else { return false }
            var end = k
            while end > start, [0x2C, 0x2E].contains(bytes[end - 1]) { end -= 1 }  // "asked." "Rep."
            guard end > start else { return false }
            let first = bytes[start]
            if index > 0, case let word = String(decoding: bytes[start..<end], as: UTF8.self),
                let form = ReportingVerbs.form(word.lowercased()), !form.participle, !form.nounLike
            {
                // "Bridenstine responded that …" opens a sentence of its own.
                var after = k
                while after < sentence.end, bytes[after] == 0x20 { after += 1 }
                let rest = bytes[after..<min(sentence.end, after + 5)]
                return !(rest.starts(with: Array("that".utf8)) && (rest.count == 4 || rest.last == 0x20))
            }
            // Capitalised, ending in a space or an abbreviation's period ("Rep."), never a comma.
            guard (0x41...0x5A).contains(first), end == k || bytes[end] == 0x2E else {
                return false
            }
            index += 1
        }
        return false
    }
}
