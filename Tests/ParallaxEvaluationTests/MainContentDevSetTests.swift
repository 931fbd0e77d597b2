import Foundation
import ParallaxEvaluation
import Testing

/// The main-content development set (`Benchmarks/main-content/pages`, made by `make_pages.py`): pages of
/// many kinds and languages the team wrote, each with its main text written by hand, scored as
/// `parallax evaluate html Benchmarks/main-content/pages` scores it.
struct MainContentDevSetTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Benchmarks/main-content/pages").standardized.path

    /// Every page gives a main text, and the set scores above its floor: F1 0.826 on its 45 pages before the
    /// rules of December 2026, 0.992 after (the floor leaves room for a rule to cost a page or two).
    @Test func everyPageHasAMainTextAndTheSetScoresAboveItsFloor() throws {
        let report = try ExtractionBenchmark.run(directory: Self.directory, repeats: 1)
        #expect(report.summary.pages >= 30)
        for (id, text) in report.predictions.sorted(by: { $0.key < $1.key }) {
            #expect(!text.isEmpty, "no article text: \(id)")
        }
        #expect(report.summary.f1 >= 0.93, "dev-set F1 \(report.summary.f1)")
    }
}
