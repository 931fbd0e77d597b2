import ArgumentParser
import Foundation

/// `parallax bench …`: scale benchmarks (not timed tests); results go to BENCHMARKS.md with the command.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Scale benchmarks: build a synthetic labelled corpus, stream-cluster it and score it.",
        subcommands: [BenchGenerateCorpus.self, BenchClusterStream.self, BenchGenerateStore.self, BenchSearch.self]
    )
}
