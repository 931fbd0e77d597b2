import ParallaxModel
import Testing

@testable import ParallaxIngest

/// The header lines of Chinese news pages copied as plain text, in articles invented for these tests.
struct ChineseHeaderTests {
    static let body = "青石市新建的跨江大桥9日正式通车，全长约三公里，设计时速为每小时八十公里。当地交通部门表示，大桥将缓解市区拥堵。"

    @Test func timeAndSourceOnOneLine() throws {
        let text = "青石跨江大桥正式通车\n2022-06-15 10:30 来源：新华网\n\n\(Self.body)"
        let article = try PlainTextReader().read(text, path: "qingshi-bridge.txt")
        #expect(article.title == "青石跨江大桥正式通车")
        #expect(article.published?.description == "2022-06-15T10:30")
        #expect(article.outlet == "Xinhua News Agency")
        #expect(article.text == Self.body)
    }

    @Test func sourceAndAuthorOnOneLine() throws {
        let text = "青石跨江大桥正式通车\n来源：人民网 作者：李明远\n发布时间：二〇二二年六月十五日\n\n\(Self.body)"
        let article = try PlainTextReader().read(text, path: "qingshi-bridge.txt")
        #expect(article.outlet == "People's Daily")
        #expect(article.authors == ["李明远"])
        #expect(article.published?.description == "2022-06-15")
        #expect(article.text == Self.body)
    }

    @Test func editorIsNoAuthor() throws {
        let text = "青石跨江大桥正式通车\n来源：人民网\n责任编辑：王小红\n\n\(Self.body)\n\n（责任编辑：王小红）"
        let article = try PlainTextReader().read(text, path: "qingshi-bridge.txt")
        #expect(article.authors.isEmpty)
        #expect(article.text == Self.body)
    }

    @Test func bareFirstLineIsTheHeadline() throws {
        let text = "青石跨江大桥正式通车 市区拥堵有望缓解\n\n\(Self.body)"
        let article = try PlainTextReader().read(text, path: "qingshi-bridge.txt")
        #expect(article.title == "青石跨江大桥正式通车 市区拥堵有望缓解")
        #expect(article.text == Self.body)
        let unspaced = try PlainTextReader().read("青石跨江大桥正式通车\n\(Self.body)", path: "qingshi-bridge.txt")
        #expect(unspaced.title == "青石跨江大桥正式通车")
    }

    @Test func aShortSentenceIsNoHeadline() throws {
        let text = "大桥正式通车。\n\n\(Self.body)"
        let article = try PlainTextReader().read(text, path: "qingshi-bridge.txt")
        #expect(article.title == nil)
        #expect(article.text.hasPrefix("大桥正式通车。"))
    }
}
