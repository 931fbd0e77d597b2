/// Byte-level character classes for UTF-8 text, the one table every module uses. Hot paths classify bytes,
/// never `Character`s.
public enum ByteClass {
    /// An ASCII letter, either case.
    @inlinable public static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    /// An ASCII digit.
    @inlinable public static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    /// An ASCII letter or digit.
    @inlinable public static func isASCIIAlphanumeric(_ b: UInt8) -> Bool { isASCIILetter(b) || isDigit(b) }
    /// An ASCII capital.
    @inlinable public static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    /// An ASCII small letter.
    @inlinable public static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    /// ASCII white space: space, tab, line feed, carriage return, form feed.
    @inlinable public static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
    }
}

/// How the scalar that starts at a byte offset behaves in tokenisation.
public enum ScalarRole: Sendable {
    case letter
    case digit
    case space
    case apostrophe
    case punctuation
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The role and byte length of the scalar starting at `i`.
    ///
    /// Non-ASCII scalars are letters except the Latin-1 punctuation block (U+0080–U+00BF, with U+00A0 as
    /// space) and General Punctuation (U+2000–U+206F: dashes, curly quotes, ellipsis; U+2019 is an
    /// apostrophe inside words).
    @inlinable
    public func scalarRole(at i: Int) -> (role: ScalarRole, length: Int) {
        let b = self[i]
        if b < 0x80 {
            if ByteClass.isASCIILetter(b) { return (.letter, 1) }
            if ByteClass.isDigit(b) { return (.digit, 1) }
            if ByteClass.isSpace(b) { return (.space, 1) }
            if b == 0x27 { return (.apostrophe, 1) }
            return (.punctuation, 1)
        }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard i + length <= count else { return (.punctuation, 1) }
        if b == 0xC2 {
            let c = self[i + 1]
            if c == 0xA0 { return (.space, 2) }
            return (.punctuation, 2)
        }
        if b == 0xC3 && (self[i + 1] == 0x97 || self[i + 1] == 0xB7) { return (.punctuation, 2) }  // × ÷
        if b == 0xE2 && self[i + 1] >= 0x80 && self[i + 1] <= 0x81 {
            let c = self[i + 2]
            if self[i + 1] == 0x80 && c <= 0x8A { return (.space, 3) }  // U+2000–U+200A spaces
            if self[i + 1] == 0x80 && c == 0x99 { return (.apostrophe, 3) }  // ’
            return (.punctuation, 3)
        }
        if b == 0xE3 && self[i + 1] == 0x80 {  // CJK Symbols and Punctuation: 、。「」『』《》【】, U+3000 space
            return (self[i + 2] == 0x80 ? .space : .punctuation, 3)
        }
        if b == 0xEF && (self[i + 1] == 0xBC || self[i + 1] == 0xBD) {  // fullwidth forms: ，！？：；（）
            let c = (Int(self[i + 1] & 0x3F) << 6 | Int(self[i + 2] & 0x3F)) - 0xF00  // offset from U+FF00
            let digit = c >= 0x10 && c <= 0x19
            let letter = (c >= 0x21 && c <= 0x3A) || (c >= 0x41 && c <= 0x5A)
            if digit { return (.digit, 3) }
            if !letter && c <= 0x65 { return (.punctuation, 3) }
        }
        if b == 0xEF && self[i + 1] == 0xBB && self[i + 2] == 0xBF { return (.space, 3) }  // BOM
        return (.letter, length)
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether the UTF-8 scalar at `i` is written in a script without spaces between words: Han ideographs
    /// (U+3400–U+4DBF, U+4E00–U+9FFF), kana (U+3040–U+30FF) or Hangul syllables (U+AC00–U+D7AF). Such text
    /// is compared and searched as overlapping character pairs, as Lucene's CJK analyser does.
    @inlinable
    public func isCJK(at i: Int) -> Bool {
        let b = self[i]
        guard b >= 0xE3, b <= 0xED, i + 2 < count else { return false }
        let scalar = Int(b & 0x0F) << 12 | Int(self[i + 1] & 0x3F) << 6 | Int(self[i + 2] & 0x3F)
        return (0x3040...0x30FF).contains(scalar) || (0x3400...0x4DBF).contains(scalar)
            || (0x4E00...0x9FFF).contains(scalar) || (0xAC00...0xD7AF).contains(scalar)
    }
}
