import ArgumentParser
import Foundation
import Parallax
import ParallaxStore

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
        let lines = try String(contentsOfFile: queries, encoding: .utf8).split(separator: "\n").map(String.init)
        let store = try await StoreLocation.open(db, creatingIfMissing: false)
        if !fts5 {
            let clock = ContinuousClock()
            let built = try await clock.measure { try await store.prepareForSearches() }
            print("index built in \(built)")
        }
        var latencies: [Double] = []
        var hits = 0
        let start = Date()
        for line in lines {
            let began = Date()
            hits += try await store.search(SearchQuery(text: line, limit: limit)).count
            latencies.append(Date().timeIntervalSince(began) * 1000)
        }
        let elapsed = Date().timeIntervalSince(start)
        latencies.sort()
        let percentile = { (p: Double) in
            latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(p * Double(latencies.count)))]
        }
        print(
            String(
                format:
                    "%d queries, %d hits, %.0f queries/s; latency p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms",
                lines.count, hits, Double(lines.count) / max(elapsed, 1e-9), percentile(0.5), percentile(0.9),
                percentile(0.99), latencies.last ?? 0))
    }
}
