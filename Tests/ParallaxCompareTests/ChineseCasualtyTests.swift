import ParallaxModel
import Testing

@testable import ParallaxCompare

/// A Chinese count of people is a count of the dead or the injured when the words after it say so, in a sentence
/// invented for these tests.
struct ChineseCasualtyTests {
    static let text = "青石县山洪造成三人死亡、五人受伤，另有两名遇难者身份待查。"

    static func key(of written: String, value: Double, unit: String) throws -> String? {
        let start = try #require(text.utf8.firstRange(of: written.utf8))
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: start.lowerBound)
        let quantity = Quantity(
            kind: .count, text: written, span: Span(start: offset, end: offset + written.utf8.count), value: value,
            unit: unit)
        let claim = Claim(
            id: "c", articleId: "a", outlet: "o", voiceId: "v", span: Span(start: 0, end: text.utf8.count),
            text: text, sentenceIndex: 0, quantities: [quantity])
        return QuantityAgreement.slots(of: quantity, in: claim).first?.key
    }

    @Test func deadAndInjuredAreToldApart() throws {
        #expect(try Self.key(of: "三人", value: 3, unit: "人") == "count:dead")
        #expect(try Self.key(of: "五人", value: 5, unit: "人") == "count:injured")
        #expect(try Self.key(of: "两名遇难", value: 2, unit: "遇难") == "count:dead")
    }

    @Test func otherCountsKeepTheirMeasureWord() throws {
        let quantity = Quantity(kind: .count, text: "七项", span: Span(start: 0, end: 6), value: 7, unit: "项")
        let claim = Claim(
            id: "c", articleId: "a", outlet: "o", voiceId: "v", span: Span(start: 0, end: 21), text: "七项协议已签署",
            sentenceIndex: 0, quantities: [quantity])
        #expect(QuantityAgreement.slots(of: quantity, in: claim).first?.key == "count:项")
    }
}
