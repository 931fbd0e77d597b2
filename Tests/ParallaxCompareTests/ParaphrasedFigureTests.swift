import ParallaxCompare
import ParallaxModel
import Testing

@testable import ParallaxCompare

/// The same fact told in other words, as ECB+ outlets tell it: a floor ("more than 50") read as the range it is
/// written for, and a figure that counts one specific noun or stands beside one name, whatever the other words
/// around it. Fictional wire and broadsheet copy written for these tests; each rule has a case it must find and
/// one it must leave alone.
struct ParaphrasedFigureTests {
    typealias Reading = QuantityAgreement.Reading

    @Test(arguments: [
        // Floor and figure: "more than 50" is written for fewer than 100.
        (Reading(value: 50, qualifier: "more than", text: "more than 50"), Reading(value: 80, text: "80"), true),
        (Reading(value: 50, qualifier: "more than", text: "more than 50"), Reading(value: 100, text: "100"), false),
        (Reading(value: 300, qualifier: "at least", text: "at least 300"), Reading(value: 450, text: "450"), true),
        (Reading(value: 363, qualifier: "over", text: "over 363"), Reading(value: 390, text: "390"), true),
        (Reading(value: 363, qualifier: "over", text: "over 363"), Reading(value: 450, text: "450"), false),
        // Two floors meet when their ranges do.
        (
            Reading(value: 40, qualifier: "more than", text: "more than 40"),
            Reading(value: 50, qualifier: "more than", text: "more than 50"), true
        ),
        (
            Reading(value: 50, qualifier: "more than", text: "more than 50"),
            Reading(value: 100, qualifier: "more than", text: "more than 100"), false
        ),
        // Ceilings are unchanged: "up to 40" admits 25.
        (Reading(value: 40, qualifier: "up to", text: "up to 40"), Reading(value: 25, text: "25"), true),
    ])
    func floorsAreRangesWrittenBelowTheNextRoundFigure(_ a: Reading, _ b: Reading, _ agree: Bool) {
        let check = QuantityAgreement(options: .init())
        #expect(check.agree(a, b) == agree, "\(a.text) / \(b.text)")
        #expect(check.agree(b, a) == agree, "\(b.text) / \(a.text)")
    }

    static func compare(_ first: String, _ second: String) -> EventComparison {
        ContradictionConfidenceTests.compare([
            ContradictionConfidenceTests.article("a", "Dunmore Gazette", first),
            ContradictionConfidenceTests.article("b", "Coastal Herald", second),
        ])
    }

    @Test func aDoubledFloorIsFound() throws {
        let result = Self.compare(
            "More than 40 firefighters fought the blaze at the Eastmoor grain store through the night, the fire service said.",
            "No one was hurt in the fire, which saw more than 80 firefighters called to the Eastmoor grain store."
        )
        let x = try #require(result.contradictions.first, "\(ContradictionConfidenceTests.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [40, 80])
    }

    @Test func floorsWhoseRangesMeetAreNotReported() {
        let result = Self.compare(
            "More than 40 firefighters fought the blaze at the Eastmoor grain store through the night, the fire service said.",
            "No one was hurt in the fire, which saw more than 50 firefighters called to the Eastmoor grain store."
        )
        #expect(result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
    }

    @Test func aSpecificCountToldInOtherWordsIsFound() throws {
        // Nothing around the two counts is shared but the noun: the paper ran 300 reports, or 600.
        let result = Self.compare(
            "Hale admitted in a 2019 memoir that he was the source for many of the Courier's 300 reports on the Tarrow contracts.",
            "Ines Marr, who edited almost 600 reports on the Tarrow affair as the Courier's night editor, said she had long suspected him."
        )
        let x = try #require(result.contradictions.first, "\(ContradictionConfidenceTests.describe(result))")
        #expect(Set(x.sides.map(\.normalizedValue)) == [300, 600])
    }

    @Test func aCountOfAGenericNounToldInOtherWordsIsNotReported() {
        // "people" counts different groups in one story: the jurors and the dead share no words.
        let result = Self.compare(
            "Twelve people sat on the jury that heard the Eastmoor arson case over six weeks.",
            "The court heard that 30 people queued outside the Eastmoor courthouse before dawn on Monday."
        )
        #expect(result.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(result))")
    }

    @Test func anAmountBesideTheSameNameIsCompared() throws {
        // The same film beside both amounts makes them one figure to compare; with no other word in common the
        // confidence stays below the default cut (0.4), so it is listed with every contradiction only.
        let first = "In terms of takings, Glass Harbour has already brought in $212 million at the box office."
        let second = "Now that Glass Harbour is a hit with $255 million in the till, the studio wants a sequel by 2027."
        let all = ContradictionConfidenceTests.compare(
            [
                ContradictionConfidenceTests.article("a", "Dunmore Gazette", first),
                ContradictionConfidenceTests.article("b", "Coastal Herald", second),
            ], all: true)
        let x = try #require(all.contradictions.first, "\(ContradictionConfidenceTests.describe(all))")
        #expect(x.kind == .quantity)
        #expect(Set(x.sides.map(\.normalizedValue)) == [212_000_000, 255_000_000])
    }

    @Test func amountsBesideDifferentNamesAreNotCompared() {
        let all = ContradictionConfidenceTests.compare(
            [
                ContradictionConfidenceTests.article(
                    "a", "Dunmore Gazette",
                    "In terms of takings, Glass Harbour has already brought in $212 million at the box office."),
                ContradictionConfidenceTests.article(
                    "b", "Coastal Herald",
                    "The studio's previous film, Red Orchard, earned $255 million in its whole run."),
            ], all: true)
        #expect(all.contradictions.isEmpty, "\(ContradictionConfidenceTests.describe(all))")
    }
}
