import ParallaxModel

/// Case folding and light normalisation for comparing words.
public enum Folding {
    /// Lowercases ASCII letters in place and folds typographic apostrophes to `'`; non-ASCII letters are
    /// lowercased through the standard library only when present.
    public static func fold(_ text: Substring) -> String {
        var ascii = true
        for b in text.utf8 where b >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
                var i = 0
                for b in text.utf8 {
                    buffer[i] = ByteClass.isUpper(b) ? b | 0x20 : b
                    i += 1
                }
                return i
            }
        }
        return text.replacingOccurrencesOfCurlyApostrophe().lowercased()
    }

    /// Folds a whole string.
    public static func fold(_ text: String) -> String { fold(text[...]) }

    /// The folded text of a token.
    public static func fold(_ token: Token, in text: String) -> String { fold(text.substring(token.span)) }
}

extension Substring {
    fileprivate func replacingOccurrencesOfCurlyApostrophe() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            out.unicodeScalars.append(scalar == "\u{2019}" ? "'" : scalar)
        }
        return out
    }
}

extension String {
    /// The substring covered by a UTF-8 span (no copy).
    public func substring(_ span: Span) -> Substring {
        let lower = utf8.index(utf8.startIndex, offsetBy: span.start)
        let upper = utf8.index(lower, offsetBy: span.length)
        return self[lower..<upper]
    }
}
