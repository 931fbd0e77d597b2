/// HTML fragments built in code where text is escaped by default (article-derived strings are untrusted):
/// the marked article text, search snippets and the SVG timeline, which the page templates embed.
///
/// Builders call ``text(_:)`` for anything that came from an article, a query or the store, and ``raw(_:)``
/// only for markup written in this module.
struct HTML: Sendable {
    private(set) var output = ""

    init() {
        output.reserveCapacity(16 << 10)
    }

    /// Escapes the five characters that can open markup or leave an attribute value: `& < > " '`.
    static func escape(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needs = true
            break
        }
        guard needs else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaped text.
    mutating func text(_ value: String) {
        output += HTML.escape(value)
    }

    /// Markup written in this module; never article-derived.
    mutating func raw(_ markup: String) {
        output += markup
    }

    /// Percent-encodes a path segment or query value (RFC 3986 unreserved characters pass).
    static func percentEncode(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out += "%"
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }
}
