import ParallaxIngest
import ParallaxModel
import Testing

/// The readers record the identified language, and a declared one only when it fits the text's script.
struct LanguageReadingTests {
    @Test func jsonLinesDeclaredLanguageIsCheckedAgainstTheText() throws {
        let records = """
            {"title": "Мост", "language": "en", "text": "Городской мост закрыт на ремонт до конца недели. \
            Движение транспорта перенаправлено на объездную дорогу."}
            {"title": "桥梁", "text": "市区大桥本周关闭维修，过往车辆须绕行外环路。交通部门表示，维修工程将在周末前完成。"}
            {"title": "Міст", "language": "uk-UA", "text": "Міський міст зачинено на ремонт до кінця тижня. \
            Рух транспорту спрямовано на об'їзну дорогу."}
            {"title": "Puente", "text": "El puente de la ciudad estará cerrado por obras hasta el final de la semana."}

            """
        let path = try FixtureFiles.write(Array(records.utf8), named: "languages.jsonl")
        defer { FixtureFiles.remove(path) }
        let result = ArticleFileReader().read(path: path)
        // The Chinese record (no spaces) was once dropped as "no article text".
        #expect(result.articles.map(\.language) == ["ru", "zh", "uk", "es"], "\(result.diagnostics)")
    }

    @Test func plainTextLanguageHeaderMustFitTheScript() throws {
        let text = """
            Title: Паром
            Language: de

            Паромное сообщение с островом возобновится в понедельник, сообщили в порту. \
            Рейсы были отменены из-за шторма.
            """
        let path = try FixtureFiles.write(Array(text.utf8), named: "ferry.txt")
        defer { FixtureFiles.remove(path) }
        let result = ArticleFileReader().read(path: path)
        #expect(result.articles.map(\.language) == ["ru"])
    }
}
