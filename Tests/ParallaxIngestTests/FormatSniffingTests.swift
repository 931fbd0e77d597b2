import ParallaxIngest
import ParallaxModel
import Testing

/// Formats are told by content, not by file name; encodings by BOM, declaration or validity.
struct FormatSniffingTests {
    @Test(arguments: [
        ("<!DOCTYPE html><html><body></body></html>", "page.txt", ArticleFormat.html),
        ("  <html lang=\"en\">", "x", .html),
        ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "feed.html", .xmlFeed),
        ("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", "atom", .xmlFeed),
        ("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", "x.rdf", .xmlFeed),
        ("<?xml version=\"1.0\"?><!DOCTYPE html><html>", "x.xhtml", .html),
        ("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", "feed.txt", .jsonFeed),
        ("{\"title\": \"a\"}\n{\"title\": \"b\"}\n", "export.txt", .jsonLines),
        ("[{\"title\": \"a\"}]", "export", .jsonLines),
        ("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl", .warc),
        ("Title: Ferry resumes\nText:\nThe ferry resumed.", "a.html", .plainText),
        ("[Photo] The ferry resumed on Monday.", "a.txt", .plainText),
        ("<p>A fragment of a page.</p>", "fragment.txt", .html),
    ])
    func sniffing(head: String, name: String, expected: ArticleFormat) {
        #expect(FormatSniffer.sniff(Array(head.utf8), name: name) == expected)
    }

    @Test func gzipMagic() {
        #expect(FormatSniffer.sniff([0x1F, 0x8B, 8, 0], name: "x") == .gzip)
    }

    @Test func htmlSavedAsTxtIsReadAsHTML() throws {
        let html = FixtureFiles.page(
            "Saved page", ["The harbour council met on Monday to approve the dredging of the channel."])
        let result = ArticleFileReader().read(bytes: Array(html.utf8), path: "saved.txt")
        #expect(result.articles.first?.title == "Saved page")
        #expect(
            result.articles.first?.text == "The harbour council met on Monday to approve the dredging of the channel.")
    }

    @Test func utf16WithBOM() throws {
        let html = FixtureFiles.page(
            "Caf\u{E9} reopens",
            ["The caf\u{E9} on the quay reopened on Monday after a winter of repairs, its owner said."])
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in html.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let article = try #require(ArticleFileReader().read(bytes: bytes, path: "utf16.html").articles.first)
        #expect(article.title == "Caf\u{E9} reopens")
        #expect(article.text.contains("caf\u{E9} on the quay"))
    }

    @Test func undeclaredWindows1252GetsAWarning() throws {
        let html = FixtureFiles.page(
            "Quotes", ["The mayor said \u{201C}we will rebuild\u{201D} at the caf\u{E9} on Monday, after the storm."])
        let bytes = html.unicodeScalars.map { Windows1252.byte(for: $0) ?? 0x3F }
        let result = ArticleFileReader().read(bytes: bytes, path: "cp1252.html")
        let article = try #require(result.articles.first)
        #expect(article.text.contains("\u{201C}we will rebuild\u{201D} at the caf\u{E9}"))
        #expect(result.diagnostics.first?.severity == .warning)
    }

    @Test func iso8859_15FromHTTPContentType() throws {
        #expect(Charset.fromContentType("text/html; charset=ISO-8859-15") == .iso8859_15)
        #expect(Charset.iso8859_15.decode([0x31, 0x30, 0x20, 0xA4][...]) == "10 \u{20AC}")
        #expect(Charset.iso8859_2.decode([0xA3, 0xF3, 0x64, 0xBC][...]) == "\u{141}\u{F3}d\u{17A}")
        #expect(Charset(label: "latin1") == .windows1252)
        #expect(
            Charset.declared(
                inHead: Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">".utf8)[...])
                == .iso8859_2)
    }

    @Test func mojibakeInAPageIsRepaired() throws {
        let html = FixtureFiles.page(
            "Mojibake",
            ["The caf\u{C3}\u{A9} on the quay reopened on Monday, the owner\u{E2}\u{20AC}\u{2122}s son said."])
        let article = try #require(ArticleFileReader().read(bytes: Array(html.utf8), path: "m.html").articles.first)
        #expect(article.text.contains("caf\u{E9} on the quay"))
        #expect(article.text.contains("owner\u{2019}s son"))
    }
}
