import ParallaxCompare
import ParallaxModel
import Testing

/// False contradictions seen on the Examples corpus (`floods`, `summit-1`), rebuilt with short fictional
/// articles written for these tests: figures read at different moments, two figures of one kind, an outlet on
/// both sides; and the true conflicts that must survive the rules that remove them.
struct SlotAndUpdateTests {
    static func article(_ id: String, _ outlet: String, published: Timestamp? = nil, _ paragraphs: String...)
        -> Article
    {
        Article(id: id, published: published, outlet: outlet, text: paragraphs.joined(separator: "\n\n"))
    }

    static func describe(_ c: EventComparison) -> String {
        "\(c.contradictions.map { "\($0.slot): \($0.sides.map { "\($0.value) \($0.outlets)" })" })"
    }

    // MARK: - Updates

    /// A river level early on Monday, on Monday afternoon and at 4 am on Wednesday: three readings. No
    /// publication dates, so only the times written next to the numbers can tell (as for the Examples' file 13,
    /// whose only date is an e-paper code).
    @Test func levelsReadAtDifferentMomentsAreUpdates() {
        let a = Self.article(
            "a", "Ostby Courier",
            "The Marren, which reached 5.8 metres at the Ostby gauge early on Monday, had not yet peaked, flood officials warned.",
            "About 400 residents of the riverside streets were evacuated overnight, flood officials said.")
        let b = Self.article(
            "b", "Valley Radio",
            "The Marren peaked at 6.2 metres at the Ostby gauge on Monday afternoon, flood officials said.",
            "More than 900 residents have now been evacuated from the riverside streets, flood officials said on Tuesday."
        )
        let c = Self.article(
            "c", "Ostby Evening",
            "The Marren fell below five metres at the Ostby gauge at 4 am on Wednesday, flood officials said.")
        let result = ContradictionTests.compare([a, b, c])
        #expect(result.contradictions.isEmpty, "\(Self.describe(result))")
    }

    /// "had not yet peaked" and "peaked" are a state and its update, not a denial, even when aligned.
    @Test func notYetIsNotADenial() {
        let a = Self.article(
            "a", "Ostby Courier", "Flood officials in Ostby said the Marren river had not yet peaked at the town gauge."
        )
        let b = Self.article(
            "b", "Valley Radio", "Flood officials in Ostby said the Marren river peaked at the town gauge.")
        #expect(ContradictionTests.compare([a, b]).contradictions.isEmpty)
    }

    /// The same level for the same moment still conflicts.
    @Test func levelsForTheSameMomentStillConflict() throws {
        let a = Self.article(
            "a", "Ostby Courier",
            "The Marren peaked at 6.2 metres at the Ostby gauge on Monday afternoon, officials said.")
        let b = Self.article(
            "b", "Valley Radio",
            "Officials said the Marren peaked at 7.4 metres at the Ostby gauge on Monday afternoon.")
        let x = try #require(ContradictionTests.compare([a, b]).contradictions.first)
        #expect(x.kind == .quantity && Set(x.sides.map(\.normalizedValue)) == [6.2, 7.4])
    }

    // MARK: - Two figures of one kind

    /// Every outlet gives a share of exports (42%) and a tariff cut (30%): two percentages, not one disputed.
    @Test func twoPercentagesOfDifferentThingsAreNotAConflict() {
        let a = Self.article(
            "a", "Ostby Courier",
            "Norland buys 42 percent of Estmark's timber exports, making it the largest market for Estmark's mills.",
            "Under the outline agreed in Ostby, Norland would cut duties on Estmark's saw blades by 30 percent.")
        let b = Self.article(
            "b", "Valley Radio",
            "Estmark sends 42 percent of its timber exports to Norland, its largest buyer.",
            "Norland would lower its duties on Estmark's saw blades by 30 percent, negotiators said.")
        let result = ContradictionTests.compare([a, b])
        #expect(result.contradictions.isEmpty, "\(Self.describe(result))")
    }

    /// A share that differs between outlets is still a conflict.
    @Test func oneShareStatedDifferentlyStillConflicts() throws {
        let a = Self.article(
            "a", "Ostby Courier", "Norland buys 42 percent of Estmark's timber exports, customs figures show.")
        let b = Self.article(
            "b", "Valley Radio", "Customs figures show Norland buys 24 percent of Estmark's timber exports.")
        let result = ContradictionTests.compare([a, b])
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(x.kind == .quantity && x.slot == "percentage")
        #expect(x.sides.first { $0.normalizedValue == 24 }?.outlets == ["Valley Radio"])
    }

    /// Time since the last meeting and the length of the talks; the time between two crests and how long it
    /// rained: durations of different things.
    @Test func durationsOfDifferentThingsAreNotAConflict() {
        let a = Self.article(
            "a", "Ostby Courier",
            "Chancellor Mira Halden met Premier Joss Tarrant in Ostby on Friday, the first meeting between the two leaders in more than three years.",
            "The Marren rose for a second time in less than a day as fresh rain fell across the valley, officials said."
        )
        let b = Self.article(
            "b", "Valley Radio",
            "The talks between Chancellor Mira Halden and Premier Joss Tarrant in Ostby lasted nearly five hours on Friday.",
            "The Marren burst its banks at Ostby on Sunday, following two days of torrential rain across the valley, officials said."
        )
        let result = ContradictionTests.compare([a, b])
        #expect(result.contradictions.isEmpty, "\(Self.describe(result))")
    }

    /// The length of the same talks, stated differently, still conflicts.
    @Test func theSameDurationStatedDifferentlyStillConflicts() throws {
        let a = Self.article(
            "a", "Ostby Courier",
            "The talks between Mira Halden and Joss Tarrant in Ostby lasted five hours, aides said.")
        let b = Self.article(
            "b", "Valley Radio", "Aides said the talks between Mira Halden and Joss Tarrant in Ostby lasted two hours.")
        let x = try #require(ContradictionTests.compare([a, b]).contradictions.first)
        #expect(x.kind == .quantity && x.sides.count == 2)
    }

    /// An outlet that states both values is on both sides: it cannot contradict itself, so the two values are
    /// two figures (turnout in the north and in the south) and nothing is reported.
    @Test func anOutletOnBothSidesIsNotAConflict() {
        let a = Self.article(
            "a", "Ostby Courier",
            "Election officials said turnout reached 40 percent in the northern districts of Estmark.",
            "Election officials said turnout reached 55 percent in the southern districts of Estmark.")
        let b = Self.article(
            "b", "Valley Radio",
            "Election officials said turnout reached 55 percent in the southern districts of Estmark.")
        let result = ContradictionTests.compare([a, b])
        #expect(result.contradictions.isEmpty, "\(Self.describe(result))")
    }

    // MARK: - Who met whom, from the "with" phrase

    /// Extraction gives the second article's meeting no counterpart ("held three hours of talks" reads as
    /// holding "three hours"); the counterpart is the person after "with", and the chancellor, named only in
    /// the "after" clause, is not part of the meeting.
    @Test func theCounterpartOfAMeetingIsReadFromTheWithPhrase() throws {
        let a = Self.article(
            "a", "Ostby Courier",
            "Chancellor Mira Halden held talks with Premier Joss Tarrant in Ostby on Friday, the first meeting of the two leaders this year."
        )
        let b = Self.article(
            "b", "Valley Radio",
            "Premier Joss Tarrant held three hours of talks in Ostby on Friday with the chancellor's deputy, Ruth Okafor, after Chancellor Mira Halden cancelled her trip."
        )
        let span = { (needle: String, article: Article) in Fixtures.span(of: needle, in: article.text)! }
        let people = [
            Entity(id: "person:mira-halden", kind: .person, name: "Mira Halden"),
            Entity(id: "person:joss-tarrant", kind: .person, name: "Joss Tarrant"),
            Entity(id: "person:ruth-okafor", kind: .person, name: "Ruth Okafor"),
            Entity(id: "place:ostby", kind: .place, name: "Ostby"),
        ]
        func mentions(_ article: Article) -> [Mention] {
            [
                ("Mira Halden", "person:mira-halden"), ("Joss Tarrant", "person:joss-tarrant"),
                ("Ruth Okafor", "person:ruth-okafor"), ("Ostby", "place:ostby"),
            ]
            .compactMap { name, id in
                Fixtures.span(of: name, in: article.text).map { Mention(entityId: id, span: $0, text: name) }
            }.sorted { $0.span < $1.span }
        }
        let extractions = [
            ArticleExtraction(
                articleId: "a", entities: people, mentions: mentions(a),
                actions: [
                    Action(
                        actor: "Mira Halden", actorEntityId: "person:mira-halden", verb: "hold", predicate: "held",
                        target: "Joss Tarrant", targetEntityId: "person:joss-tarrant", category: .consult,
                        span: span("Chancellor Mira Halden held talks with Premier Joss Tarrant", a))
                ]),
            ArticleExtraction(
                articleId: "b", entities: people, mentions: mentions(b),
                actions: [
                    Action(
                        actor: "Joss Tarrant", actorEntityId: "person:joss-tarrant", verb: "hold", predicate: "held",
                        target: "three hours", category: .consult,
                        span: span("Premier Joss Tarrant held three hours of talks", b))
                ]),
        ]
        let result = ContradictionTests.compare([a, b], extractions: extractions)
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(result.contradictions.count == 1)
        #expect(x.kind == .participant && x.slot == "hold: counterpart of Joss Tarrant")
        #expect(x.sides.first { $0.value == "Mira Halden" }?.outlets == ["Ostby Courier"])
        #expect(x.sides.first { $0.value == "Ruth Okafor" }?.outlets == ["Valley Radio"])
    }
}
