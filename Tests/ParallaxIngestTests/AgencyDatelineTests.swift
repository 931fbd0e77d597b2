import ParallaxModel
import Testing

@testable import ParallaxIngest

/// Agency datelines in the agencies' own languages: place, agency and date. The copy is invented, written in
/// the shape of each agency's wire.
struct AgencyDatelineTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var lede: String
        var place: String
        /// The agency as the registry names it.
        var agency: String?
        /// The date the dateline gives, resolved against a publication on 2022-06-20.
        var date: String?
        /// How the text reads once the dateline is removed.
        var rest: String
        var testDescription: String { String(lede.prefix(32)) }
    }

    static let cases: [Case] = [
        Case(
            lede: "МОСКВА, 15 июня. /ТАСС/. Власти Калужской области выделят средства на ремонт трёх мостов.",
            place: "МОСКВА", agency: "TASS", date: "2022-06-15", rest: "Власти Калужской"),
        Case(
            lede: "ТВЕРЬ, 14 июня /ТАСС/. Городские власти продлили работу летних веранд до октября.",
            place: "ТВЕРЬ", agency: "TASS", date: "2022-06-14", rest: "Городские власти"),
        Case(
            lede: "ВОЛОГДА, 15 июн — РИА Новости. Городской совет утвердил новую схему движения автобусов.",
            place: "ВОЛОГДА", agency: "RIA Novosti", date: "2022-06-15", rest: "Городской совет"),
        Case(
            lede: "ВОЛОГДА, 15 июн — РИА Новости, Анна Крылова. Городской совет утвердил новую схему движения.",
            place: "ВОЛОГДА", agency: "RIA Novosti", date: "2022-06-15", rest: "Городской совет"),
        Case(
            lede: "Москва. 15 июня. INTERFAX.RU - Минтранс предложил продлить работу паромной переправы до осени.",
            place: "Москва", agency: "Interfax", date: "2022-06-15", rest: "Минтранс предложил"),
        Case(
            lede: "新华社北京6月15日电 国家林业部门15日发布消息，今年春季共完成造林任务的七成。",
            place: "北京", agency: "Xinhua News Agency", date: "2022-06-15", rest: "国家林业部门"),
        Case(
            lede: "新华社兰州6月15日电（记者周立平）甘肃省一座新建水库15日开始蓄水。",
            place: "兰州", agency: "Xinhua News Agency", date: "2022-06-15", rest: "甘肃省一座"),
        Case(
            lede: "新华社北京六月十五日电 国家林业部门15日发布消息，今年春季共完成造林任务的七成。",
            place: "北京", agency: "Xinhua News Agency", date: "2022-06-15", rest: "国家林业部门"),
        Case(
            lede: "新华社三亚十二月三日电 三亚市三日启用新的机场航站楼。",
            place: "三亚", agency: "Xinhua News Agency", date: "2021-12-03", rest: "三亚市三日"),
        Case(
            lede: "中新社广州６月１４日电 广州地铁一条新线路14日开通试运营。",
            place: "广州", agency: "China News Service", date: "2022-06-14", rest: "广州地铁"),
        Case(
            lede: "本报杭州6月15日电 杭州市15日启用新的公交调度系统。",
            place: "杭州", agency: nil, date: "2022-06-15", rest: "杭州市15日"),
        Case(
            lede: "Paris (AFP) - Le conseil municipal a voté mardi un plan de rénovation des écoles du quartier.",
            place: "Paris", agency: "Agence France-Presse", date: nil, rest: "Le conseil municipal"),
        Case(
            lede: "PARIS, 15 juin 2022 (AFP) - Les syndicats de la régie des eaux ont appelé à une grève jeudi.",
            place: "PARIS", agency: "Agence France-Presse", date: "2022-06-15", rest: "Les syndicats"),
        Case(
            lede: "Berlin (dpa) - Die Stadtwerke wollen bis zum Herbst zwanzig neue Ladesäulen aufstellen.",
            place: "Berlin", agency: "Deutsche Presse-Agentur", date: nil, rest: "Die Stadtwerke"),
        Case(
            lede: "Berlin/Paris (dpa) - Beide Regierungen wollen die Zugverbindung zwischen den Hauptstädten ausbauen.",
            place: "Berlin/Paris", agency: "Deutsche Presse-Agentur", date: nil, rest: "Beide Regierungen"),
        Case(
            lede: "Madrid, 15 jun (EFE).- El ayuntamiento aprobó este miércoles la ampliación de dos bibliotecas.",
            place: "Madrid", agency: "Agencia EFE", date: "2022-06-15", rest: "El ayuntamiento"),
        Case(
            lede: "TOKYO, June 15 (Kyodo) -- A regional railway will resume full service next week, its operator said.",
            place: "TOKYO", agency: "Kyodo News", date: "2022-06-15", rest: "A regional railway"),
        Case(
            lede: "【北京共同】中国の地方政府は15日、新しい高速道路の建設計画を発表した。",
            place: "北京", agency: "Kyodo News", date: nil, rest: "中国の地方政府"),
        Case(
            lede: "【ワシントン＝山田花子】米議会の委員会は14日、港湾整備の予算案を可決した。",
            place: "ワシントン", agency: nil, date: nil, rest: "米議会の委員会"),
    ]

    @Test(arguments: cases)
    func agencyDatelineGivesPlaceAgencyAndDate(_ example: Case) throws {
        let registry = OutletRegistry.bundled
        let published = Timestamp(date: CivilDate(year: 2022, month: 6, day: 20)!)
        let opening = try #require(Dateline.opening(example.lede, registry: registry, published: published))
        #expect(opening.place == example.place)
        #expect(opening.agency == example.agency)
        #expect(opening.date?.description == example.date)
        let dateline = try #require(Dateline.parse(example.lede, registry: registry))
        #expect(String(example.lede.dropFirst(dateline.prefixLength)).hasPrefix(example.rest))
    }

    @Test(arguments: [
        // English datelines keep working.
        ("BEIJING, June 15 (Xinhua) -- Officials said.", "BEIJING", "Xinhua News Agency"),
        ("WASHINGTON, Jan. 5 (AP) - Lawmakers returned.", "WASHINGTON", "AP"),
        ("BEIJING AFP - Officials said on Monday.", "BEIJING", "Agence France-Presse"),
        ("KESTRA: The port reopened on Monday.", "KESTRA", nil),
    ])
    func englishDatelines(_ lede: String, place: String, agency: String?) throws {
        let opening = try #require(Dateline.opening(lede, registry: .bundled))
        #expect(opening.place == place)
        #expect(
            opening.agency.map { OutletRegistry.bundled.outlet(named: $0)?.name ?? $0 }
                == agency.map {
                    OutletRegistry.bundled.outlet(named: $0)?.name ?? $0
                })
    }

    @Test(arguments: [
        "МОСКВА прощается с летом, и горожане уезжают за город.",
        "Москва. Город готовится к празднику, сообщили власти.",
        "新华社记者近日在北京采访了多位专家。",
        "【环球时报综合报道】多国代表出席了会议。",
        "Москва, 15 июня - горожане вышли на субботник.",
    ])
    func textThatIsNotADateline(_ lede: String) {
        #expect(Dateline.parse(lede, registry: .bundled) == nil)
    }

    @Test func yearlessDateIsTheNearestDayNotAfterPublication() {
        let newYear = CivilDate(year: 2023, month: 1, day: 2)
        #expect(WrittenDate(month: 12, day: 31).resolved(publishedOn: newYear)?.description == "2022-12-31")
        #expect(WrittenDate(month: 1, day: 2).resolved(publishedOn: newYear)?.description == "2023-01-02")
        #expect(
            WrittenDate(month: 2, day: 29).resolved(publishedOn: CivilDate(year: 2023, month: 3, day: 1))?.description
                == "2020-02-29")
        #expect(WrittenDate(month: 6, day: 15).resolved(publishedOn: nil) == nil)
        #expect(WrittenDate(year: 2021, month: 6, day: 15).resolved(publishedOn: nil)?.description == "2021-06-15")
    }

    @Test func russianArticleReadEndToEnd() throws {
        let text = """
            Власти Твери откроют новый мост через Волгу в конце лета
            Опубликовано: 16 июня 2022, 09:15

            ТВЕРЬ, 15 июня. /ТАСС/. Власти Твери откроют новый автомобильный мост через Волгу в конце августа, \
            сообщил журналистам заместитель главы города Игорь Савельев.

            По его словам, на строительство моста уже потрачено около 2 млрд рублей.
            """
        let result = ArticleFileReader().read(bytes: Array(text.utf8), path: "tver-most.txt")
        let article = try #require(result.articles.first)
        #expect(article.outlet == "TASS")
        #expect(article.agency == "TASS")
        #expect(article.dateline == "ТВЕРЬ")
        #expect(article.published?.description == "2022-06-16T09:15")
        #expect(article.title == "Власти Твери откроют новый мост через Волгу в конце лета")
        #expect(article.text.hasPrefix("Власти Твери откроют новый автомобильный мост"))
    }

    @Test func chineseArticleReadEndToEnd() throws {
        let text = """
            标题：兰州新建水库开始蓄水
            发布时间：2022年06月16日 08:30
            来源：新华网

            新华社兰州6月15日电（记者周立平）甘肃省兰州市一座新建水库15日开始蓄水，预计年底前可向周边三个县供水。

            据介绍，该水库总库容约一千二百万立方米。
            """
        let result = ArticleFileReader().read(bytes: Array(text.utf8), path: "lanzhou-reservoir.txt")
        let article = try #require(result.articles.first)
        #expect(article.outlet == "Xinhua News Agency")
        #expect(article.agency == "Xinhua News Agency")
        #expect(article.dateline == "兰州")
        #expect(article.published?.description == "2022-06-16T08:30")
        #expect(article.title == "兰州新建水库开始蓄水")
        #expect(article.text.hasPrefix("甘肃省兰州市一座新建水库"))
    }
}
