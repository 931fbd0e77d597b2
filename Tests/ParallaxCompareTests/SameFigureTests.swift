import Foundation
import ParallaxCompare
import ParallaxModel
import Testing

@testable import ParallaxCompare

/// When two figures are one figure, as a fact-checker decides it: floors read as the range they are written for,
/// the counted noun the number really counts, a figure the claim only compares against, the figure left over
/// when another agrees, and a whole counted in parts. Fictional wire and broadsheet copy written for these
/// tests; each rule has a case it must find and one it must leave alone.
struct SameFigureTests {
    typealias Reading = QuantityAgreement.Reading

    @Test(arguments: [
        // A precise floor is the figure rounded down to its last digit.
        (
            Reading(value: 133e6, qualifier: "at least", text: "at least $133 million"),
            Reading(value: 160e6, qualifier: "at least", text: "at least $160 million"), false
        ),
        (
            Reading(value: 303e6, qualifier: "over", text: "over $303 million"),
            Reading(value: 363e6, qualifier: "more than", text: "more than $363 million"), false
        ),
        (
            Reading(value: 1_250, qualifier: "more than", text: "more than 1,250 visitors"),
            Reading(value: 1_300, qualifier: "at least", text: "at least 1,300 visitors"), true
        ),
        // A round floor still meets a higher floor below twice its value.
        (
            Reading(value: 300, qualifier: "more than", text: "more than 300 homes"),
            Reading(value: 363, qualifier: "more than", text: "more than 363 homes"), true
        ),
        // "Two dozen" rounds at the dozen: written for fewer than three dozen.
        (
            Reading(value: 24, qualifier: "more than", text: "dozen fire engines"),
            Reading(value: 31, text: "31 fire engines"), true
        ),
        (
            Reading(value: 24, qualifier: "more than", text: "dozen fire engines"),
            Reading(value: 40, text: "40 fire engines"), false
        ),
    ])
    func floorsAreReadAsWritten(_ a: Reading, _ b: Reading, _ agree: Bool) {
        let check = QuantityAgreement(options: .init())
        #expect(check.agree(a, b) == agree, "\(a.text) / \(b.text)")
        #expect(check.agree(b, a) == agree, "\(b.text) / \(a.text)")
    }

    /// The count key a sentence's first quantity fills.
    static func key(_ text: String) -> String? {
        let quantities = NumberReader.quantities(in: text)
        let claim = Claim(
            id: "c", articleId: "a", outlet: "o", voiceId: "v", span: Span(start: 0, end: text.utf8.count),
            text: text, sentenceIndex: 0, quantities: quantities)
        return quantities.first.flatMap { QuantityAgreement.slots(of: $0, in: claim).first?.key }
    }

    @Test(arguments: [
        // The noun before the preposition died, not the count after it.
        ("The lineman, a father of two boys, died at the scene, the utility said.", "count:boy"),
        ("Morrow, the father of four boys, was killed when the pole fell.", "count:boy"),
        // The count is the dead: a quantifier before "of", a relative clause, no preposition.
        ("A total of 12 people died when the ferry capsized off Harland Point.", "count:dead"),
        ("Mourners prayed for three miners who died in the collapse.", "count:dead"),
        ("Three miners died in the collapse, the company said.", "count:dead"),
    ])
    func aCountAfterAPrepositionIsNotTheSubjectOfTheVerb(_ text: String, _ expected: String) {
        #expect(Self.key(text) == expected, "\(text)")
    }

    static func compare(_ first: String, _ second: String) -> EventComparison {
        let articles = [
            ContradictionConfidenceTests.article("a", "Dunmore Gazette", first),
            ContradictionConfidenceTests.article("b", "Coastal Herald", second),
        ]
        return EventComparator().compare(
            event: Event(id: "e-test", title: "test", date: nil, articleIds: articles.map(\.id), outlets: []),
            articles: articles, extractions: articles.map { ArticleExtraction(articleId: $0.id) }, syndication: [])
    }

    @Test func aFatherOfSomeBoysIsAFamilyNotAToll() throws {
        let result = Self.compare(
            "Lineman Dale Morrow, a father of two boys, died at the scene when the pole fell on Harland Road.",
            "Morrow, the father of four boys, was killed at the scene when the pole fell on Harland Road."
        )
        let x = try #require(result.contradictions.first, "\(ContradictionConfidenceTests.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [2, 4])
    }

    @Test func aFigureComparedAgainstIsNotTheClaimsFigure() {
        // The club's offer is below $90 million; the $90 million is the rival's.
        let result = Self.compare(
            "The Harland club's offer for the striker is worth less than the $90 million reported by the Courier.",
            "The Harland club's offer for the striker is worth $70 million over five years, the club said."
        )
        #expect(result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
    }

    @Test func aFigureLeftOverWhenAnotherAgreesIsStillCompared() throws {
        let result = Self.compare(
            "The Harland club offered the striker a five-year deal worth $120 million, or $24 million a season.",
            "The Harland club offered the striker a five-year deal worth $120 million, or $30 million a season."
        )
        let x = try #require(result.contradictions.first, "\(ContradictionConfidenceTests.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [24e6, 30e6])
    }

    @Test func twoAmountsBothAgreedAreNotReported() {
        let result = Self.compare(
            "The Harland club offered the striker a five-year deal worth $120 million, or $24 million a season.",
            "The striker's five-year, $120 million deal with Harland pays $24 million a season, the club said."
        )
        #expect(result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
    }

    @Test func aWholeCountedInPartsIsNotDisputedByTheWhole() {
        let result = Self.compare(
            "Marines detained 12 Somali and 11 Yemeni pirates aboard the two skiffs, the navy said.",
            "The navy said 23 pirates were detained aboard the two skiffs after a short chase."
        )
        #expect(result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
        #expect(FigureScope.coordinatedSums(in: "killed two women and one man in the blaze") == [3])
        #expect(FigureScope.coordinatedSums(in: "aged 6, and later 16") == [])
    }

    @Test func aStatLineSharingTwoOtherFiguresIsOneRecord() throws {
        // The average and the RBIs agree: the homers of one stat line were changed.
        let result = Self.compare(
            "Okafor finished the season with a .291 average, 27 homers and 104 RBIs for the Harbor Cats.",
            "Playing 150 games for the Harbor Cats, Okafor hit .291 with 54 homers and 104 RBIs."
        )
        let x = try #require(result.contradictions.first, "\(ContradictionConfidenceTests.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [27, 54])
    }

    @Test(arguments: [(184e6, 184.0), (184.0, 184.0), (1_098.0, 1_098.0), (0.308, 0.308), (2e6, 2.0)])
    func aFigureReadWithAndWithoutItsScaleIsOneFigure(_ value: Double, _ digits: Double) {
        #expect(ContradictionFinder.digits(value) == digits)
    }

    @Test func timeSpentInARoleIsPartOfACareer() {
        let result = Self.compare(
            "Dale Orr has spent 19 seasons with the Harbor Cats, the club said on Tuesday.",
            "Orr spent four seasons as the club's head of scouting before the Harbor Cats made him general manager."
        )
        #expect(result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
    }

    @Test func timeSpentInOneRoleToldTwiceStillDisagrees() throws {
        let result = Self.compare(
            "Dale Orr spent four seasons as the club's head of scouting before the Harbor Cats promoted him.",
            "Orr, who spent eight seasons as the club's head of scouting, was promoted by the Harbor Cats."
        )
        let x = try #require(result.contradictions.first, "\(ContradictionConfidenceTests.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [4, 8])
    }

    @Test(arguments: [
        ("Orr spent four seasons as the club's head of scouting.", true),
        ("Orr served six terms as mayor of Dunmore.", true),
        ("Orr spent four seasons as well in Dunmore.", false),
        ("Orr spent four seasons as he rebuilt the club.", false),
        ("Orr spent four seasons with the club.", false),
    ])
    func aSpanOfTimeFollowedByAsAndARoleIsACapacity(_ text: String, _ capacity: Bool) throws {
        let quantity = try #require(NumberReader.quantities(in: text).first)
        let claim = Claim(
            id: "c", articleId: "a", outlet: "o", voiceId: "v", span: Span(start: 0, end: text.utf8.count),
            text: text, sentenceIndex: 0, quantities: [quantity])
        #expect(QuantityContext.read(quantity.span, in: claim).capacity == capacity, "\(text)")
    }

    @Test(arguments: [
        ("The drive stalled at the Ostby 27-yard line on third down.", "27-yard", true),
        ("Marsh broke away for a 27-yard run on third down.", "27-yard", false),
    ])
    func aYardLineIsAPositionNotAMeasure(_ text: String, _ figure: String, _ position: Bool) throws {
        // As extraction reads it: a length whose text is the hyphenated figure.
        let start = try #require(text.range(of: figure)).lowerBound.utf16Offset(in: text)
        let span = Span(start: start, end: start + figure.utf8.count)
        let quantity = Quantity(
            kind: .length, text: figure, span: span, value: 27, unit: "yard", normalizedValue: 24.6888)
        let claim = Claim(
            id: "c", articleId: "a", outlet: "o", voiceId: "v", span: Span(start: 0, end: text.utf8.count),
            text: text, sentenceIndex: 0, quantities: [quantity])
        let context = QuantityContext.read(quantity.span, in: claim)
        #expect(context.position == position, "\(text)")
        #expect(context.sameScope(as: context) == !position)
    }

    @Test(arguments: [
        ("Athens was calm on Sunday after eight days of the worst riots in decades.", true),
        ("Clashes went on over the past eight days in the capital.", true),
        ("Eight days of clashes have caused damage worth 200 million euros.", true),
        ("The festival lasts eight days in the capital.", false),
        ("He spent eight days in hospital after the crash.", false),
    ])
    func timeElapsedSoFarIsRead(_ text: String, _ elapsed: Bool) throws {
        let quantity = try #require(
            NumberReader.quantities(in: text).first)
        let claim = Claim(
            id: "c", articleId: "a", outlet: "o", voiceId: "v", span: Span(start: 0, end: text.utf8.count),
            text: text, sentenceIndex: 0, quantities: [quantity])
        #expect(QuantityContext.read(quantity.span, in: claim).elapsed == elapsed, "\(text)")
    }

    @Test func aRunningTotalSinceADayIsAnotherMoment() {
        let result = Self.compare(
            "The ministry received nearly 4,000 objections to the Harland bypass plan, officials said.",
            "The ministry published the Harland bypass plan in March and since has received nearly 9,000 objections."
        )
        #expect(result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
    }

    @Test func aStageOfAContestIsNotTheWholeContest() {
        let result = Self.compare(
            "Vance landed 31 of his 70 punches in the round, the ringside tally showed.",
            "The final tally showed Vance landing 190 of 410 punches over the 12 rounds."
        )
        #expect(result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
    }

    @Test func twoTalliesOfOneStageStillDisagree() throws {
        let result = Self.compare(
            "Vance landed 31 of his 70 punches in the third round, the ringside tally showed.",
            "The ringside tally showed Vance landed 31 of his 90 punches in the third round."
        )
        let x = try #require(result.contradictions.first, "\(ContradictionConfidenceTests.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [70, 90])
    }

    @Test(arguments: [
        ("Vance landed 31 of his 70 punches during the round.", true),
        ("Okafor scored 12 points in the first half.", true),
        ("More than half of the 576 candidates are from the ruling party.", false),
        ("The 40 candidates set out their plans in the final round of debates.", false),
    ])
    func aStageIsNamedWithItsArticleOrOrdinal(_ text: String, _ stage: Bool) throws {
        let quantity = try #require(NumberReader.quantities(in: text).first { $0.value >= 12 })
        let claim = Claim(
            id: "c", articleId: "a", outlet: "o", voiceId: "v", span: Span(start: 0, end: text.utf8.count),
            text: text, sentenceIndex: 0, quantities: [quantity])
        #expect(QuantityContext.read(quantity.span, in: claim).stage == stage, "\(text)")
    }

    @Test func aFigureInsideARangeDisputesNeitherEnd() {
        let result = Self.compare(
            "Growers in the Ebre valley say packers pay them 20 to 28 cents a kilo for early apricots.",
            "Packers pay Ebre valley growers around 24 cents a kilo for early apricots, the growers say."
        )
        #expect(result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
        #expect(FigureScope.writtenRanges(in: "worth between $40 million and $45 million") == [40...45])
        #expect(FigureScope.writtenRanges(in: "paid 20 to 28 cents a kilo") == [20...28])
        #expect(FigureScope.writtenRanges(in: "20 growers and 28 packers") == [])
    }

    @Test func aFigureOutsideARangeStillDisagrees() throws {
        let result = Self.compare(
            "Growers in the Ebre valley say packers pay them 20 to 28 cents a kilo for early apricots.",
            "Packers pay Ebre valley growers 45 cents a kilo for early apricots, the growers say."
        )
        #expect(!result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
    }

    @Test func aDemandIsNotAnOutcome() {
        let result = Self.compare(
            "The dockers' union is demanding a 12% pay rise, the Harland port operator said on Monday.",
            "The Harland port operator said on Monday it had agreed a 7% pay rise with the dockers' union."
        )
        #expect(result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
    }
}
