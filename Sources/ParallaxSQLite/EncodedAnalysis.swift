import Foundation
import ParallaxModel

/// Extractions and comparisons to store, with their JSON encoded in parallel a few thousand at a time
/// (encoding is most of the cost of storing an analysis; a chunk at a time keeps only that chunk's JSON in
/// memory, not a whole store's).
struct EncodedAnalysis {
    var extractions: [ArticleExtraction]
    var comparisons: [EventComparison]

    /// Values encoded at once: enough batches to keep the cores busy, few enough bytes to hold.
    static let chunk = 4096

    init(extractions: [ArticleExtraction], comparisons: [EventComparison]) {
        self.extractions = extractions
        self.comparisons = comparisons
    }

    /// Calls `body` with each extraction and its JSON, in order.
    func eachExtraction(_ body: (ArticleExtraction, Data) throws -> Void) throws {
        try Self.each(extractions, body)
    }

    /// Calls `body` with each comparison and its JSON, in order.
    func eachComparison(_ body: (EventComparison, Data) throws -> Void) throws {
        try Self.each(comparisons, body)
    }

    private static func each<T: Encodable & Sendable>(_ values: [T], _ body: (T, Data) throws -> Void) throws {
        for start in stride(from: 0, to: values.count, by: chunk) {
            let part = Array(values[start..<min(start + chunk, values.count)])
            for (value, json) in zip(part, try encoded(part)) { try body(value, json) }
        }
    }

    /// Each value's JSON (sorted keys, as ``SQLiteStore/encoder`` writes it), in order, worked out a batch per
    /// task over the cores.
    static func encoded<T: Encodable & Sendable>(_ values: [T]) throws -> [Data] {
        let batches = max(1, min(values.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        let size = (values.count + batches - 1) / max(1, batches)
        let results = Results(count: batches)
        DispatchQueue.concurrentPerform(iterations: values.isEmpty ? 0 : batches) { batch in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let range = min(batch * size, values.count)..<min((batch + 1) * size, values.count)
            results.set(batch, Result { try range.map { try encoder.encode(values[$0]) } })
        }
        return try results.values.flatMap { try $0?.get() ?? [] }
    }

    /// Per-batch results written from several threads, each slot by one.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result<[Data], any Error>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result<[Data], any Error>) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [Result<[Data], any Error>?] {
            lock.lock()
            defer { lock.unlock() }
            return slots
        }
    }
}
