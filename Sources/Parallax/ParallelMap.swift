import Foundation

/// `transform` of every index in `0..<count`, worked out in parallel (a few batches a core, so a slow item does
/// not hold up a core for long) and returned in index order: the result is the same as a loop.
/// - Parameter progress: called with the number done so far after each batch, in the caller's task.
func parallelMap<T: Sendable>(
    _ count: Int, progress: (Int) -> Void = { _ in }, _ transform: @escaping @Sendable (Int) async -> T
) async -> [T] {
    var results = [T?](repeating: nil, count: count)
    let chunk = max(1, count / max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
    await withTaskGroup(of: (Int, [T]).self) { group in
        for start in stride(from: 0, to: count, by: chunk) {
            let range = start..<min(start + chunk, count)
            group.addTask {
                var batch: [T] = []
                for i in range { batch.append(await transform(i)) }
                return (start, batch)
            }
        }
        var done = 0
        for await (start, batch) in group {
            for (offset, x) in batch.enumerated() { results[start + offset] = x }
            done += batch.count
            progress(done)
        }
    }
    return results.map { $0! }
}
