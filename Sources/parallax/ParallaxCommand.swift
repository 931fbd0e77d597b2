import ArgumentParser

/// The `parallax` command: a thin shell over the `Parallax` pipeline.
@main
struct ParallaxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parallax",
        abstract: "Which events are these articles about, and how does each source tell them?",
        discussion: ExitStatus.help,
        version: "0.1.0",
        subcommands: [
            Analyze.self, Ingest.self, Enqueue.self, Worker.self, Extract.self, Events.self, Show.self, Compare.self,
            Serve.self, Evaluate.self,
            Tune.self, Bench.self,
        ],
        defaultSubcommand: nil
    )
}
