import ParallaxExtract
import ParallaxModel
import Testing

/// One expected quantity: the first quantity found in the sentence must have these fields.
struct QuantityCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var kind: Quantity.Kind
    var value: Double
    var unit: String?
    var qualifier: String? = nil
    var normalized: Double? = nil
    var testDescription: String { sentence }
}

struct QuantityTests {
    static let cases: [QuantityCase] = [
        // Measures, normalised to SI.
        .init(sentence: "The span is 1,284 meters long.", kind: .length, value: 1284, unit: "m", normalized: 1284),
        .init(sentence: "A deck 14.5 metres wide.", kind: .length, value: 14.5, unit: "m", normalized: 14.5),
        .init(sentence: "They crossed the 340-metre span.", kind: .length, value: 340, unit: "m", normalized: 340),
        .init(sentence: "The 340m bridge fell.", kind: .length, value: 340, unit: "m", normalized: 340),
        .init(
            sentence: "It rained 14.5 centimetres overnight.", kind: .length, value: 14.5, unit: "cm", normalized: 0.145
        ),
        .init(sentence: "Another 40 millimetres fell.", kind: .length, value: 40, unit: "mm", normalized: 0.04),
        .init(
            sentence: "Pipelines carry 98 billion cu. meters a year.", kind: .volume, value: 98e9, unit: "m3",
            normalized: 98e9),
        .init(sentence: "A target of 38 bcm was set.", kind: .volume, value: 38e9, unit: "m3", normalized: 38e9),
        .init(
            sentence: "Exports of 20 billion cubic metres.", kind: .volume, value: 20e9, unit: "m3", normalized: 20e9),
        .init(
            sentence: "Farms lost 1.2 million tonnes of wheat.", kind: .mass, value: 1.2e6, unit: "t", normalized: 1.2e9
        ),
        .init(sentence: "The talks lasted two hours.", kind: .duration, value: 2, unit: "h", normalized: 7200),
        .init(sentence: "A 48-hour strike began.", kind: .duration, value: 48, unit: "h", normalized: 172_800),
        // Money: signs, codes, names, scales.
        .init(sentence: "The fund holds $5 million.", kind: .money, value: 5e6, unit: "USD"),
        .init(sentence: "It raised €3bn last year.", kind: .money, value: 3e9, unit: "EUR"),
        .init(sentence: "A £2.4m grant.", kind: .money, value: 2.4e6, unit: "GBP"),
        .init(sentence: "Beijing pledged 5 billion yuan.", kind: .money, value: 5e9, unit: "CNY"),
        .init(sentence: "A loan of RMB 20 billion was agreed.", kind: .money, value: 20e9, unit: "CNY"),
        .init(sentence: "Fines of 300 roubles apply.", kind: .money, value: 300, unit: "RUB"),
        .init(sentence: "Fines of 300 rubles apply.", kind: .money, value: 300, unit: "RUB"),
        .init(
            sentence: "The city set aside 25 million Valdorian crowns.", kind: .money, value: 25e6,
            unit: "valdorian crowns"),
        .init(sentence: "It cost 400 million Swiss francs.", kind: .money, value: 400e6, unit: "CHF"),
        .init(
            sentence: "Losses reached around US$1.5 million a day.", kind: .money, value: 1.5e6, unit: "USD",
            qualifier: "around"),
        // Percentages.
        .init(
            sentence: "They control up to 80 percent of the city.", kind: .percent, value: 80, unit: "%",
            qualifier: "up to"),
        .init(
            sentence: "Trade rose more than 30 per cent.", kind: .percent, value: 30, unit: "%", qualifier: "more than"),
        .init(sentence: "Turnout was 42%.", kind: .percent, value: 42, unit: "%"),
        .init(sentence: "Rates rose 2 percentage points.", kind: .percent, value: 2, unit: "pp"),
        .init(sentence: "Exports fell by almost a fifth.", kind: .percent, value: 20, unit: "%", qualifier: "almost"),
        .init(sentence: "Half of the town was flooded.", kind: .percent, value: 50, unit: "%"),
        // Counts with hedges and counted nouns.
        .init(
            sentence: "Reports say about 500 civilians are sheltering.", kind: .count, value: 500, unit: "civilians",
            qualifier: "about"),
        .init(
            sentence: "Some 500 displaced civilians waited.", kind: .count, value: 500, unit: "civilians",
            qualifier: "some"),
        .init(
            sentence: "We work with more than eight Chinese ports.", kind: .count, value: 8, unit: "ports",
            qualifier: "more than"),
        .init(
            sentence: "Nearly 1,300 homes were damaged.", kind: .count, value: 1300, unit: "homes", qualifier: "nearly"),
        .init(
            sentence: "At least 14 Valdorian grain barges waited.", kind: .count, value: 14, unit: "barges",
            qualifier: "at least"),
        .init(sentence: "Officials sent 30 high-capacity pumps.", kind: .count, value: 30, unit: "pumps"),
        .init(sentence: "Forty-one people were hurt.", kind: .count, value: 41, unit: "people"),
        .init(
            sentence: "Several hundred protesters gathered.", kind: .count, value: 300, unit: "protesters",
            qualifier: "several"),
        .init(sentence: "Dozens of villagers fled.", kind: .count, value: 24, unit: "villagers", qualifier: "dozens"),
        .init(sentence: "A dozen ministers resigned.", kind: .count, value: 12, unit: "ministers"),
        .init(sentence: "Half a million people marched.", kind: .count, value: 500_000, unit: "people"),
        .init(sentence: "China unveiled a 12-point plan.", kind: .count, value: 12, unit: "point"),
        .init(sentence: "A 71-year-old man died.", kind: .count, value: 71, unit: "years old"),
        .init(sentence: "The driver is 34 years old.", kind: .count, value: 34, unit: "years old"),
        // Multipliers and ordinals.
        .init(sentence: "Xi has met Putin 42 times.", kind: .multiplier, value: 42, unit: "times"),
        .init(sentence: "He attended three times in a row.", kind: .multiplier, value: 3, unit: "times"),
        .init(sentence: "The river crested twice.", kind: .multiplier, value: 2, unit: "times"),
        .init(sentence: "The call fell on his 69th birthday.", kind: .ordinal, value: 69, unit: "birthday"),
        .init(sentence: "Putin attended the third BRF.", kind: .ordinal, value: 3, unit: "brf"),
        .init(sentence: "Ahead of the 14th BRICS Summit.", kind: .ordinal, value: 14, unit: "summit"),
        .init(sentence: "It is the first highway bridge linking them.", kind: .ordinal, value: 1, unit: "bridge"),
        .init(sentence: "The third Belt and Road Forum opened.", kind: .ordinal, value: 3, unit: "forum"),
        .init(sentence: "Their first face-to-face meeting.", kind: .ordinal, value: 1, unit: "meeting"),
        .init(sentence: "The floods are the third to hit the valley.", kind: .ordinal, value: 3, unit: nil),
        .init(sentence: "Forty-one were hurt, nine of them seriously.", kind: .count, value: 9, unit: nil),
        .init(
            sentence: "The water rose in less than an hour.", kind: .duration, value: 1, unit: "h",
            qualifier: "less than", normalized: 3600),
        .init(
            sentence: "Cargoes will be delayed by at least a week.", kind: .duration, value: 1, unit: "wk",
            qualifier: "at least"),
        .init(sentence: "Dockers earn €1,250 a month.", kind: .money, value: 1250, unit: "EUR"),
    ]

    @Test(arguments: cases)
    func readsQuantity(_ c: QuantityCase) throws {
        let found = QuantityExtractor.extract(from: c.sentence)
        let q = try #require(found.first, "nothing found in \(c.sentence)")
        #expect(q.kind == c.kind)
        #expect(abs(q.value - c.value) <= 1e-9 * max(1, abs(c.value)))
        #expect(q.unit == c.unit)
        #expect(q.qualifier == c.qualifier)
        if let n = c.normalized {
            let got = try #require(q.normalizedValue)
            #expect(abs(got - n) <= 1e-9 * max(1, abs(n)))
        }
        #expect(c.sentence.slice(q.span) == q.text)
    }

    /// Numbers that are no amounts: years, dates, times, codes, labels, phone numbers, pronoun "one".
    static let nonQuantities: [String] = [
        "The goal is to finish by 2030.",
        "It happened in 2019 and again in 2022.",
        "The bridge opened on June 15.",
        "Talks resumed on 15 June 2022.",
        "He arrived at 11:46 local time.",
        "The meeting is at 3 pm.",
        "The G20 and COVID-19 dominated.",
        "Published 20220615 and 2022-06-15.",
        "Category 1: CHINA; Category 2: DIPLOMACY",
        "A bus on the number 14 route fell.",
        "Call the flood line on 0400 555 010.",
        "One of them left; the two met later.",
        "Putin launched the invasion on Feb. 24.",
        "Putin met Xi in the 1990s.",
        "5G networks expanded.",
        "It was agreed at the last minute.",
        "Two days later they met again.",
        "Five months ago in Kestra we promised bread.",
    ]

    @Test(arguments: nonQuantities)
    func ignoresNonQuantities(_ sentence: String) {
        #expect(QuantityExtractor.extract(from: sentence).isEmpty, "\(QuantityExtractor.extract(from: sentence))")
    }

    @Test func backToBackCurrenciesAreOneAmount() throws {
        let text = "Trade volumes last year hit US$147 billion S$205 billion, customs data showed."
        let found = QuantityExtractor.extract(from: text)
        #expect(found.count == 1)
        let q = try #require(found.first)
        #expect(q.kind == .money && q.value == 147e9 && q.unit == "USD")
        #expect(q.alternatives.map(\.unit) == ["SGD"])
        #expect(q.alternatives.first?.value == 205e9)
        #expect(q.text == "US$147 billion S$205 billion")
    }

    @Test(arguments: [
        ("The deal is worth US$4.2 billion (€3.9 billion).", "EUR", 3.9e9),
        ("Trade reached US$4.2 billion (38.6 billion Valdorian crowns) last year.", "valdorian crowns", 38.6e9),
        ("Trade reached US$4.2 billion, or about 19.3 billion Kestrian marks, last year.", "kestrian marks", 19.3e9),
    ])
    func bracketedAndOrAlternatives(_ text: String, _ unit: String, _ value: Double) throws {
        let found = QuantityExtractor.extract(from: text)
        #expect(found.count == 1)
        let q = try #require(found.first)
        #expect(q.value == 4.2e9 && q.unit == "USD")
        #expect(q.alternatives.first?.unit == unit)
        #expect(abs((q.alternatives.first?.value ?? 0) - value) < 1)
    }

    @Test func spansAreUTF8Offsets() throws {
        let text = "Zürich’s café — “about 500 civilians” fled."
        let q = try #require(QuantityExtractor.extract(from: text).first)
        #expect(text.slice(q.span) == "about 500 civilians")
        let prefix = "Zürich’s café — “"
        #expect(q.span.start == prefix.utf8.count)
    }

    @Test func findsEveryQuantityInAParagraph() {
        let text = """
            With a length of 1,284 meters and a width of 14.5 meters, the bridge cost $300 million. \
            About 500 civilians sheltered there, and 80 percent of the city is held.
            """
        let found = QuantityExtractor.extract(from: text)
        #expect(found.map(\.kind) == [.length, .length, .money, .count, .percent])
        #expect(found.map(\.value) == [1284, 14.5, 300e6, 500, 80])
    }
}
