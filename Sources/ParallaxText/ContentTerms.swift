import ParallaxModel

/// Content words and capitalised name phrases of a text, the units that similarity is computed over.
public enum ContentTerms {
    /// Folded words that are not stop words and have at least two letters; numbers with at least three digits.
    public static func words(in text: String) -> [String] {
        var result: [String] = []
        var copy = text
        copy.withUTF8 { bytes in
            Tokenizer.forEachToken(in: bytes) { token in
                if token.kind == .number {
                    if token.span.length >= 3 { result.append(text.slice(token.span).filter { $0 != "," }) }
                    return
                }
                if bytes.isCJK(at: token.span.start) || token.span.length > 3 && Self.holdsCJK(bytes, token.span) {
                    Self.appendCJK(bytes, token.span, to: &result)
                    return
                }
                guard token.span.length >= 2 else { return }
                let folded = Folding.fold(text.substring(token.span))
                if !StopWords.contains(folded) { result.append(folded) }
            }
        }
        return result
    }

    /// Whether `text` holds a Han, kana or Hangul scalar (text compared as character pairs).
    public static func holdsCJK(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains(where: Script.isCJK)
    }

    /// Whether a token holds a CJK scalar.
    static func holdsCJK(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> Bool {
        var i = span.start
        while i < span.end {
            if bytes.isCJK(at: i) { return true }
            i += bytes.scalarRole(at: i).length
        }
        return false
    }

    /// A token that holds CJK text, as terms: each run of CJK scalars as its overlapping pairs (a lone scalar as
    /// itself), the rest of the token (Latin letters, digits) as folded words of two bytes or more.
    static func appendCJK(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span, to result: inout [String]) {
        var run: [Range<Int>] = []
        var other = span.start
        func flushRun() {
            if run.count == 1 {
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[run[0]]), as: UTF8.self))
            }
            for k in run.indices.dropFirst() {
                let pair = run[k - 1].lowerBound..<run[k].upperBound
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[pair]), as: UTF8.self))
            }
            run.removeAll()
        }
        func flushOther(_ end: Int) {
            if end - other >= 2 {
                let word = Folding.fold(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[other..<end]), as: UTF8.self))
                if !StopWords.contains(word) { result.append(word) }
            }
        }
        var i = span.start
        while i < span.end {
            let length = bytes.scalarRole(at: i).length
            if bytes.isCJK(at: i) {
                flushOther(i)
                run.append(i..<i + length)
                other = i + length
            } else if !run.isEmpty {
                flushRun()
                other = i
            }
            i += length
        }
        flushRun()
        flushOther(span.end)
    }

    /// Runs of capitalised words ("Vladimir Putin", "Shanghai Cooperation Organization"), folded, with
    /// inner "of"/"and"/"the" allowed between capitals. A capitalised word counts only when it is not a stop
    /// word ("The" does not start a name; "Beijing" does), not a month or weekday, and, alone, not a word the
    /// text also writes in lower case (a sentence opening "Rescue teams…" beside "the rescue").
    public static func namePhrases(in text: String) -> [String] {
        let tokens = Tokenizer.tokens(in: text)
        var lowercase: Set<String> = []
        for token in tokens where !token.isCapitalized { lowercase.insert(Folding.fold(text.substring(token.span))) }
        var result: [String] = []
        var current: [String] = []
        var pendingConnector: String?
        func flush() {
            if current.count > 1 || (current.count == 1 && !lowercase.contains(current[0])) {
                result.append(current.joined(separator: " "))
            }
            current.removeAll()
            pendingConnector = nil
        }
        for token in tokens {
            let folded = Folding.fold(text.substring(token.span))
            if token.isCapitalized && !StopWords.contains(folded) && !CalendarWords.contains(folded) {
                if let connector = pendingConnector, !current.isEmpty { current.append(connector) }
                pendingConnector = nil
                current.append(folded)
            } else if !current.isEmpty && pendingConnector == nil
                && (folded == "of" || folded == "and" || folded == "for")
            {
                pendingConnector = folded
            } else {
                flush()
            }
        }
        flush()
        return result
    }
}

/// A sparse vector over integer term ids, sorted by id, for cosine similarity.
public struct SparseVector: Sendable, Hashable {
    public private(set) var ids: [Int32]
    public private(set) var weights: [Float]

    /// Builds a vector from unsorted (id, weight) pairs, summing duplicates.
    public init(_ pairs: [(Int32, Float)]) {
        let sorted = pairs.sorted { $0.0 < $1.0 }
        var ids: [Int32] = []
        var weights: [Float] = []
        ids.reserveCapacity(sorted.count)
        weights.reserveCapacity(sorted.count)
        for (id, weight) in sorted {
            if let last = ids.last, last == id {
                weights[weights.count - 1] += weight
            } else {
                ids.append(id)
                weights.append(weight)
            }
        }
        self.ids = ids
        self.weights = weights
    }

    public init() {
        ids = []
        weights = []
    }

    /// Euclidean norm.
    public var norm: Float { weights.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// This vector scaled to unit length (unchanged when zero).
    public func normalized() -> SparseVector {
        let n = norm
        guard n > 0 else { return self }
        var copy = self
        for i in copy.weights.indices { copy.weights[i] /= n }
        return copy
    }

    /// Dot product by a merge of the sorted ids.
    public func dot(_ other: SparseVector) -> Float {
        var i = 0
        var j = 0
        var sum: Float = 0
        while i < ids.count && j < other.ids.count {
            let a = ids[i]
            let b = other.ids[j]
            if a == b {
                sum += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// Cosine similarity (0 when either is zero).
    public func cosine(_ other: SparseVector) -> Float {
        let denominator = norm * other.norm
        return denominator > 0 ? dot(other) / denominator : 0
    }

    /// Element-wise sum, scaled by `scale` for `other`.
    public func adding(_ other: SparseVector, scale: Float = 1) -> SparseVector {
        var pairs: [(Int32, Float)] = zip(ids, weights).map { ($0, $1) }
        pairs.append(contentsOf: zip(other.ids, other.weights).map { ($0, $1 * scale) })
        return SparseVector(pairs)
    }

    /// Keeps only the `count` heaviest entries.
    public func truncated(to count: Int) -> SparseVector {
        guard ids.count > count else { return self }
        let kept = zip(ids, weights).sorted { $0.1 > $1.1 }.prefix(count)
        return SparseVector(Array(kept))
    }
}
