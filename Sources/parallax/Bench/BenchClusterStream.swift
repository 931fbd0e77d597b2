import ArgumentParser
import Foundation
import ParallaxCluster
import ParallaxEvaluation
import ParallaxModel

/// `parallax bench cluster-stream FILE.jsonl`.
struct BenchClusterStream: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster-stream",
        abstract: "Stream-cluster a labelled JSON Lines file; print documents/s, events, peak memory and BCubed.",
        discussion: """
            Reads the file line by line (bounded memory) with one thread parsing, extracting hashed terms and
            weighting them (StreamingVectorizer) and another clustering with StreamingEventClusterer, in file order (publication order). Scoring keeps two
            32-bit integers per document (gold and predicted event: 8 MB per million) and sorts one 64-bit key per
            document at the end (another 8 MB per million).
            """
    )

    @Argument(help: "A labelled .jsonl file (id, cluster, title, text, date, source), in publication order.")
    var path: String

    @Option(help: "Clustering options as JSON (as `parallax tune clustering` prints them).")
    var options: String?

    @Option(help: "Days without a new member after which an event closes.")
    var maxAgeDays: Int = 7

    @Option(help: "Content words kept per document.")
    var documentTerms: Int = 100

    @Option(help: "Candidate events scored in full per document.")
    var maxCandidates: Int = 8

    @Option(help: "Stop after this many documents.")
    var limit: Int?

    @Option(help: "1: parse and cluster on one thread; 2: a parsing thread feeds the clustering thread.")
    var threads: Int = 2

    func run() throws {
        var clustering = EventClusterer.Options()
        if let options { clustering = try ClusteringOptionsArgument.parse(options) }
        var streaming = StreamingEventClusterer.StreamingOptions()
        streaming.maxEventAgeDays = maxAgeDays
        streaming.documentTerms = documentTerms
        streaming.maxCandidates = maxCandidates
        guard FileManager.default.isReadableFile(atPath: path) else {
            Console.error("\(path): no such file.")
            throw ExitCode(ExitStatus.nothingDone)
        }
        let run = StreamRun()
        let clusterer = StreamingEventClusterer(
            options: clustering, streaming: streaming,
            onAssignment: { serial, event in run.assign(serial: serial, event: event) },
            onEventClosed: { event in run.closed(event) })
        let loadAtStart =
            (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
        let start = Date()
        let queue = BatchQueue(capacity: 8)
        let reader = JSONLinesTermReader(
            path: path, limit: limit ?? Int.max, clustering: clustering, streaming: streaming)
        if threads >= 2 {
            let producer = Thread { reader.produce(into: queue) }
            producer.stackSize = 1 << 22
            producer.start()
            while let batch = queue.pop() { run.consume(batch, clusterer) }
        } else {
            reader.produce { run.consume($0, clusterer) }
        }
        clusterer.finish()
        let seconds = Date().timeIntervalSince(start)
        let clusterBytes = clusterer.approximateBytes
        let score = run.bcubed()
        let peak = PeakMemory.residentBytes()
        let parseCPU = Double(reader.cpuMicroseconds.value) / 1e6 - (threads >= 2 ? 0 : run.clusterCPUSeconds)
        let n = run.predicted.count
        Console.print(
            """
            documents \(n)  gold events \(run.goldCount)  events found \(clusterer.eventsStarted)  \
            (peak live \(clusterer.peakLiveEvents))  malformed lines \(reader.malformed.value)
            BCubed precision \(fixed(score.precision))  recall \(fixed(score.recall))  F1 \(fixed(score.f1))
            \(fixed(Double(n) / max(seconds, 1e-9), 0)) documents/s  wall \(fixed(seconds, 1)) s  \
            (\(threads >= 2 ? "2 threads" : "1 thread"); load average at start \(loadAtStart))
            CPU: parse+extract+weight \(fixed(parseCPU, 1)) s (\(fixed(Double(n) / max(parseCPU, 1e-9), 0)) docs/CPU-s), \
            cluster \(fixed(run.clusterCPUSeconds, 1)) s (\(fixed(Double(n) / max(run.clusterCPUSeconds, 1e-9), 0)) docs/CPU-s); \
            pipeline bound on 2 idle cores \(fixed(Double(n) / max(threads >= 2 ? max(parseCPU, run.clusterCPUSeconds) : parseCPU + run.clusterCPUSeconds, 1e-9), 0)) docs/s
            peak RSS \(fixed(Double(peak) / 1e6, 0)) MB  vocabulary \(reader.vocabulary.value) terms \
            (~\(fixed(Double(reader.vocabularyBytes.value) / 1e6, 0)) MB)  \
            clusterer state at end ~\(fixed(Double(clusterBytes) / 1e6, 0)) MB
            """)
    }
}

/// What one clustering run keeps: gold and predicted event per document, as compact integers.
final class StreamRun {
    var gold = ContiguousArray<Int32>()
    var predicted = ContiguousArray<Int32>()
    var goldIndex: [UInt64: Int32] = [:]
    var goldCount: Int { goldIndex.count }
    var clusterSeconds = 0.0
    var clusterCPUSeconds = 0.0
    var closedEvents = 0

    func assign(serial: Int, event: Int) {
        precondition(serial == predicted.count, "assignments arrive in stream order")
        predicted.append(Int32(event))
    }

    func closed(_ event: StreamingEventClusterer.ClosedEvent) { closedEvents += 1 }

    func consume(_ batch: TermBatch, _ clusterer: StreamingEventClusterer) {
        let c0 = ThreadCPU.seconds()
        let t0 = DispatchTime.now().uptimeNanoseconds
        for (terms, label) in zip(batch.terms, batch.labels) {
            let g =
                goldIndex[label]
                ?? {
                    let g = Int32(goldIndex.count)
                    goldIndex[label] = g
                    return g
                }()
            gold.append(g)
            clusterer.add(terms)
        }
        clusterSeconds += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        clusterCPUSeconds += ThreadCPU.seconds() - c0
    }

    /// BCubed from per-cluster counts: sorts one (predicted, gold) key per document.
    func bcubed() -> BCubed {
        let n = predicted.count
        guard n > 0 else { return BCubed(predicted: [Int](), gold: [Int]()) }
        var predictedSize = [Int32](repeating: 0, count: Int(predicted.max()!) + 1)
        var goldSize = [Int32](repeating: 0, count: goldIndex.count)
        var keys = [UInt64]()
        keys.reserveCapacity(n)
        for i in 0..<n {
            predictedSize[Int(predicted[i])] += 1
            goldSize[Int(gold[i])] += 1
            keys.append(UInt64(UInt32(predicted[i])) << 32 | UInt64(UInt32(gold[i])))
        }
        keys.sort()
        var p = 0.0
        var r = 0.0
        var i = 0
        while i < n {
            var j = i
            while j < n && keys[j] == keys[i] { j += 1 }
            let both = Double(j - i)
            p += both * both / Double(predictedSize[Int(keys[i] >> 32)])
            r += both * both / Double(goldSize[Int(keys[i] & 0xFFFF_FFFF)])
            i = j
        }
        var result = BCubed(predicted: [0], gold: [0])
        result.precision = p / Double(n)
        result.recall = r / Double(n)
        result.f1 =
            result.precision + result.recall > 0
            ? 2 * result.precision * result.recall / (result.precision + result.recall) : 0
        return result
    }
}
