/// Writing systems that need their own handling in tokenizing, comparison and search.
public enum Script {
    /// Whether `scalar` is written without spaces between words: Han ideographs (U+3400–U+4DBF,
    /// U+4E00–U+9FFF), kana (U+3040–U+30FF) or Hangul syllables (U+AC00–U+D7AF). Such text is compared and
    /// searched as overlapping character pairs (or, in PostgreSQL, character by character), as Lucene's CJK
    /// analyser does. ``Swift/UnsafeBufferPointer/isCJK(at:)`` is the same test on UTF-8 bytes.
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF: true
        default: false
        }
    }
}
