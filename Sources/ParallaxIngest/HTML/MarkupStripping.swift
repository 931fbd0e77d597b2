import ParallaxText

/// Makes metadata and text plain: no tags, no entities, white space collapsed.
///
/// Pages are hostile: a `<title>` or an `og:title` may hold `<script>…</script>`, and JSON-LD strings are
/// often HTML-escaped. Entities are decoded first and tags removed after, so an escaped tag cannot come back.
enum MarkupStripping {
    /// `text` without markup.
    static func plainText(_ text: String) -> String {
        collapseWhitespace(removingTags(decodingEntities(text)))
    }

    /// Removes `<…>` sequences that start like a tag, comment or declaration; a lone `<` stays.
    /// The content of `<script>` and `<style>` goes with them.
    static func removingTags(_ text: String) -> String {
        guard text.utf8.contains(0x3C) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x3C, i + 1 < bytes.count, isTagStart(bytes[i + 1]),
                let close = bytes[(i + 1)...].firstIndex(of: 0x3E)
            {
                let name = String(decoding: bytes[(i + 1)..<min(close, i + 8)], as: UTF8.self).lowercased()
                var end = close + 1
                for raw in ["script", "style"] where name.hasPrefix(raw) {
                    let closing = Array("</\(raw)".utf8)
                    var j = end
                    while j + closing.count <= bytes.count {
                        if bytes[j] == 0x3C,
                            bytes[j..<(j + closing.count)].map({ $0 | 0x20 }) == closing.map({ $0 | 0x20 })
                        {
                            end = bytes[j...].firstIndex(of: 0x3E).map { $0 + 1 } ?? bytes.count
                            break
                        }
                        j += 1
                    }
                    if j + closing.count > bytes.count { end = bytes.count }
                }
                out.append(0x20)
                i = end
                continue
            }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isTagStart(_ b: UInt8) -> Bool {
        ByteClass.isASCIILetter(b) || b == 0x2F || b == 0x21 || b == 0x3F
    }

    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'", "rsquo": "’",
        "lsquo": "‘", "rdquo": "”", "ldquo": "“", "mdash": "—", "ndash": "–", "hellip": "…", "copy": "©",
    ]

    /// Decodes named entities of the common set and numeric ones.
    static func decodingEntities(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                var replacement: String?
                if let known = entities[name.lowercased()] {
                    replacement = known
                } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16) {
                    replacement = Unicode.Scalar(v).map { String(Character($0)) }
                } else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()) {
                    replacement = Unicode.Scalar(v).map { String(Character($0)) }
                }
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }

    /// Runs of white space (no-break spaces included) become one space; ends trimmed.
    static func collapseWhitespace(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
