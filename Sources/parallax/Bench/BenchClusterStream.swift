import ArgumentParser
import Foundation
import ParallaxEvaluation
import ParallaxModel

/// `parallax bench cluster-stream FILE.jsonl`.
struct BenchClusterStream: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster-stream",
        abstract: "Stream-cluster a labelled JSON Lines file; print documents/s, events, peak memory and BCubed.",
        discussion: """
            Reads the file line by line (bounded memory) with one thread parsing, extracting hashed terms and
            weighting them (StreamingVectorizer) and another clustering with StreamingEventClusterer, in file order (publication order). Scoring keeps two
            32-bit integers per document (gold and predicted event: 8 MB per million) and sorts one 64-bit key per
            document at the end (another 8 MB per million).
            """
    )

    @Argument(help: "A labelled .jsonl file (id, cluster, title, text, date, source), in publication order.")
    var path: String

    @Option(help: "Clustering options as JSON (as `parallax tune clustering` prints them).")
    var options: String?

    @Option(help: "Days without a new member after which an event closes.")
    var maxAgeDays: Int = 7

    @Option(help: "Content words kept per document.")
    var documentTerms: Int = 100

    @Option(help: "Candidate events scored in full per document.")
    var maxCandidates: Int = 8

    @Option(help: "Stop after this many documents.")
    var limit: Int?

    @Option(help: "1: parse and cluster on one thread; 2: a parsing thread feeds the clustering thread.")
    var threads: Int = 2

    func run() throws {
        let clustering = try options.map(ClusteringOptionsArgument.parse) ?? ClusteringOptions()
        guard FileManager.default.isReadableFile(atPath: path) else {
            Console.error("\(path): no such file.")
            throw ExitCode(ExitStatus.nothingDone)
        }
        Console.print(
            StreamClusteringBenchmark.run(
                path: path, clustering: clustering, maxAgeDays: maxAgeDays, documentTerms: documentTerms,
                maxCandidates: maxCandidates, limit: limit, threads: threads))
    }
}
