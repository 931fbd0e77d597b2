import ParallaxModel
import Testing

@testable import ParallaxExtract

struct ActionExtractorTests {
    private func action(_ text: String, verb: String) throws -> Action {
        let actions = Extract.run(text).actions
        return try #require(actions.first { $0.verb == verb }, "\(actions)")
    }

    @Test func consultWithNamedTarget() throws {
        let a = try action(
            "Polish President Anna Kowalczyk on Monday held talks with German Chancellor Peter Berg.", verb: "hold")
        #expect(a.actorEntityId == "person:anna-kowalczyk")
        #expect(a.targetEntityId == "person:peter-berg")
        #expect(a.category == .consult)
        #expect(a.predicate == "held talks with")
    }

    @Test(arguments: [
        ("Norway supports the Arctic Climate Initiative.", "support", ActionCategory.support),
        ("Chile opposes interference in its elections.", "oppose", .oppose),
        ("Omar Haddad urged Jordan to reopen the border.", "urge", .appeal),
        ("Omar Haddad called on Jordan to reopen the border.", "call on", .appeal),
        ("Peru warned Bolivia against closing the pass.", "warn", .threaten),
        ("Canada sanctioned three banks.", "sanction", .sanction),
        ("Sudan launched an invasion of Chad.", "launch", .useOfForce),
        ("Chile agreed to a new fishing deal.", "agree", .cooperate),
        ("Kenya will evacuate civilians from the border town.", "evacuate", .aid),
        ("Ghana will work with Togo on the new port.", "work with", .cooperate),
        ("Peru said the pass was open.", "say", .statement),
    ])
    func categories(text: String, verb: String, category: ActionCategory) throws {
        #expect(try action(text, verb: verb).category == category)
    }

    /// Two appositives end before the verb; the first name is the actor, on every run (the appositives are
    /// kept in a dictionary, whose order changes from process to process).
    @Test func firstNameBeforeStackedAppositivesActs() throws {
        let text =
            "Mirela Costache, an adviser to Grigore Vlad, the Moldavian minister, urged Romania to reopen the bridge."
        #expect(try action(text, verb: "urge").actorEntityId == "person:mirela-costache")
    }

    @Test func negationAndRefusal() throws {
        #expect(try action("Chile did not condemn the strike.", verb: "condemn").negated)
        let refused = try action("Peru has refused to condemn Bolivia.", verb: "condemn")
        #expect(refused.negated)
        #expect(refused.targetEntityId == "country:bolivia")
    }

    @Test func pronounActorResolves() throws {
        let text = "Omar Haddad arrived in Cairo. He urged Egypt to open the crossing."
        let a = try action(text, verb: "urge")
        #expect(a.actorEntityId == "person:omar-haddad")
        #expect(a.targetEntityId == "country:egypt")
    }

    @Test func coordinatedActorsEachAct() throws {
        let actions = Extract.run("Peru and Chile signed a fishing agreement.").actions.filter { $0.verb == "sign" }
        #expect(Set(actions.compactMap(\.actorEntityId)) == ["country:peru", "country:chile"])
    }

    @Test func reducedPassiveIsNotAnAction() {
        let actions = Extract.run("Chile backs the plan proposed by Peru.").actions
        #expect(!actions.contains { $0.verb == "propose" })
    }
}
