import ParallaxExtract
import ParallaxModel
import Testing

/// Chinese dates in digits and numerals, in sentences invented for these tests.
struct ChineseDateTests {
    static let published = CivilDate(year: 2022, month: 6, day: 16)

    @Test(arguments: [
        ("大桥于2022年6月15日正式通车。", "2022年6月15日", "2022-06-15"),
        ("大桥于二〇二二年六月十五日正式通车。", "二〇二二年六月十五日", "2022-06-15"),
        ("大桥于6月15日正式通车。", "6月15日", "2022-06-15"),
        ("大桥于六月十五日正式通车。", "六月十五日", "2022-06-15"),
        ("新华社青石6月15日电 大桥正式通车。", "6月15日", "2022-06-15"),
        ("当地交通部门15日表示，大桥已经通车。", "15日", "2022-06-15"),
        ("工程在28号完工。", "28号", "2022-05-28"),
        ("项目于2021年9月动工。", "2021年9月", "2021-09"),
        ("会议定于十二月三十一日举行。", "十二月三十一日", "2021-12-31"),
        ("大桥于２０２２年６月１５日正式通车。", "２０２２年６月１５日", "2022-06-15"),
    ])
    func readsChineseDate(_ sentence: String, _ written: String, _ value: String) throws {
        let times = TimeExtractor.extract(from: sentence, published: Self.published)
        let found = try #require(times.first)
        #expect(times.count == 1)
        #expect(found.text == written)
        #expect(found.value == value)
        #expect(sentence.slice(found.span) == written)
    }

    @Test(arguments: ["列车10时30分到达。", "他们一日三餐都在食堂。", "工期为三个月。", "工期为两周。", "《今日新闻》停刊。"])
    func skipsNonDates(_ sentence: String) {
        #expect(TimeExtractor.extract(from: sentence, published: Self.published).isEmpty)
    }

    @Test func unanchoredDayKeepsAReason() throws {
        let found = try #require(TimeExtractor.extract(from: "大桥15日通车。", published: nil).first)
        #expect(found.value == nil)
        #expect(found.unresolvedReason != nil)
    }

    /// Relative days and weekdays against a Thursday publication (2022-06-16).
    @Test(arguments: [
        ("市政府昨天宣布了新的公交线路。", "昨天", "2022-06-15"),
        ("大桥今天正式通车。", "今天", "2022-06-16"),
        ("工程前天完工。", "前天", "2022-06-14"),
        ("会议将于明天举行。", "明天", "2022-06-17"),
        ("两国外长周三举行会谈。", "周三", "2022-06-15"),
        ("周日天气晴朗。", "周日", "2022-06-12"),
        ("展览星期一开幕。", "星期一", "2022-06-13"),
        ("双方上周三签署了协议。", "周三", "2022-06-08"),
        ("新规下周一起施行。", "周一", "2022-06-20"),
    ])
    func readsChineseRelativeDate(_ sentence: String, _ written: String, _ value: String) throws {
        let times = TimeExtractor.extract(from: sentence, published: Self.published)
        let found = try #require(times.first)
        #expect(times.count == 1)
        #expect(found.text == written)
        #expect(found.kind == .relative)
        #expect(found.value == value)
    }
}
