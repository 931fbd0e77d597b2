import ParallaxIngest
import ParallaxModel
import ParallaxTesting
import Testing

/// The five seed articles, read by general rules: each layout's metadata and a clean body.
struct SeedReadingTests {
    private func read(_ prefix: String) throws -> Article {
        let path = try #require(SharedData.seed(prefix), "../shared/seeds is missing beside the checkout")
        let result = ArticleFileReader().read(path: path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.articles.first)
    }

    @Test func publishedLineBylineAndContactBoilerplate() throws {
        let article = try read("000")
        #expect(article.title == "Xi, Putin urge more equitable world order")
        #expect(article.published?.description == "2022-06-20T11:46")
        #expect(article.authors == ["Mo Jingxi", "Ren Qi"])
        #expect(!article.text.contains("Contact the writers at"))
        #expect(article.text.hasPrefix("President Xi Jinping held a phone conversation"))
    }

    @Test func keyValueHeaderBlockWithPlaceholdersAndGluedCredit() throws {
        let article = try read("001")
        #expect(article.title == "Xi, Putin hold phone call, vow pragmatic cooperation")
        #expect(article.published?.description == "2022-06-15")
        #expect(article.outlet == "Global Times")
        #expect(article.authors.isEmpty)
        #expect(article.categories == ["CHINA", "DIPLOMACY"])
        #expect(!article.text.contains("Author details not found"))
        #expect(!article.text.contains("Â"))
        #expect(!article.text.hasSuffix("Global Times"))
        #expect(article.text.hasSuffix("Xi reiterated."))
    }

    @Test func datelineAndMustReadBlock() throws {
        let article = try read("002")
        #expect(article.title == "Xi, Putin talks demonstrate ‘high level’ of strategic coordination")
        #expect(article.published == nil)
        #expect(article.dateline == "BEIJING")
        #expect(article.text.hasPrefix("Chinese President Xi Jinping held talks"))
        #expect(!article.text.contains("Must Read"))
        #expect(!article.text.contains("Epaper_"))
        #expect(!article.text.contains("Warsaw Pact"))
    }

    @Test func bareLeadingLinesAndURLOutlet() throws {
        let article = try read("003")
        #expect(article.title == "Xi tells Putin China will keep backing Russia on sovereignty security")
        #expect(article.published?.description == "2022-06-15")
        #expect(article.url?.hasPrefix("https://www.straitstimes.com/") == true)
        #expect(article.outlet == "The Straits Times")
        #expect(article.agency == "Agence France-Presse" || article.agency == "AFP")
        #expect(!article.text.contains("20220615"))
    }

    @Test func sourcePrefix() throws {
        let article = try read("004")
        #expect(article.published == nil)
        #expect(article.outlet == "Newsman")
        #expect(article.text.hasPrefix("Chinese President Xi Jinping and Russian President Vladimir Putin"))
    }
}
