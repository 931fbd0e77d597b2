import ParallaxEvaluation
import Testing

/// The extraction benchmark's metric on hand-computed cases.
struct ShingleScorerTests {
    @Test func identicalTextsScoreOne() {
        let score = ShingleScorer.score(truth: "one two three four five", prediction: "one, two; three four five!")
        #expect(score.precision == 1 && score.recall == 1 && score.exact)
    }

    @Test func partialOverlap() {
        // Truth shingles: (a b c d), (b c d e); prediction: (a b c d), (b c d x). tp 1, fp 1, fn 1.
        let score = ShingleScorer.score(truth: "a b c d e", prediction: "a b c d x")
        #expect(abs(score.truePositive - 1.0 / 3) < 1e-12)
        #expect(abs(score.precision - 0.5) < 1e-12)
        #expect(abs(score.recall - 0.5) < 1e-12)
        #expect(!score.exact)
    }

    @Test func emptyPredictionAndShortTexts() {
        let empty = ShingleScorer.score(truth: "a b c d e", prediction: "")
        #expect(empty.precision == 0 && empty.recall == 0)
        let short = ShingleScorer.score(truth: "a b", prediction: "a b")
        #expect(short.precision == 1 && short.recall == 1)
        #expect(ShingleScorer.tokens("Zürich’s 3rd_round déjà-vu") == ["Zürich", "s", "3rd_round", "déjà", "vu"])
        let summary = ShingleScorer.summarize([empty, short])
        #expect(summary.precision == 0.5 && summary.recall == 0.5 && summary.f1 == 0.5 && summary.accuracy == 0.5)
    }
}
