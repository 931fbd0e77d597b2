import Foundation

/// The character encodings Parallax decodes, found from labels (`<meta charset>`, HTTP `Content-Type`) or
/// detected (``CharsetDetector``). The raw value is the WHATWG Encoding Standard's name, used in diagnostics.
///
/// UTF-8, UTF-16, Windows-1252, ISO-8859-2 and ISO-8859-15 are decoded by Parallax itself (the common cases,
/// on the fast path); the others go through the C library's iconv (``Transcoder``).
public enum Charset: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    /// Also used for `ISO-8859-1` and `US-ASCII` labels, as browsers do (WHATWG Encoding): pages labelled
    /// Latin-1 routinely hold Windows-1252 quotes and dashes in 0x80–0x9F.
    case windows1252 = "windows-1252"
    case iso8859_2 = "ISO-8859-2"
    case iso8859_3 = "ISO-8859-3"
    case iso8859_4 = "ISO-8859-4"
    case iso8859_5 = "ISO-8859-5"
    case iso8859_6 = "ISO-8859-6"
    case iso8859_7 = "ISO-8859-7"
    case iso8859_8 = "ISO-8859-8"
    case iso8859_10 = "ISO-8859-10"
    case iso8859_13 = "ISO-8859-13"
    case iso8859_14 = "ISO-8859-14"
    case iso8859_15 = "ISO-8859-15"
    case iso8859_16 = "ISO-8859-16"
    case windows874 = "windows-874"
    case windows1250 = "windows-1250"
    case windows1251 = "windows-1251"
    case windows1253 = "windows-1253"
    /// Also used for ISO-8859-9 (Latin-5) labels, as WHATWG says.
    case windows1254 = "windows-1254"
    case windows1255 = "windows-1255"
    case windows1256 = "windows-1256"
    case windows1257 = "windows-1257"
    case windows1258 = "windows-1258"
    case koi8R = "KOI8-R"
    case koi8U = "KOI8-U"
    /// Also used for GB2312 and GBK labels: GB18030 is their superset, and WHATWG decodes them alike.
    case gb18030 = "GB18030"
    case big5 = "Big5"
    case eucJP = "EUC-JP"
    case iso2022JP = "ISO-2022-JP"
    /// Decoded as Windows-31J (Microsoft's Shift_JIS), as WHATWG does.
    case shiftJIS = "Shift_JIS"
    /// Decoded as windows-949 (its superset), as WHATWG does.
    case eucKR = "EUC-KR"

    /// The charset a label names (case, quotes and white space as the WHATWG Encoding Standard allows), or nil.
    public init?(label: String) {
        var folded = label.lowercased().trimmingWhitespace()
        folded = String(folded.filter { $0 != "\"" && $0 != "'" })
        guard let charset = Self.labels[folded] else { return nil }
        self = charset
    }

    /// The WHATWG Encoding Standard's labels (https://encoding.spec.whatwg.org/#names-and-labels) for the
    /// charsets above, plus a few spellings seen in the wild (`utf8`, `iso8859-1`).
    private static let labels: [String: Charset] = {
        var table: [String: Charset] = [:]
        func add(_ charset: Charset, _ names: String) {
            for name in names.split(separator: " ") { table[String(name)] = charset }
        }
        add(.utf8, "utf-8 utf8 unicode-1-1-utf-8 unicode11utf8 unicode20utf8 x-unicode20utf8")
        add(.utf16LE, "utf-16 utf-16le unicode ucs-2 csunicode iso-10646-ucs-2 unicodefeff")
        add(.utf16BE, "utf-16be unicodefffe")
        add(
            .windows1252,
            "windows-1252 cp1252 x-cp1252 iso-8859-1 iso8859-1 iso_8859-1 latin1 l1 iso-ir-100 csisolatin1 ibm819 "
                + "cp819 us-ascii ascii ansi_x3.4-1968 iso88591 iso_8859-1:1987")
        add(.iso8859_2, "iso-8859-2 iso8859-2 iso_8859-2 latin2 l2 iso-ir-101 csisolatin2 iso88592 iso_8859-2:1987")
        add(.iso8859_3, "iso-8859-3 iso8859-3 iso_8859-3 latin3 l3 iso-ir-109 csisolatin3 iso88593 iso_8859-3:1988")
        add(.iso8859_4, "iso-8859-4 iso8859-4 iso_8859-4 latin4 l4 iso-ir-110 csisolatin4 iso88594 iso_8859-4:1988")
        add(
            .iso8859_5,
            "iso-8859-5 iso8859-5 iso_8859-5 cyrillic iso-ir-144 csisolatincyrillic iso88595 iso_8859-5:1988")
        add(
            .iso8859_6,
            "iso-8859-6 iso8859-6 iso_8859-6 arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 "
                + "iso-8859-6-e iso-8859-6-i iso-ir-127 iso88596 iso_8859-6:1987")
        add(
            .iso8859_7,
            "iso-8859-7 iso8859-7 iso_8859-7 greek greek8 csisolatingreek ecma-118 elot_928 iso-ir-126 iso88597 "
                + "iso_8859-7:1987 sun_eu_greek")
        add(
            .iso8859_8,
            "iso-8859-8 iso8859-8 iso_8859-8 hebrew csiso88598e csisolatinhebrew iso-8859-8-e iso-ir-138 iso88598 "
                + "iso_8859-8:1988 visual iso-8859-8-i csiso88598i logical")
        add(.iso8859_10, "iso-8859-10 iso8859-10 iso885910 latin6 l6 iso-ir-157 csisolatin6")
        add(.iso8859_13, "iso-8859-13 iso8859-13 iso885913")
        add(.iso8859_14, "iso-8859-14 iso8859-14 iso885914")
        add(.iso8859_15, "iso-8859-15 iso8859-15 iso_8859-15 latin9 latin-9 l9 csisolatin9 iso885915")
        add(.iso8859_16, "iso-8859-16")
        add(.windows874, "windows-874 dos-874 iso-8859-11 iso8859-11 iso885911 tis-620")
        add(.windows1250, "windows-1250 cp1250 x-cp1250")
        add(.windows1251, "windows-1251 cp1251 x-cp1251")
        add(.windows1253, "windows-1253 cp1253 x-cp1253")
        add(
            .windows1254,
            "windows-1254 cp1254 x-cp1254 iso-8859-9 iso8859-9 iso_8859-9 latin5 l5 iso-ir-148 csisolatin5 iso88599 "
                + "iso_8859-9:1989")
        add(.windows1255, "windows-1255 cp1255 x-cp1255")
        add(.windows1256, "windows-1256 cp1256 x-cp1256")
        add(.windows1257, "windows-1257 cp1257 x-cp1257")
        add(.windows1258, "windows-1258 cp1258 x-cp1258")
        add(.koi8R, "koi8-r koi8_r koi koi8 cskoi8r")
        add(.koi8U, "koi8-u koi8-ru")
        add(
            .gb18030,
            "gb18030 gbk x-gbk gb2312 gb_2312 gb_2312-80 chinese csgb2312 csiso58gb231280 iso-ir-58 cp936 windows-936")
        add(.big5, "big5 big5-hkscs cn-big5 csbig5 x-x-big5 cp950")
        add(.eucJP, "euc-jp x-euc-jp cseucpkdfmtjapanese")
        add(.iso2022JP, "iso-2022-jp csiso2022jp")
        add(.shiftJIS, "shift_jis shift-jis sjis x-sjis ms_kanji ms932 csshiftjis windows-31j cp932")
        add(
            .eucKR,
            "euc-kr cseuckr csksc56011987 iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949 "
                + "cp949 uhc")
        return table
    }()

    /// The name the C library's iconv knows this charset by.
    var iconvName: String {
        switch self {
        case .windows874: "CP874"
        case .windows1250, .windows1251, .windows1253, .windows1254, .windows1255, .windows1256, .windows1257,
            .windows1258, .windows1252:
            "CP" + rawValue.dropFirst("windows-".count)
        case .big5: "BIG5-HKSCS"
        case .shiftJIS: "CP932"
        case .eucKR: "CP949"
        default: rawValue.uppercased()
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
        declaration(inHead: bytes)?.charset
    }

    /// The charset a page declares in its first 4 KiB and where ("<meta charset>", "<meta http-equiv>",
    /// "the XML declaration"), for diagnostics.
    static func declaration(inHead bytes: ArraySlice<UInt8>) -> (charset: Charset, evidence: String)? {
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
            if let charset = Charset(label: String(label)) {
                // Inside `<meta http-equiv=… content="text/html; charset=…">` the tag holds `content=` first.
                let tagStart = head[..<range.lowerBound].lastIndex(of: "<") ?? head.startIndex
                let inContent = head[tagStart..<range.lowerBound].contains("content")
                return (charset, inContent ? "<meta http-equiv Content-Type>" : "<meta charset>")
            }
            search = head[range.upperBound...]
        }
        if head.hasPrefix("<?xml"), let range = head.range(of: "encoding=") {
            let label = head[range.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
            return Charset(label: String(label)).map { ($0, "the XML declaration") }
        }
        return nil
    }

    /// Decodes text in this charset; bytes it does not define become U+FFFD.
    public func decode(_ bytes: ArraySlice<UInt8>) -> String {
        switch self {
        case .utf8: return String(decoding: bytes, as: UTF8.self)
        case .utf16LE, .utf16BE: return Self.decodeUTF16(bytes, bigEndian: self == .utf16BE)
        case .windows1252: return Windows1252.decode(bytes)
        case .iso8859_2: return Self.decodeTable(bytes, Self.latin2High)
        case .iso8859_15: return Self.decodeTable(bytes, Self.latin9High)
        default:
            // A C library without this charset (never glibc): Windows-1252 keeps the ASCII readable.
            return Transcoder(iconvName: iconvName).decode(bytes)?.text ?? Windows1252.decode(bytes)
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
