import ParallaxModel
import Testing

@testable import ParallaxExtract

/// Whole names: organisations with "of"/"for"/"and" inside, middle initials, hyphenated surnames, and no
/// fragments or nested duplicates (issue #18, point 5).
struct EntityNameTests {
    @Test(arguments: [
        (
            "Analysts at the Carnegie Endowment for International Peace disagreed.",
            "Carnegie Endowment for International Peace"
        ),
        ("The Bank of England held rates on Thursday.", "Bank of England"),
        ("A letter from the Ministry of Foreign Affairs arrived late.", "Ministry of Foreign Affairs"),
        ("The drug was approved by the Food and Drug Administration last year.", "Food and Drug Administration"),
        (
            "She taught at the Institute of Asian and African Studies for a decade.",
            "Institute of Asian and African Studies"
        ),
    ])
    func organisationNamesWithConnectorsAreWhole(text: String, name: String) throws {
        let result = Extract.run(text)
        let entity = try #require(result.entities.first { $0.name == name })
        #expect(entity.kind == .organization)
        #expect(result.entities.count == 1, "no part of the name is a second entity")
    }

    @Test func nameCutBeforeItsHeadIsNotKept() {
        let result = Extract.run("He studied for two years at the Institute of Asian. Then he moved to Lyon.")
        #expect(!result.entities.contains { $0.name.hasPrefix("Institute") })
    }

    @Test(arguments: [
        "South Africa won the match in Durban.", "Fans in SOUTH AFRICA celebrated all night.",
        "South African officials met the delegation.",
    ])
    func countryOfTwoWordsYieldsNoPart(text: String) {
        let result = Extract.run(text)
        #expect(result.entities.map(\.name).contains("South Africa"))
        #expect(!result.entities.contains { $0.name.lowercased() == "africa" })
        #expect(!result.entities.contains { $0.name == "South African" || $0.name == "SOUTH" })
    }

    @Test(arguments: [
        ("Robert J. Kessler spoke first. Kessler said little.", "Robert J. Kessler"),
        ("Voters like Ana Ruiz-Baptiste. Ruiz-Baptiste said so.", "Ana Ruiz-Baptiste"),
        ("Dana K. Lee, The Daily Ledger: “A fine budget for hard times.”", "Dana K. Lee"),
        ("Chidi Okafor won the final. A smiling Okafor said little.", "Chidi Okafor"),
        ("Nadia Sorensen founded the charity in 2019.", "Nadia Sorensen"),
        ("Central Bank Governor Elena Varga spoke on Monday.", "Elena Varga"),
    ])
    func personNamesAreWholeAndAbsorbTheirSurnames(text: String, name: String) throws {
        let result = Extract.run(text)
        let person = try #require(result.entities.first { $0.kind == .person })
        #expect(person.name == name)
        #expect(result.entities.filter { $0.kind == .person }.count == 1)
    }

    @Test(arguments: ["US-China talks resumed in Geneva.", "The Russia-Ukraine war entered its fourth year."])
    func hyphenatedCountriesStayApart(text: String) {
        let result = Extract.run(text)
        #expect(result.entities.filter { $0.kind == .country }.count == 2)
    }
}
