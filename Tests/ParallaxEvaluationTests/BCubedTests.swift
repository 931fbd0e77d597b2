import ParallaxEvaluation
import ParallaxModel
import Testing

struct BCubedTests {
    @Test func perfectClustering() {
        let score = BCubed(predicted: [1, 1, 2, 3], gold: ["a", "a", "b", "c"])
        #expect(score.precision == 1 && score.recall == 1 && score.f1 == 1)
    }

    @Test func everythingInOneClusterHasFullRecall() {
        let score = BCubed(predicted: [0, 0, 0, 0], gold: ["a", "a", "b", "b"])
        #expect(score.recall == 1)
        #expect(score.precision == 0.5)
    }

    @Test func singletonsHaveFullPrecision() {
        let score = BCubed(predicted: [0, 1, 2, 3], gold: ["a", "a", "a", "b"])
        #expect(score.precision == 1)
        #expect(abs(score.recall - (1.0 / 3 * 3 + 1) / 4) < 1e-12)
    }
}
