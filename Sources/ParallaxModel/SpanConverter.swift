/// Translates UTF-8 byte offsets into Unicode code point offsets for one text.
///
/// Built once per article (one pass over the bytes) and then answers each offset in O(log n).
public struct SpanConverter: Sendable {
    /// Byte offsets at which each multi-byte scalar starts, in order.
    private let multiByteStarts: [Int]
    /// Extra bytes contributed by the scalar at the same index in `multiByteStarts`.
    private let extraBytes: [Int]

    /// Prepares the conversion table for `text`.
    public init(text: String) {
        var starts: [Int] = []
        var extras: [Int] = []
        var offset = 0
        for byte in text.utf8 {
            if byte >= 0xC0 {
                starts.append(offset)
                extras.append(byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1)
            }
            offset += 1
        }
        multiByteStarts = starts
        var running = 0
        extraBytes = extras.map {
            running += $0; return running
        }
    }

    /// The code point offset of a UTF-8 byte offset that falls on a scalar boundary.
    public func scalarOffset(ofByte byte: Int) -> Int {
        // Count multi-byte scalars that start strictly before `byte`.
        var low = 0
        var high = multiByteStarts.count
        while low < high {
            let mid = (low + high) / 2
            if multiByteStarts[mid] < byte { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? byte : byte - extraBytes[low - 1]
    }

    /// The span in code point offsets.
    public func scalarSpan(_ span: Span) -> Span {
        Span(start: scalarOffset(ofByte: span.start), end: scalarOffset(ofByte: span.end))
    }
}
