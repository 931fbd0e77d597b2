import Foundation
import ParallaxModel

/// Extractions and comparisons with their stored JSON, encoded in parallel before a write transaction opens
/// (encoding is most of the cost of storing an analysis; the rows themselves are quick to write).
struct EncodedAnalysis {
    var extractions: [ArticleExtraction]
    var extractionJSON: [Data]
    var comparisons: [EventComparison]
    var comparisonJSON: [Data]

    init(extractions: [ArticleExtraction], comparisons: [EventComparison]) throws {
        self.extractions = extractions
        self.comparisons = comparisons
        extractionJSON = try Self.encoded(extractions)
        comparisonJSON = try Self.encoded(comparisons)
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
