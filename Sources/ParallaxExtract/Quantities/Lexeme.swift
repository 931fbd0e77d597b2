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
    var start: Int
    var end: Int
    /// Folded text for words ("june", "wednesday's"), the digits as written for numbers, the scalar for symbols.
    var text: String
    /// Whether the first letter is a capital (words only).
    var isCapitalized: Bool
    /// Whether white space separates this lexeme from the previous one.
    var spaceBefore: Bool
    /// Whether a hyphen inside one token joins this lexeme to the previous one ("340-metre", "mid-2023").
    var hyphenBefore: Bool
    /// Whether this lexeme touches the previous one with nothing between ("3bn", "US$", "42%").
    var glued: Bool { !spaceBefore && !hyphenBefore }

    var span: Span { Span(start: start, end: end) }
    func isWord(_ word: String) -> Bool { kind == .word && text == word }
    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
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
        func gap(to end: Int) {
            var i = cursor
            while i < end {
                let (role, length) = bytes.scalarRole(at: i)
                if role == .space {
                    spacePending = true
                } else {
                    result.append(symbol(bytes, i, length, space: spacePending))
                    spacePending = false
                }
                i += length
            }
            cursor = end
        }
        Tokenizer.forEachToken(in: bytes) { token in
            gap(to: token.span.start)
            split(bytes, token.span, space: spacePending, into: &result)
            spacePending = false
            cursor = token.span.end
        }
        gap(to: bytes.count)
        return result
    }

    private static func symbol(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ length: Int, space: Bool) -> Lexeme {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]), as: UTF8.self)
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
            if kind == .word {
                var ascii = true
                for b in slice where b >= 0x80 {
                    ascii = false
                    break
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
                    kind: kind, start: pieceStart, end: end, text: text, isCapitalized: capital,
                    spaceBefore: spaceBefore, hyphenBefore: hyphenBefore))
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
