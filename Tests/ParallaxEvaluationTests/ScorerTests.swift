import Foundation
import ParallaxEvaluation
import ParallaxExtract
import ParallaxModel
import Testing

struct ScorerTests {
    static let text = """
        Ilse Varga met Tomas Oyelaran in Kestra on Thursday. "We will not yield," Varga said. \
        Trade reached US$4.2 billion, according to VSNA.
        """
    static let file = "tiny-article.txt"

    static let gold = ExtractionGold(articles: [
        file: .init(
            published: "2025-04-25",
            entities: [
                .init(kind: .person, name: "Ilse Varga", aliases: ["Varga", "President Varga"]),
                .init(kind: .person, name: "Tomas Oyelaran", aliases: ["Oyelaran"]),
                .init(kind: .place, name: "Kestra"),
            ],
            quotes: [.init(speaker: "Ilse Varga", kind: .direct, snippet: "will not yield")],
            quantities: [.init(kind: .money, value: 4.2e9, unit: "USD", text: "US$4.2 billion")],
            times: [.init(text: "Thursday", value: "2025-04-24")],
            attributions: [.init(source: "VSNA", kind: .media)],
            actions: [.init(actor: "Ilse Varga", category: .consult, target: "Tomas Oyelaran", verb: "meet")]
        )
    ])

    /// A prediction that finds exactly the gold, in its own words and spans.
    static func perfect() -> ArticleExtraction {
        let span = Span(start: 0, end: 4)
        return ArticleExtraction(
            articleId: "tiny",
            entities: [
                Entity(id: "person:ilse-varga", kind: .person, name: "Varga"),
                Entity(id: "person:tomas-oyelaran", kind: .person, name: "Tomas Oyelaran", aliases: ["Oyelaran"]),
                Entity(id: "place:kestra", kind: .place, name: "KESTRA"),
            ],
            quotes: [Quote(kind: .direct, text: "We will not yield,", span: span, speaker: "Varga")],
            quantities: [Quantity(kind: .money, text: "US$4.2 billion", span: span, value: 4.2e9, unit: "USD")],
            times: [TimeExpression(kind: .relative, text: "on Thursday", span: span, value: "2025-04-24")],
            attributions: [Attribution(kind: .media, source: "VSNA", cue: "according to", span: span)],
            actions: [
                Action(
                    actor: "Varga", verb: "meet", predicate: "met", target: "Oyelaran", category: .consult, span: span)
            ])
    }

    func score(_ prediction: ArticleExtraction) -> ExtractionScores {
        ExtractionScorer.score(
            gold: Self.gold, predictions: ["Examples/articles/" + Self.file: prediction], texts: [Self.file: Self.text])
    }

    @Test func perfectPredictionScoresOne() {
        let scores = score(Self.perfect())
        for kind in ExtractionKind.allCases {
            #expect(scores[kind].f1 == 1, "\(kind): \(scores[kind])")
        }
        #expect(scores.warnings.isEmpty, "\(scores.warnings)")
    }

    @Test func missingItemLowersRecallOnly() {
        var prediction = Self.perfect()
        prediction.entities.removeLast()
        let scores = score(prediction)
        #expect(scores[.entities].precision == 1)
        #expect(abs(scores[.entities].recall - 2.0 / 3.0) < 1e-9)
        #expect(scores.articles[Self.file]?["entities"]?.missed == ["place Kestra"])
    }

    @Test func spuriousItemLowersPrecisionOnly() {
        var prediction = Self.perfect()
        prediction.quantities.append(
            Quantity(kind: .count, text: "two leaders", span: Span(start: 0, end: 1), value: 2, unit: "leaders"))
        let scores = score(prediction)
        #expect(scores[.quantities].recall == 1)
        #expect(scores[.quantities].precision == 0.5)
        #expect(scores[.quantities].falsePositives == 1)
    }

    @Test func wrongMeaningDoesNotMatch() {
        var prediction = Self.perfect()
        prediction.times[0].value = "2025-04-17"  // the Thursday before
        prediction.quotes[0].speaker = "Oyelaran"  // wrong speaker
        prediction.quantities[0].unit = "EUR"  // wrong currency
        prediction.actions[0].category = .oppose
        let scores = score(prediction)
        for kind in [ExtractionKind.times, .quotes, .quantities, .actions] {
            #expect(scores[kind].truePositives == 0, "\(kind)")
            #expect(scores[kind].falsePositives == 1 && scores[kind].falseNegatives == 1, "\(kind)")
        }
    }

    @Test(arguments: [
        (4.2e9, "USD", true),
        (4.21e9, "USD", true),  // within 0.5%
        (4.3e9, "USD", false),  // 2.4% off
        (4.2e9, "SGD", false),
    ])
    func quantityToleranceAndFamily(_ value: Double, _ unit: String, _ matches: Bool) {
        var prediction = Self.perfect()
        prediction.quantities[0].value = value
        prediction.quantities[0].unit = unit
        #expect((score(prediction)[.quantities].truePositives == 1) == matches)
    }

    @Test func moneyMatchesThroughAlternativesAndMeasuresThroughSI() {
        let gold = ExtractionGold(articles: [
            "a.txt": .init(quantities: [
                .init(kind: .money, value: 205e9, unit: "SGD"), .init(kind: .length, value: 1.284, unit: "km"),
            ])
        ])
        let span = Span(start: 0, end: 1)
        let prediction = ArticleExtraction(
            articleId: "a",
            quantities: [
                Quantity(
                    kind: .money, text: "", span: span, value: 147e9, unit: "USD",
                    alternatives: [.init(value: 205e9, unit: "SGD", text: "S$205 billion")]),
                Quantity(kind: .length, text: "", span: span, value: 1284, unit: "m", normalizedValue: 1284),
            ])
        let scores = ExtractionScorer.score(gold: gold, predictions: ["a.txt": prediction], texts: [:])
        #expect(scores[.quantities].f1 == 1)
    }

    @Test func goldSnippetsMissingFromTheTextAreReported() {
        var gold = Self.gold
        gold.articles[Self.file]?.quotes.append(.init(speaker: nil, kind: .direct, snippet: "never said this"))
        let scores = ExtractionScorer.score(
            gold: gold, predictions: [Self.file: Self.perfect()], texts: [Self.file: Self.text])
        #expect(scores.warnings.contains { $0.contains("never said this") })
    }

    @Test func goldRoundTripsThroughJSONWithOmittedLists() throws {
        let json = #"{"version": 1, "articles": {"x.txt": {"times": [{"text": "June 10", "value": "2022-06-10"}]}}}"#
        let gold = try JSONDecoder().decode(ExtractionGold.self, from: Data(json.utf8))
        #expect(gold.articles["x.txt"]?.times.first?.value == "2022-06-10")
        #expect(gold.articles["x.txt"]?.entities.isEmpty == true)
        let again = try JSONDecoder().decode(ExtractionGold.self, from: JSONEncoder().encode(gold))
        #expect(again == gold)
    }

    /// The gold files in Examples/gold decode, and every snippet in them occurs in its article.
    @Test(arguments: ["examples.json", "seeds.json"])
    func shippedGoldIsConsistent(_ name: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let goldURL = root.appendingPathComponent("Examples/gold/\(name)")
        let gold = try JSONDecoder().decode(ExtractionGold.self, from: Data(contentsOf: goldURL))
        let folder =
            name == "seeds.json"
            ? root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
            : root.appendingPathComponent("Examples/articles")
        var texts: [String: String] = [:]
        for file in gold.articles.keys {
            texts[file] = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        }
        let scores = ExtractionScorer.score(gold: gold, predictions: [:], texts: texts)
        let problems = scores.warnings.filter { !$0.contains("no predictions") }
        #expect(problems.isEmpty, "\(problems)")
        #expect(gold.articles.count >= 5)
    }
}
