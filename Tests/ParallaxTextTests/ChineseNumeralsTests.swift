import ParallaxText
import Testing

struct ChineseNumeralsTests {
    @Test(arguments: [
        ("七", 7.0), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("两千五百", 2500), ("两千五", 2500),
        ("三万五", 35_000), ("一万二千", 12_000), ("十万", 100_000), ("一亿五千万", 150_000_000), ("三点五", 3.5),
        ("二〇二二", 2022), ("壹佰", 100),
    ])
    func readsNumerals(_ written: String, _ value: Double) {
        #expect(ChineseNumerals.value(written.unicodeScalars) == value)
    }

    @Test func readsDigitsWithMultipliers() {
        #expect(ChineseNumerals.value(digits: "1.2", multipliers: "万".unicodeScalars) == 12_000)
        #expect(ChineseNumerals.value(digits: "3", multipliers: "亿".unicodeScalars) == 300_000_000)
        #expect(ChineseNumerals.value(digits: "2,500", multipliers: "".unicodeScalars) == 2500)
    }

    @Test func rejectsOtherCharacters() {
        #expect(ChineseNumerals.value("三人".unicodeScalars) == nil)
        #expect(ChineseNumerals.value("".unicodeScalars) == nil)
    }
}
