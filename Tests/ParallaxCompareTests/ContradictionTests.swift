import ParallaxCompare
import ParallaxModel
import Testing

/// Short fictional articles (written for these tests) where outlets contradict each other, or only paraphrase.
struct ContradictionTests {
    static let day1 = Timestamp(date: CivilDate(year: 2026, month: 3, day: 10)!)
    static let day2 = Timestamp(date: CivilDate(year: 2026, month: 3, day: 11)!)

    static func article(_ id: String, _ outlet: String, published: Timestamp? = day1, _ paragraphs: String...)
        -> Article
    {
        Article(id: id, published: published, outlet: outlet, text: paragraphs.joined(separator: "\n\n"))
    }

    static func compare(
        _ articles: [Article], extractions: [ArticleExtraction]? = nil, syndication: [[String]] = []
    ) -> EventComparison {
        EventComparator().compare(
            event: Event(id: "e-test", title: "test", date: nil, articleIds: articles.map(\.id), outlets: []),
            articles: articles,
            extractions: extractions ?? articles.map { ArticleExtraction(articleId: $0.id) }, syndication: syndication)
    }

    static func span(_ needle: String, _ article: Article) -> Span { Fixtures.span(of: needle, in: article.text)! }

    @Test func casualtyCountsThatDifferAreFoundWithBothSides() throws {
        let a = Self.article(
            "a", "Dunmore Gazette",
            "Twelve people died when a fire swept through the Marlow Street textile factory in Dunmore on Monday night, fire officials said.",
            "Firefighters fought the blaze for six hours before bringing it under control.")
        let b = Self.article(
            "b", "Coastal Herald",
            "A fire at the Marlow Street textile factory in Dunmore on Monday night killed 17 people, fire officials said.",
            "The cause of the fire is not yet known, investigators said.")
        let c = Self.article(
            "c", "River News",
            "Fire officials said 12 people were killed in the Monday night blaze at the Marlow Street textile factory in Dunmore."
        )
        let result = Self.compare([a, b, c])
        let x = try #require(result.contradictions.first)
        #expect(result.contradictions.count == 1)
        #expect(x.kind == .quantity && x.slot == "count of dead")
        #expect(x.sides.count == 2)
        let twelve = try #require(x.sides.first { $0.normalizedValue == 12 })
        let seventeen = try #require(x.sides.first { $0.normalizedValue == 17 })
        #expect(twelve.outlets == ["Dunmore Gazette", "River News"])
        #expect(seventeen.outlets == ["Coastal Herald"] && seventeen.articleIds == ["b"])
        #expect(seventeen.spans.first?.text.contains("killed 17 people") == true)
    }

    @Test func differentDaysForTheSameHappeningAreFound() throws {
        let a = Self.article(
            "a", "Dunmore Gazette", published: Self.day1,
            "The Dunmore ring road was last inspected on March 3, the regional transport department said.")
        let b = Self.article(
            "b", "Coastal Herald", published: Self.day1,
            "According to the regional transport department, the Dunmore ring road was last inspected on March 13.")
        // Read from the text (no extraction) ...
        let fromText = Self.compare([a, b])
        let x = try #require(fromText.contradictions.first)
        #expect(x.kind == .date && Set(x.sides.map(\.value)) == ["2026-03-03", "2026-03-13"])
        // ... and from extraction's TIME values.
        let extractions = [
            ArticleExtraction(
                articleId: "a",
                times: [
                    TimeExpression(kind: .date, text: "March 3", span: Self.span("March 3", a), value: "2026-03-03")
                ]),
            ArticleExtraction(
                articleId: "b",
                times: [
                    TimeExpression(kind: .date, text: "March 13", span: Self.span("March 13", b), value: "2026-03-13")
                ]),
        ]
        let fromExtraction = Self.compare([a, b], extractions: extractions)
        #expect(fromExtraction.contradictions.map(\.kind) == [.date])
        #expect(
            fromExtraction.contradictions.first?.sides.first { $0.value == "2026-03-13" }?.outlets == ["Coastal Herald"]
        )
    }

    @Test func aDayInsideAStatedWeekIsNotADateContradiction() {
        let a = Self.article(
            "a", "Dunmore Gazette", published: Self.day1,
            "The new harbour terminal in Dunmore opened to passengers on March 4, port officials said.")
        let b = Self.article(
            "b", "Coastal Herald", published: Self.day1,
            "Port officials said the new harbour terminal in Dunmore opened to passengers last week.")
        let extractions = [
            ArticleExtraction(
                articleId: "a",
                times: [
                    TimeExpression(kind: .date, text: "March 4", span: Self.span("March 4", a), value: "2026-03-04")
                ]),
            ArticleExtraction(
                articleId: "b",
                times: [
                    TimeExpression(
                        kind: .relative, text: "last week", span: Self.span("last week", b), value: "2026-W10")
                ]),
        ]
        #expect(Self.compare([a, b], extractions: extractions).contradictions.isEmpty)
    }

    @Test func whoMetWhomIsFound() throws {
        let a = Self.article(
            "a", "Dunmore Gazette",
            "Prime Minister Halvard Osei met Foreign Minister Ana Varga in Lisbon on Tuesday to discuss fishing quotas."
        )
        let b = Self.article(
            "b", "Coastal Herald",
            "Prime Minister Halvard Osei met Deputy Minister Peter Lind in Lisbon on Tuesday to discuss fishing quotas."
        )
        let extractions = [
            ArticleExtraction(
                articleId: "a",
                mentions: [
                    Mention(entityId: "person:halvard-osei", span: Self.span("Halvard Osei", a), text: "Halvard Osei"),
                    Mention(entityId: "person:ana-varga", span: Self.span("Ana Varga", a), text: "Ana Varga"),
                ],
                actions: [
                    Action(
                        actor: "Halvard Osei", actorEntityId: "person:halvard-osei", verb: "meet", predicate: "met",
                        target: "Ana Varga", targetEntityId: "person:ana-varga", category: .consult,
                        span: Self.span("Prime Minister Halvard Osei met", a))
                ]),
            ArticleExtraction(
                articleId: "b",
                mentions: [
                    Mention(entityId: "person:halvard-osei", span: Self.span("Halvard Osei", b), text: "Halvard Osei"),
                    Mention(entityId: "person:peter-lind", span: Self.span("Peter Lind", b), text: "Peter Lind"),
                ],
                actions: [
                    Action(
                        actor: "Halvard Osei", actorEntityId: "person:halvard-osei", verb: "meet", predicate: "met",
                        target: "Peter Lind", targetEntityId: "person:peter-lind", category: .consult,
                        span: Self.span("Prime Minister Halvard Osei met", b))
                ]),
        ]
        let result = Self.compare([a, b], extractions: extractions)
        let x = try #require(result.contradictions.first)
        #expect(result.contradictions.count == 1)
        #expect(x.kind == .participant && x.slot == "meet: counterpart of Halvard Osei")
        #expect(Set(x.sides.map(\.value)) == ["Ana Varga", "Peter Lind"])
        #expect(x.groupId != nil)
    }

    @Test func attendingAndNotAttendingIsANegation() throws {
        let a = Self.article(
            "a", "Dunmore Gazette",
            "Mayor Ines Falk attended the opening ceremony of the new harbour terminal in Dunmore on Friday.")
        let b = Self.article(
            "b", "Coastal Herald",
            "Mayor Ines Falk did not attend the opening ceremony of the new harbour terminal in Dunmore on Friday.")
        let x = try #require(Self.compare([a, b]).contradictions.first)
        #expect(x.kind == .negation)
        #expect(Set(x.sides.map(\.value)) == ["attend", "not attend"])
    }

    @Test func paraphrasesWithAgreeingValuesAreNotContradictions() {
        let a = Self.article(
            "a", "Dunmore Gazette",
            "About 500 residents were evacuated from the low-lying Eastmoor district of Dunmore overnight, the council said.",
            "The new Tarrow bridge is 1,284 meters long and 14.5 metres wide, the builder said.",
            "Trade between the two ports reached US$147 billion last year, customs data show.")
        let b = Self.article(
            "b", "Coastal Herald",
            "The council said nearly 500 residents had been moved out of the Eastmoor district of Dunmore during the night.",
            "The builder said the Tarrow bridge is 1.284 km long and 14.5 m wide.",
            "Trade between the two ports hit S$205 billion last year, according to customs data.")
        let money = [
            ArticleExtraction(
                articleId: "a",
                quantities: [
                    Quantity(
                        kind: .money, text: "US$147 billion", span: Self.span("US$147 billion", a), value: 147e9,
                        unit: "USD", alternatives: [.init(value: 205e9, unit: "SGD", text: "S$205 billion")])
                ]),
            ArticleExtraction(
                articleId: "b",
                quantities: [
                    Quantity(
                        kind: .money, text: "S$205 billion", span: Self.span("S$205 billion", b), value: 205e9,
                        unit: "SGD")
                ]),
        ]
        for extractions in [nil, money] {
            let result = Self.compare([a, b], extractions: extractions)
            #expect(result.contradictions.isEmpty, "\(result.contradictions)")
            // The paraphrases align: every group with a claim of a has b's too.
            #expect(
                result.groups.filter { $0.kind == .consensus }.count >= 2, "\(result.groups.map(\.representativeText))")
        }
    }

    @Test func numbersPublishedOnDifferentDaysAreUpdatesNotContradictions() {
        let a = Self.article(
            "a", "Dunmore Gazette", published: Self.day1,
            "The Tarrow river stood at 5.8 metres at the Dunmore gauge and was still rising, officials said.")
        let b = Self.article(
            "b", "Coastal Herald", published: Self.day2,
            "The Tarrow river peaked at 6.2 metres at the Dunmore gauge, officials said.")
        #expect(Self.compare([a, b]).contradictions.isEmpty)
    }

    @Test func syndicatedCopiesAreOneVoiceListingEveryOutlet() throws {
        let wire =
            "A landslide blocked the coastal road between Dunmore and Penhale early on Sunday, the regional police said."
        let a = Self.article(
            "a", "Wire Service", wire, "Engineers expect to reopen one lane of the coastal road by Wednesday.")
        let b = Self.article(
            "b", "Dunmore Gazette", wire, "Engineers expect to reopen one lane of the coastal road by Wednesday.")
        let c = Self.article(
            "c", "Coastal Herald",
            "The coastal road between Dunmore and Penhale was blocked by a landslide early on Sunday, police said.")
        let result = Self.compare([a, b, c], syndication: [["a", "b"]])
        #expect(result.voices.count == 2)
        #expect(result.voices.first?.outlets == ["Dunmore Gazette", "Wire Service"])
        let landslide = try #require(result.groups.first { $0.voiceIds.count == 2 })
        #expect(landslide.kind == .consensus)
        #expect(landslide.outlets == ["Coastal Herald", "Dunmore Gazette", "Wire Service"])
        // The copy adds no claims of its own.
        #expect(result.claims.filter { $0.articleId == "b" }.isEmpty)
        let lane = try #require(result.groups.first { $0.representativeText.contains("one lane") })
        #expect(lane.kind == .unique && lane.missingOutlets == ["Coastal Herald"])
    }
}
