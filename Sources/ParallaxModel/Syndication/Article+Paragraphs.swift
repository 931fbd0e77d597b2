extension Article {
    /// The body's paragraphs as UTF-8 spans into ``text``, trimmed, empty ones dropped.
    ///
    /// Paragraphs are separated by a blank line (a line holding only white space), as ``text`` is documented
    /// to be. A text without any blank line but with line breaks (one sentence or paragraph per line, as some
    /// corpora ship) is split at every line break instead.
    public var paragraphSpans: [Span] { Article.paragraphSpans(in: text) }

    /// The body's paragraphs, trimmed, empty ones dropped (see ``paragraphSpans``).
    public var paragraphs: [String] { paragraphSpans.map { text.slice($0) } }

    /// The paragraph spans of any text, split as ``paragraphSpans`` describes.
    public static func paragraphSpans(in text: String) -> [Span] {
        var text = text
        return text.withUTF8 { paragraphSpans(in: $0) }
    }

    /// The paragraph spans of a UTF-8 buffer, split as ``paragraphSpans`` describes.
    public static func paragraphSpans(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        let blankLines = spans(in: bytes, splitAtEveryLine: false)
        if blankLines.count > 1 { return blankLines }
        return spans(in: bytes, splitAtEveryLine: true)
    }

    private static func spans(in bytes: UnsafeBufferPointer<UInt8>, splitAtEveryLine: Bool) -> [Span] {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0A }
        var result: [Span] = []
        func emit(_ start: Int, _ end: Int) {
            var s = start
            var e = end
            while s < e, isSpace(bytes[s]) { s += 1 }
            while e > s, isSpace(bytes[e - 1]) { e -= 1 }
            if e > s { result.append(Span(start: s, end: e)) }
        }
        let n = bytes.count
        var paragraphStart = 0
        var lineStart = 0
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if splitAtEveryLine {
                emit(lineStart, lineEnd)
            } else {
                var blank = true
                for i in lineStart..<lineEnd where !isSpace(bytes[i]) {
                    blank = false
                    break
                }
                if blank {
                    emit(paragraphStart, lineStart)
                    paragraphStart = lineEnd
                }
            }
            lineStart = lineEnd + 1
        }
        if !splitAtEveryLine { emit(paragraphStart, n) }
        return result
    }
}
