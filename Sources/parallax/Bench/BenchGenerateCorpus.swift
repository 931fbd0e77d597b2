import ArgumentParser
import ParallaxEvaluation

/// `parallax bench generate-corpus --articles N --out FILE.jsonl [--seed S]`.
struct BenchGenerateCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-corpus",
        abstract: "Write N labelled articles made by recombining real sentences into synthetic events.",
        discussion: """
            Each synthetic event takes a pool of sentences from one real source (an ECB+ dev event, or one article of
            the article-extraction ground truth), invented names and numbers of its own (a person, a place, an
            organisation, two figures), a start day and a size (heavy-tailed: many single stories, a few with
            hundreds). Its articles sample the pool, add one to three sentences with the event's names and figures
            and up to two noise sentences from anywhere, and are published over the following days (most the same
            day, a few up to six days late). Many events share a source, so the corpus is full of same-topic,
            different-event pairs that only names and dates tell apart. Output is in publication order, in the
            labelled JSON Lines format of `parallax evaluate clustering`; memory is bounded by the events of the
            last week, not by N.
            """
    )

    @Option(help: "Articles to write.")
    var articles: Int = 1_000_000

    @Option(help: "The output .jsonl file.")
    var out: String

    @Option(help: "Random seed (the same seed gives the same file).")
    var seed: UInt64 = 1

    @Option(help: "Days the corpus spans.")
    var days: Int = 365

    @Option(help: "Directory with article-extraction/ and event-clustering/ (default: ../shared/data).")
    var data: String = "../shared/data"

    func run() throws {
        do {
            Console.print(
                try CorpusGenerator.write(to: out, data: data, articles: articles, days: days, seed: seed))
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.nothingDone)
        }
    }
}
