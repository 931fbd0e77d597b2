import Foundation
import ParallaxIngest
import ParallaxModel
import Testing

/// Main-content extraction and metadata on pages the team wrote.
struct HTMLReaderTests {
    private let reader = ArticleFileReader()

    @Test func articlePageKeepsTheBodyAndDropsTheNoise() throws {
        let result = reader.read(path: FixtureFiles.path("html/harbour-ferry.html"))
        #expect(result.diagnostics.isEmpty)
        let article = try #require(result.articles.first)
        let text = article.text
        for kept in [
            "PORTVALE: The ferry between Portvale", "first crossing left at 7 am", "Repairs to the quay",
            "Sailings run every two hours", "remain valid", "We are relieved to be moving again", "110 km/h",
        ] {
            #expect(text.contains(kept), "missing: \(kept)")
        }
        for dropped in [
            "cookie", "Share on", "Related stories", "Storm closes schools", "Photo: Harbour Post", "Sign up",
            "hidden paragraph", "Great news", "Copyright", "By Anna Reyes", "tracking", "Home", "Weather",
        ] {
            #expect(!text.contains(dropped), "kept: \(dropped)")
        }
        // Paragraphs in document order, separated by a blank line.
        let paragraphs = text.components(separatedBy: "\n\n")
        #expect(paragraphs.first?.hasPrefix("PORTVALE: The ferry") == true)
        #expect(paragraphs.last?.hasPrefix("The storm brought winds") == true)
        #expect(paragraphs.contains("Repairs to the quay"))
    }

    @Test func articlePageMetadata() throws {
        let article = try #require(reader.read(path: FixtureFiles.path("html/harbour-ferry.html")).articles.first)
        #expect(article.title == "Ferry service resumes after two-day storm")
        #expect(article.published?.description == "2025-03-19T08:05Z")
        #expect(article.authors == ["Anna Reyes", "Jon Mbeki"])
        #expect(article.outlet == "The Harbour Post")
        #expect(article.url == "https://www.harbourpost.example/2025/03/19/ferry-resumes")
        #expect(article.language == "en")
        #expect(article.dateline == "PORTVALE")
        #expect(article.path == FixtureFiles.path("html/harbour-ferry.html"))
    }

    @Test func gzipCompressedPageIsReadTransparently() throws {
        let plain = try #require(reader.read(path: FixtureFiles.path("html/harbour-ferry.html")).articles.first)
        let result = reader.read(path: FixtureFiles.path("html/harbour-ferry.html.gz"))
        let article = try #require(result.articles.first)
        #expect(article.text == plain.text)
        #expect(article.title == plain.title)
    }

    @Test func hostileTitleAndBodyComeOutAsPlainText() throws {
        let article = try #require(reader.read(path: FixtureFiles.path("html/hostile-title.html")).articles.first)
        let fields =
            [article.title, article.outlet, article.url, article.dateline, article.agency].compactMap { $0 }
            + article.authors + article.categories + [article.text]
        for field in fields {
            #expect(!field.contains("<") && !field.contains(">"), "markup in \(field)")
            #expect(!field.contains("alert"), "script text in \(field)")
        }
        #expect(article.title == "Council votes budget")
        #expect(article.text.contains("The mayor said the review would take place in October."))
    }

    @Test(arguments: [
        ("Ferry resumes | The Harbour Post", "Ferry resumes"),
        ("Grain prices rise sharply in May - Kestra Courier", "Grain prices rise sharply in May"),
        ("Vote - what it means", "Vote - what it means"),
    ])
    func titleSiteSuffixIsRemoved(title: String, expected: String) throws {
        let html =
            "<html><head><title>\(title)</title></head><body><article><p>"
            + String(repeating: "The council met on Monday and approved the plan for the harbour. ", count: 3)
            + "</p></article></body></html>"
        let article = try HTMLArticleReader().read(html: html, path: "t.html")
        #expect(article.title == expected)
    }

    @Test func urlDateAndDeclaredCharset() throws {
        // ISO-8859-2 bytes declared by <meta charset>: "Łódź" must decode, not as Windows-1252.
        let head = "<html><head><meta charset=\"iso-8859-2\"><title>Nowy most</title></head><body><article><p>"
        let body =
            "Nowy most w \u{141}\u{F3}d\u{17A} otwarto w sobot\u{119}, powiedzia\u{142} burmistrz miasta na konferencji."
        let tail = "</p></article></body></html>"
        var bytes = Array((head).utf8)
        for scalar in body.unicodeScalars {
            switch scalar.value {
            case 0x141: bytes.append(0xA3)
            case 0xF3: bytes.append(0xF3)
            case 0x17A: bytes.append(0xBC)
            case 0x119: bytes.append(0xEA)
            case 0x142: bytes.append(0xB3)
            default: bytes.append(UInt8(scalar.value))
            }
        }
        bytes += Array(tail.utf8)
        let (article, warnings) = try HTMLArticleReader().read(
            bytes: bytes, path: "most.html", url: "https://gazeta.example/2025/05/10/most")
        // The choice is recorded with its evidence (a warning, the only severity below an error).
        #expect(warnings == ["decoded as ISO-8859-2 (declared by <meta charset>)."])
        #expect(article.text.contains("\u{141}\u{F3}d\u{17A}"))
        #expect(article.published?.description == "2025-05-10")
        #expect(article.outlet == "gazeta.example")
    }

    @Test func pageWithoutArticleTextIsADiagnostic() throws {
        let path = try FixtureFiles.write(
            Array("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8), named: "empty.html")
        defer { FixtureFiles.remove(path) }
        let result = reader.read(path: path)
        #expect(result.articles.isEmpty)
        #expect(result.diagnostics.first?.message == "no article text was found in the page.")
    }
}
