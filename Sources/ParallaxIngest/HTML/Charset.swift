import Foundation

/// The character encodings Parallax decodes, found from labels (`<meta charset>`, HTTP `Content-Type`).
public enum Charset: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    /// Also used for `ISO-8859-1` and `US-ASCII` labels, as browsers do (WHATWG Encoding): pages labelled
    /// Latin-1 routinely hold Windows-1252 quotes and dashes in 0x80–0x9F.
    case windows1252 = "windows-1252"
    case iso8859_2 = "ISO-8859-2"
    case iso8859_15 = "ISO-8859-15"

    /// The charset a label names (case and punctuation as the WHATWG Encoding standard allows), or nil.
    public init?(label: String) {
        var folded = label.lowercased().trimmingWhitespace()
        folded = String(folded.filter { $0 != "\"" && $0 != "'" })
        switch folded {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
        case "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff": self = .utf16LE
        case "utf-16be", "unicodefffe": self = .utf16BE
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
            "iso-ir-100", "csisolatin1", "ibm819", "cp819", "us-ascii", "ascii", "ansi_x3.4-1968", "iso88591",
            "iso_8859-1:1987":
            self = .windows1252
        case "iso-8859-2", "iso8859-2", "iso_8859-2", "latin2", "l2", "iso-ir-101", "csisolatin2", "iso88592",
            "iso_8859-2:1987":
            self = .iso8859_2
        case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin9", "latin-9", "l9", "csisolatin9", "iso885915":
            self = .iso8859_15
        default: return nil
        }
    }

    /// The charset named in a `Content-Type` value (`text/html; charset=ISO-8859-2`).
    public static func fromContentType(_ value: String) -> Charset? {
        let lower = value.lowercased()
        guard let range = lower.range(of: "charset=") else { return nil }
        let rest = lower[range.upperBound...].prefix { $0 != ";" && $0 != " " && $0 != "," }
        return Charset(label: String(rest))
    }

    /// The charset a page declares in its first 4 KiB: `<meta charset=…>` or
    /// `<meta http-equiv="Content-Type" content="…; charset=…">`, or an XML declaration's `encoding`.
    public static func declared(inHead bytes: ArraySlice<UInt8>) -> Charset? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var search = head[...]
        while let range = search.range(of: "charset") {
            var rest = head[range.upperBound...].drop { $0 == " " }
            guard rest.first == "=" else {
                search = head[range.upperBound...]
                continue
            }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
            let label = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
            if let charset = Charset(label: String(label)) { return charset }
            search = head[range.upperBound...]
        }
        if head.hasPrefix("<?xml"), let range = head.range(of: "encoding=") {
            let label = head[range.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
            return Charset(label: String(label))
        }
        return nil
    }

    /// Decodes single-byte and UTF-16 text (UTF-8 is decoded with replacement characters).
    public func decode(_ bytes: ArraySlice<UInt8>) -> String {
        switch self {
        case .utf8: return String(decoding: bytes, as: UTF8.self)
        case .utf16LE, .utf16BE: return Self.decodeUTF16(bytes, bigEndian: self == .utf16BE)
        case .windows1252: return Windows1252.decode(bytes)
        case .iso8859_2: return Self.decodeTable(bytes, Self.latin2High)
        case .iso8859_15: return Self.decodeTable(bytes, Self.latin9High)
        }
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i])
            let b = UInt16(bytes[i + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func decodeTable(_ bytes: ArraySlice<UInt8>, _ high: [UInt16]) -> String {
        var text = String.UnicodeScalarView()
        for b in bytes {
            text.append(b < 0xA0 ? Unicode.Scalar(b) : Unicode.Scalar(high[Int(b - 0xA0)]) ?? "\u{FFFD}")
        }
        return String(text)
    }

    /// ISO-8859-2 (Latin-2, Central European), bytes 0xA0–0xFF.
    static let latin2High: [UInt16] = [
        0x00A0, 0x0104, 0x02D8, 0x0141, 0x00A4, 0x013D, 0x015A, 0x00A7, 0x00A8, 0x0160, 0x015E, 0x0164, 0x0179, 0x00AD,
        0x017D, 0x017B,
        0x00B0, 0x0105, 0x02DB, 0x0142, 0x00B4, 0x013E, 0x015B, 0x02C7, 0x00B8, 0x0161, 0x015F, 0x0165, 0x017A, 0x02DD,
        0x017E, 0x017C,
        0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, 0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD,
        0x00CE, 0x010E,
        0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD,
        0x0162, 0x00DF,
        0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED,
        0x00EE, 0x010F,
        0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, 0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD,
        0x0163, 0x02D9,
    ]

    /// ISO-8859-15 (Latin-9): Latin-1 with the euro sign and eight letters changed.
    static let latin9High: [UInt16] = {
        var table = (0xA0...0xFF).map { UInt16($0) }
        for (byte, scalar) in [
            (0xA4, 0x20AC), (0xA6, 0x0160), (0xA8, 0x0161), (0xB4, 0x017D), (0xB8, 0x017E), (0xBC, 0x0152),
            (0xBD, 0x0153), (0xBE, 0x0178),
        ] {
            table[byte - 0xA0] = UInt16(scalar)
        }
        return table
    }()
}
