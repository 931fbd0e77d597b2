import ParallaxModel
import ParallaxText

/// Turns the bytes of a file into text, or says why they are not text.
public enum TextDecoding {
    /// The decoded text, the charset used and, when it was not UTF-8, why (a sentence for a diagnostic).
    public struct Result: Sendable {
        public var text: String
        /// How the charset was chosen, when it was not UTF-8 or UTF-16 with a BOM: "decoded as
        /// windows-1251 (declared by <meta charset>)."
        public var warning: String?
        /// The charset the text was decoded from (for tests and callers that report it).
        public var charset: Charset = .utf8
    }

    /// Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; bytes that are not valid UTF-8 are decoded
    /// in the charset ``CharsetDetector`` finds, with a warning naming it and its evidence. Throws for empty
    /// and binary input.
    /// - Throws: ``ParallaxError`` with code `invalidInput`, naming `path`.
    public static func decode(_ bytes: [UInt8], path: String) throws -> Result {
        if bytes.isEmpty { throw ParallaxError(.invalidInput, "\(path): the file is empty.") }
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let bigEndian = bytes[0] == 0xFE
            return Result(
                text: decodeUTF16(bytes, bigEndian: bigEndian), warning: nil, charset: bigEndian ? .utf16BE : .utf16LE)
        }
        var body = bytes[...]
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { body = bytes[3...] }
        if looksBinary(body) {
            throw ParallaxError(.invalidInput, "\(path): the file is binary, not text (it has NUL or control bytes).")
        }
        if let text = String(validating: body, as: UTF8.self) {
            if text.utf8.allSatisfy({ ByteClass.isSpace($0) }) {
                throw ParallaxError(.invalidInput, "\(path): the file holds only white space.")
            }
            return Result(text: text, warning: nil)
        }
        return detected(body, why: "not valid UTF-8 and no declaration")
    }

    /// Decodes `body` in the charset ``CharsetDetector`` guesses, saying so.
    static func detected(_ body: ArraySlice<UInt8>, why: String) -> Result {
        let guess = CharsetDetector.guess(body)
        var evidence = "detected: \(why); \(Int((guess.scriptShare * 100).rounded()))% \(guess.scriptName)"
        if let runnerUp = guess.runnerUp { evidence += ", next best \(runnerUp.rawValue)" }
        if guess.isDefault { evidence = "\(why); no charset reads as any language, so the web's default" }
        return Result(
            text: guess.charset.decode(body), warning: "decoded as \(guess.charset.rawValue) (\(evidence)).",
            charset: guess.charset)
    }

    /// Whether bytes look like a binary file: any NUL, or more than 5% control bytes in the first 8 KiB. ESC
    /// does not count: ISO-2022-JP text switches character sets with it several times a sentence.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        let sample = bytes.prefix(8192)
        var control = 0
        for b in sample {
            if b == 0 { return true }
            if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C && b != 0x1B { control += 1 }
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

extension TextDecoding {
    /// Decodes a markup document (HTML, XML feed). The evidence, strongest first: a byte-order mark; valid
    /// UTF-8; the charset the transport declared (`Content-Type` of a WARC response record); the one the
    /// document declares in its first 4 KiB (`<meta charset>`, `http-equiv`, XML `encoding`); then
    /// ``CharsetDetector``'s guess. Whenever the result is not UTF-8, `warning` names the charset and the
    /// evidence.
    ///
    /// Valid UTF-8 wins over a declared charset because pages that say `ISO-8859-1` (or `windows-1251`) while
    /// holding UTF-8 are far more common than legacy text that happens to be valid UTF-8: Cyrillic and CJK
    /// bytes in their legacy charsets almost never form valid UTF-8 sequences. A page declaring UTF-16 in its
    /// markup while being ASCII-compatible is read as if it declared nothing, as browsers do.
    /// - Throws: ``ParallaxError`` (`invalidInput`) for empty or binary input, naming `path`.
    public static func decodeMarkup(_ bytes: [UInt8], declared: Charset? = nil, path: String) throws -> Result {
        if bytes.isEmpty { throw ParallaxError(.invalidInput, "\(path): the file is empty.") }
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            return Result(text: Charset.decodeUTF16(bytes[2...], bigEndian: false), warning: nil, charset: .utf16LE)
        }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return Result(text: Charset.decodeUTF16(bytes[2...], bigEndian: true), warning: nil, charset: .utf16BE)
        }
        var body = bytes[...]
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { body = bytes[3...] }
        if let utf16 = utf16WithoutBOM(body) { return utf16 }
        if looksBinary(body) {
            throw ParallaxError(.invalidInput, "\(path): the file is binary, not text (it has NUL or control bytes).")
        }
        func declaration() -> (charset: Charset, evidence: String)? {
            declared.map { (charset: $0, evidence: "the HTTP Content-Type header") }
                ?? Charset.declaration(inHead: body)
        }
        // ISO-2022-JP is 7-bit, so valid UTF-8 too: only its escape sequences and its declaration tell.
        if body.contains(0x1B), let declaration = declaration(), declaration.charset == .iso2022JP {
            return Result(
                text: declaration.charset.decode(body),
                warning: "decoded as ISO-2022-JP (declared by \(declaration.evidence)).", charset: .iso2022JP)
        }
        if let text = String(validating: body, as: UTF8.self) { return Result(text: text, warning: nil) }
        if let declaration = declaration() {
            switch declaration.charset {
            case .utf8:
                return detected(body, why: "declared UTF-8 by \(declaration.evidence) but not valid UTF-8")
            case .utf16LE, .utf16BE:
                break
            default:
                return Result(
                    text: declaration.charset.decode(body),
                    warning: "decoded as \(declaration.charset.rawValue) (declared by \(declaration.evidence)).",
                    charset: declaration.charset)
            }
        }
        return detected(body, why: "not valid UTF-8 and no declaration")
    }

    /// UTF-16 without a BOM, recognised by `<` followed by a NUL (or the reverse) at the start.
    private static func utf16WithoutBOM(_ body: ArraySlice<UInt8>) -> Result? {
        guard body.count >= 4 else { return nil }
        let s = body.startIndex
        if body[s] == 0x3C && body[s + 1] == 0 && body[s + 2] != 0 && body[s + 3] == 0 {
            return Result(text: Charset.decodeUTF16(body, bigEndian: false), warning: nil, charset: .utf16LE)
        }
        if body[s] == 0 && body[s + 1] == 0x3C && body[s + 2] == 0 && body[s + 3] != 0 {
            return Result(text: Charset.decodeUTF16(body, bigEndian: true), warning: nil, charset: .utf16BE)
        }
        return nil
    }
}
