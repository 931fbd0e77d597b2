import Foundation
import Parallax
import ParallaxStore

/// `parallax bench search`: a SQLite store's ranked search in-process, without HTTP, query after query on one
/// task.
package enum SearchBenchmark {
    /// Runs each line of the file `queries` as a search of the store at `db`.
    /// - Parameter fts5: rank with SQLite FTS5 instead of the in-memory index (whose build is timed first).
    /// - Returns: the index build time, then queries, hits, queries per second and the latency distribution.
    /// - Throws: when the query file cannot be read or the store cannot be opened or searched.
    package static func run(db: String, queries: String, limit: Int, fts5: Bool) async throws -> String {
        let lines = try String(contentsOfFile: queries, encoding: .utf8).split(separator: "\n").map(String.init)
        let store = try await StoreLocation.open(db, creatingIfMissing: false)
        var report: [String] = []
        if !fts5 {
            let clock = ContinuousClock()
            let built = try await clock.measure { try await store.prepareForSearches() }
            report.append("index built in \(built)")
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
        report.append(
            String(
                format:
                    "%d queries, %d hits, %.0f queries/s; latency p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms",
                lines.count, hits, Double(lines.count) / max(elapsed, 1e-9), percentile(0.5), percentile(0.9),
                percentile(0.99), latencies.last ?? 0))
        return report.joined(separator: "\n")
    }
}
