import ParallaxModel
import Testing

@testable import ParallaxExtract

struct EntityRecognizerTests {
    @Test func titlesSurnamesAndHonorificsAreOnePerson() throws {
        let text = """
            Polish Prime Minister Anna Kowalczyk arrived in Gdansk on Monday. Ms Kowalczyk met fishermen there.

            Kowalczyk said the quotas would stay. Officials praised Kowalczyk’s plan.
            """
        let result = Extract.run(text)
        let person = try #require(result.entity("person:anna-kowalczyk"))
        #expect(person.kind == .person)
        #expect(person.roles.contains("Prime Minister"))
        #expect(person.country == "PL")
        #expect(person.aliases.contains("Ms Kowalczyk"))
        let ids = result.mentions.filter { $0.text.contains("Kowalczyk") }.map(\.entityId)
        #expect(ids.count == 4)
        #expect(Set(ids) == ["person:anna-kowalczyk"])
        #expect(result.entity("country:poland") != nil, "the demonym is a mention of the country")
    }

    @Test func possessiveIsNotPartOfTheMention() throws {
        let text = "The talks followed Ivanov’s visit to Minsk. Sergei Ivanov left on Friday."
        let result = Extract.run(text)
        let mention = try #require(result.mentions.first { $0.text.hasPrefix("Ivanov") })
        #expect(mention.text == "Ivanov")
        #expect(text.slice(mention.span) == "Ivanov")
        #expect(mention.entityId == "person:sergei-ivanov")
    }

    @Test func acronymDefinedInParenthesesJoinsItsName() throws {
        let text = """
            Delegates from the Northern Fisheries Council (NFC) met in Oslo. The NFC said catches had fallen. \
            Norway hosts the NFC secretariat.
            """
        let result = Extract.run(text)
        let council = try #require(result.entity("organization:northern-fisheries-council"))
        #expect(council.aliases.contains("NFC"))
        #expect(result.mentionIds("NFC") == ["organization:northern-fisheries-council"])
    }

    @Test func acronymMatchingInitialsJoinsItsName() {
        let text = "The Arctic Shipping Union will meet in Tromso. Analysts expect the ASU to extend its rules."
        let result = Extract.run(text)
        #expect(result.mentionIds("ASU") == result.mentionIds("Arctic Shipping Union"))
    }

    @Test func sentenceInitialWordsAndCalendarWordsAreNotEntities() {
        let text =
            "Meanwhile, the port reopened on Tuesday. Evacuees returned in March. During May, the port of Gdansk was calm."
        let result = Extract.run(text)
        let names = Set(result.entities.map(\.name))
        #expect(!names.contains("Meanwhile"))
        #expect(!names.contains("Evacuees"))
        #expect(!names.contains("Tuesday"))
        #expect(!names.contains("March"))
        #expect(!names.contains("During"))
        #expect(names.contains("Gdansk"))
    }

    @Test(arguments: [
        ("Paraguay and Uruguay signed the deal.", "country:paraguay"),
        ("Officials in the U.S. disagreed.", "country:united-states"),
        ("Britain objected.", "country:united-kingdom"),
        ("Norwegian officials objected.", "country:norway"),
    ])
    func countriesFromLocaleAliasesAndDemonyms(text: String, id: String) {
        #expect(Extract.run(text).entity(id) != nil)
    }

    @Test func organisationsByHeadWordAndMediaByCue() throws {
        let text = "The Baltic Grain Company said exports rose, state broadcaster NRK reported. Lund University agreed."
        let result = Extract.run(text)
        #expect(result.entity("organization:baltic-grain-company") != nil)
        #expect(result.entity("organization:nrk") != nil)
        #expect(result.entity("organization:lund-university") != nil)
    }

    @Test func placeCuesClassifyUnknownNames() {
        let text = "Refugees were taken to the city of Narvik, then to Kirkenes-based shelters in the Finnmark region."
        let result = Extract.run(text)
        #expect(result.entity("place:narvik") != nil)
        #expect(result.entity("place:kirkenes") != nil)
        #expect(result.entity("place:finnmark") != nil)
    }

    @Test func appositiveRoleIsRecorded() throws {
        let text = "“Prices will rise,” Maria Lopez, a senior economist at the Central Bank of Chile, told reporters."
        let person = try #require(Extract.run(text).entity("person:maria-lopez"))
        #expect(person.roles.contains("senior economist at the Central Bank of Chile"))
    }

    @Test func mentionSpansAreUTF8OffsetsIntoTheText() {
        let text = "Après la réunion, Président Emmanuel Macron a parlé. “Ça va,” Macron said."
        let result = Extract.run(text)
        for mention in result.mentions { #expect(text.slice(mention.span) == mention.text) }
    }

    @Test func demonymsOfUnknownCountriesPairUpWithinTheArticle() throws {
        let text = "Ostrelian farmers protested. Ostrelia imports most of its grain, Ostrelian officials said."
        let result = Extract.run(text)
        let country = try #require(result.entity("country:ostrelia"))
        #expect(country.kind == .country)
        #expect(result.mentionIds("Ostrelian") == ["country:ostrelia"])
    }

    @Test func unknownTitledForeignOfficialIsAPerson() throws {
        let text = "On Monday, Ostrelian Trade Minister Lina Sorvik arrived in Haverton."
        let person = try #require(Extract.run(text).entity("person:lina-sorvik"))
        #expect(person.roles.contains("Ostrelian Trade Minister"))
    }

    @Test func datelineAndCurrencyPrefixes() {
        let text = "HAVERTON, May 2 - Trade reached US$4 billion, officials in Haverton said."
        let result = Extract.run(text)
        #expect(result.entity("country:united-states") == nil, "US$ is a currency")
        #expect(result.mentionIds("HAVERTON") == ["place:haverton"])
        #expect(result.mentionIds("Haverton") == ["place:haverton"])
    }

    @Test func emptyAndDegenerateTextsDoNotCrash() {
        for text in ["", " ", "\"", "“", "‘", "’s", "Mr.", "U.S.", "(SCO)", "according to", "\n\n\n", "“Hi,” he said"] {
            _ = Extract.run(text)
        }
    }
}
