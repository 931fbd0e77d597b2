import Foundation
import Testing

@testable import ParallaxIngest

/// Language identification (issue #21 item 2): the team's 200 short news texts in 12 languages, wire-style
/// paragraphs, and a declared language checked against the script of the text.
struct LanguageTests {
    /// The fixture's (language, text) rows.
    static func fixture() throws -> [(language: String, text: String)] {
        let text = try String(contentsOfFile: FixtureFiles.path("languages.tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", maxSplits: 1)
            return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
        }
    }

    /// At least 98% of the fixture is identified correctly (an unknown counts as wrong).
    @Test func fixtureAccuracy() throws {
        let rows = try Self.fixture()
        try #require(rows.count == 200)
        let wrong = rows.filter { Language.identify($0.text) != $0.language }
        let accuracy = Double(rows.count - wrong.count) / Double(rows.count)
        #expect(accuracy >= 0.98, "misidentified: \(wrong.map { "\($0.language): \($0.text)" })")
    }

    @Test func wireParagraphs() {
        let tass = """
            МОСКВА, 6 декабря. /ТАСС/. Правительство России утвердило программу развития региональных \
            аэропортов до 2030 года, сообщила в субботу пресс-служба кабмина. На реконструкцию планируется \
            направить более 100 млрд рублей.
            """
        let xinhua = """
            新华社北京12月6日电 国务院新闻办公室6日举行新闻发布会，介绍今年前十一个月对外贸易情况。\
            海关总署有关负责人表示，进出口总值同比增长，外贸保持稳中向好的态势。
            """
        #expect(Language.identify(tass) == "ru")
        #expect(Language.identify(xinhua) == "zh")
    }

    /// The sentence the n-grams alone called Russian by a hair (its only Ukrainian-only letter is one "і").
    @Test func ukrainianLettersDecideCloseCalls() {
        let ukrainian = "Фермери кажуть, що через тривалу посуху врожай пшениці скоротився майже на третину."
        #expect(Language.identify(ukrainian) == "uk")
        #expect(Language.identify("Киев и Харьков получили новые поезда этой зимой.") == "ru")
    }

    @Test func declaredLanguageMustFitTheScript() {
        let russian = "Городской совет во вторник проголосовал за продление работы ночных автобусов до конца года."
        #expect(Language.resolve(declared: "en", text: russian) == "ru")
        #expect(Language.resolve(declared: "uk", text: russian) == "uk")
        #expect(Language.resolve(declared: "en-GB", text: "The council voted on Tuesday to extend the buses.") == "en")
        #expect(Language.resolve(declared: nil, text: russian) == "ru")
        #expect(Language.resolve(declared: "zh", text: "市議会は火曜日、夜間バスの運行を年末まで延長することを決めた。") == "ja")
    }

    /// Persian and Urdu share the Arabic script but not all its letters.
    @Test func persianAndUrduAreNotArabic() {
        #expect(
            Language.identify("شورای شهر روز سه‌شنبه تصمیم گرفت خدمات اتوبوس شبانه را تا پایان سال تمدید کند.") == "fa")
        #expect(Language.identify("شہر کی کونسل نے منگل کو رات کی بس سروس سال کے آخر تک بڑھانے کا فیصلہ کیا۔") == "ur")
        #expect(
            Language.resolve(declared: "fa", text: "شورای شهر روز سه‌شنبه تصمیم گرفت خدمات اتوبوس شبانه را تمدید کند.")
                == "fa")
    }

    /// Latin-script languages outside the table are unknown rather than the nearest table language.
    @Test(arguments: [
        "Rada miasta zdecydowała we wtorek o przedłużeniu kursowania nocnych autobusów do końca roku.",
        "Belediye meclisi salı günü gece otobüslerinin yıl sonuna kadar çalışmasına karar verdi.",
        "Hội đồng thành phố hôm thứ Ba đã quyết định kéo dài dịch vụ xe buýt đêm đến cuối năm.",
        "Dewan kota pada hari Selasa memutuskan untuk memperpanjang layanan bus malam hingga akhir tahun.",
    ])
    func unrankedLatinLanguageIsUnknown(text: String) {
        #expect(Language.identify(text) == nil)
    }

    @Test func tooShortOrUnrankedIsUnknown() {
        #expect(Language.identify("Reuters") == nil)
        #expect(Language.identify("12:30 — 4,5 %") == nil)
        #expect(Language.identify("") == nil)
    }
}
