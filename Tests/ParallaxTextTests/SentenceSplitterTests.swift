import ParallaxModel
import ParallaxText
import Testing

struct SentenceSplitterTests {
    private func split(_ text: String) -> [String] {
        SentenceSplitter.sentences(in: text).map { text.slice($0) }
    }

    @Test func survivesTitlesAndInitials() {
        let text = "Mr. Varga met Dr. J. Osei in the U.S. capital on Feb. 24. They spoke for an hour."
        #expect(
            split(text) == ["Mr. Varga met Dr. J. Osei in the U.S. capital on Feb. 24.", "They spoke for an hour."])
    }

    @Test func numberAbbreviationOnlyBeforeDigits() {
        #expect(
            split("He ranked No. 1 in the poll. Nobody said no. Then it rained.") == [
                "He ranked No. 1 in the poll.", "Nobody said no.", "Then it rained.",
            ])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        let text = "“We will not yield,” she said. “Never.” The crowd cheered!"
        #expect(split(text) == ["“We will not yield,” she said.", "“Never.”", "The crowd cheered!"])
    }

    @Test func gluedSentencesSplit() {
        let text = "Trade grew steadily.The bridge opened to traffic, Lin said.Officials agreed."
        #expect(
            split(text) == ["Trade grew steadily.", "The bridge opened to traffic, Lin said.", "Officials agreed."])
    }

    @Test func decimalsAndUnitsDoNotSplit() {
        #expect(split("The span is 14.5 metres wide and carries 98 billion cu. meters of gas a year.").count == 1)
    }

    @Test func lineBreaksEndSentences() {
        #expect(
            split("Headline without stop\nBody starts here. Second.") == [
                "Headline without stop", "Body starts here.", "Second.",
            ])
    }
}
