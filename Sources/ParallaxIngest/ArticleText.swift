/// The test every reader applies before it calls something an article's text.
enum ArticleText {
    /// Whether `body` is enough to be an article: at least 20 bytes and more than one word. Chinese and
    /// Japanese write no spaces between words, so a body holding CJK characters (or kana) counts as prose
    /// without one; elsewhere a body without a space is a single token (a stray id, a URL), not text.
    static func isEnough(_ body: String) -> Bool {
        guard body.utf8.count >= 20 else { return false }
        if body.utf8.contains(0x20) { return true }
        return body.unicodeScalars.contains { scalar in
            (0x3040...0x30FF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
                || (0x4E00...0x9FFF).contains(scalar.value)
        }
    }
}
