import Foundation

/// Request counts and latency histograms by method, route and status, written in the Prometheus text
/// exposition format (version 0.0.4) at `/metrics`.
///
/// Hand-written rather than swift-prometheus + swift-metrics: the server needs one counter family, one
/// histogram family and two gauges read at scrape time, which is about 100 lines; the two packages would add
/// their own build (and swift-atomics') to every developer's and CI's build on a 2-core machine, and a global
/// `MetricsSystem` bootstrap that tests would have to share. The route label is the matched route pattern
/// (`/api/events/{id}`), never the raw path, so an attacker cannot grow the label set; requests no route
/// matched share Hummingbird's label `NotFound`.
final class RequestMetrics: @unchecked Sendable {
    /// Upper bounds of the latency buckets, in seconds: fine below 50 ms, where the server is meant to be.
    static let buckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

    struct Key: Hashable, Comparable {
        var method: String
        var route: String
        var status: Int

        static func < (a: Key, b: Key) -> Bool {
            (a.route, a.method, a.status) < (b.route, b.method, b.status)
        }
    }

    private struct Histogram {
        var counts: [Int] = Array(repeating: 0, count: RequestMetrics.buckets.count)
        var sum = 0.0
        var count = 0
    }

    private let lock = NSLock()
    private var histograms: [Key: Histogram] = [:]
    private var searchPreparationSeconds: Double?

    init() {}

    /// Records one finished request.
    func record(method: String, route: String, status: Int, seconds: Double) {
        let key = Key(method: method, route: route, status: status)
        let bucket = Self.buckets.firstIndex { seconds <= $0 }
        lock.withLock {
            var histogram = histograms[key] ?? Histogram()
            if let bucket { histogram.counts[bucket] += 1 }
            histogram.sum += seconds
            histogram.count += 1
            histograms[key] = histogram
        }
    }

    /// Records that the store finished ``ArticleStore/prepareForSearches()``, and how long it took.
    func searchesPrepared(seconds: Double) { lock.withLock { searchPreparationSeconds = seconds } }

    /// The exposition: the request families, then the stored-data gauges.
    func exposition(articles: Int, events: Int) -> String {
        let (snapshot, preparation) = lock.withLock { (histograms, searchPreparationSeconds) }
        let keys = snapshot.keys.sorted()
        var out = """
            # HELP parallax_http_requests_total HTTP requests answered, by method, route and status.
            # TYPE parallax_http_requests_total counter

            """
        for key in keys { out += "parallax_http_requests_total{\(labels(key))} \(snapshot[key]!.count)\n" }
        out += """
            # HELP parallax_http_request_duration_seconds Time from request head to response, by method, route and status.
            # TYPE parallax_http_request_duration_seconds histogram

            """
        for key in keys {
            let histogram = snapshot[key]!
            var cumulative = 0
            for (index, bound) in Self.buckets.enumerated() {
                cumulative += histogram.counts[index]
                out += "parallax_http_request_duration_seconds_bucket{\(labels(key)),le=\"\(bound)\"} \(cumulative)\n"
            }
            out += "parallax_http_request_duration_seconds_bucket{\(labels(key)),le=\"+Inf\"} \(histogram.count)\n"
            out += "parallax_http_request_duration_seconds_sum{\(labels(key))} \(histogram.sum)\n"
            out += "parallax_http_request_duration_seconds_count{\(labels(key))} \(histogram.count)\n"
        }
        out += """
            # HELP parallax_articles_stored Articles in the store.
            # TYPE parallax_articles_stored gauge
            parallax_articles_stored \(articles)
            # HELP parallax_events_stored Events in the store.
            # TYPE parallax_events_stored gauge
            parallax_events_stored \(events)
            # HELP parallax_search_prepared_seconds Time the store took to prepare for searches (its in-memory ranking index); absent until it is ready.
            # TYPE parallax_search_prepared_seconds gauge

            """
        if let preparation { out += "parallax_search_prepared_seconds \(preparation)\n" }
        return out
    }

    private func labels(_ key: Key) -> String {
        "method=\"\(Self.escape(key.method))\",route=\"\(Self.escape(key.route))\",status=\"\(key.status)\""
    }

    /// Label values escape `\`, `"` and newlines (exposition format rules).
    static func escape(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
