import Foundation
import ParallaxCluster
import ParallaxModel
import ParallaxText

/// Parsed documents handed from the parsing thread to the clustering thread.
package struct TermBatch: Sendable {
    package var terms: [DocumentVector] = []
    /// Hash of each document's `cluster` label.
    package var labels: [UInt64] = []
}

/// A bounded blocking queue of batches between two threads.
package final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [TermBatch] = []
    private var closed = false
    private let capacity: Int

    package init(capacity: Int) { self.capacity = capacity }

    package func push(_ batch: TermBatch) {
        condition.lock()
        while items.count >= capacity { condition.wait() }
        items.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    package func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    package func pop() -> TermBatch? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        if items.isEmpty { return nil }
        let batch = items.removeFirst()
        condition.broadcast()
        return batch
    }
}

package final class AtomicCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    package var value: Int { lock.withLock { count } }
    package func add(_ n: Int) { lock.withLock { count += n } }
}

/// Reads labelled JSON Lines with `getline` and turns each line into hashed terms, without building Strings.
package struct JSONLinesTermReader: Sendable {
    package let path: String
    package let limit: Int
    package let clustering: EventClusterer.Options
    package let streaming: StreamingEventClusterer.StreamingOptions
    package let malformed = AtomicCount()
    /// CPU time of the parsing thread (reading, parsing, extracting, weighting).
    package let cpuMicroseconds = AtomicCount()
    package let vocabulary = AtomicCount()
    package let vocabularyBytes = AtomicCount()

    package init(
        path: String, limit: Int, clustering: EventClusterer.Options,
        streaming: StreamingEventClusterer.StreamingOptions
    ) {
        self.path = path
        self.limit = limit
        self.clustering = clustering
        self.streaming = streaming
    }

    package func produce(into queue: BatchQueue) {
        produce { queue.push($0) }
        queue.close()
    }

    package func produce(_ deliver: (TermBatch) -> Void) {
        guard let file = fopen(path, "r") else { return }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        var extractor = StreamingTermExtractor()
        var vectorizer = StreamingVectorizer(options: clustering, streaming: streaming)
        var record = FlatJSONRecord()
        var batch = TermBatch()
        var serial = 0
        var bad = 0
        while serial < limit {
            let n = getline(&line, &capacity, file)
            if n < 0 { break }
            guard let line else { break }
            let ok = line.withMemoryRebound(to: UInt8.self, capacity: n) { pointer in
                record.parse(UnsafeBufferPointer(start: pointer, count: n))
            }
            guard ok else {
                if n > 1 { bad += 1 }
                continue
            }
            let day = record.day
            let terms = record.text.withUnsafeBufferPointer { text in
                record.title.withUnsafeBufferPointer { title in
                    extractor.terms(serial: serial, day: day, title: record.hasTitle ? title : nil, text: text)
                }
            }
            batch.terms.append(vectorizer.vector(terms))
            batch.labels.append(Self.hash(record.cluster))
            serial += 1
            if batch.terms.count == 256 {
                deliver(batch)
                batch = TermBatch()
            }
        }
        if !batch.terms.isEmpty { deliver(batch) }
        malformed.add(bad)
        cpuMicroseconds.add(Int(ThreadCPU.seconds() * 1e6))
        vocabulary.add(vectorizer.vocabularySize)
        vocabularyBytes.add(vectorizer.approximateBytes)
    }

    package static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}

/// The string fields of one flat JSON object (`cluster`, `title`, `text`, `date`), decoded to UTF-8 bytes.
package struct FlatJSONRecord {
    package var cluster: [UInt8] = []
    package var title: [UInt8] = []
    package var hasTitle = false
    package var text: [UInt8] = []
    package var date: [UInt8] = []
    private var key: [UInt8] = []
    private var scratch: [UInt8] = []

    /// Publication day of `date` (`YYYY-MM-DD…`), when it parses.
    package var day: Int? {
        guard date.count >= 10 else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard date[i] >= 0x30 && date[i] <= 0x39 else { return nil }
                value = value * 10 + Int(date[i] - 0x30)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
            let civil = CivilDate(year: y, month: m, day: d)
        else { return nil }
        return civil.dayNumber
    }

    /// Parses a line holding one flat object; false when it is not one or lacks `cluster` or `text`.
    package mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        cluster.removeAll(keepingCapacity: true)
        title.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
        date.removeAll(keepingCapacity: true)
        hasTitle = false
        var hasCluster = false
        var hasText = false
        var i = 0
        let n = bytes.count
        func skipSpace() {
            while i < n && (bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09) { i += 1 }
        }
        skipSpace()
        guard i < n && bytes[i] == 0x7B else { return false }
        i += 1
        while true {
            skipSpace()
            guard i < n else { return false }
            if bytes[i] == 0x7D { break }
            if bytes[i] == 0x2C {
                i += 1
                continue
            }
            guard bytes[i] == 0x22 else { return false }
            key.removeAll(keepingCapacity: true)
            guard JSONStringBytes.read(bytes, at: &i, appendingTo: &key) else { return false }
            skipSpace()
            guard i < n && bytes[i] == 0x3A else { return false }
            i += 1
            skipSpace()
            guard i < n else { return false }
            if bytes[i] == 0x22 {
                let ok: Bool
                switch key {
                case Self.clusterKey: ok = JSONStringBytes.read(bytes, at: &i, appendingTo: &cluster); hasCluster = true
                case Self.titleKey: ok = JSONStringBytes.read(bytes, at: &i, appendingTo: &title); hasTitle = true
                case Self.textKey: ok = JSONStringBytes.read(bytes, at: &i, appendingTo: &text); hasText = true
                case Self.dateKey: ok = JSONStringBytes.read(bytes, at: &i, appendingTo: &date)
                default:
                    scratch.removeAll(keepingCapacity: true)
                    ok = JSONStringBytes.read(bytes, at: &i, appendingTo: &scratch)
                }
                guard ok else { return false }
            } else if bytes[i] == 0x7B || bytes[i] == 0x5B {
                return false  // nested values are not part of the format
            } else {
                // null, a number or a boolean; a numeric cluster label is kept as its text
                let start = i
                while i < n && bytes[i] != 0x2C && bytes[i] != 0x7D { i += 1 }
                if key == Self.clusterKey {
                    cluster.append(contentsOf: bytes[start..<i])
                    hasCluster = !(i - start == 4 && bytes[start] == 0x6E)
                }
            }
        }
        return hasCluster && hasText
    }

    package static let clusterKey = Array("cluster".utf8)
    package static let titleKey = Array("title".utf8)
    package static let textKey = Array("text".utf8)
    package static let dateKey = Array("date".utf8)
}
