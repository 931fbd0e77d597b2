/// Runs ingestions one at a time: each re-analyses the whole store, and two overlapping re-analyses could
/// store the older result last.
actor IngestQueue {
    private var tail: Task<Void, Never>?

    /// Runs `operation` after every operation enqueued before it has finished.
    func run<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let previous = tail
        let task = Task<T, any Error> {
            await previous?.value
            return try await operation()
        }
        tail = Task { _ = try? await task.value }
        return try await task.value
    }
}
