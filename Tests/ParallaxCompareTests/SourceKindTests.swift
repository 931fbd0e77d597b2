import ParallaxModel
import Testing

@testable import ParallaxCompare

/// How a cited source's kind is read from the words of its name and roles.
@Suite struct SourceKindTests {
    @Test(arguments: [
        ("Lena Ortiz", ["economist"], CitedSource.Kind.expert),
        ("Harbour Policy Institute", [], .expert),
        ("a think tank, the Meridian Group", [], .expert),
        ("the Associated Press", [], .media),
        ("Coastline Daily", [], .media),
        ("Tom Reyes", ["spokesman, transport ministry"], .official),
        ("the head of the port authority", [], .official),
        ("Maria Okafor", ["resident"], .other),
    ])
    func kindFromWords(name: String, roles: [String], expected: CitedSource.Kind) {
        #expect(SourcingAnalyzer.kind(named: name, roles: roles) == expected)
    }

    /// A listed word must be a whole word: "apartment" is not "ap", "postal" not "post".
    @Test func wholeWordsOnly() {
        #expect(SourcingAnalyzer.kind(named: "apartment owners", roles: ["postal worker"]) == .other)
    }

    /// A comma ends a word ("minister," is "minister") but does not join two words into a listed phrase.
    @Test func commas() {
        #expect(SourcingAnalyzer.phrases(in: " the minister, said ").contains("minister"))
        #expect(!SourcingAnalyzer.phrases(in: " head, of state ").contains("head of"))
        #expect(SourcingAnalyzer.phrases(in: " head of, state ").contains("head of"))
    }
}
