import Foundation
import ParallaxCluster
import ParallaxModel

/// What one clustering run keeps: gold and predicted event per document, as compact integers.
package final class StreamRun {
    package init() {}

    package var gold = ContiguousArray<Int32>()
    package var predicted = ContiguousArray<Int32>()
    package var goldIndex: [UInt64: Int32] = [:]
    package var goldCount: Int { goldIndex.count }
    package var clusterSeconds = 0.0
    package var clusterCPUSeconds = 0.0
    package var closedEvents = 0

    package func assign(serial: Int, event: Int) {
        precondition(serial == predicted.count, "assignments arrive in stream order")
        predicted.append(Int32(event))
    }

    package func closed(_ event: StreamingEventClusterer.ClosedEvent) { closedEvents += 1 }

    package func consume(_ batch: TermBatch, _ clusterer: StreamingEventClusterer) {
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
    package func bcubed() -> BCubed {
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
