import Foundation
import ParallaxModel
import Testing

/// The TIMEX3 modifier is a closed set in Swift and the same words in JSON as when it was a string, so stored
/// extractions and other tools' readers see no change.
struct TimeModifierCodingTests {
    @Test func modifiersEncodeAsTheirTimexWords() throws {
        let time = TimeExpression(
            kind: .partial, text: "mid-June", span: Span(start: 0, end: 8), value: "2022-06", modifier: .mid)
        let json = String(decoding: try JSONEncoder().encode(time), as: UTF8.self)
        #expect(json.contains(#""modifier":"MID""#))
        let back = try JSONDecoder().decode(TimeExpression.self, from: Data(json.utf8))
        #expect(back.modifier == .mid)
        #expect(
            TimeExpression.Modifier.allCases.map(\.rawValue) == ["START", "MID", "END", "BEFORE", "AFTER", "APPROX"])
    }
}
