import ArgumentParser
import Foundation
import Parallax
import ParallaxEvaluation
import ParallaxModel

/// `parallax bench generate-store --articles N --db FILE`: a large store for load-testing `parallax serve`.
///
/// The Examples corpus is read and analysed for real; each synthetic event is a copy of one of its events
/// (the same outlets' articles, each with an extra paragraph of words drawn from the corpus so the full-text
/// index has variety), with the real comparison and extractions re-keyed to the new article ids. Events are
/// spread over `--days` days and their articles over a pool of outlets, so listings, timelines, outlet
/// pages and search see realistic sizes. Written straight to the store (no clustering of N articles): this
/// measures serving, not analysis.
struct BenchGenerateStore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-store",
        abstract: "Fill a SQLite store with N articles in realistic events, for load tests of parallax serve."
    )

    @Option(help: "Articles to write (at least).")
    var articles: Int = 100_000

    @Option(help: "The SQLite database to create (must not exist).")
    var db: String

    @Option(help: "Corpus whose analysed events are the templates.")
    var templates: String = "Examples/articles"

    @Option(help: "Days the events span.")
    var days: Int = 365

    @Option(help: "Outlets the articles are spread over.")
    var outlets: Int = 40

    @Option(help: "Random seed.")
    var seed: UInt64 = 7

    func run() async throws {
        guard !FileManager.default.fileExists(atPath: db) else {
            Console.error("\(db): already exists; generate-store writes a new database.")
            throw ExitCode(ExitStatus.nothingDone)
        }
        let start = Date()
        let store = try await StoreLocation.open(db, creatingIfMissing: true)
        let summary: StoreGenerator.Summary
        do {
            summary = try await StoreGenerator.fill(
                store, articles: articles, templates: templates, days: days, outlets: outlets, seed: seed)
        } catch let error as ParallaxError where error.code == .notFound {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.nothingDone)
        }
        let seconds = Date().timeIntervalSince(start)
        Console.print(
            "\(summary.articles) articles in \(summary.events) events from \(summary.templates) template events, \(summary.outlets) outlets -> \(db) (\(Int(seconds)) s)"
        )
    }
}
