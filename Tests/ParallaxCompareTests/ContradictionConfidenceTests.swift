import Foundation
import ParallaxCompare
import ParallaxModel
import Testing

/// Figures that look alike but are not one fact must not be reported by default; a figure changed in one
/// outlet's copy must be, with high confidence. Fictional wire and broadsheet copy written for these tests.
struct ContradictionConfidenceTests {
    static func article(_ id: String, _ outlet: String, _ paragraphs: String...) -> Article {
        Article(
            id: id, published: ContradictionTests.day1, outlet: outlet, text: paragraphs.joined(separator: "\n\n"))
    }

    static func compare(_ articles: [Article], all: Bool = false) -> EventComparison {
        EventComparator(options: ComparisonOptions(includeAllContradictions: all)).compare(
            event: Event(id: "e-test", title: "test", date: nil, articleIds: articles.map(\.id), outlets: []),
            articles: articles, extractions: articles.map { ArticleExtraction(articleId: $0.id) }, syndication: [])
    }

    static func describe(_ c: EventComparison) -> String {
        c.contradictions.map { "\($0.slot) \($0.confidence ?? -1): \($0.sides.map(\.value))" }.joined(separator: "; ")
    }

    /// Pairs of articles that agree or speak of different things.
    static let differentThings: [(String, [String], [String])] = [
        (
            "two laptop models' screens",
            [
                "The Halcyon Air laptop, unveiled in Dunmore on Tuesday, has a 13-inch screen and weighs 1.2 kilograms, the company said."
            ],
            [
                "The company said the Halcyon Pro laptop, also unveiled on Tuesday, has a 16-inch screen and weighs 2.1 kilograms."
            ]
        ),
        (
            "a conversion in brackets against the converted figure",
            [
                "The earthquake struck 10 kilometers (six miles) east of the port town of Dargan at dawn, the seismology institute said."
            ],
            [
                "The seismology institute said the earthquake struck six miles east of the port town of Dargan at dawn."
            ]
        ),
        (
            "a distance in kilometres against the same in miles",
            ["The earthquake struck 10 km east of the port town of Dargan at dawn, the seismology institute said."],
            ["The seismology institute said the earthquake struck 6.2 miles east of the port town of Dargan at dawn."]
        ),
        (
            "two people's ages",
            [
                "Defence lawyer Marta Quill, 54, told the court in Ostby that her client had been at home on the night of the fire."
            ],
            [
                "Prosecutor Idris Vane, 41, told the court in Ostby that the defendant was seen near the warehouse that night."
            ]
        ),
        (
            "a region's toll against a town's",
            ["Floods have killed 40 people across Marren province since Friday, the regional governor said."],
            ["In the town of Ostby alone the floods have killed 12 people since Friday, the mayor said."]
        ),
        (
            "hedged figures whose ranges meet",
            [
                "More than 300 firefighters battled the warehouse blaze in Dunmore through the night, the fire service said."
            ],
            ["The fire service said about 320 firefighters battled the warehouse blaze in Dunmore through the night."]
        ),
        (
            "two ranked subsets of the villages a storm hit",
            [
                "Relief workers said the four hardest-hit villages on the Marren coast were cut off by floodwater on Tuesday."
            ],
            [
                "Engineers estimated that half the homes in the 12 worst-hit villages on the Marren coast had been destroyed on Tuesday."
            ]
        ),
        (
            "two seasons' stat lines of a player the copy calls \"he\"",
            [
                "He finished the season with 412 yards rushing and caught 31 passes for 240 yards."
            ],
            [
                "A year earlier he had 870 yards on 160 carries and caught 44 passes for 365 yards."
            ]
        ),
    ]

    @Test(arguments: differentThings.indices)
    func figuresOfDifferentThingsAreNotReported(_ index: Int) {
        let (name, first, second) = Self.differentThings[index]
        let a = Self.article("a", "Dunmore Gazette", first.joined(separator: "\n\n"))
        let b = Self.article("b", "Coastal Herald", second.joined(separator: "\n\n"))
        let result = Self.compare([a, b])
        #expect(result.contradictions.isEmpty, "\(name): \(Self.describe(result))")
    }

    @Test func aBridgeLengthChangedInOneCopyIsFoundWithHighConfidence() throws {
        let a = Self.article(
            "a", "Valdoria State News Agency",
            "The new Tarrow bridge, which opened on Saturday, is 1,284 metres long and carries four lanes of traffic, the ministry said."
        )
        let b = Self.article(
            "b", "Northfield Courier",
            "The new Tarrow bridge, which opened on Saturday, is 1,080 metres long and carries four lanes of traffic, the ministry said."
        )
        let c = Self.article(
            "c", "The Harbour Post",
            "The ministry said the Tarrow bridge, 1,284 metres long, opened to traffic on Saturday after three years of work."
        )
        let result = Self.compare([a, b, c])
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(result.contradictions.count == 1)
        #expect(x.kind == .quantity && x.slot == "length")
        #expect((x.confidence ?? 0) >= 0.7)
        #expect(x.sides.first { $0.normalizedValue == 1080 }?.articleIds == ["b"])
        #expect(x.sides.first { $0.normalizedValue == 1284 }?.articleIds.contains("a") == true)
    }

    @Test func aDoubledCountIsFoundWithHighConfidence() throws {
        let a = Self.article(
            "a", "Dunmore Gazette",
            "Rescuers pulled six children from the rubble of the collapsed school in Eastmoor on Monday night, the fire service said."
        )
        let b = Self.article(
            "b", "Coastal Herald",
            "The fire service said rescuers pulled 12 children from the rubble of the collapsed school in Eastmoor on Monday night."
        )
        let result = Self.compare([a, b])
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(x.kind == .quantity && (x.confidence ?? 0) >= 0.7)
        #expect(Set(x.sides.map(\.normalizedValue)) == [6, 12])
    }

    @Test func timeElapsedSoFarIsComparedOnlyWhenCountedOnOneDay() {
        let first =
            "The youths smashed shop windows newly replaced after four days of the worst riots Dunmore has seen."
        let second = "Dunmore was calm on Sunday after eight days of the worst riots the city has seen in decades."
        func compare(_ day1: CivilDate?, _ day2: CivilDate?) -> EventComparison {
            let a = Article(
                id: "a", published: day1.map { Timestamp(date: $0) }, outlet: "Dunmore Gazette", text: first)
            let b = Article(
                id: "b", published: day2.map { Timestamp(date: $0) }, outlet: "Coastal Herald", text: second)
            return Self.compare([a, b])
        }
        let monday = CivilDate(year: 2025, month: 3, day: 17)!
        let friday = CivilDate(year: 2025, month: 3, day: 21)!
        #expect(compare(nil, nil).contradictions.isEmpty, "\(Self.describe(compare(nil, nil)))")
        #expect(compare(monday, friday).contradictions.isEmpty, "\(Self.describe(compare(monday, friday)))")
        // Counted on one day, four and eight days of one riot disagree.
        #expect(compare(monday, monday).contradictions.count == 1)
    }

    @Test func aPlayersStatLineChangedInOneCopyIsFound() throws {
        let a = Self.article(
            "a", "Dunmore Gazette",
            "Pilots quarterback Eli Marsh completed 24 of 31 passes for 288 yards and three touchdowns in the 27-20 win over Ostby."
        )
        let b = Self.article(
            "b", "Coastal Herald",
            "Eli Marsh threw for 288 yards and six touchdowns as the Pilots beat Ostby 27-20 on Sunday."
        )
        let result = Self.compare([a, b])
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect((x.confidence ?? 0) >= 0.5)
        #expect(Set(x.sides.map(\.normalizedValue)) == [3, 6])
    }

    @Test func aFloorOfTheTollDoesNotHideADoubledCount() throws {
        // The outlet writing "at least three people" allows four dead but does not state "4 women": it may still
        // dispute the doubled count with its "two women and one man".
        let a = Self.article(
            "a", "Dunmore Gazette",
            "A fire-bomb attack on a bank in Dunmore killed at least three people on Wednesday as police fought protesters.",
            "Police said two women and one man died at the branch after rioters threw petrol bombs inside.")
        let b = Self.article(
            "b", "Coastal Herald",
            "A petrol bomb hurled at the Dunmore branch of Harbour Bank killed 4 women and a man who were caught in the fire."
        )
        let result = Self.compare([a, b])
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [2, 4])
    }

    @Test func aMurderCountIsATollAndANowOfAnotherVerbDatesNothing() throws {
        // "Murdering two women" counts the dead as "killing 4 women" does, and the "now" of "is now accused"
        // dates the accusation, not the count (ECB+ 22-ecb, a count doubled in one copy).
        let a = Self.article(
            "a", "Dunmore Gazette",
            "A woman charged with killing 4 women in an ice cream shop was released without bail, the prosecutor said on Friday."
        )
        let b = Self.article(
            "b", "Coastal Herald", "Mara Quell is now accused of murdering two women in an ice cream shop.")
        let result = Self.compare([a, b])
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(x.slot == "count of dead" && Set(x.sides.map(\.normalizedValue)) == [2, 4])
    }

    @Test func aDifferentDateForTheSameHappeningIsFoundWithHighConfidence() throws {
        let a = Self.article(
            "a", "Dunmore Gazette",
            "The Dunmore ring road bridge was last inspected on March 3, the regional transport department said.")
        let b = Self.article(
            "b", "Coastal Herald",
            "According to the regional transport department, the Dunmore ring road bridge was last inspected on March 13."
        )
        let x = try #require(Self.compare([a, b]).contradictions.first)
        #expect(x.kind == .date && (x.confidence ?? 0) >= 0.7)
    }

    @Test func lowConfidenceContradictionsAreKeptOnRequest() {
        // Two figures with nothing in common but their noun: hidden by default, listed with every one.
        let a = Self.article(
            "a", "Dunmore Gazette", "Investigators questioned 14 witnesses at the Dunmore police station on Tuesday.")
        let b = Self.article(
            "b", "Coastal Herald", "Defence lawyers plan to call 30 witnesses when the Ostby trial opens next month.")
        let shown = Self.compare([a, b])
        let all = Self.compare([a, b], all: true)
        #expect(shown.contradictions.isEmpty, "\(Self.describe(shown))")
        #expect(all.contradictions.allSatisfy { ($0.confidence ?? 1) < ContradictionConfidence.threshold })
        #expect(all.contradictions.count >= shown.contradictions.count)
    }

    @Test func aFigureChangedInOneCopyOfAWireStoryIsFound() throws {
        let wire = """
            OSTBY, March 10 (VSNA) - The new Tarrow bridge, the longest in the valley, is 1,284 metres long and cost \
            410 million marks, the transport ministry said on Tuesday.

            Work on the crossing began three years ago and employed about 900 people at its peak, the ministry said.
            """
        let copy = wire.replacingOccurrences(of: "1,284 metres", with: "1,080 metres")
        let a = Self.article("a", "Valdoria State News Agency", wire)
        let b = Self.article("b", "Northfield Courier", copy)
        let c = Self.article("c", "Marren Daily", wire)
        let result = EventComparator().compare(
            event: Event(id: "e-test", title: "test", date: nil, articleIds: ["a", "b", "c"], outlets: []),
            articles: [a, b, c], extractions: [a, b, c].map { ArticleExtraction(articleId: $0.id) },
            syndication: [["a", "b", "c"]])
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(result.contradictions.count == 1)
        #expect((x.confidence ?? 0) >= 0.9)
        #expect(x.sides.first { $0.normalizedValue == 1080 }?.outlets == ["Northfield Courier"])
        #expect(x.sides.first { $0.normalizedValue == 1284 }?.articleIds == ["a", "c"])
    }

    @Test func confidenceIsOptionalWhenDecoding() throws {
        let json = #"{"id":"x1","kind":"quantity","slot":"length","subject":"","sides":[]}"#
        let x = try JSONDecoder().decode(Contradiction.self, from: Data(json.utf8))
        #expect(x.confidence == nil)
    }
}
