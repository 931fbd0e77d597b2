import Dispatch
import Foundation
import ParallaxModel

/// The Swift side of `Benchmarks/dedup`: indexes a JSON Lines corpus and reports the pairs it finds, how fast,
/// and the process's peak memory.
///
/// Each line is an object with string fields `id` and `text`, and optionally `published` (ISO 8601), `outlet`
/// and `agency`. The file is read in 4 MB chunks whose lines are
/// parsed in parallel and streamed in batches of 2,048 articles through ``DedupIndex/add(_:)``, as a crawler
/// feeding a store would, so the measured rate includes reading and parsing the file.
public enum DedupBenchmark {
    /// Articles per ``DedupIndex/add(_:)`` call.
    public static let batchSize = 2048

    /// Runs the benchmark on `path`.
    /// - Parameters:
    ///   - threshold: Jaccard threshold (``DedupOptions/threshold``).
    ///   - permutations: MinHash signature length.
    ///   - options: other settings; `threshold` and `permutations` override theirs.
    /// - Throws: ``ParallaxError`` `.notFound` when the file cannot be opened.
    public static func run(
        jsonl path: String, threshold: Double = 0.8, permutations: Int = 128, options: DedupOptions = DedupOptions()
    ) throws -> DedupBenchmarkResult {
        var options = options
        options.threshold = threshold
        options.permutations = permutations
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ParallaxError(.notFound, "\(path): cannot open the benchmark corpus.")
        }
        defer { try? handle.close() }
        let clock = ContinuousClock()
        let start = clock.now
        // Three-stage pipeline: this thread reads and parses lines (in parallel), a helper thread per batch
        // fingerprints it (in parallel), and one serial indexer adds batches to the index in order (its LSH
        // lookups and verification are sequential). At most two batches are in flight, which bounds memory.
        let indexer = Indexer(index: DedupIndex(options: options), clock: clock)
        let feeder = BatchFeeder(indexer: indexer)
        var pending: [UInt8] = []
        var lines: [Range<Int>] = []
        // One reused read buffer: a fresh 4 MB `Data` per read costs page faults on every chunk.
        let chunkSize = 4 << 20
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = read(handle.fileDescriptor, chunk.baseAddress, chunkSize)
            guard count >= 0 else {
                if errno == EINTR { continue }
                throw ParallaxError(.invalidInput, "\(path): read failed (errno \(errno)).")
            }
            let atEnd = count == 0
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
            let consumed = pending.withUnsafeBufferPointer { bytes -> Int in
                let consumed = lineRanges(in: bytes, atEnd: atEnd, into: &lines)
                feeder.parse(lines, of: bytes)
                lines.removeAll(keepingCapacity: true)
                return consumed
            }
            pending.removeFirst(consumed)
            if atEnd { break }
        }
        feeder.finish()
        let total = clock.now - start
        return DedupBenchmarkResult(
            documents: indexer.index.count, badLines: feeder.badLines, seconds: total.seconds,
            indexSeconds: indexer.time.seconds, options: options, banding: indexer.index.lsh, pairs: indexer.pairs,
            peakMemoryBytes: peakResidentBytes())
    }

    /// Appends to `lines` the non-empty lines of `bytes` that end in a newline (and the last one when `atEnd`);
    /// returns how many bytes they used up.
    static func lineRanges(in bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool, into lines: inout [Range<Int>]) -> Int {
        var lineStart = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            if i > lineStart { lines.append(lineStart..<i) }
            lineStart = i + 1
        }
        if atEnd && lineStart < bytes.count {
            lines.append(lineStart..<bytes.count)
            lineStart = bytes.count
        }
        return lineStart
    }

    static func article(_ line: UnsafeBufferPointer<UInt8>) -> Article? {
        guard let object = FlatJSONObject(line), let id = object.strings["id"], let text = object.strings["text"] else {
            return nil
        }
        return Article(
            id: id, published: object.strings["published"].flatMap { Timestamp(iso: $0) },
            outlet: object.strings["outlet"], agency: object.strings["agency"], text: text)
    }

    /// Peak resident set size of this process, from `getrusage` (kilobytes on Linux, bytes on Darwin).
    public static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
            getrusage(RUSAGE_SELF, &usage)
            return Int(usage.ru_maxrss)
        #else
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss) * 1024
        #endif
    }
}

/// Parses lines into articles (in parallel) and hands them to the indexer in batches of
/// ``DedupBenchmark/batchSize``, fingerprinted on a thread of their own, at most two in flight.
private final class BatchFeeder {
    let indexer: Indexer
    let preparer: ArticlePreparer
    let inFlight = DispatchSemaphore(value: 2)
    var batch: [Article] = []
    /// Lines that were not an object with string fields `id` and `text`.
    var badLines = 0

    init(indexer: Indexer) {
        self.indexer = indexer
        self.preparer = indexer.index.preparer
        batch.reserveCapacity(DedupBenchmark.batchSize)
    }

    /// Parses the lines at `ranges` of `bytes` in parallel, then batches the articles in line order.
    func parse(_ ranges: [Range<Int>], of bytes: UnsafeBufferPointer<UInt8>) {
        let slots = ParsedLines(count: ranges.count)
        let parts = ProcessInfo.processInfo.activeProcessorCount * 4
        nonisolated(unsafe) let bytes = bytes  // read-only while the workers run
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let size = (ranges.count + parts - 1) / parts
            let lower = part * size
            let upper = min(ranges.count, lower + size)
            guard lower < upper else { return }
            for i in lower..<upper {
                slots.set(i, DedupBenchmark.article(UnsafeBufferPointer(rebasing: bytes[ranges[i]])))
            }
        }
        for i in ranges.indices {
            if let article = slots.get(i) {
                batch.append(article)
                if batch.count == DedupBenchmark.batchSize { flush() }
            } else {
                badLines += 1
            }
        }
    }

    /// Sends the current batch to be fingerprinted and indexed, waiting while two are in flight.
    func flush() {
        inFlight.wait()
        let next = PreparedBatch(batch, preparer: preparer)
        let indexer = indexer
        let inFlight = inFlight
        indexer.queue.async {
            indexer.add(next.wait())
            inFlight.signal()
        }
        batch.removeAll(keepingCapacity: true)
    }

    /// Sends the last batch and waits until everything is indexed.
    func finish() {
        if !batch.isEmpty { flush() }
        indexer.queue.sync {}
    }
}

/// The index and what it found, owned by one serial queue.
private final class Indexer: @unchecked Sendable {
    let queue = DispatchQueue(label: "parallax.dedup-benchmark.indexer")
    let clock: ContinuousClock
    /// Touched only on `queue` (and read after `queue.sync {}`).
    var index: DedupIndex
    var pairs: [DuplicatePair] = []
    var time = Duration.zero

    init(index: DedupIndex, clock: ContinuousClock) {
        self.index = index
        self.clock = clock
    }

    /// Adds one fingerprinted batch; runs on `queue`.
    func add(_ prepared: [PreparedArticle]) {
        let t0 = clock.now
        pairs += index.add(prepared: prepared).pairs
        time += clock.now - t0
    }
}

/// A batch being fingerprinted on a thread of its own.
private final class PreparedBatch: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: [PreparedArticle] = []

    init(_ articles: [Article], preparer: ArticlePreparer) {
        let thread = Thread { [self] in
            result = preparer.prepare(articles)
            done.signal()
        }
        thread.start()
    }

    /// The prepared articles, once the thread is done.
    func wait() -> [PreparedArticle] {
        done.wait()
        return result
    }
}

/// Articles parsed by concurrent workers, each writing distinct slots.
private final class ParsedLines: @unchecked Sendable {
    private var slots: [Article?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ article: Article?) {
        slots.withUnsafeMutableBufferPointer { $0[index] = article }
    }

    func get(_ index: Int) -> Article? { slots[index] }
}

/// What ``DedupBenchmark/run(jsonl:threshold:permutations:options:)`` measured.
public struct DedupBenchmarkResult: Sendable, Codable {
    /// Articles indexed.
    public var documents: Int
    /// Lines that were not an object with `id` and `text`.
    public var badLines: Int
    /// Wall-clock seconds for the whole run: reading, parsing, fingerprinting, LSH and verification.
    public var seconds: Double
    /// Of which adding fingerprinted articles to the index (``DedupIndex/add(prepared:)``, on one serial
    /// thread; reading, parsing and fingerprinting of later batches run meanwhile).
    public var indexSeconds: Double
    /// The settings used.
    public var options: DedupOptions
    /// The banding used.
    public var banding: LSHParameters
    /// Every verified pair.
    public var pairs: [DuplicatePair]
    /// Peak resident memory of the process at the end of the run.
    public var peakMemoryBytes: Int

    /// Documents per second over the whole run.
    public var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }
}

extension Duration {
    fileprivate var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
