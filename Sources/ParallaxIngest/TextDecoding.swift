import ParallaxModel

/// Turns the bytes of a file into text, or says why they are not text.
public enum TextDecoding {
    /// The decoded text and any warning about how it was decoded.
    public struct Result: Sendable {
        public var text: String
        public var warning: String?
    }

    /// Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; falls back to Windows-1252 for bytes that
    /// are not valid UTF-8, with a warning. Throws for empty and binary input.
    /// - Throws: ``ParallaxError`` with code `invalidInput`, naming `path`.
    public static func decode(_ bytes: [UInt8], path: String) throws -> Result {
        if bytes.isEmpty { throw ParallaxError(.invalidInput, "\(path): the file is empty.") }
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return Result(text: decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE), warning: nil)
        }
        var body = bytes[...]
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { body = bytes[3...] }
        if looksBinary(body) {
            throw ParallaxError(.invalidInput, "\(path): the file is binary, not text (it has NUL or control bytes).")
        }
        if let text = String(validating: body, as: UTF8.self) {
            if text.utf8.allSatisfy({ ByteClassIngest.isSpace($0) }) {
                throw ParallaxError(.invalidInput, "\(path): the file holds only white space.")
            }
            return Result(text: text, warning: nil)
        }
        return Result(
            text: Windows1252.decode(body),
            warning: "the file is not valid UTF-8; it was decoded as Windows-1252."
        )
    }

    /// Whether bytes look like a binary file: any NUL, or more than 5% control bytes in the first 8 KiB.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(8192)
        var control = 0
        for b in sample {
            if b == 0 { return true }
            if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C { control += 1 }
        }
        return control * 20 > sample.count
    }

    private static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(
                bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}

enum ByteClassIngest {
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }
}

extension TextDecoding {
    /// Decodes a markup document (HTML, XML feed): a byte-order mark wins, then valid UTF-8, then the charset
    /// the transport declared (`Content-Type` of a WARC record), then the one the document declares in its
    /// first 4 KiB (`<meta charset>`, `http-equiv`, XML `encoding`), then Windows-1252 with a warning.
    ///
    /// Valid UTF-8 wins over a declared single-byte charset because pages that say `ISO-8859-1` while
    /// holding UTF-8 are far more common than Latin text that happens to be valid UTF-8.
    /// - Throws: ``ParallaxError`` (`invalidInput`) for empty or binary input, naming `path`.
    public static func decodeMarkup(_ bytes: [UInt8], declared: Charset? = nil, path: String) throws -> Result {
        if bytes.isEmpty { throw ParallaxError(.invalidInput, "\(path): the file is empty.") }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            return Result(text: Charset.decodeUTF16(bytes[2...], bigEndian: false), warning: nil)
        }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return Result(text: Charset.decodeUTF16(bytes[2...], bigEndian: true), warning: nil)
        }
        var body = bytes[...]
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { body = bytes[3...] }
        if let utf16 = utf16WithoutBOM(body) { return Result(text: utf16, warning: nil) }
        if looksBinary(body) {
            throw ParallaxError(.invalidInput, "\(path): the file is binary, not text (it has NUL or control bytes).")
        }
        if let text = String(validating: body, as: UTF8.self) { return Result(text: text, warning: nil) }
        if let charset = declared ?? Charset.declared(inHead: body), charset != .utf8 {
            return Result(text: charset.decode(body), warning: nil)
        }
        return Result(
            text: Windows1252.decode(body),
            warning: "the file is not valid UTF-8 and declares no other charset; it was decoded as Windows-1252."
        )
    }

    /// UTF-16 without a BOM, recognised by `<` followed by a NUL (or the reverse) at the start.
    private static func utf16WithoutBOM(_ body: ArraySlice<UInt8>) -> String? {
        guard body.count >= 4 else { return nil }
        let s = body.startIndex
        if body[s] == 0x3C && body[s + 1] == 0 && body[s + 2] != 0 && body[s + 3] == 0 {
            return Charset.decodeUTF16(body, bigEndian: false)
        }
        if body[s] == 0 && body[s + 1] == 0x3C && body[s + 2] == 0 && body[s + 3] != 0 {
            return Charset.decodeUTF16(body, bigEndian: true)
        }
        return nil
    }
}
