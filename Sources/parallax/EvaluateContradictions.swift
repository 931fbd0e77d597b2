import ArgumentParser
import Parallax
import ParallaxEvaluation

/// `parallax evaluate contradictions LABELLED.jsonl`.
struct EvaluateContradictions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contradictions",
        abstract: "False contradictions per untouched gold event, and recall of a figure planted into one copy.",
        discussion: """
            Input: JSON Lines with id, cluster, title, text (as ../shared/data/event-clustering). Each label with two \
            articles or more is an event. Scores are given for all events, topics 1-17 (development) and topics 18 \
            and up (held out). --format json adds each event's reported contradictions, with article ids and spans, \
            and the planted figure.
            """
    )

    @Argument(help: "The labelled JSON Lines file.")
    var path: String

    @Option(help: "Chooses which figure is planted in each event.")
    var seed: UInt64 = 1

    @OptionGroup var contradictions: ContradictionOptions
    @OptionGroup var output: FormatOptions

    func run() async throws {
        var pipeline = Pipeline()
        pipeline.options.includeAllContradictions = contradictions.allContradictions
        try await output.report({
            await pipeline.evaluateContradictions(try Pipeline.labelledArticles(jsonl: path), seed: seed)
        }) { $0.text }
    }
}
