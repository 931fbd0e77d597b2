import ParallaxModel
import Testing

@testable import ParallaxExtract

struct QuoteExtractorTests {
    @Test func speakerAfterQuoteWithAppositive() throws {
        let text =
            "“The reform is overdue,” Maria Lopez, a senior economist at the Central Bank of Chile, told reporters on Tuesday."
        let quote = try #require(Extract.run(text).quote(startingWith: "The reform"))
        #expect(quote.kind == .direct)
        #expect(quote.text == "The reform is overdue")
        #expect(quote.speaker == "Maria Lopez")
        #expect(quote.speakerEntityId == "person:maria-lopez")
        #expect(quote.cue == "tell")
    }

    @Test func splitQuoteHasOneSpeakerForBothParts() throws {
        let text = "“We will not retreat from the coast,” Sergei Ivanov said, “and we will rebuild every pier.”"
        let result = Extract.run(text)
        let first = try #require(result.quote(startingWith: "We will not"))
        let second = try #require(result.quote(startingWith: "and we will"))
        #expect(first.speakerEntityId == "person:sergei-ivanov")
        #expect(second.speakerEntityId == "person:sergei-ivanov")
    }

    @Test func speakerInNextSentence() throws {
        let text = """
            The storm hit overnight.

            “The harbour stays closed until the wind drops.” Harbour master Lena Dahl said the decision was final.
            """
        let quote = try #require(Extract.run(text).quote(startingWith: "The harbour stays"))
        #expect(quote.speaker == "Lena Dahl")
    }

    @Test func speakerInPreviousSentenceContinues() throws {
        let text = "Lena Dahl said the port would reopen soon. “We are ready for the ferries. The crews are waiting.”"
        let quote = try #require(Extract.run(text).quote(startingWith: "We are ready"))
        #expect(quote.speaker == "Lena Dahl")
    }

    @Test func pronounResolvesToLastPersonSubject() throws {
        let text = """
            Finance Minister Omar Haddad met bankers in Amman on Monday with his deputy.

            “Inflation will fall next year,” he said.
            """
        let quote = try #require(Extract.run(text).quote(startingWith: "Inflation"))
        #expect(quote.speakerEntityId == "person:omar-haddad")
    }

    @Test(arguments: ["“", "\""])
    func curlyAndStraightMarks(open: String) throws {
        let close = open == "“" ? "”" : "\""
        let text = "\(open)Our farmers need rain this spring,\(close) Paul Martin said."
        let quote = try #require(Extract.run(text).quote(startingWith: "Our farmers"))
        #expect(quote.text == "Our farmers need rain this spring")
        #expect(quote.speaker == "Paul Martin")
    }

    @Test func apostrophesInsideSingleQuotedQuote() throws {
        let text = "Paul Martin called the plan ‘a step that won’t help Norway’s farmers’ in a speech."
        let quote = try #require(Extract.run(text).quote(startingWith: "a step"))
        #expect(quote.text == "a step that won’t help Norway’s farmers")
        #expect(quote.speaker == "Paul Martin")
    }

    @Test func reportedAsSayingGivesSpeakerAndMedium() throws {
        let text = """
            Foreign Minister Lars Dahl spoke on Monday.

            Oslo is "ready to restart talks with all its neighbours", state broadcaster NRK reported Mr Dahl as saying.
            """
        let quote = try #require(Extract.run(text).quote(startingWith: "ready to restart"))
        #expect(quote.speakerEntityId == "person:lars-dahl")
        #expect(quote.via == "NRK")
    }

    @Test func accordingToMediumBecomesVia() throws {
        let text = "According to Reuters, Mr Haddad praised the \"steady recovery of exports\" in his speech."
        let quote = try #require(Extract.run(text).quote(startingWith: "steady recovery"))
        #expect(quote.speaker == "Haddad")
        #expect(quote.via == "Reuters")
    }

    @Test func groupSpeakerHasNoEntity() throws {
        let text = "The ceasefire is unlikely to hold beyond the winter months, experts said."
        let quote = try #require(Extract.run(text).quote(startingWith: "The ceasefire"))
        #expect(quote.kind == .indirect)
        #expect(quote.speaker == "experts")
        #expect(quote.speakerEntityId == nil)
    }

    @Test(arguments: [
        (
            "Omar Haddad said that the budget would be balanced next year.", "the budget would be balanced next year",
            "say"
        ),
        (
            "The budget would be balanced next year, Omar Haddad stressed.", "The budget would be balanced next year",
            "stress"
        ),
        ("Omar Haddad told parliament that the budget would be balanced.", "the budget would be balanced", "tell"),
    ])
    func indirectSpeech(text: String, content: String, cue: String) throws {
        let quote = try #require(Extract.run(text).quotes.first { $0.kind == .indirect })
        #expect(quote.text == content)
        #expect(quote.speaker == "Omar Haddad")
        #expect(quote.cue == cue)
        #expect(text.slice(quote.span) == content)
    }

    @Test func cityStandingForGovernmentSpeaks() throws {
        let text = "The convoy would leave at dawn, Moscow said."
        let result = Extract.run(text)
        let quote = try #require(result.quote(startingWith: "The convoy"))
        #expect(quote.speakerEntityId == "place:moscow")
        #expect(result.entity("place:moscow")?.kind == .place)
    }

    @Test func scareQuotesAreNotQuotes() {
        let text = "The two ports signed a \"win-win\" deal last week."
        #expect(Extract.run(text).quotes.allSatisfy { $0.kind != .direct })
    }
}
