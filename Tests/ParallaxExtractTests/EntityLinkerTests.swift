import ParallaxModel
import Testing

@testable import ParallaxExtract

struct EntityLinkerTests {
    @Test func surnameAndTitledFormsLinkAcrossArticles() throws {
        let a = Extract.run("Polish Prime Minister Anna Kowalczyk met fishermen. “Quotas stay,” she said.", id: "a")
        let b = Extract.run("“The quotas will stay,” Ms Kowalczyk said on Monday.", id: "b")
        let c = Extract.run("Kowalczyk said the Northern Fisheries Council (NFC) would meet.", id: "c")
        let d = Extract.run("The Northern Fisheries Council met in Oslo. The NFC said catches fell.", id: "d")
        let linked = EntityLinker.link([a, b, c, d])
        let ids = linked.flatMap { $0.mentions.filter { $0.text.contains("Kowalczyk") }.map(\.entityId) }
        #expect(Set(ids) == ["person:anna-kowalczyk"])
        let quote = try #require(linked[1].quotes.first)
        #expect(quote.speakerEntityId == "person:anna-kowalczyk")
        #expect(quote.speaker == "Anna Kowalczyk")
        let nfc = Set(
            linked.flatMap {
                $0.mentions.filter { $0.text.contains("NFC") || $0.text.contains("Council") }.map(\.entityId)
            })
        #expect(nfc.count == 1)
        let person = try #require(linked[1].entities.first { $0.id == "person:anna-kowalczyk" })
        #expect(person.roles.contains("Prime Minister"))
    }

    @Test func britishAndAmericanSpellingsLink() {
        let a = Extract.run("The Arctic Shipping Organisation met.", id: "a")
        let b = Extract.run("The Arctic Shipping Organization met.", id: "b")
        let linked = EntityLinker.link([a, b])
        #expect(linked[0].mentions.map(\.entityId) == linked[1].mentions.map(\.entityId))
    }

    @Test func ambiguousSurnameStaysApart() {
        let a = Extract.run("Paul Martin spoke. Anna Martin replied.", id: "a")
        let b = Extract.run("Mr Martin left early.", id: "b")
        let linked = EntityLinker.link([a, b])
        let ids = Set(linked.flatMap(\.entities).filter { $0.kind == .person }.map(\.id))
        #expect(ids.count == 3)
    }
}
