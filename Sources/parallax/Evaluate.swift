import ArgumentParser

/// `parallax evaluate …`: score Parallax against labelled data.
struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score Parallax against labelled data; --format json gives every item's prediction by its id.",
        subcommands: []
    )
}
