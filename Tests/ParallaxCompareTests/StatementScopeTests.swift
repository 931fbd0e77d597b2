import ParallaxModel
import Testing

@testable import ParallaxCompare

/// Statements that look opposed but are not: a speaker who told two outlets, a denial written with "no", a
/// negation moved within a quote, the day a copy was posted. Fictional copy written for these tests.
struct StatementScopeTests {
    @Test func aSpeakerToldTwoOutletsIsNoDispute() {
        let told = Action(
            actor: "Marta Quill", actorEntityId: "e-quill", verb: "tell", predicate: "told", target: "Radio Marren",
            targetEntityId: "e-radio", category: .statement, span: Span(start: 0, end: 10))
        var other = told
        other.target = "the Coastal Herald"
        other.targetEntityId = "e-herald"
        #expect(ContradictionFinder.manyParticipants(told) && ContradictionFinder.manyParticipants(other))
        let met = Action(
            actor: "Marta Quill", actorEntityId: "e-quill", verb: "meet", predicate: "met", target: "Idris Vane",
            targetEntityId: "e-vane", category: .consult, span: Span(start: 0, end: 10))
        #expect(!ContradictionFinder.manyParticipants(met))
    }

    @Test(arguments: [
        ("Mayor Quill said no suspects have been taken into custody.", true),
        ("Nobody was taken to hospital after the fire, the fire service said.", true),
        ("Two suspects have been taken into custody, Mayor Quill said.", false),
    ])
    func aNegativeWordIsANegation(_ text: String, _ denied: Bool) {
        #expect(ContradictionFinder.statesANegation(text) == denied)
    }

    @Test func aNegationMovedInAQuoteIsNoDenial() {
        let a = FigureScopeTests.article(
            "a", "Dunmore Gazette", "\"I feel we weren't playing the way we want to play,\" coach Lind said on Friday.")
        let b = FigureScopeTests.article(
            "b", "Coastal Herald",
            "\"I didn't feel we were playing the way we want to play,\" coach Lind said on Friday.")
        let result = FigureScopeTests.compare([a, b])
        #expect(
            !result.contradictions.contains { $0.kind == .negation }, "\(ContradictionConfidenceTests.describe(result))"
        )
    }

    @Test func theDayACopyWasPostedIsNoDate() {
        #expect(ContradictionFinder.datesACopy("Posted in Road Safety on Friday, September 20, 2024."))
        #expect(!ContradictionFinder.datesACopy("The bridge was last inspected on March 3, the department said."))
    }
}
