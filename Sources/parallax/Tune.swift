import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation
import ParallaxModel
import ParallaxReport

/// `parallax tune clustering SET…`: grid-search the clustering options on labelled development sets.
struct Tune: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tune Parallax on labelled development data.",
        subcommands: [TuneClustering.self]
    )
}

struct TuneClustering: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clustering",
        abstract: "Grid-search clustering thresholds and weights for the best mean BCubed F1 over the sets.",
        discussion:
            "Each SET is a labelled .jsonl file, a directory with labels.tsv in it or its parent, or DIR=LABELS to name the labels file (as for `evaluate clustering`); SET+SET+… clusters several together as one corpus, their events kept apart (the case where unrelated sets share actors and topics). The best options are printed as JSON; paste them into ClusteringOptions' defaults with the figures in BENCHMARKS.md."
    )

    @Argument(help: "Labelled development sets.")
    var sets: [String]

    @Option(help: "Coordinate-descent rounds.")
    var rounds: Int = 2

    func run() async throws {
        let pipeline = Pipeline()
        var developmentSets: [ClusteringTuner.DevelopmentSet] = []
        for set in sets {
            let articles: [Article]
            let gold: [String: String]
            do {
                (articles, gold) = try await pipeline.labelledSets(set.split(separator: "+").map(String.init))
            } catch {
                Console.error("\(error)")
                throw ExitCode(ExitStatus.nothingDone)
            }
            let documents = await pipeline.clusterDocuments(articles)
            developmentSets.append(.init(name: set, documents: documents, gold: articles.map { gold[$0.id] ?? "?" }))
        }
        let tuner = ClusteringTuner(sets: developmentSets)
        let baseline = tuner.trial(ClusteringOptions())
        let trials = tuner.search(rounds: rounds)
        let best = trials[0]
        Console.print("current defaults: mean F1 \(fixed(baseline.meanF1))")
        for (name, score) in baseline.scores.sorted(by: { $0.key < $1.key }) {
            Console.print("  \(name): P \(fixed(score.precision)) R \(fixed(score.recall)) F1 \(fixed(score.f1))")
        }
        Console.print("best of \(trials.count) trials: mean F1 \(fixed(best.meanF1))")
        for (name, score) in best.scores.sorted(by: { $0.key < $1.key }) {
            Console.print("  \(name): P \(fixed(score.precision)) R \(fixed(score.recall)) F1 \(fixed(score.f1))")
        }
        Console.print(try JSONReport.encode(best.options))
    }
}
