import ParallaxIngest
import ParallaxModel
import Testing

/// Legacy charsets (issue #21 item 1): each fixture decodes to the right characters whether its charset is
/// declared or must be detected, and the diagnostic names the charset used and why.
struct CharsetTests {
    /// A fixture sentence in a legacy charset.
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        /// The label the fixture file is named by and the tests declare.
        var label: String
        var charset: Charset
        var testDescription: String { "\(language) in \(label)" }

        var encoded: [UInt8] { get throws { try FixtureFiles.bytes("charsets/\(language).\(label).txt") } }
        var expected: String {
            get throws { String(decoding: try FixtureFiles.bytes("charsets/\(language).utf-8.txt"), as: UTF8.self) }
        }
    }

    static let cases: [Case] = [
        Case(language: "ru", label: "windows-1251", charset: .windows1251),
        Case(language: "ru", label: "koi8-r", charset: .koi8R),
        Case(language: "zh-hans", label: "gb2312", charset: .gb18030),
        Case(language: "zh-hant", label: "big5", charset: .big5),
        Case(language: "ja", label: "shift_jis", charset: .shiftJIS),
        Case(language: "ko", label: "euc-kr", charset: .eucKR),
        Case(language: "cs", label: "iso-8859-2", charset: .iso8859_2),
        Case(language: "pl", label: "iso-8859-2", charset: .iso8859_2),
        Case(language: "fr", label: "windows-1252", charset: .windows1252),
        Case(language: "de", label: "windows-1252", charset: .windows1252),
    ]

    /// An article page around the fixture's bytes, with `head` (a declaration or nothing) in its `<head>`.
    private func page(_ text: [UInt8], head: String) -> [UInt8] {
        Array("<html><head>\(head)<title>Harbour budget</title></head><body><article><p>".utf8) + text
            + Array("</p></article></body></html>".utf8)
    }

    @Test(arguments: cases) func declaredInMetaCharset(_ fixture: Case) throws {
        let bytes = page(try fixture.encoded, head: "<meta charset=\"\(fixture.label)\">")
        let result = ArticleFileReader().read(bytes: bytes, path: "declared.html")
        let article = try #require(result.articles.first)
        #expect(article.text == (try fixture.expected))
        #expect(
            result.diagnostics.map(\.message) == [
                "decoded as \(fixture.charset.rawValue) (declared by <meta charset>)."
            ])
    }

    @Test(arguments: cases) func declaredInHTTPEquiv(_ fixture: Case) throws {
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(fixture.label.uppercased())\">"
        let decoded = try TextDecoding.decodeMarkup(page(try fixture.encoded, head: head), path: "equiv.html")
        #expect(decoded.charset == fixture.charset)
        #expect(decoded.text.contains(try fixture.expected))
        #expect(
            decoded.warning == "decoded as \(fixture.charset.rawValue) (declared by <meta http-equiv Content-Type>).")
    }

    @Test(arguments: cases) func undeclaredPageIsDetected(_ fixture: Case) throws {
        let result = ArticleFileReader().read(bytes: page(try fixture.encoded, head: ""), path: "undeclared.html")
        let article = try #require(result.articles.first)
        #expect(article.text == (try fixture.expected))
        let message = try #require(result.diagnostics.first?.message)
        #expect(
            message.hasPrefix("decoded as \(fixture.charset.rawValue) (detected: not valid UTF-8 and no declaration;"))
    }

    /// A real page is mostly ASCII around a short article: scripts, styles and English navigation must not
    /// drown the article's letters.
    @Test(arguments: cases) func undeclaredPageWithScriptsAndEnglishNavigation(_ fixture: Case) throws {
        let script = String(
            repeating: "window.dataLayer = window.dataLayer || []; function track(event) { dataLayer.push(event); }\n",
            count: 40)
        let navigation = ["Home", "World", "Business", "Sport", "Weather", "Contact us", "Subscribe"].map {
            "<a href=\"/\($0.lowercased())\">\($0)</a>"
        }.joined()
        let head = "<script>\(script)</script><style>body { font-family: serif; }</style>"
        let bytes =
            Array("<html><head>\(head)<title>Harbour budget</title></head><body><nav>\(navigation)</nav>".utf8)
            + Array("<article><p>".utf8) + (try fixture.encoded) + Array("</p></article></body></html>".utf8)
        let decoded = try TextDecoding.decodeMarkup(bytes, path: "busy.html")
        #expect(decoded.charset == fixture.charset, "\(decoded.warning ?? "")")
        #expect(decoded.text.contains(try fixture.expected))
    }

    @Test(arguments: cases) func undeclaredPlainTextIsDetected(_ fixture: Case) throws {
        let bytes = Array("Harbour budget\n\n".utf8) + (try fixture.encoded) + [0x0A]
        let decoded = try TextDecoding.decode(bytes, path: "story.txt")
        #expect(decoded.charset == fixture.charset)
        #expect(decoded.text == "Harbour budget\n\n" + (try fixture.expected) + "\n")
        let result = ArticleFileReader().read(bytes: bytes, path: "story.txt")
        #expect(result.articles.count == 1)
        #expect(
            result.diagnostics.first?.message.hasPrefix("decoded as \(fixture.charset.rawValue) (detected:") == true)
    }

    /// The HTTP header of a WARC response record outranks the page's own declaration.
    @Test func httpHeaderOutranksMeta() throws {
        let koi8 = Self.cases[1]
        let bytes = page(try koi8.encoded, head: "<meta charset=\"windows-1251\">")
        let (article, warnings) = try HTMLArticleReader().read(bytes: bytes, path: "x.warc#2", charset: .koi8R)
        #expect(article.text == (try koi8.expected))
        #expect(warnings == ["decoded as KOI8-R (declared by the HTTP Content-Type header)."])
    }

    /// A WARC response record's charset comes from its HTTP header, and the choice is reported on the record.
    @Test func warcResponseRecordDeclaresWindows1251() throws {
        let russian = Self.cases[0]
        let block =
            Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n".utf8)
            + page(try russian.encoded, head: "")
        let record = FixtureFiles.warcRecord(
            [
                ("WARC-Type", "response"), ("WARC-Target-URI", "https://vesti.example/port"),
                ("Content-Type", "application/http; msgtype=response"),
            ], block: block)
        let result = ArticleFileReader().read(bytes: record, path: "ru.warc")
        #expect(result.articles.first?.text == (try russian.expected))
        #expect(
            result.diagnostics.map(\.description) == [
                "ru.warc#1: decoded as windows-1251 (declared by the HTTP Content-Type header)."
            ])
    }

    /// JSON Lines is UTF-8 by spec; a line that is not (a KOI8-R export) is detected, the others untouched.
    @Test func jsonLinesLineInKOI8R() throws {
        let koi8 = Self.cases[1]
        let line = Array("{\"title\": \"Harbour budget\", \"text\": \"".utf8) + (try koi8.encoded) + Array("\"}\n".utf8)
        let ascii = Array(
            "{\"title\": \"Ferry\", \"text\": \"The ferry to the islands resumed on Wednesday after a storm.\"}\n".utf8)
        let result = ArticleFileReader().read(bytes: ascii + line, path: "export.jsonl")
        #expect(
            result.articles.map(\.text) == [
                "The ferry to the islands resumed on Wednesday after a storm.", try koi8.expected,
            ])
        #expect(result.diagnostics.map(\.path) == ["export.jsonl#2"])
        #expect(
            result.diagnostics.first?.message.hasPrefix("line 2 was decoded as KOI8-R (detected: not valid UTF-8;")
                == true)
    }

    /// An RSS feed's XML declaration names its charset; libxml2 then gets UTF-8 and ignores the declaration.
    @Test(arguments: [Self.cases[0], Self.cases[2], Self.cases[5]]) func rssFeedDeclaresItsCharset(_ fixture: Case)
        throws
    {
        let head =
            "<?xml version=\"1.0\" encoding=\"\(fixture.label)\"?><rss version=\"2.0\"><channel><title>Port</title>"
            + "<item><title>Harbour budget</title><link>https://port.example/budget</link><description>"
        let bytes =
            Array(head.utf8) + (try fixture.encoded) + Array("</description></item></channel></rss>".utf8)
        let result = ArticleFileReader().read(bytes: bytes, path: "feed.xml")
        #expect(result.articles.first?.text == (try fixture.expected))
        #expect(
            result.diagnostics.map(\.message) == [
                "decoded as \(fixture.charset.rawValue) (declared by the XML declaration)."
            ])
    }

    /// Stray bytes that read as no language (a broken byte in a page of English) fall back to windows-1252,
    /// which defines every byte, and the message says it was a default, not a finding.
    @Test func strayBytesFallBackToWindows1252() throws {
        let text = "The harbour council met on Monday \u{FFFD} and approved the budget for the coming year."
        let bytes = text.unicodeScalars.flatMap { $0 == "\u{FFFD}" ? [UInt8(0x81), 0x8D] : [UInt8($0.value)] }
        let decoded = try TextDecoding.decode(bytes, path: "stray.txt")
        #expect(decoded.charset == .windows1252)
        #expect(
            decoded.warning
                == "decoded as windows-1252 (not valid UTF-8 and no declaration; no charset reads as any language, so the web's default)."
        )
    }

    /// A page whose only non-ASCII bytes sit in an attribute is judged by them, not by an empty sample.
    @Test func nonASCIIOnlyInAnAttribute() throws {
        let html =
            "<html><body><img alt=\"caf\u{E9}\"><article><p>The harbour council approved the budget on Monday.</p>"
            + "</article></body></html>"
        let bytes = html.unicodeScalars.map { UInt8($0.value) }
        let decoded = try TextDecoding.decodeMarkup(bytes, path: "alt.html")
        #expect(decoded.charset == .windows1252)
        #expect(decoded.text.contains("caf\u{E9}"))
    }

    /// ISO-2022-JP is 7-bit and so valid UTF-8: its declaration must win over the UTF-8 reading.
    @Test func iso2022JPDeclaredInMeta() throws {
        let japanese = try FixtureFiles.bytes("charsets/ja.iso-2022-jp.txt")
        let result = ArticleFileReader().read(
            bytes: page(japanese, head: "<meta charset=\"iso-2022-jp\">"), path: "jis.html")
        #expect(result.articles.first?.text == (try Self.cases[4].expected))
        #expect(result.diagnostics.map(\.message) == ["decoded as ISO-2022-JP (declared by <meta charset>)."])
    }

    /// Chinese and Japanese articles hold no spaces; once decoded they are text all the same (a GB2312 page
    /// gave "no article text" twice over: decoded as windows-1252, then refused for want of a space).
    @Test(arguments: ["市政府周一批准了新的港口预算。市长表示，码头维修工程将于春季开始。", "市議会は月曜日、港の新しい予算を承認した。市長は記者団に対し、桟橋の修理は春に始まると述べた。"])
    func articleWithoutSpaces(_ text: String) throws {
        let html = Array(
            "<html><head><title>港口</title></head><body><article><p>\(text)</p></article></body></html>".utf8)
        let page = ArticleFileReader().read(bytes: html, path: "cjk.html")
        #expect(page.articles.first?.text == text, "\(page.diagnostics)")
        let plain = ArticleFileReader().read(bytes: Array("港口\n\n\(text)\n".utf8), path: "cjk.txt")
        // The headline is not told apart from the body yet (headlines are found by their words), but the
        // text is read.
        #expect(plain.articles.first?.text.hasSuffix(text) == true, "\(plain.diagnostics)")
    }

    /// A page that declares UTF-8 but is not is detected, and the message says it lied.
    @Test func falseUTF8DeclarationFallsBackToDetection() throws {
        let russian = Self.cases[0]
        let decoded = try TextDecoding.decodeMarkup(
            page(try russian.encoded, head: "<meta charset=\"utf-8\">"), path: "lying.html")
        #expect(decoded.charset == .windows1251)
        #expect(decoded.warning?.contains("declared UTF-8 by <meta charset> but not valid UTF-8") == true)
    }

    @Test(arguments: [
        ("GB2312", Charset.gb18030), ("x-gbk", .gb18030), ("gbk", .gb18030), ("latin1", .windows1252),
        ("ISO-8859-1", .windows1252), ("us-ascii", .windows1252), ("Shift_JIS", .shiftJIS), ("sjis", .shiftJIS),
        ("euc-kr", .eucKR), ("ks_c_5601-1987", .eucKR), ("big5", .big5), ("KOI8-R", .koi8R), ("koi8-u", .koi8U),
        ("iso-8859-9", .windows1254), ("iso-8859-5", .iso8859_5), ("iso-8859-16", .iso8859_16),
        ("cp1251", .windows1251), ("windows-1250", .windows1250), ("utf-16be", .utf16BE), ("'UTF-8'", .utf8),
    ])
    func whatwgLabels(_ label: String, _ charset: Charset) {
        #expect(Charset(label: label) == charset)
    }

    @Test func unknownLabel() {
        #expect(Charset(label: "x-klingon") == nil)
    }

    /// Every charset Parallax names is one the C library's iconv can decode.
    @Test(arguments: Charset.allCases) func everyCharsetDecodesASCII(_ charset: Charset) {
        guard charset != .utf16LE && charset != .utf16BE && charset != .iso2022JP else { return }
        #expect(charset.decode(Array("Port budget 2026".utf8)[...]) == "Port budget 2026")
    }
}
