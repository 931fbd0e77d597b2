import ArgumentParser
import Parallax
import ParallaxEvaluation

/// `parallax bench search --db FILE --queries FILE`: the store's full-text search in-process, without HTTP,
/// query after query on one task; prints the latency distribution and queries per second.
struct BenchSearch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Time the SQLite store's ranked search (in memory index, or FTS5 with --fts5) over a query file."
    )

    @Option(help: "The SQLite database to search.")
    var db: String

    @Option(help: "A file of queries, one per line.")
    var queries: String

    @Option(help: "Hits per query.")
    var limit: Int = 20

    @Flag(help: "Rank with SQLite FTS5 instead of the in-memory index.")
    var fts5 = false

    func run() async throws {
        if let missing = StoreLocation.missingStore(db) {
            Console.error("\(missing)")
            throw ExitCode(ExitStatus.nothingDone)
        }
        Console.print(try await SearchBenchmark.run(db: db, queries: queries, limit: limit, fts5: fts5))
    }
}
