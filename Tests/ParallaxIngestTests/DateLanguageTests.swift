import ParallaxModel
import Testing

@testable import ParallaxIngest

/// Publication dates written in Russian, Chinese, French, German and Spanish, alone and in the header lines of
/// plain-text articles written for these tests.
struct DateLanguageTests {
    @Test(arguments: [
        // Russian: genitive and abbreviated months, "года" and "г.".
        ("15 июня 2022 года", "2022-06-15"),
        ("15 июня 2022 г., 10:30", "2022-06-15T10:30"),
        ("1 января 2024", "2024-01-01"),
        ("3 фев. 2023", "2023-02-03"),
        ("среда, 28 декабря 2022", "2022-12-28"),
        // Chinese and Japanese.
        ("2022年6月15日", "2022-06-15"),
        ("2022年06月15日 10:30", "2022-06-15T10:30"),
        ("２０２２年６月１５日", "2022-06-15"),
        ("二〇二二年六月十五日", "2022-06-15"),
        ("二〇二三年十二月三十一日 18:05", "2023-12-31T18:05"),
        ("二零二四年二月二十九日", "2024-02-29"),
        // French: accents, "1er", "à 10h30".
        ("15 juin 2022", "2022-06-15"),
        ("1er février 2023", "2023-02-01"),
        ("15 août 2022 à 10h30", "2022-08-15T10:30"),
        ("mercredi 7 décembre 2022", "2022-12-07"),
        ("3 déc. 2021", "2021-12-03"),
        // German: the day's period, umlauts, "Uhr", dotted numbers.
        ("15. Juni 2022", "2022-06-15"),
        ("3. März 2023, 14:05 Uhr", "2023-03-03T14:05"),
        ("Mittwoch, 15. Juni 2022", "2022-06-15"),
        ("15.06.2022", "2022-06-15"),
        // Spanish.
        ("15 de junio de 2022", "2022-06-15"),
        ("miércoles, 3 de agosto de 2022 10:30", "2022-08-03T10:30"),
        ("1 de diciembre del 2021", "2021-12-01"),
    ])
    func dateFormsParse(_ text: String, expected: String) {
        #expect(PublicationDateParser.parse(text)?.description == expected)
    }

    @Test(arguments: [
        ("15 июня", 6, 15), ("15 июн", 6, 15), ("6月15日", 6, 15), ("六月十五日", 6, 15), ("十一月三号", 11, 3),
        ("15 jun", 6, 15), ("15 juin", 6, 15),
        ("June 15", 6, 15), ("29 февраля", 2, 29),
    ])
    func writtenDateWithoutYear(_ text: String, month: Int, day: Int) {
        #expect(PublicationDateParser.writtenDate(text) == WrittenDate(year: nil, month: month, day: day))
    }

    @Test(arguments: [
        ("Опубликовано: 15 июня 2022, 10:30", "2022-06-15T10:30"),
        ("Опубликовано 15 июня 2022 года", "2022-06-15"),
        ("发布时间：2022-06-15 10:30", "2022-06-15T10:30"),
        ("发布时间：2022年6月15日", "2022-06-15"),
        ("发布时间：二〇二二年六月十五日", "2022-06-15"),
        ("2022年6月15日 10:30", "2022-06-15T10:30"),
        ("Publié le 15 juin 2022 à 10h30", "2022-06-15T10:30"),
        ("Publié le: 15 juin 2022", "2022-06-15"),
        ("Veröffentlicht am 15. Juni 2022, 10:30 Uhr", "2022-06-15T10:30"),
        ("Veröffentlicht am: 15.06.2022", "2022-06-15"),
        ("Publicado el 15 de junio de 2022", "2022-06-15"),
        ("Fecha: 15 de junio de 2022", "2022-06-15"),
    ])
    func headerDateLines(_ line: String, expected: String) throws {
        let article = try PlainTextReader().read(
            "Harbour cranes idle for a second day\n\(line)\n\nThe dock strike entered its second day on Wednesday.",
            path: "fixture.txt")
        #expect(article.published?.description == expected)
        #expect(article.text == "The dock strike entered its second day on Wednesday.")
    }
}
