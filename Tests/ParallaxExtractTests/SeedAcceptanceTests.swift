import Foundation
import ParallaxModel
import Testing

@testable import ParallaxExtract

/// Issue 3's acceptance checks on the shared seed articles.
struct SeedAcceptanceTests {
    static let prefixes = ["000", "001", "002", "003", "004"]

    private func seed(_ prefix: String) throws -> ArticleExtraction {
        try #require(SeedCorpus.isAvailable, "../shared/seeds is missing at \(SeedCorpus.directory.path)")
        let article = try #require(SeedCorpus.article(prefix), "no seed \(prefix)")
        return Extractor().extract(article)
    }

    @Test func cctvReportedQuoteIsXisViaCCTV() throws {
        let result = try seed("003")
        let quote = try #require(result.quote(startingWith: "willing to continue to offer mutual support"))
        #expect(quote.speakerEntityId == "person:xi-jinping")
        #expect(quote.via == "CCTV")
    }

    @Test(arguments: [
        ("Under the international landscape", "person:zhang-hong"),
        ("The reason Russia chose", "person:cui-heng"),
        ("As the Western powers", "person:cui-heng"),
        ("We are happy that our president", "person:arkady-korostelev"),
        ("We are a leading container operator", "person:arkady-korostelev"),
    ])
    func quotesInSeed002GoToTheirSpeakers(prefix: String, speaker: String) throws {
        let quote = try #require(try seed("002").quote(startingWith: prefix))
        #expect(quote.speakerEntityId == speaker)
    }

    @Test(arguments: prefixes)
    func everyFormOfXiAndPutinIsOneEntityPerArticle(prefix: String) throws {
        let result = try seed(prefix)
        for surname in ["Xi", "Putin"] {
            let ids = Set(
                result.mentions.filter { $0.text.split(separator: " ").contains(Substring(surname)) }.map(\.entityId))
            #expect(ids.count == 1, "\(prefix): \(surname) → \(ids)")
        }
    }

    @Test func xiAndPutinAreOneEntityAcrossArticles() throws {
        let linked = EntityLinker.link(try Self.prefixes.map { try seed($0) })
        for (surname, id) in [("Xi", "person:xi-jinping"), ("Putin", "person:vladimir-putin")] {
            let ids = Set(
                linked.flatMap {
                    $0.mentions.filter { $0.text.split(separator: " ").contains(Substring(surname)) }.map(\.entityId)
                })
            #expect(ids == [id])
        }
    }
}
