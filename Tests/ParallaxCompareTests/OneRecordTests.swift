import Foundation
import ParallaxCompare
import ParallaxModel
import Testing

@testable import ParallaxCompare

/// Figures a fact-checker reads as one record although the words around them differ, and counts whose noun is
/// not what a casualty word nearby describes: a stat line repeating two other figures whoever it names, one
/// subject's career told twice, a count of charges, a casualty word of another predicate, and a clause cut from
/// a sentence. Fictional wire and broadsheet copy written for these tests; each rule has a case it must find
/// and one it must leave alone.
struct OneRecordTests {
    static func describe(_ c: EventComparison) -> String { ContradictionConfidenceTests.describe(c) }

    @Test func aStatLineRepeatingTwoFiguresIsOneRecordWhenOneCopySaysHe() throws {
        // The average and the RBIs agree; only one copy names the player.
        let result = SameFigureTests.compare(
            "Overall, he finished the season with a .291 average, 27 homers and 104 RBIs.",
            "Playing 150 games for the Harbor Cats, Okafor had 54 homers and 104 RBIs along with a .291 average."
        )
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [27, 54])
    }

    @Test func aStatLineSharingOneFigureKeepsTheBoxScorePenalty() {
        // "He" against "Okafor": only two other figures of the record in common lift the box-score penalty.
        func slot(_ value: Double, _ text: String) -> ContradictionFinder.Slot {
            ContradictionFinder.Slot(
                key: "count:homer", label: "count of homer",
                reading: QuantityAgreement.Reading(value: value, text: text),
                context: QuantityContext(head: [], time: MeasurementTime()))
        }
        let (x, y) = (slot(27, "27 homers"), slot(54, "54 homers"))
        let one = ContradictionConfidence.figures(x, y, aligned: false, sharedFigures: 1)
        let two = ContradictionConfidence.figures(x, y, aligned: false, sharedFigures: 2)
        #expect(one < ContradictionConfidence.threshold)
        #expect(two >= ContradictionConfidence.threshold)
        #expect(two - one > 0.45)
    }

    @Test func oneSubjectsCareerToldTwiceIsOneFigure() throws {
        let result = SameFigureTests.compare(
            "Delgado, who played for the Harriers for 11 seasons and coached them for four, was named manager on Monday.",
            "Delgado was a third-round pick of the Harriers in 1991 and played for 22 seasons with the club."
        )
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [11, 22])
    }

    @Test func twoSubjectsCareersAreTwoFigures() {
        let result = SameFigureTests.compare(
            "Delgado, who played for the Harriers for 11 seasons, was named manager on Monday.",
            "Ruiz, his new assistant, played for 14 seasons with the club before moving into coaching."
        )
        #expect(result.contradictions.isEmpty, "\(Self.describe(result))")
    }

    @Test(arguments: [
        // Counts of charges count charges, whatever crime they name.
        ("Hale was charged with murder and three counts of vehicular homicide, prosecutors said.", "count:count"),
        ("Hale faces two charges of manslaughter in the deaths, prosecutors said.", "count:charg"),
        // A verb after "and" starts a predicate of its own: the women were shot, the man wounded.
        ("The gunman shot two women and wounded a man in the parking lot, police said.", "count:women"),
        ("The gunman shot two women and leaving a guard wounded, fled in a van.", "count:women"),
        // A noun phrase after "and" shares the predicate.
        ("Two women and a man were killed in the crash on Harland Road.", "count:dead"),
        ("Twelve people were killed and 41 injured when the ferry capsized.", "count:dead"),
    ])
    func aCasualtyWordCountsOnlyItsOwnPredicate(_ text: String, _ expected: String) {
        #expect(SameFigureTests.key(text) == expected, "\(text)")
    }

    @Test func aClauseWithoutItsStopIsStillAClaim() throws {
        // The first clause ends at ", and": no full stop of its own, and under eight words.
        let result = SameFigureTests.compare(
            "It took the testimony of six former guards, and hours of tape recordings, to convince the jury.",
            "It took the testimony of 12 former guards, and hours of tape recordings, to convince the jury."
        )
        let x = try #require(result.contradictions.first, "\(Self.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [6, 12])
        #expect(ClaimBuilder.looksLikeHeadline("Jury convicts former guard of fraud"))
    }
}

/// Distances from one place that locate different things.
struct LocatedDistanceTests {
    @Test func twoThingsNorthOfOneTownAreTwoPositions() {
        let result = SameFigureTests.compare(
            "Police evacuated the office building, about 24 km north of Harland, shortly after the shooting.",
            "Hours later, a motorist 50 miles north of Harland spotted the van and called the police."
        )
        #expect(result.contradictions.isEmpty, "\(OneRecordTests.describe(result))")
    }

    @Test func aThingPlacedWithAVerbIsStillThatThing() {
        let result = SameFigureTests.compare(
            "The office building is about 15 miles north of Harland, police said.",
            "Hours later, a motorist 50 miles north of Harland spotted the van and called the police."
        )
        #expect(result.contradictions.isEmpty, "\(OneRecordTests.describe(result))")
    }

    @Test func oneThingPlacedTwiceStillDisagrees() throws {
        let result = SameFigureTests.compare(
            "The earthquake struck about 24 km north of Harland at dawn, the seismology institute said.",
            "The seismology institute said the earthquake struck 50 miles north of Harland at dawn."
        )
        let x = try #require(result.contradictions.first, "\(OneRecordTests.describe(result))")
        #expect(x.sides.count == 2)
    }
}

/// Figures of two named polls, and totals counted since a moment.
struct PollAndSinceTests {
    @Test func twoNamedPollsAreTwoMeasurements() {
        let result = SameFigureTests.compare(
            "An opinion poll for the Harland Courier found that 61 percent of voters back the harbour plan.",
            "A survey published by the Dunmore Institute on Sunday said 48 percent of voters back the harbour plan."
        )
        #expect(result.contradictions.isEmpty, "\(OneRecordTests.describe(result))")
        #expect(FigureScope.pollsters(in: "A Gallup poll on Monday found 40 percent") == ["gallup"])
    }

    @Test func onePollToldTwiceStillDisagrees() throws {
        let result = SameFigureTests.compare(
            "An opinion poll for the Harland Courier found that 61 percent of voters back the harbour plan.",
            "The Harland Courier poll found 48 percent of voters back the harbour plan, the paper said."
        )
        let x = try #require(result.contradictions.first, "\(OneRecordTests.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [61, 48])
    }

    @Test func aClauseOpeningWithSinceCountsUpToItsDay() {
        // Published a day apart: the total since the strike began grew.
        let articles = [
            Article(
                id: "a", published: ContradictionTests.day1, outlet: "Dunmore Gazette",
                text: "Since the strike began, more than 50 flights have been cancelled at Harland airport."),
            Article(
                id: "b", published: ContradictionTests.day2, outlet: "Coastal Herald",
                text: "Airport officials said 46 flights were cancelled at Harland airport during the strike."),
        ]
        let result = EventComparator().compare(
            event: Event(id: "e-test", title: "test", date: nil, articleIds: articles.map(\.id), outlets: []),
            articles: articles, extractions: articles.map { ArticleExtraction(articleId: $0.id) }, syndication: [])
        #expect(result.contradictions.isEmpty, "\(OneRecordTests.describe(result))")
    }
}
