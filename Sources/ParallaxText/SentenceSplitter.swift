import ParallaxModel

/// Splits text into sentences on UTF-8 bytes.
///
/// A sentence ends at a line break, at a CJK `。`, `！` or `？` (CJK text puts no space after it), or at `.`,
/// `!`, `?` or `…` (with any closing quotes or brackets) that is followed by white space and a plausible
/// sentence start. It does not end after a known abbreviation
/// ("Mr.", "Feb.", "No. 1", "cu."), a single-capital initial ("J. Smith", "U.S."), or inside a number.
/// A period glued to the next sentence ("momentum.The trade") splits when a lowercase word precedes it
/// and a capitalised word follows, as scraped text often loses that space.
public enum SentenceSplitter {
    /// Abbreviations after which a period does not end a sentence (folded, without the period).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "rep", "sen",
        "gov", "pres", "st", "jr", "sr", "rev", "hon", "amb", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "vs", "inc", "ltd", "co", "corp", "bros", "dept", "est", "approx", "cu", "sq", "ft", "fig", "vol",
        "pp", "mt", "ave", "blvd", "rd", "univ", "assn", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u",
        "etc.al", "al", "messrs", "mme", "mlle", "gov't", "no", "nos", "art", "sec", "para",
    ]

    /// The sentence spans of `text`, trimmed of surrounding white space, in order.
    public static func sentences(in text: String) -> [Span] {
        var text = text
        return text.withUTF8 { sentences(in: $0) }
    }

    /// The sentence spans of a UTF-8 buffer.
    public static func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var result: [Span] = []
        var start = 0
        let n = bytes.count
        var i = 0
        func emit(_ end: Int) {
            var s = start
            var e = end
            while s < e, bytes.scalarRole(at: s).role == .space { s += bytes.scalarRole(at: s).length }
            while e > s, ByteClass.isSpace(bytes[e - 1]) || (e >= s + 2 && bytes[e - 2] == 0xC2 && bytes[e - 1] == 0xA0)
            {
                e -= bytes[e - 1] == 0xA0 ? 2 : 1
            }
            if e > s { result.append(Span(start: s, end: e)) }
        }
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                emit(i)
                start = i + 1
                i += 1
                continue
            }
            if let end = cjkStop(bytes, at: i) {
                emit(end)
                start = end
                i = end
                continue
            }
            let isEllipsis = b == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6
            guard b == 0x2E || b == 0x21 || b == 0x3F || isEllipsis else {
                i += 1
                continue
            }
            var end = i + (isEllipsis ? 3 : 1)
            // Absorb repeated terminators and closing quotes/brackets.
            while end < n {
                let c = bytes[end]
                if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D {
                    end += 1
                } else if c == 0xE2 && end + 2 < n && bytes[end + 1] == 0x80
                    && (bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99 || bytes[end + 2] == 0xA6)
                {
                    end += 3
                } else {
                    break
                }
            }
            if isBoundary(bytes, terminator: i, after: end, isPeriod: b == 0x2E) {
                emit(end)
                start = end
            }
            i = end
        }
        emit(n)
        return result
    }

    /// When a CJK full stop, exclamation or question mark (。！？) is at `i`: where its sentence ends, after
    /// any repeated marks and closing quotes or brackets (”」』）). CJK text puts no space after a sentence, so
    /// the mark alone ends it.
    static func cjkStop(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        func isStop(_ j: Int) -> Bool {
            guard j + 3 <= bytes.count else { return false }
            let (a, b, c) = (bytes[j], bytes[j + 1], bytes[j + 2])
            return (a == 0xE3 && b == 0x80 && c == 0x82) || (a == 0xEF && b == 0xBC && (c == 0x81 || c == 0x9F))
        }
        func isClosing(_ j: Int) -> Bool {
            guard j + 3 <= bytes.count else { return false }
            let (a, b, c) = (bytes[j], bytes[j + 1], bytes[j + 2])
            return (a == 0xE2 && b == 0x80 && (c == 0x9D || c == 0x99))
                || (a == 0xE3 && b == 0x80 && (c == 0x8D || c == 0x8F))
                || (a == 0xEF && b == 0xBC && c == 0x89)
        }
        guard bytes[i] == 0xE3 || bytes[i] == 0xEF, i + 3 <= bytes.count, isStop(i) else { return nil }
        var end = i + 3
        while end + 3 <= bytes.count, isStop(end) || isClosing(end) { end += 3 }
        return end
    }

    private static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, terminator: Int, after: Int, isPeriod: Bool)
        -> Bool
    {
        let n = bytes.count
        if after >= n { return true }
        // Find the word before the terminator.
        var wordStart = terminator
        while wordStart > 0 {
            let p = bytes[wordStart - 1]
            if ByteClass.isASCIILetter(p) || p == 0x2E || p == 0x27 || p >= 0x80 && p != 0xA0 && p != 0x9D && p != 0x99
            {
                wordStart -= 1
            } else {
                break
            }
        }
        let previous = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<terminator]), as: UTF8.self)
        let glued =
            !ByteClass.isSpace(bytes[after]) && !(bytes[after] == 0xC2 && after + 1 < n && bytes[after + 1] == 0xA0)
        if glued {
            // "turbulence.The": lowercase word, then a capitalised word with a lowercase second letter.
            guard isPeriod || bytes[terminator] == 0x21 || bytes[terminator] == 0x3F,
                after + 1 < n, ByteClass.isUpper(bytes[after]), ByteClass.isLower(bytes[after + 1]),
                let last = previous.utf8.last, ByteClass.isLower(last), previous.utf8.count >= 2,
                !previous.contains(".")
            else { return false }
            return !abbreviations.contains(Folding.fold(previous))
        }
        // Skip white space to the next sentence's first scalar.
        var j = after
        while j < n, bytes.scalarRole(at: j).role == .space { j += bytes.scalarRole(at: j).length }
        if j >= n { return true }
        let next = bytes[j]
        let nextStartsSentence =
            ByteClass.isUpper(next) || ByteClass.isDigit(next) || next == 0x22 || next == 0x27 || next == 0x28
            || next == 0xE2 || (next >= 0xC3 && next < 0xE2)
        guard nextStartsSentence else { return false }
        guard isPeriod else { return true }
        let folded = Folding.fold(previous)
        if folded.isEmpty { return true }
        if folded == "no" || folded == "nos" { return !ByteClass.isDigit(next) }
        if abbreviations.contains(folded) {
            // Titles and month names never end a sentence; others may when a capitalised word that is not
            // a name follows, which we cannot tell here, so stay conservative.
            return false
        }
        // Initials: a single capital ("J.") or dotted capitals ("U.S.").
        let letters = previous.utf8.filter { $0 != 0x2E }
        if letters.count == 1, let only = letters.first, ByteClass.isUpper(only) { return false }
        if previous.contains("."), letters.allSatisfy({ ByteClass.isUpper($0) }) { return false }
        return true
    }
}
