import ArgumentParser
import Parallax
import ParallaxEvaluation
import ParallaxModel

/// `parallax evaluate pairs LABELLED.jsonl`: clustering two articles at a time, all dated the same day.
struct EvaluatePairs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairs",
        abstract: "How often two articles alone, published the same day, are rightly joined or kept apart.",
        discussion: """
            For every labelled article one partner of each kind is drawn (seeded): the same event, the same topic \
            but another event (ECB+'s two earthquakes; the topic is the label before its last `-`), another topic. \
            Each pair is clustered on its own with every article dated --day, so neither a shared day nor the \
            batch's own word counts can decide. --format json gives every pair's prediction keyed by `first|second`.
            """
    )

    @Argument(help: "Labelled .jsonl files or directories of articles (as for `evaluate clustering`).")
    var paths: [String]

    @Option(help: "The labels file for a directory (file<TAB>event).")
    var labels: String?

    @Option(help: "The day every article is given (YYYY-MM-DD).")
    var day: String = "2024-03-12"

    @Option(help: "Seed of the pair sampling.")
    var seed: UInt64 = 1

    @Option(help: "Clustering options as JSON (as `parallax tune clustering` prints them).")
    var options: String?

    @OptionGroup var output: FormatOptions

    func run() async throws {
        guard let date = CivilDate(iso: day) else {
            throw ValidationError("--day must be a date like 2024-03-12.")
        }
        var pipeline = Pipeline()
        if let options { pipeline.options.clustering = try ClusteringOptionsArgument.parse(options) }
        try await output.report({
            let (articles, gold) = try await pipeline.labelledSets(paths, labels: labels)
            return await pipeline.evaluatePairs(articles, gold: gold, day: date, seed: seed)
        }) { $0.text }
    }
}
