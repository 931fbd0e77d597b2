import ParallaxModel

/// Splits text into word and number tokens on UTF-8 bytes.
///
/// A word is a run of letters and digits, with inner apostrophes ("Russia's", "don’t") and inner hyphens
/// ("China-Russia" stays one token: hyphenated compounds are content units in news). A number is a run of
/// digits with inner `,` or `.` separators ("1,284", "14.5").
public enum Tokenizer {
    /// All tokens of `text` in order.
    public static func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(in: $0) }
    }

    /// All tokens of a UTF-8 buffer in order.
    public static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(bytes.count / 5)
        forEachToken(in: bytes) { result.append($0) }
        return result
    }

    /// Calls `body` for each token without building an array.
    @inlinable
    public static func forEachToken(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            let (role, length) = bytes.scalarRole(at: i)
            switch role {
            case .letter, .digit:
                let start = i
                var allDigits = role == .digit
                let capital = role == .letter && isCapital(bytes, at: i)
                i += length
                while i < n {
                    let (r, l) = bytes.scalarRole(at: i)
                    if r == .letter {
                        allDigits = false
                        i += l
                    } else if r == .digit {
                        i += l
                    } else if (r == .apostrophe || bytes[i] == 0x2D) && i + l < n {
                        // Inner apostrophe or hyphen: keep when a letter or digit follows.
                        let (next, _) = bytes.scalarRole(at: i + l)
                        if next == .letter || (next == .digit && bytes[i] == 0x2D) {
                            allDigits = false
                            i += l
                        } else {
                            break
                        }
                    } else if allDigits && (bytes[i] == 0x2C || bytes[i] == 0x2E) && i + 1 < n
                        && ByteClass.isDigit(bytes[i + 1])
                    {
                        i += 1
                    } else {
                        break
                    }
                }
                body(Token(kind: allDigits ? .number : .word, span: Span(start: start, end: i), isCapitalized: capital))
            default:
                i += length
            }
        }
    }

    @inlinable
    static func isCapital(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return ByteClass.isUpper(b) }
        // Latin-1 Supplement capitals À–Þ (C3 80–C3 9E) and Latin Extended-A even code points.
        if b == 0xC3 { return bytes[i + 1] < 0x9F }
        if b == 0xC4 || b == 0xC5 { return bytes[i + 1] & 1 == 0 }
        return false
    }
}
