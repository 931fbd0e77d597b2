import ArgumentParser
import Parallax
import ParallaxEvaluation
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
        let tuning: ClusteringTuning
        do {
            tuning = try await Pipeline().tuneClustering(sets: sets, rounds: rounds)
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.nothingDone)
        }
        Console.print(tuning.text)
        Console.print(try JSONReport.encode(tuning.best.options))
    }
}
