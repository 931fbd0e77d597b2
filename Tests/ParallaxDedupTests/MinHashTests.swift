import Foundation
import ParallaxModel
import ParallaxText
import Testing

@testable import ParallaxDedup

struct MinHashTests {
    @Test func bandingMatchesDatasketchAndTheRecallRule() {
        #expect(LSHParameters.optimal(threshold: 0.8, permutations: 128) == LSHParameters(bands: 9, rows: 13))
        let recall = LSHParameters.forRecall(threshold: 0.8, permutations: 128, missRate: 0.005)
        #expect(recall == LSHParameters(bands: 21, rows: 6))
        #expect(recall.candidateProbability(0.8) > 0.995)
        #expect(DedupOptions().effectiveBanding == recall)
    }

    /// The C kernel (AVX2 or portable, whichever this processor runs) against the definition, slot by slot,
    /// for signature lengths that exercise both its 32-slot blocks and its remainder loop.
    @Test(arguments: [1, 31, 128, 200])
    func kernelMatchesTheDefinition(permutations: Int) {
        let hasher = MinHasher(permutations: permutations, seed: 42)
        var generator = SplitMix(seed: UInt64(permutations))
        let keys = (0..<777).map { _ in UInt32(truncatingIfNeeded: generator.next()) }
        let signature = hasher.signature(ofShingles: keys)
        for slot in 0..<permutations {
            let a = hasher.multipliers[slot]
            let b = hasher.addends[slot]
            #expect(signature[slot] == keys.map { a &* $0 &+ b }.min()!, "slot \(slot), AVX2: \(MinHasher.usesAVX2)")
        }
        #expect(hasher.signature(ofShingles: []).allSatisfy { $0 == .max })
    }

    @Test func signatureEstimatesJaccard() {
        let hasher = MinHasher(permutations: 256)
        let a = Stories.wireText
        let b = Stories.wireParagraphs.dropLast(2).joined(separator: "\n\n")
        let sa = Set(hasher.shingles(of: a))
        let sb = Set(hasher.shingles(of: b))
        let exact = Double(sa.intersection(sb).count) / Double(sa.union(sb).count)
        let estimate = MinHasher.similarity(hasher.signature(of: a), hasher.signature(of: b))
        #expect(abs(estimate - exact) < 0.1)
        #expect(hasher.signature(of: a) == hasher.signature(of: a.lowercased()))
        #expect(hasher.signature(of: "").allSatisfy { $0 == .max })
    }

    @Test func shortTextsAreOneShingle() {
        #expect(MinHasher(shingleSize: 5).shingles(of: "Bridge collapses").count == 1)
        #expect(MinHasher(shingleSize: 2).shingles(of: "one two three two three").count == 3)
    }

    @Test(arguments: [
        ("One.\n\nTwo words.\n \n\nThree", ["One.", "Two words.", "Three"]),
        ("Line one\nline two", ["Line one", "line two"]),
        ("Only one paragraph", ["Only one paragraph"]),
        ("A\nstill A\n\nB", ["A\nstill A", "B"]),
    ])
    func paragraphsSplitAtBlankLines(text: String, expected: [String]) {
        #expect(Article(id: "p", text: text).paragraphs == expected)
    }

    /// Spread keys take the bucket-and-insertion path; crowded ones (all in one top-bit bucket) its fallback.
    @Test(arguments: [
        (500, UInt32(0)...UInt32(5000)), (700, UInt32(0)...UInt32.max), (3000, UInt32(0)...UInt32.max),
        (90, UInt32(1 << 31)...UInt32(1 << 31) + 40),
    ])
    func sortDeduplicates(count: Int, range: ClosedRange<UInt32>) {
        var generator = SplitMix(seed: 2026)
        var keys = ContiguousArray((0..<count).map { _ in UInt32.random(in: range, using: &generator) })
        keys += keys.prefix(count / 5)  // repeats
        let expected = Array(Set(keys)).sorted()
        TextScanner.sortAndDeduplicate(&keys)
        #expect(Array(keys) == expected)
    }

    @Test func flatJSONReadsStringFieldsAndEscapes() throws {
        let line = #"{"id": "d1", "n": [1, {"x": "}"}], "text": "caf\u00e9 \"q\" \ud83d\ude00\nnext", "ok": true}"#
        let object = try #require(Array(line.utf8).withUnsafeBufferPointer { FlatJSONObject($0) })
        #expect(object.strings["id"] == "d1")
        #expect(object.strings["text"] == "café \"q\" 😀\nnext")
        #expect(object.strings["ok"] == nil)
    }

    /// Strings of every length, with escapes at every offset of the eight-byte scan, read as Foundation does.
    @Test func flatJSONAgreesWithFoundationOnRandomStrings() throws {
        let pieces = ["a", "quick brown", "\"", "\\", "\n", "é", "😀", "\u{1}", "/", "tab\t", "0123456789"]
        var generator = SplitMix(seed: 7)
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...24, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let data = try JSONSerialization.data(withJSONObject: ["id": "x", "text": text])
            let object = try #require(Array(data).withUnsafeBufferPointer { FlatJSONObject($0) })
            #expect(object.strings["text"] == text)
        }
    }

    @Test func benchmarkRunsOnAJSONLinesFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dedup-bench-\(UUID()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lines = [
            #"{"id": "a", "text": "\#(escaped(Stories.wireText))", "published": "2026-03-03"}"#,
            #"{"id": "b", "text": "\#(escaped(Stories.independentText))"}"#,
            "not json",
            #"{"id": "c", "text": "\#(escaped(Stories.wireText + "\n\nMore."))", "outlet": "X"}"#,
        ]
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let result = try DedupBenchmark.run(jsonl: path)
        #expect(result.documents == 3)
        #expect(result.badLines == 1)
        #expect(result.pairs.map { [$0.first, $0.second] } == [["a", "c"]])
        #expect(result.peakMemoryBytes > 0)
        #expect(throws: ParallaxError.self) { try DedupBenchmark.run(jsonl: path + ".missing") }
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}

struct TextScannerTests {
    @Test func wordsAreTheTokenizersWords() {
        let pieces = [
            "Russia’s", "don't", "1,284.5", "2013-14", "China-Russia", "x-", "'quoted'", "“curly”", "—", "…", "a.b",
            "12a,5", "ÉCOLE", "naïve", "×", "÷", "\u{00A0}", "\u{2009}", "。", "日本", "😀", "-", "'", ",", ".", "9",
            "A", " ", "\n", "\n\n", "e-mail", "90's", "U.S.", "3.", "-5", "Ünal's", "internationalisation",
            "Bridgewater", "1234567890", "@[`{/:", "   \t  ", "ZZ", "0,000,000", "ab'c-d", "\u{7F}",
        ]
        var generator = SplitMix(seed: 2026)
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                text += pieces.randomElement(using: &generator)!
                if Bool.random(using: &generator) { text += " " }
            }
            var copy = text
            let (scanned, expected) = copy.withUTF8 { bytes -> ([String], [String]) in
                var words = ContiguousArray<UInt64>()
                var starts = ContiguousArray<Int32>()
                TextScanner.wordHashes(bytes, into: &words, starts: &starts)
                var tokens: [String] = []
                Tokenizer.forEachToken(in: bytes) { token in
                    let hash = TextScanner.hashWord(bytes, from: token.span.start, to: token.span.end)
                    tokens.append("\(token.span.start):\(hash)")
                }
                return (zip(starts, words).map { "\($0):\($1)" }, tokens)
            }
            #expect(scanned == expected, "\(text.debugDescription)")
        }
    }
}

struct WordHashTests {
    @Test(arguments: ["a", "Bridge", "ABCDEFGH", "abcdefghi", "Z@[`{", "MARREN-river's", "0123456789abcdefXYZ"])
    func asciiFastPathMatchesTheByteLoop(word: String) {
        var copy = word
        copy.withUTF8 { bytes in
            let fast = TextScanner.asciiWordHash(bytes, from: 0, to: bytes.count)
            #expect(fast == TextScanner.bytewiseWordHash(bytes, from: 0, to: bytes.count))
        }
        var upper = word.uppercased()
        var lower = word.lowercased()
        let a = upper.withUTF8 { TextScanner.hashWord($0, from: 0, to: $0.count) }
        let b = lower.withUTF8 { TextScanner.hashWord($0, from: 0, to: $0.count) }
        #expect(a == b)
    }

    @Test func nonASCIIWordsTakeTheByteLoop() {
        var word = "École"
        var folded = "école"
        #expect(word.withUTF8 { TextScanner.asciiWordHash($0, from: 0, to: $0.count) } == nil)
        let a = word.withUTF8 { TextScanner.hashWord($0, from: 0, to: $0.count) }
        let b = folded.withUTF8 { TextScanner.hashWord($0, from: 0, to: $0.count) }
        #expect(a == b)
    }
}

/// A small deterministic generator for test inputs.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return StableHash.mix(state)
    }
}
