import ParallaxModel
import Testing

@testable import ParallaxExtract

/// Constructions whose speakers were missed or wrong on real news (the article-extraction bodies, read but
/// not copied): each case is an invented sentence in the same construction.
struct RealNewsAttributionTests {
    static func speaker(of prefix: String, in text: String) -> String? {
        QuoteAttributionTests.speaker(of: prefix, in: text)
    }

    /// "“…?” Schiff asked.": the question mark ended a sentence, which left the surname opening the next
    /// one (not known as a name there) and the clause apart from its quotation.
    @Test(arguments: [
        (
            "The committee pressed the envoy for an hour.\n\n“So you never raised the matter with the minister?” "
                + "Danner asked.\n\n“That is correct,” Holt said.", "So you never", "Danner"
        ),
        ("“Who signed the order?” Rep. Nadia Kerr asked.", "Who signed", "Nadia Kerr"),
        ("“Get out of the water now!” Brannock shouted at the swimmers.", "Get out of", "Brannock"),
    ])
    func quotedQuestionThenItsSpeaker(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    /// A new paragraph, or a verb followed by "that", is a sentence of its own, not the question's speaker.
    @Test(arguments: [
        "Orla Pike chaired the hearing.\n\n“Which rockets can carry the lander by 2024?”\n\nVarnell responded "
            + "that only one could.",
        "Orla Pike chaired the hearing. “Which rockets can carry the lander by 2024?” Varnell responded that "
            + "only one could.",
    ])
    func questionIsNotJoinedToTheNextParagraphOrContent(text: String) {
        #expect(Self.speaker(of: "Which rockets", in: text) != "Varnell")
    }

    /// "Morrison, Vindman’s superior, said": a description owned by someone else is read past; the owner
    /// never speaks.
    @Test(arguments: [
        (
            "Tomas Rell joined in March.\n\n“If he had doubts, I would have expected to hear them,” Rell, "
                + "Okonkwo’s superior, told the panel.", "If he had doubts", "Tomas Rell"
        ),
        (
            "“He could have been the best of his generation,” Brian Okafor, Maria’s brother and the band’s "
                + "manager, said, “if he had slowed down.”", "He could have been", "Brian Okafor"
        ),
        (
            "Ines Moura spoke for the union.\n\n“We will not sign this,” Moura, its deputy leader, said.",
            "We will not sign", "Ines Moura"
        ),
    ])
    func appositiveWithAnOwner(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    /// "“…,” Walter Pinsky, a senior fellow at …, has written.": the auxiliary stands where the verb would.
    @Test func auxiliaryAfterAnAppositive() {
        let text =
            "“If the city raises fares again, riders will simply stop coming,” Walter Pinsky, a senior fellow at "
            + "the Brookings Transit Center, has written. “The buses will run empty.”"
        #expect(Self.speaker(of: "If the city", in: text) == "Walter Pinsky")
        #expect(Self.speaker(of: "The buses", in: text) == "Walter Pinsky")
    }

    /// "written" after "had" is authorship: the scare quote after it stays part of the sentence.
    @Test func authorshipIsNotSpeech() {
        let text = "They learned who had written the song and were floored by “the sheer luck of it all.”"
        #expect(Extract.run(text).quotes.filter { $0.kind == .direct }.isEmpty)
    }

    /// A speaker given only by a role is the role, never the last person named.
    @Test(arguments: [
        (
            "Dr. Owen Marsh treated the man for a year.\n\n“It doesn’t bother me now,” the patient wrote in a "
                + "case study.", "It doesn’t bother", "the patient"
        ),
        (
            "Mayor Ruth Adair launched the slogan on Monday.\n\n“If we were any higher, we’d be in orbit,” one "
                + "user quipped.", "If we were any", "one user"
        ),
        (
            "Censors removed the post.\n\n“Don’t hide things like this,” one Weibo commenter said. “Let us face "
                + "it together.”", "Let us face", "one Weibo commenter"
        ),
    ])
    func roleAfterTheQuotation(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    /// A song title in quotation marks is not the subject a later "he" refers to.
    @Test func titleInQuotationMarksIsNotAnAntecedent() {
        let text =
            "Pat Gannon led the band through the set.\n\nAfter a loud “Silver Harbour,” Gannon invited the guest "
            + "up. “You might know her from her own band these days,” he said."
        #expect(Self.speaker(of: "You might know", in: text) == "Pat Gannon")
    }

    /// "The Copper Dreaming" is a book: two plain capitalised words after "the" are not a person, so "she" goes
    /// to the woman named before it.
    @Test func titleAfterTheIsNotAPerson() {
        let text =
            "I thought of Ruth Calloway first.\n\nNothing shows this better than The Copper Dreaming and its fate.\n\n"
            + "“I have no words, it is wonderful news,” she replied in an email."
        #expect(Self.speaker(of: "I have no words", in: text) == "Ruth Calloway")
    }

    /// "they said" speaks for the organisation or group that spoke or acted just before; after a person, or
    /// with nobody before it, it has no speaker rather than a wrong one.
    @Test(arguments: [
        (
            "Larkspur Airlines have twice denied doing anything wrong.\n\n“At no point did we say she could not "
                + "fly,” they said in a statement on their website.", "At no point", "Larkspur Airlines" as String?
        ),
        (
            "The Harbor Workers Union said in a statement that the strike would go on.\n\n“We regret the loss of "
                + "pay,” they said.", "We regret", "Harbor Workers Union"
        ),
        ("Lena Ortiz met the workers.\n\n“We will not go back,” they said.", "We will not", nil),
        ("“We will not go back,” they said.", "We will not", nil),
    ])
    func theySpeaksForAGroup(text: String, quote: String, speaker: String?) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    /// "“…,” said the actor.": an inverted role with no name after it is the speaker as a role; a role
    /// that refers back to a named holder resolves to that person.
    @Test(arguments: [
        (
            "Dean Harlow spoke on a podcast.\n\n“You never know why these things happen,” said the actor. “It "
                + "makes you more human.”", "It makes you", "the actor"
        ),
        (
            "“He is not immune from questioning,” said one legal expert, as reported by the Daily Courier.",
            "He is not immune", "one legal expert"
        ),
        (
            "Sen. Ruth Aldana left the chamber.\n\n“We will be back on Monday,” said the senator.", "We will be back",
            "Ruth Aldana"
        ),
    ])
    func invertedRoleWithoutAName(text: String, quote: String, speaker: String) {
        #expect(Self.speaker(of: quote, in: text) == speaker)
    }

    /// "“…,” Matthesen recalled in an email.": a verb that otherwise needs "that" reports the quotation
    /// before it when only an adjunct follows.
    @Test func verbNeedingThatWithAnAdjunctReportsTheQuotation() {
        let text =
            "Ilse Varga met him in 1993.\n\n“We were married in a field, in the rain,” Varga recalled in an "
            + "email."
        #expect(Self.speaker(of: "We were married", in: text) == "Ilse Varga")
    }
}
