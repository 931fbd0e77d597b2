import Foundation
import ParallaxCluster
import ParallaxModel

/// `parallax bench cluster-stream`: the streaming clusterer over a labelled JSON Lines file, with one thread
/// parsing and weighting and another clustering; the report is the text the command prints.
package enum StreamClusteringBenchmark {
    package static func run(
        path: String, clustering: ClusteringOptions, maxAgeDays: Int, documentTerms: Int, maxCandidates: Int,
        limit: Int?, threads: Int
    ) -> String {
        var streaming = StreamingEventClusterer.StreamingOptions()
        streaming.maxEventAgeDays = maxAgeDays
        streaming.documentTerms = documentTerms
        streaming.maxCandidates = maxCandidates
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
        return
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
            """
    }
}
