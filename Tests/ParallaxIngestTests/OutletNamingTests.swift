import ParallaxModel
import Testing

@testable import ParallaxIngest

/// Outlet names come from the registry, not from page furniture (issue #18, point 6): every reader names an
/// article from a registered domain by the registry's name, and an unknown outlet by what the page says, a
/// prettified domain, or its file.
struct OutletNamingTests {
    private let reader = ArticleFileReader()

    /// Fixtures under `outlets/` and the outlet each of their articles must show, in order.
    static let cases: [(fixture: String, outlets: [String])] = [
        // og:site_name "DW.COM", JSON-LD publisher "Deutsche Welle", canonical www.dw.com.
        ("outlets/dw-furniture.html", ["Deutsche Welle"]),
        // og:site_name "www.scmp.com", og:url on amp.scmp.com.
        ("outlets/scmp-amp.html", ["South China Morning Post"]),
        // Channel title with its tagline; item links on www.aljazeera.com and m.aljazeera.net.
        ("outlets/aljazeera.rss", ["Al Jazeera", "Al Jazeera"]),
        // source_domain "www.scmp.com"; "tass.com" alone; an m. host with a `source` the registry does not
        // know; a subdomain with a shouting `publisher`; an unregistered subdomain.
        (
            "outlets/wires.jsonl",
            [
                "South China Morning Post", "TASS", "Yonhap News Agency", "Xinhua News Agency",
                "example-daily.example",
            ]
        ),
        // URL line on tass.com and a "Source:" field with a tagline.
        ("outlets/tass-source.txt", ["TASS"]),
        // No URL; a "Source:" field the registry knows.
        ("outlets/interfax-credit.txt", ["Interfax"]),
        // No URL; a "Source:" field with a tagline, one part of which the registry knows.
        ("outlets/xinhua-tagline.txt", ["Xinhua News Agency"]),
        // Unknown outlets: the JSON-LD publisher, the channel title without its tagline, the domain without
        // www., and the file's name.
        ("outlets/unknown-site-name.html", ["Kestra Courier"]),
        ("outlets/tagline-unknown.rss", ["The Harbour Post"]),
        ("outlets/bare-domain.html", ["example-news.example"]),
        ("outlets/www-domain.txt", ["example-news.example"]),
        ("outlets/nameless.txt", ["Unknown outlet (nameless.txt)"]),
    ]

    @Test(arguments: cases)
    func outletNames(fixture: String, outlets: [String]) throws {
        let result = reader.read(path: FixtureFiles.path(fixture))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.articles.map(\.outlet) == outlets)
    }

    /// The acceptance rule itself, over every fixture: a URL on a registered domain means the registry's name.
    @Test(arguments: cases.map(\.fixture))
    func registeredDomainsShowTheRegistryName(fixture: String) throws {
        for article in reader.read(path: FixtureFiles.path(fixture)).articles {
            guard let url = article.url, let registered = OutletRegistry.bundled.outlet(forURL: url) else { continue }
            #expect(article.outlet == registered.name, "\(fixture): \(url)")
        }
    }

    @Test func warcRecordIsNamedByItsTargetDomain() throws {
        let html = """
            <html><head><meta property="og:site_name" content="TASS Russian News Agency - news, analytics">
            </head><body><article><p>The river ferry resumed service on Monday after the ice broke up early this
            year, the operator said.</p></article></body></html>
            """
        let warc = FixtureFiles.htmlResponse(url: "https://www.tass.com/society/1900002", html: html)
        let article = try #require(reader.read(bytes: warc, path: "crawl.warc").articles.first)
        #expect(article.outlet == "TASS")
    }

    @Test(arguments: [
        ("Al Jazeera – Breaking News, World News and Video from Al Jazeera", "Al Jazeera"),
        ("World News | The Harbour Post", "The Harbour Post"),
        ("The Harbour Post: Latest", "The Harbour Post"),
        ("NYT > World News", "NYT"),
        ("Valdoria Daily", "Valdoria Daily"),
    ])
    func channelTitleKeepsThePartNamingTheOutlet(title: String, outlet: String) {
        #expect(OutletEvidence.outletPart(ofChannelTitle: title, registry: .bundled) == outlet)
    }

    @Test(arguments: [
        ("https://www.example-news.com/a", "example-news.com"),
        ("https://m.news.example-news.com/a", "example-news.com"),
        ("https://amp.bbc.co.uk/news/1", "bbc.co.uk"),
        ("https://english.news.cn/2025/a.html", "news.cn"),
        ("www.scmp.com", "scmp.com"),
    ])
    func bareDomainsArePrettified(url: String, domain: String) {
        #expect(OutletRegistry.displayDomain(of: url) == domain)
    }

    @Test func registryListsTheMajorAgencies() {
        for name in ["TASS", "RIA Novosti", "Xinhua", "Interfax", "AFP", "dpa", "EFE", "Kyodo", "Yonhap", "ANSA"] {
            #expect(OutletRegistry.bundled.outlet(named: name) != nil, "\(name)")
        }
    }
}
