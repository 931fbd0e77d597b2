import ParallaxModel
import ParallaxText

/// Hashes the folded words of a UTF-8 text, the unit that exact hashes, shingles and paragraph hashes are made
/// of.
///
/// Words are ``Tokenizer`` tokens. Folding is byte-level and allocation-free: ASCII and Latin-1 capitals are
/// lowercased and the typographic apostrophe (U+2019) becomes `'`; punctuation, quote marks and white space are
/// not tokens, so they drop out. Each word gets a 64-bit hash of its folded bytes.
enum TextScanner {
    /// Appends the hash of every word of `bytes` to `words` (cleared first).
    static func wordHashes(_ bytes: UnsafeBufferPointer<UInt8>, into words: inout ContiguousArray<UInt64>) {
        var starts = ContiguousArray<Int32>()
        wordHashes(bytes, into: &words, starts: &starts)
    }

    /// Hashes of the words of `bytes` and the byte offset where each starts.
    ///
    /// The same words as ``Tokenizer/forEachToken(in:_:)`` (a test checks it on random text), with ASCII bytes
    /// classified inline and only non-ASCII scalars going through `scalarRole(at:)`: news text is mostly ASCII,
    /// and this loop is a quarter of the fingerprinting time.
    static func wordHashes(
        _ bytes: UnsafeBufferPointer<UInt8>, into words: inout ContiguousArray<UInt64>,
        starts: inout ContiguousArray<Int32>
    ) {
        words.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        let n = bytes.count
        var i = 0
        while i < n {
            if n - i >= 8, let base = bytes.baseAddress {
                // Skip eight bytes at a time to the next letter, digit or non-ASCII byte.
                let x = load(base + i)
                let wordish = (asciiLetters(x) | asciiDigits(x) | x) & highBits
                guard wordish != 0 else {
                    i += 8
                    continue
                }
                i += wordish.trailingZeroBitCount >> 3
            }
            let b = bytes[i]
            if b < 0x80 {
                guard (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 else {
                    i += 1
                    continue
                }
                if let (end, hash) = asciiWord(bytes, from: i) {
                    words.append(hash)
                    starts.append(Int32(truncatingIfNeeded: i))
                    i = end
                    continue
                }
            }
            let (role, length) = role(bytes, at: i)
            guard role == .letter || role == .digit else {
                i += length
                continue
            }
            let start = i
            var allDigits = role == .digit
            i += length
            while i < n {
                let c = bytes[i]
                let (r, l) = self.role(bytes, at: i)
                if r == .letter {
                    allDigits = false
                    i += l
                } else if r == .digit {
                    i += l
                } else if (r == .apostrophe || c == 0x2D) && i + l < n {
                    // Inner apostrophe or hyphen: kept when a letter (or, after a hyphen, a digit) follows.
                    let next = self.role(bytes, at: i + l).role
                    guard next == .letter || (next == .digit && c == 0x2D) else { break }
                    allDigits = false
                    i += l
                } else if allDigits && (c == 0x2C || c == 0x2E) && i + 1 < n && bytes[i + 1] >= 0x30
                    && bytes[i + 1] <= 0x39
                {
                    i += 1
                } else {
                    break
                }
            }
            words.append(hashWord(bytes, from: start, to: i))
            starts.append(Int32(truncatingIfNeeded: start))
        }
    }

    /// The word that starts with the ASCII letter or digit at `start`, when it is all ASCII (most words of news
    /// text): its end and ``hashWord(_:from:to:)``. Nil when the word has or borders a non-ASCII byte, which the
    /// general loop then handles. Same rules as that loop: inner apostrophes and hyphens stay when a letter (or,
    /// after a hyphen, a digit) follows, and a comma or point between digits stays in a number. Runs of letters
    /// and digits are scanned with one table lookup and one well-predicted branch per byte.
    @inline(__always)
    static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, hash: UInt64)? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        if n - start >= 8 {
            // Most words are shorter than eight bytes and end in a space: then the word is hashed from the
            // same load that found its end.
            let x = load(base + start)
            let stop = ~(asciiLetters(x) | asciiDigits(x)) & highBits
            if stop != 0 {
                let bit = UInt64(stop.trailingZeroBitCount) - 7  // the first bit of the stop byte
                let c = UInt8(truncatingIfNeeded: x >> bit)
                if c < 0x80 && c != 0x27 && c != 0x2D && c != 0x2C && c != 0x2E {
                    let length = Int(bit >> 3)
                    let word = x & ((1 &<< bit) &- 1)
                    return (start + length, finishHash(wordHashSeed, lastChunk: word, length: length))
                }
            }
        }
        var letters: UInt64 = 0  // non-zero once the word has a letter
        var i = start
        while true {
            // The run of ASCII letters and digits from `i`: eight bytes at a time, its end found from the
            // first byte that is neither (no per-byte branch); bytewise near the end of the text.
            while n - i >= 8 {
                let x = load(base + i)
                let l = asciiLetters(x)
                let stop = ~(l | asciiDigits(x)) & highBits
                guard stop != 0 else {
                    letters |= l
                    i += 8
                    continue
                }
                let bit = stop.trailingZeroBitCount
                letters |= l & ((1 &<< UInt64(bit)) &- 1)
                i += bit >> 3
                break
            }
            if n - i < 8 {
                while i < n {
                    let kind = asciiKind(bytes[i])
                    guard kind != 0 else { break }
                    letters |= UInt64(kind & letterKind)
                    i += 1
                }
            }
            guard i < n else { break }
            let c = bytes[i]
            if c >= 0x80 { return nil }
            if c == 0x27 || c == 0x2D {
                guard i + 1 < n else { break }
                let next = bytes[i + 1]
                if next >= 0x80 { return nil }
                let nextKind = asciiKind(next)
                guard nextKind == letterKind || (c == 0x2D && nextKind == digitKind) else { break }
                letters |= 1
                i += 1
            } else if letters == 0 && (c == 0x2C || c == 0x2E) && i + 1 < n
                && asciiKind(bytes[i + 1]) == digitKind
            {
                i += 1
            } else {
                break
            }
        }
        guard let hash = asciiWordHash(bytes, from: start, to: i) else { return nil }
        return (i, hash)
    }

    /// The high bit of each byte of a 64-bit word.
    private static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// Eight bytes from `pointer`, the first in the low byte.
    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each byte of `x` that is an ASCII letter (SWAR: the bytes' high bits are cleared first,
    /// so the additions never carry into the next byte; bit 7 of b + 0x80 - m is set when b >= m).
    @inline(__always)
    static func asciiLetters(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let folded = (x & 0x7F7F_7F7F_7F7F_7F7F) | 0x2020_2020_2020_2020
        let atLeastA = folded &+ ones &* (0x80 - 0x61)
        let aboveZ = folded &+ ones &* (0x7F - 0x7A)
        return atLeastA & ~aboveZ & ~x & highBits
    }

    /// The high bit of each byte of `x` that is an ASCII digit (as ``asciiLetters(_:)``).
    @inline(__always)
    static func asciiDigits(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low = x & 0x7F7F_7F7F_7F7F_7F7F
        let atLeast0 = low &+ ones &* (0x80 - 0x30)
        let above9 = low &+ ones &* (0x7F - 0x39)
        return atLeast0 & ~above9 & ~x & highBits
    }

    private static var letterKind: UInt8 { 1 }
    private static var digitKind: UInt8 { 2 }

    /// 1 for an ASCII letter, 2 for a digit, 0 for any other byte: branch-free arithmetic (the range tests are
    /// unsigned wrap-around comparisons that compile to flag moves).
    @inline(__always)
    static func asciiKind(_ b: UInt8) -> UInt8 {
        let letter: UInt8 = (b | 0x20) &- 0x61 < 26 ? 1 : 0
        let digit: UInt8 = b &- 0x30 < 10 ? 2 : 0
        return letter | digit
    }

    /// `scalarRole(at:)` with ASCII bytes classified inline.
    @inline(__always)
    static func role(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (role: ScalarRole, length: Int) {
        let b = bytes[i]
        guard b < 0x80 else { return bytes.scalarRole(at: i) }
        let lower = b | 0x20
        if lower >= 0x61 && lower <= 0x7A { return (.letter, 1) }
        if b >= 0x30 && b <= 0x39 { return (.digit, 1) }
        if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C { return (.space, 1) }
        return (b == 0x27 ? .apostrophe : .punctuation, 1)
    }

    /// Hash of the folded bytes in `start..<end`: bytes are packed eight at a time into a 64-bit word, each
    /// word mixed in with the SplitMix64 finaliser (one multiply chain per 8 bytes instead of FNV's one per
    /// byte).
    @inline(__always)
    static func hashWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        asciiWordHash(bytes, from: start, to: end) ?? bytewiseWordHash(bytes, from: start, to: end)
    }

    /// ``hashWord(_:from:to:)`` one byte at a time, folding the non-ASCII cases.
    static func bytewiseWordHash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        var h = wordHashSeed
        var chunk: UInt64 = 0
        var shift: UInt64 = 0
        var length: UInt64 = 0
        var j = start
        while j < end {
            var b = bytes[j]
            if b >= 0x41 && b <= 0x5A {
                b |= 0x20
            } else if b >= 0x80 {
                if b == 0xE2 && j + 2 < end && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x99 {
                    b = 0x27  // ’ → '
                    j += 2
                } else if b == 0xC3 && j + 1 < end {
                    let c = bytes[j + 1]
                    if c >= 0x80 && c <= 0x9E && c != 0x97 {  // À–Þ except × → à–þ
                        chunk |= 0xC3 << shift
                        shift += 8
                        length += 1
                        if shift == 64 {
                            h = StableHash.mix(h ^ chunk)
                            chunk = 0
                            shift = 0
                        }
                        b = c | 0x20
                        j += 1
                    }
                }
            }
            chunk |= UInt64(b) << shift
            shift += 8
            length += 1
            if shift == 64 {
                h = StableHash.mix(h ^ chunk)
                chunk = 0
                shift = 0
            }
            j += 1
        }
        return StableHash.mix(h ^ chunk ^ (length &* 0x100_0000_01B3))
    }

    /// ``hashWord(_:from:to:)`` for an all-ASCII word, eight bytes at a time with the capitals folded in one
    /// step (SWAR); nil when the word has a non-ASCII byte.
    @inline(__always)
    static func asciiWordHash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64? {
        guard let base = bytes.baseAddress else { return nil }
        var h = wordHashSeed
        var j = start
        while end - j >= 8 {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
            guard x & 0x8080_8080_8080_8080 == 0 else { return nil }
            h = StableHash.mix(h ^ fold(x))
            j += 8
        }
        var x: UInt64 = 0
        let rest = end - j
        if rest > 0 && j + 8 <= bytes.count {
            // One load of the eight bytes from here, the ones past the word masked off.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
            x = word & (~UInt64(0) >> UInt64(64 - 8 * rest))
            guard x & 0x8080_8080_8080_8080 == 0 else { return nil }
        } else {
            var shift: UInt64 = 0
            while j < end {
                let b = bytes[j]
                guard b < 0x80 else { return nil }
                x |= UInt64(b) << shift
                shift += 8
                j += 1
            }
        }
        return finishHash(h, lastChunk: x, length: end - start)
    }

    /// The state word hashes start from.
    private static var wordHashSeed: UInt64 { 0x9AE1_6A3B_2F90_404F }

    /// The hash of an ASCII word from the state after its full eight-byte chunks, its last (partial or empty)
    /// chunk and its length in bytes.
    @inline(__always)
    private static func finishHash(_ state: UInt64, lastChunk x: UInt64, length: Int) -> UInt64 {
        StableHash.mix(state ^ fold(x) ^ (UInt64(length) &* 0x100_0000_01B3))
    }

    /// Eight ASCII bytes with their capitals lowercased. Bytes are below 0x80, so these additions never carry
    /// into the next byte: bit 7 of b + 0x3F is set from "A" up, bit 7 of b + 0x25 from "[" up.
    @inline(__always)
    private static func fold(_ x: UInt64) -> UInt64 {
        let capitals = (x &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(x &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
        return x | capitals >> 2
    }

    /// Hash of a sequence of word hashes: the same for texts that differ only in case, white space,
    /// punctuation or quote style. Zero for a text without words.
    static func sequenceHash(_ words: UnsafeBufferPointer<UInt64>) -> UInt64 {
        guard !words.isEmpty else { return 0 }
        var h = sequenceSeed
        for w in words { h = StableHash.mix(h ^ w) }
        return sequenceResult(h)
    }

    /// The state ``sequenceHash(_:)`` starts from.
    static var sequenceSeed: UInt64 { 0x243F_6A88_85A3_08D3 }

    /// ``sequenceHash(_:)`` of a non-empty sequence from its final state (never zero).
    @inline(__always)
    static func sequenceResult(_ state: UInt64) -> UInt64 { state == 0 ? 1 : state }

    /// The 32-bit hash of every `size`-word shingle, sorted and without repeats, into `shingles` (cleared
    /// first). A text with fewer than `size` words (but at least one) is a single shingle of all of them.
    static func shingleKeys(
        _ words: UnsafeBufferPointer<UInt64>, size: Int, into shingles: inout ContiguousArray<UInt32>
    ) {
        shingles.removeAll(keepingCapacity: true)
        let n = words.count
        guard n > 0 else { return }
        let k = max(1, min(size, n))
        shingles.reserveCapacity(n - k + 1)
        for start in 0...(n - k) {
            var h: UInt64 = 0x1319_8A2E_0370_7344
            for j in start..<(start + k) { h = (h ^ words[j]) &* 0x9E37_79B9_7F4A_7C15 }
            shingles.append(UInt32(truncatingIfNeeded: StableHash.mix(h) >> 32))
        }
        sortAndDeduplicate(&shingles)
    }

    /// Sorts 32-bit keys and drops repeats.
    ///
    /// Shingle keys are hashes, spread evenly over 32 bits, so one counting pass on their top bits (about one
    /// bucket per key) leaves each key within a few places of where it belongs, and an insertion sort finishes
    /// the job: two passes over the keys instead of a radix sort's five. Keys that crowd into few buckets
    /// (crafted text) make the insertion sort do more than a bounded number of moves, and then the keys are
    /// sorted with the standard library's sort instead, so the worst case stays O(n log n).
    static func sortAndDeduplicate(_ keys: inout ContiguousArray<UInt32>) {
        let n = keys.count
        guard n > 1 else { return }
        var write = 0
        keys.withUnsafeMutableBufferPointer { data in
            if n < 64 || !bucketSort(data) { data.sort() }
            for read in 0..<n where read == 0 || data[read] != data[write - 1] {
                data[write] = data[read]
                write += 1
            }
        }
        keys.removeLast(n - write)
    }

    /// Distributes `data` by its top bits into a scratch buffer, then insertion-sorts it back into `data`;
    /// false (with `data` a permutation of what it was) when the insertion sort moved keys more than 8n
    /// places.
    private static func bucketSort(_ data: UnsafeMutableBufferPointer<UInt32>) -> Bool {
        let n = data.count
        let bits = min(16, Int.bitWidth - (n - 1).leadingZeroBitCount)  // 2^bits >= n
        let shift = UInt32(32 - bits)
        let scratch = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: n)
        let counts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: (1 << bits) + 1)
        defer {
            scratch.deallocate()
            counts.deallocate()
        }
        counts.initialize(repeating: 0)
        for key in data { counts[Int(key >> shift) + 1] += 1 }
        for bucket in 1..<counts.count { counts[bucket] += counts[bucket - 1] }
        for key in data {
            let bucket = Int(key >> shift)
            scratch[Int(counts[bucket])] = key
            counts[bucket] += 1
        }
        var budget = 8 * n
        for i in 0..<n {
            let key = scratch[i]
            var j = i
            while j > 0 && data[j - 1] > key {
                data[j] = data[j - 1]
                j -= 1
            }
            data[j] = key
            budget -= i - j
            if budget < 0 {
                for k in (i + 1)..<n { data[k] = scratch[k] }
                return false
            }
        }
        return true
    }
}
