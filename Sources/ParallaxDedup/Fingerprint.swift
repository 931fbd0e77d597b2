import Dispatch
import Foundation
import ParallaxModel
import ParallaxText

/// What the index keeps of one article's text.
struct Fingerprint: Sendable {
    /// ``TextScanner/sequenceHash(_:)`` of all words; zero for a text without words.
    var exactHash: UInt64
    /// Number of distinct 32-bit shingle hashes.
    var shingleCount: Int
    /// The sorted distinct shingle hashes, Elias–Fano coded (``EliasFano``).
    var shingleCode: ContiguousArray<UInt64>
    /// MinHash signature.
    var signature: ContiguousArray<UInt32>
    /// Word-sequence hash of each paragraph of ``Article/paragraphSpans``, zero for one without words.
    var paragraphs: ContiguousArray<UInt64>
}

/// Computes fingerprints, in parallel for large batches.
struct Fingerprinter: Sendable {
    let hasher: MinHasher

    /// Reusable buffers of one worker.
    struct Scratch {
        var words = ContiguousArray<UInt64>()
        var starts = ContiguousArray<Int32>()
    }

    func fingerprint(_ text: String, scratch: inout Scratch) -> Fingerprint {
        var text = text
        return text.withUTF8 { bytes in
            TextScanner.wordHashes(bytes, into: &scratch.words, starts: &scratch.starts)
            var shingles = ContiguousArray<UInt32>()
            var signature = ContiguousArray<UInt32>(repeating: .max, count: hasher.permutations)
            var paragraphs = ContiguousArray<UInt64>()
            let exact = scratch.words.withUnsafeBufferPointer { words in
                TextScanner.shingleKeys(words, size: hasher.shingleSize, into: &shingles)
                shingles.withUnsafeBufferPointer { keys in
                    signature.withUnsafeMutableBufferPointer { hasher.update($0, with: keys) }
                }
                // Paragraph hashes and the whole text's hash (both ``TextScanner/sequenceHash(_:)``) in one pass:
                // two independent multiply chains, which the processor overlaps.
                var whole = TextScanner.sequenceSeed
                var w = 0
                scratch.starts.withUnsafeBufferPointer { starts in
                    for span in Article.paragraphSpans(in: bytes) {
                        var paragraph = TextScanner.sequenceSeed
                        let first = w
                        while w < words.count && Int(starts[w]) < span.end {
                            paragraph = StableHash.mix(paragraph ^ words[w])
                            whole = StableHash.mix(whole ^ words[w])
                            w += 1
                        }
                        paragraphs.append(w == first ? 0 : TextScanner.sequenceResult(paragraph))
                    }
                }
                while w < words.count {
                    whole = StableHash.mix(whole ^ words[w])
                    w += 1
                }
                return words.isEmpty ? 0 : TextScanner.sequenceResult(whole)
            }
            var code = ContiguousArray<UInt64>()
            shingles.withUnsafeBufferPointer { EliasFano.encode($0, into: &code) }
            return Fingerprint(
                exactHash: exact, shingleCount: shingles.count, shingleCode: code, signature: signature,
                paragraphs: paragraphs)
        }
    }

    /// Fingerprints of `texts`, in order; batches of 64 or more spread over the processors.
    func fingerprints(_ texts: [String]) -> [Fingerprint] {
        let workers = texts.count >= 64 ? max(1, activeProcessors()) : 1
        guard workers > 1 else {
            var scratch = Scratch()
            return texts.map { fingerprint($0, scratch: &scratch) }
        }
        let chunks = workers * 8
        let chunkSize = (texts.count + chunks - 1) / chunks
        let results = ResultSlots<Fingerprint>(count: texts.count)
        let group = DispatchGroup()
        for chunk in 0..<chunks {
            DispatchQueue.global().async(group: group) {
                var scratch = Scratch()
                let lower = chunk * chunkSize
                let upper = min(texts.count, lower + chunkSize)
                guard lower < upper else { return }
                for i in lower..<upper { results.set(i, fingerprint(texts[i], scratch: &scratch)) }
            }
        }
        group.wait()
        return results.values()
    }

    private func activeProcessors() -> Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Slots that concurrent workers fill at distinct indices.
private final class ResultSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    /// Sets slot `index`; each index is written by one worker only.
    func set(_ index: Int, _ value: Value) { storage[index] = value }

    func values() -> [Value] { (0..<count).map { storage[$0]! } }
}
