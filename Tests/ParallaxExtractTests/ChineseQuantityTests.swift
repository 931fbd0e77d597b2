import ParallaxExtract
import ParallaxModel
import Testing

/// Chinese numerals and measure words, in sentences invented for these tests about fictional events.
struct ChineseQuantityTests {
    static let cases: [QuantityCase] = [
        .init(sentence: "两国在会谈中签署了七项协议。", kind: .count, value: 7, unit: "项"),
        .init(sentence: "双方共签署7项合作文件。", kind: .count, value: 7, unit: "项"),
        .init(sentence: "双方共签署７项合作文件。", kind: .count, value: 7, unit: "项"),
        .init(sentence: "新建公路全长１２０公里。", kind: .length, value: 120, unit: "km", normalized: 120_000),
        .init(sentence: "青石县的山洪造成三人死亡。", kind: .count, value: 3, unit: "人"),
        .init(sentence: "约两千五百人参加了集会。", kind: .count, value: 2500, unit: "人", qualifier: "about"),
        .init(sentence: "洪水迫使1.2万人撤离家园。", kind: .count, value: 12_000, unit: "人"),
        .init(sentence: "演习中共有十二架飞机起飞。", kind: .count, value: 12, unit: "架"),
        .init(sentence: "现场有三名记者受伤。", kind: .count, value: 3, unit: "记者"),
        .init(sentence: "三十多名工人被困。", kind: .count, value: 30, unit: "工人", qualifier: "more than"),
        .init(sentence: "当地转移群众30余万人。", kind: .count, value: 300_000, unit: "人", qualifier: "more than"),
        .init(sentence: "损失达两千多万元。", kind: .money, value: 2e7, unit: "CNY", qualifier: "more than"),
        .init(sentence: "该省投入3亿元用于重建。", kind: .money, value: 3e8, unit: "CNY"),
        .init(sentence: "项目总投资5000万美元。", kind: .money, value: 5e7, unit: "USD"),
        .init(sentence: "公司获得一亿五千万元贷款。", kind: .money, value: 1.5e8, unit: "CNY"),
        .init(sentence: "出口额增长了百分之五。", kind: .percent, value: 5, unit: "%"),
        .init(sentence: "今年春季共完成造林任务的七成。", kind: .percent, value: 70, unit: "%"),
        .init(sentence: "近三成受访者表示支持。", kind: .percent, value: 30, unit: "%", qualifier: "nearly"),
        .init(sentence: "失业率下降百分之三点五。", kind: .percent, value: 3.5, unit: "%"),
        .init(sentence: "货运量增长8.5%，高于预期。", kind: .percent, value: 8.5, unit: "%"),
        .init(sentence: "利率上调了两个百分点。", kind: .percent, value: 2, unit: "pp"),
        .init(sentence: "新建公路全长120公里。", kind: .length, value: 120, unit: "km", normalized: 120_000),
        .init(sentence: "仓库储存了五千吨粮食。", kind: .mass, value: 5000, unit: "t", normalized: 5e6),
        .init(sentence: "谈判持续了六个小时左右。", kind: .duration, value: 6, unit: "h", qualifier: "about", normalized: 21_600),
    ]

    @Test(arguments: cases)
    func readsChineseQuantity(_ c: QuantityCase) throws {
        let found = try #require(QuantityExtractor.extract(from: c.sentence).first)
        #expect(found.kind == c.kind)
        #expect(found.value == c.value)
        #expect(found.unit == c.unit)
        #expect(found.qualifier == c.qualifier)
        if let normalized = c.normalized { #expect(found.normalizedValue == normalized) }
    }

    /// Numbers that are no amounts: ordinals, dates, times, weekdays, words holding 一, approximate digit runs.
    @Test(arguments: [
        "这是第三届论坛。", "会议于2022年6月15日举行。", "列车10时30分到达。", "周三上午天气晴朗。",
        "两国一起应对挑战。", "一些居民已经返回。", "三四人在门口等候。", "三天前，大桥已经关闭。",
        "二〇二二年六月十五日，会议开幕。", "数百人聚集在广场。", "这三成员国签署了声明。", "两国关系一成不变。",
    ])
    func skipsNonAmounts(_ sentence: String) {
        #expect(QuantityExtractor.extract(from: sentence).isEmpty)
    }

    /// Spans are UTF-8 offsets into the text and cover the hedge, the number and the measure word.
    @Test func spansCoverTheWholeAmount() throws {
        let text = "据报道，约两千五百人参加，另有十二架飞机。"
        let found = QuantityExtractor.extract(from: text)
        #expect(found.map(\.text) == ["约两千五百人", "十二架"])
        for quantity in found { #expect(text.slice(quantity.span) == quantity.text) }
        let first = try #require(found.first)
        #expect(first.span.start == "据报道，".utf8.count)
    }

    /// English text reads as before: the Chinese scanner runs only on text holding Han characters.
    @Test func englishBesideChineseIsUnchanged() {
        let found = QuantityExtractor.extract(from: "Officials said 12 people died. 官员说十二人死亡。")
        #expect(found.map(\.unit) == ["people", "人"])
        #expect(found.map(\.value) == [12, 12])
    }
}
