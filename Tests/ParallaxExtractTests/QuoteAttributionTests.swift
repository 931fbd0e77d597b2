import ParallaxModel
import Testing

@testable import ParallaxExtract

/// One table per attribution construction of issue #18 point 3: (text, start of the quote, speaker).
struct QuoteAttributionTests {
    static func speaker(of prefix: String, in text: String) -> String? {
        Extract.run(text).quotes.first { $0.kind == .direct && $0.text.hasPrefix(prefix) }?.speaker
    }

    /// Two appositives end at the verb, the speaker's and the one describing the body inside it; the
    /// speaker used to be picked from a dictionary in random order, so either name could come out.
    @Test func nameBeforeTwoAppositivesSpeaks() {
        let text =
            "Imre Valko, a senior analyst at Norland Partners, the Oslo-based research firm, told reporters that "
            + "the plan was “fair by any reasonable standard and overdue.”"
        #expect(Self.speaker(of: "fair by any", in: text) == "Imre Valko")
    }

    @Test(arguments: [
        (
            "“We tried everything we could think of,” Hollis recalled.\n\nMira Hollis ran the shelter.", "We tried",
            "Mira Hollis"
        ),
        (
            "Tessa Brandt coached the team for a decade.\n\n“It was the best job I ever had. I miss it,” Brandt recalled.",
            "It was the best", "Tessa Brandt"
        ),
    ])
    func verbNeedingThatReportsTheQuotationBeforeIt(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    /// Real news (checked on the article-extraction bodies): "“…,” the patient wrote" names a speaker the
    /// clause finder does not know; the bare paragraph rule must not give it the previous paragraph's.
    @Test func paragraphWithAnUnknownSpeakerDoesNotInheritThePreviousOne() {
        let text =
            "Dr. Owen Marsh treated the man for a year, Marsh said.\n\n“It doesn’t bother me now and my life is "
            + "back to normal,” the patient wrote in the case study."
        #expect(Self.speaker(of: "It doesn’t bother", in: text) != "Owen Marsh")
    }

    @Test func shortFragmentFarFromItsCueIsNotAQuote() {
        let text = "After the “no limits” summit in May, Lena Dahl said on Monday that ties were strong."
        #expect(Extract.run(text).quotes.filter { $0.kind == .direct }.isEmpty)
    }

    @Test func shortFragmentInsideReportedSpeechIsAQuote() {
        let text = "Lena Dahl said the new plan could one day serve as a “basis” for talks with the islands."
        #expect(Self.speaker(of: "basis", in: text) == "Lena Dahl")
    }

    @Test func shortFragmentRightAfterItsCueIsAQuote() {
        let text = "Lena Dahl lamented “painful losses” at the harbour."
        #expect(Self.speaker(of: "painful losses", in: text) == "Lena Dahl")
    }

    @Test(arguments: [
        (
            "Harlan Voss runs the depot.\n\n“The trucks are old. The drivers are tired,” Voss said.", "The trucks",
            "Harlan Voss"
        ),
        ("“Rents went up again. Nobody can pay this,” tenant Rosa Delgado said.", "Rents went up", "Rosa Delgado"),
    ])
    func quoteOfTwoSentencesBeforeItsSpeaker(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    @Test(arguments: [
        ("“No decision has been made,” said spokesman Tom Reyes.", "No decision", "Tom Reyes"),
        ("“The road stays shut until Friday,” said county engineer Paula Greaves.", "The road stays", "Paula Greaves"),
    ])
    func roleNounBeforeAnInvertedSpeaker(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    @Test(arguments: [
        (
            "Garcia's spokeswoman, Lena Ortiz, said: “The senator has not changed her mind.”", "The senator",
            "Lena Ortiz"
        ),
        (
            "Morrow, 92, said: “I remember every one of those winters.”\n\nEdith Morrow still lives on the farm.",
            "I remember", "Edith Morrow"
        ),
        ("Ken Adeyemi, 34, a nurse, said: “We have not had a day off in a month.”", "We have not had", "Ken Adeyemi"),
        (
            "Ada Lind, 45, a welder from Gary, Indiana, said the plant “took the heart out of this town.”",
            "took the heart", "Ada Lind"
        ),
    ])
    func speakerSetOffByCommas(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    @Test(arguments: [
        (
            "Chidi Okafor won in three sets.\n\n“This one is for my mother,” a smiling Okafor said.", "This one is",
            "Chidi Okafor"
        ),
        (
            "Tomas Liebert left court on Friday.\n\n“I am glad it is over,” a tired Liebert told reporters.",
            "I am glad", "Tomas Liebert"
        ),
    ])
    func determinerAndAdjectiveBeforeTheName(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    @Test(arguments: [
        (
            "Press review:\n\nDana K. Lee, The Daily Ledger: “A budget that spends tomorrow’s money today.”",
            "A budget that", "Dana K. Lee"
        ),
        (
            "Press review:\n\nOwen Tait, Northgate Herald: “The minister got the sums right this time.”",
            "The minister got", "Owen Tait"
        ),
    ])
    func roundUpLines(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    @Test func roundUpLineIsAStatementWithTheColonAsItsCue() throws {
        let result = Extract.run("Dana K. Lee, The Daily Ledger: “A budget that spends tomorrow’s money today.”")
        let statement = try #require(result.actions.first { $0.actor == "Dana K. Lee" })
        #expect(statement.predicate == ":")
        #expect(result.attributions.contains { $0.source == "Dana K. Lee" && $0.cue == ":" })
    }

    @Test(arguments: [
        (
            "Lena Dahl, speaking by video link from Oslo, said the port “will reopen within the month.”",
            "will reopen", "Lena Dahl"
        ),
        (
            "The finance minister, asked about the deficit, said the state “cannot borrow another krone.”\n\n"
                + "Finance Minister Omar Haddad spoke after the cabinet met.", "cannot borrow", "Omar Haddad"
        ),
    ])
    func speakerBeforeAnInterruptingParticiplePhrase(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    @Test func personClosingAnAccordingToPhraseIsTheSpeaker() {
        let text = "“The decision is final,” according to a statement from Nordic Rail spokesman Henrik Lund."
        #expect(Self.speaker(of: "The decision", in: text) == "Henrik Lund")
    }

    @Test func nestedIndirectSpeechCarriesItsReporter() throws {
        let text = "Reuters reported that Minister Viktor Hollis had said the pipeline would be finished next year."
        let quote = try #require(
            Extract.run(text).quotes.first { $0.kind == .indirect && $0.speaker == "Viktor Hollis" })
        #expect(quote.reportedBy == "Reuters")
    }

    @Test func sharedSurnameGoesToThePersonNamedLastBeforeIt() {
        let text = """
            Maria Santos waited six hours. “They treat us like cargo,” Santos said.

            Her husband, Jorge Santos, nodded. “We will come back tomorrow,” Santos said.
            """
        #expect(Self.speaker(of: "They treat us", in: text) == "Maria Santos")
        #expect(Self.speaker(of: "We will come back", in: text) == "Jorge Santos")
    }

    @Test func quotationContinuedOverParagraphsKeepsItsSpeaker() {
        let text = """
            “We lost the harvest in June,” said farmer Neil Ashdown. “Then we lost the cattle.

            “Then the bank called.”
            """
        #expect(Self.speaker(of: "Then the bank", in: text) == "Neil Ashdown")
    }

    @Test(arguments: [
        (
            "Robert J. Kessler spoke first.\n\n“We will win this district,” Kessler said.", "We will win",
            "Robert J. Kessler"
        ),
        ("“It is a bad deal for the valley,” Ana Ruiz-Baptiste said.", "It is a bad deal", "Ana Ruiz-Baptiste"),
        (
            "Ana Ruiz-Baptiste voted no.\n\n“It is a bad deal for the valley,” Ruiz-Baptiste said.", "It is a bad deal",
            "Ana Ruiz-Baptiste"
        ),
        (
            "Defence Secretary Alan Pritchard toured the base.\n\n“The barracks are a disgrace,” he said.",
            "The barracks", "Alan Pritchard"
        ),
    ])
    func speakerResolvesToTheFullName(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    @Test(arguments: [
        (
            "Mark Olsen hired Rachel Ito as his counsel in May.\n\n“We will fight this in court,” she said.",
            "We will fight", "Rachel Ito"
        ),
        (
            "Gov. Peter Vance met Sen. Laura Finch on Monday.\n\n“Nothing was agreed,” she said.", "Nothing was agreed",
            "Laura Finch"
        ),
        (
            "Gov. Peter Vance met Sen. Laura Finch on Monday.\n\n“Nothing was agreed,” he said.", "Nothing was agreed",
            "Peter Vance"
        ),
    ])
    func pronounAgreesInGenderWithItsAntecedent(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    @Test(arguments: [
        ("“There is no fraud,” Secretary of State Marian Cole said.", "There is no fraud", "Marian Cole"),
        ("“The tariffs stay,” said White House press secretary Dana Whitmore.", "The tariffs stay", "Dana Whitmore"),
        ("“We have the votes,” Rep. Alicia Grant, D-Mich., said Wednesday.", "We have the votes", "Alicia Grant"),
    ])
    func usPoliticalStyleAttributions(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    @Test(arguments: [
        (
            "Engineer Joan Hollis inspected the dam.\n\n“The wall is cracking,” Hollis said.", "The wall is",
            "Joan Hollis"
        ),
        (
            "Footballer Marcus Delaney scored twice.\n\n“The lads were brilliant,” Delaney said.", "The lads were",
            "Marcus Delaney"
        ),
    ])
    func roleNounOpeningTheSentenceIsNotPartOfTheName(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    @Test(arguments: [
        "The leaders signed a text stressing “sovereignty and security” in the region.",
        "She starred in the film “American Pie” before moving to London.",
        "The band closed with “Born in the Valley” as the rain began.",
        "Officials spoke of a “new chapter in relations” at the dinner.",
    ])
    func scareQuotesAndTitlesAreNotQuotes(text: String) {
        #expect(Extract.run(text).quotes.filter { $0.kind == .direct }.isEmpty)
    }

    @Test(arguments: [
        (
            "Xi Jinping met Putin. The Kremlin said Xi had acknowledged “the legitimacy of Russia’s security concerns.”",
            "the legitimacy", "Xi Jinping", "Kremlin"
        ),
        (
            "Reuters reported that Minister Viktor Hollis had said the line “will open before the winter.”",
            "will open", "Viktor Hollis", "Reuters"
        ),
        (
            "The mayor’s office said Mayor Lena Dahl had called the strike “a betrayal of the city.”",
            "a betrayal of", "Lena Dahl", "mayor’s office"
        ),
    ])
    func nestedAttributionNamesTheReporter(text: String, quote: String, speaker: String, reporter: String) throws {
        let found = try #require(Extract.run(text).quotes.first { $0.kind == .direct && $0.text.hasPrefix(quote) })
        #expect(found.speaker == speaker)
        #expect(NameMatch.same(found.reportedBy, reporter))
    }
}
