import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation
import ParallaxModel
import ParallaxReport

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
        }) { result in
            func column(_ text: String, _ width: Int) -> String {
                text.padding(toLength: width, withPad: " ", startingAt: 0)
            }
            var lines = [
                column("events", 20) + column("false/event", 13) + column("(false)", 9) + column("planted recall", 16)
                    + "(found/planted)"
            ]
            for s in result.scores {
                lines.append(
                    column(s.name, 20) + column(fixed(s.falsePerEvent, 2), 13) + column("(\(s.falseContradictions))", 9)
                        + column(fixed(s.recall, 2), 16) + "(\(s.found)/\(s.planted))  over \(s.events) events")
            }
            return lines.joined(separator: "\n")
        }
    }
}
