import Parallax
import ParallaxModel
import Testing

/// Chinese reports of one fictional event that give its figures in Chinese numerals or in digits: the same figure
/// written both ways agrees, different figures of one thing contradict.
struct ChineseFigureTests {
    static let day = Timestamp(iso: "2025-04-09")

    /// Two reports of the fictional talks in Qingshi; `second` is the second outlet's sentence on the agreements.
    static func articles(second: String) -> [Article] {
        [
            Article(
                id: "a", title: "瓦尔多利亚外长访问青石 双方签署合作协议", published: day, outlet: "Xinhua News Agency",
                text: "国务委员王明远9日在青石市同来访的瓦尔多利亚外长卡斯特举行会谈。双方在会谈后签署了七项合作协议，涉及港口和农业。"
                    + "王明远表示，中方愿同瓦方扩大务实合作。"),
            Article(
                id: "b", title: "王明远同卡斯特在青石会谈 签署合作协议", published: day, outlet: "China News Service",
                text: "国务委员王明远9日同瓦尔多利亚外长卡斯特在青石市举行会谈。" + second + "卡斯特表示，瓦方希望扩大对华出口。"),
        ]
    }

    static func quantityContradictions(second: String) async throws -> [Contradiction] {
        let analysis = await Pipeline().analyze(Self.articles(second: second))
        let event = try #require(analysis.events.first { Set($0.articleIds) == ["a", "b"] })
        let comparison = try #require(analysis.comparisons[event.id])
        return comparison.contradictions.filter { $0.kind == .quantity }
    }

    @Test func differentChineseNumeralsContradict() async throws {
        let found = try await Self.quantityContradictions(second: "双方在会谈后签署了六项合作协议，涉及港口和农业。")
        let figure = try #require(found.first)
        #expect(Set(figure.sides.map(\.value)) == ["七项", "六项"])
    }

    @Test func digitsAndNumeralsOfOneFigureAgree() async throws {
        let found = try await Self.quantityContradictions(second: "双方在会谈后签署了7项合作协议，涉及港口和农业。")
        #expect(found.isEmpty)
    }
}
