import Parallax
import ParallaxModel
import Testing

/// Chinese reports of one event are one event, and what they share is found as shared claims.
struct ChineseEventTests {
    static let day = Timestamp(iso: "2025-03-18")

    static let articles = [
        Article(
            id: "xh", title: "瓦尔多利亚总理访华 双方签署七项合作协议", published: day, outlet: "Xinhua News Agency",
            text: "国家主席李文华18日在人民大会堂同来访的瓦尔多利亚总理卡斯特举行会谈。双方签署了七项合作协议，涉及港口、铁路和农业。"
                + "李文华表示，中方愿同瓦方深化务实合作。卡斯特说，瓦方高度重视对华关系。"),
        Article(
            id: "cns", title: "李文华同卡斯特会谈 签署合作协议", published: day, outlet: "China News Service",
            text: "国家主席李文华18日同瓦尔多利亚总理卡斯特在北京举行会谈。双方签署了七项合作协议，包括港口建设和铁路项目。"
                + "卡斯特表示，瓦方希望扩大对华农产品出口。"),
        Article(
            id: "pd", title: "南方多地遭遇强降雨 两万人紧急转移", published: day, outlet: "People's Daily",
            text: "受强降雨影响，广东北部多地出现洪涝灾害，当地已紧急转移群众两万余人。气象部门预计，降雨将持续到周末。"),
    ]

    @Test func oneEventWithSharedClaims() async throws {
        let analysis = await Pipeline().analyze(Self.articles)
        let partition = Set(analysis.events.map { Set($0.articleIds) })
        #expect(partition == [["xh", "cns"], ["pd"]])
        let talks = try #require(analysis.events.first { $0.articleIds.contains("xh") })
        let comparison = try #require(analysis.comparisons[talks.id])
        // The meeting and the agreements are said by both outlets.
        let shared = comparison.groups.filter { Set($0.outlets).count == 2 }
        #expect(shared.count >= 2)
        #expect(comparison.claims.count >= 5)
    }
}
