import Foundation

/// A small time-bounded cache of rendered bodies (event pages, event JSON, the outlet list), so a popular
/// page is decoded and rendered once per `ttl` instead of on every request.
///
/// The store changes only through ingestion; an ingest through this server clears the cache at once, and an
/// ingest by another process (the CLI on the same file) shows after at most `ttl`. Bounded in entries: when
/// full, it is cleared whole (cheap, and a hot page is back after one request).
final class ResponseCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (value: Value, expires: ContinuousClock.Instant)] = [:]
    private let ttl: Duration
    private let capacity: Int

    init(ttl: Duration = .seconds(30), capacity: Int = 2048) {
        self.ttl = ttl
        self.capacity = capacity
    }

    /// The cached value for `key`, or the one `make` computes (and caches).
    func value(for key: String, _ make: () async throws -> Value) async throws -> Value {
        let now = ContinuousClock.now
        if let hit = lock.withLock({ entries[key] }), hit.expires > now { return hit.value }
        let value = try await make()
        lock.withLock {
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = (value, now + ttl)
        }
        return value
    }

    /// Forgets everything (after an ingest).
    func removeAll() {
        lock.withLock { entries.removeAll() }
    }
}
