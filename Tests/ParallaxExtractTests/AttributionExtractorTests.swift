import ParallaxModel
import Testing

@testable import ParallaxExtract

struct AttributionExtractorTests {
    @Test(arguments: [
        ("The port reopened, according to the Xinhua News Agency.", Attribution.Kind.media, "Xinhua News Agency"),
        ("Exports rose 4 percent, according to Chilean Customs data.", .data, "Chilean Customs data"),
        ("The bridge opened on Friday, according to media reports.", .anonymous, "media reports"),
        ("The bridge opened on Friday, according to state media.", .media, "state media"),
        ("Both sides back a truce, according to the joint statement.", .data, "joint statement"),
        ("The truce is fragile, analysts said.", .expert, "analysts"),
        ("The truce is fragile, sources said.", .anonymous, "sources"),
        ("The truce is fragile, Omar Haddad said.", .person, "Omar Haddad"),
        ("The truce is fragile, TASS reported.", .media, "TASS"),
    ])
    func kinds(text: String, kind: Attribution.Kind, source: String) throws {
        let attributions = Extract.run(text).attributions
        let attribution = try #require(attributions.first { $0.source == source }, "\(attributions)")
        #expect(attribution.kind == kind)
    }

    @Test func entitySourceCarriesItsId() throws {
        let attribution = try #require(Extract.run("Prices fell, according to Reuters.").attributions.first)
        #expect(attribution.sourceEntityId == "organization:reuters")
        #expect(attribution.cue == "according to")
    }
}
