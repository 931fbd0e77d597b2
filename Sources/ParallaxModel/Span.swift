/// A half-open range of UTF-8 byte offsets into an article's cleaned `text`.
///
/// Spans are stored in UTF-8 offsets because every hot path in Parallax works on UTF-8 bytes and Swift
/// strings index UTF-8 in constant time. The JSON schema publishes them as Unicode code point offsets
/// (what Python's `str` slicing uses); ``SpanConverter`` does that translation.
public struct Span: Hashable, Sendable, Codable, Comparable {
    /// First byte of the span.
    public var start: Int
    /// One past the last byte of the span.
    public var end: Int

    /// Creates a span; `end` is clamped to be no smaller than `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// Number of bytes covered.
    public var length: Int { end - start }

    /// Whether the two spans share at least one byte.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

extension String {
    /// The text covered by a UTF-8 span, or an empty string when the span is out of bounds.
    public func slice(_ span: Span) -> String {
        let bytes = utf8
        guard span.start >= 0, span.end <= bytes.count, span.start <= span.end else { return "" }
        let lower = bytes.index(bytes.startIndex, offsetBy: span.start)
        let upper = bytes.index(lower, offsetBy: span.length)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
