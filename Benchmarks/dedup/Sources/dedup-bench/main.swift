// Runs `DedupBenchmark` on a JSON Lines corpus and writes the pairs it found as TSV.
//
//     dedup-bench CORPUS.jsonl [--threshold 0.8] [--permutations 128] [--shingle 5]
//                 [--verification exact|signature] [--pairs PAIRS.tsv] [--summary SUMMARY.json]
import Foundation
import ParallaxDedup

let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func value(_ flag: String) -> String? {
    guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let threshold = value("--threshold").flatMap(Double.init) ?? 0.8
let permutations = value("--permutations").flatMap(Int.init) ?? 128
let shingle = value("--shingle").flatMap(Int.init) ?? 5
let verification = value("--verification").flatMap(DedupOptions.Verification.init(rawValue:)) ?? .exact
let pairsPath = value("--pairs")
let summaryPath = value("--summary")
guard let corpus = arguments.first, !corpus.hasPrefix("--") else {
    FileHandle.standardError.write(
        Data("usage: dedup-bench CORPUS.jsonl [--threshold 0.8] [--permutations 128]\n".utf8))
    exit(2)
}

do {
    let options = DedupOptions(permutations: permutations, shingleSize: shingle, verification: verification)
    let result = try DedupBenchmark.run(
        jsonl: corpus, threshold: threshold, permutations: permutations, options: options)
    if let pairsPath {
        var tsv = "first\tsecond\tkind\tjaccard\tcontainment\n"
        for pair in result.pairs {
            tsv += "\(pair.first)\t\(pair.second)\t\(pair.kind.rawValue)\t\(pair.jaccard)\t\(pair.containment)\n"
        }
        try tsv.write(toFile: pairsPath, atomically: true, encoding: .utf8)
    }
    let summary: [String: Any] = [
        "system": "parallax", "documents": result.documents, "bad_lines": result.badLines,
        "seconds": result.seconds, "index_seconds": result.indexSeconds,
        "docs_per_second": result.documentsPerSecond, "pairs": result.pairs.count,
        "bands": result.banding.bands, "rows": result.banding.rows, "permutations": permutations,
        "shingle": shingle, "threshold": threshold, "verification": verification.rawValue,
        "peak_rss_bytes": result.peakMemoryBytes,
        "processors": ProcessInfo.processInfo.activeProcessorCount,
    ]
    let json = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys])
    if let summaryPath { try json.write(to: URL(fileURLWithPath: summaryPath)) }
    print(String(decoding: json, as: UTF8.self))
} catch {
    FileHandle.standardError.write(Data("dedup-bench: \(error)\n".utf8))
    exit(1)
}
