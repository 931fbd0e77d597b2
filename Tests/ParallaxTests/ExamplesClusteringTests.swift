import Foundation
import Parallax
import ParallaxCluster
import ParallaxEvaluation
import ParallaxModel
import ParallaxTesting
import Testing

/// The Examples corpus's hard cases: one event over several days, the same leaders at two summits months
/// apart, a syndicated wire copy, follow-up stories.
struct ExamplesClusteringTests {
    private func events() async throws -> [String: Set<String>] {
        let pipeline = Pipeline()
        let labels = SharedData.packageRoot.appendingPathComponent("Examples/labels.tsv").path
        let (articles, gold) = try await pipeline.labelledArticles(directory: SharedData.examples.path, labels: labels)
        try #require(articles.count == 17)
        let clusters = await pipeline.clusterEvents(articles)
        var byFile: [String: Set<String>] = [:]
        for cluster in clusters {
            let files = Set(cluster.members.map { articles[$0].id })
            for file in files { byFile[file] = files }
        }
        let score = BCubed(
            predicted: articles.map { byFile[$0.id]!.sorted().first! }, gold: articles.map { gold[$0.id]! })
        #expect(score.f1 >= 0.9, "BCubed on Examples fell to \(score)")
        return byFile
    }

    @Test(.timeLimit(.minutes(1))) func floodsOverFourDaysAreOneEvent() async throws {
        let byFile = try await events()
        #expect(
            byFile["northfield-courier-floods-evacuation.txt"] == [
                "northfield-courier-floods-evacuation.txt", "meridian-floods-lenna-rises.txt",
                "northfield-courier-floods-homes-damaged.txt", "eastern-ledger-floods-downstream.txt",
            ])
    }

    @Test(.timeLimit(.minutes(1))) func sameLeadersDifferentSummitsStayApart() async throws {
        let byFile = try await events()
        let april = try #require(byFile["vsna-kestra-summit.txt"])
        let september = try #require(byFile["meridian-portvale-summit.txt"])
        #expect(april.isDisjoint(with: september))
        #expect(
            september == [
                "meridian-portvale-summit.txt", "harbour-post-portvale-summit.txt",
                "eastern-ledger-portvale-summit.txt",
            ])
        #expect(
            april.isSuperset(of: [
                "vsna-kestra-summit.txt", "meridian-kestra-summit.txt", "eastern-ledger-kestra-talks.txt",
                "harbour-post-varga-oyelaran-talks.txt",
            ]))
    }

    @Test(.timeLimit(.minutes(1))) func syndicatedCopyJoinsItsOrigin() async throws {
        let byFile = try await events()
        #expect(byFile["vsna-bridge-collapse.txt"]?.contains("northfield-courier-bridge-collapse-vsna.txt") == true)
        #expect(byFile["vsna-bridge-collapse.txt"]?.count == 5)
    }
}
