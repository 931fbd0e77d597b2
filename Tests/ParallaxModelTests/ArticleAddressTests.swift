import ParallaxModel
import Testing

/// An outlet's page is one address however a reader reached it; another page, or another query that changes
/// the page, is another address.
struct ArticleAddressTests {
    static let canonical = "harbourpost.example/news/2025/bridge-collapse"

    @Test(arguments: [
        "https://harbourpost.example/news/2025/bridge-collapse",
        "http://www.HarbourPost.example/news/2025/bridge-collapse/",
        "https://harbourpost.example:443/news/2025/bridge-collapse#comments",
        "  https://harbourpost.example/news/2025/bridge-collapse?utm_source=rss&utm_medium=feed\n",
        "https://harbourpost.example/news/2025/bridge-collapse?fbclid=IwAR0x&CMP=share_btn_tw",
        "harbourpost.example/news/2025/bridge-collapse",
    ])
    func oneAddressWhateverItsSpelling(_ url: String) {
        #expect(ArticleAddress.key(url) == Self.canonical)
    }

    @Test func anotherPageOrQueryIsAnotherAddress() {
        #expect(ArticleAddress.key("https://harbourpost.example/news/2025/Bridge-Collapse") != Self.canonical)
        #expect(ArticleAddress.key("https://harbourpost.example/news/2025/bridge-collapse-live") != Self.canonical)
        #expect(ArticleAddress.key("https://mirror.example/news/2025/bridge-collapse") != Self.canonical)
        // A query the page depends on stays, in one order.
        let a = ArticleAddress.key("https://harbourpost.example/story.php?id=42&page=2&utm_campaign=x")
        #expect(a == "harbourpost.example/story.php?id=42&page=2")
        #expect(ArticleAddress.key("https://harbourpost.example/story.php?page=2&id=42") == a)
        #expect(ArticleAddress.key("https://harbourpost.example/story.php?id=43&page=2") != a)
    }

    @Test(arguments: ["", "   ", "https://", "#top"])
    func noAddressHasNoKey(_ url: String) {
        #expect(ArticleAddress.key(url) == nil)
    }
}
