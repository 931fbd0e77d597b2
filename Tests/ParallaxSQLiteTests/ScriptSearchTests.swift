import Foundation
import ParallaxModel
import ParallaxStore
import Testing

@testable import ParallaxSQLite

/// Search finds a Chinese name inside a clause (no spaces between words) and Russian words, through FTS5 and
/// through the in-memory index alike.
struct ScriptSearchTests {
    static let articles = [
        Article(
            id: "zh1", title: "李文华同来访总理举行会谈",
            text: "新华社北京6月15日电 国家主席李文华15日同来访的瓦尔多利亚总理举行会谈，双方签署了七项合作协议。"),
        Article(
            id: "zh2", title: "港口罢工进入第三天",
            text: "港口工人罢工进入第三天，码头货物积压严重。工会表示将继续谈判。"),
        Article(
            id: "ru1", title: "Волков провёл переговоры в Москве",
            text: "Президент Волков в среду провёл телефонный разговор с коллегой. Стороны обсудили торговлю."),
        Article(id: "en1", title: "Harbour strike", text: "Dock workers stayed out for a third day, the union said."),
    ]

    @Test(.timeLimit(.minutes(1))) func chineseAndRussianWordsAreFound() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        _ = try await store.upsert(Self.articles)
        let queries = ["李文华", "罢工", "合作协议", "Волков", "волков", "Москве", "strike"]
        let expected = [["zh1"], ["zh2"], ["zh1"], ["ru1"], ["ru1"], ["ru1"], ["en1"]]
        for (query, ids) in zip(queries, expected) {
            #expect(try await store.search(SearchQuery(text: query)).map(\.articleId) == ids, "FTS5: \(query)")
        }
        try await store.prepareForSearches()
        for (query, ids) in zip(queries, expected) {
            #expect(try await store.search(SearchQuery(text: query)).map(\.articleId) == ids, "index: \(query)")
        }
        // A name's characters apart from each other are not the name.
        #expect(try await store.search(SearchQuery(text: "李华")).isEmpty)
    }

    @Test func chineseTokensBecomeCharacterPairs() {
        #expect(CJKBigramTokenizer.terms(of: "李文华") == ["李文", "文华"])
        #expect(CJKBigramTokenizer.terms(of: "华") == ["华"])
        #expect(CJKBigramTokenizer.terms(of: "mate华为") == ["mate", "华为"])
    }
}
