import Foundation
import ParallaxModel
import ParallaxText

/// IDF-weighted term vectors of an event's claims, an inverted index over them, and pairwise similarity.
///
/// A claim's terms are the stems of its content words (`w:`), the ids of the entities mentioned in it (`e:`),
/// its quantities' values rounded to three significant digits after unit normalisation (`n:`, so "1,284
/// meters" and "1.284 km" share a term; figures in digits only) and its resolved TIME values (`d:`). Each term present weighs its IDF
/// over the event's claims, `ln(1 + N / df)`, so "Blagoveshchensk" (two claims) counts about three times
/// "China" (thirty claims) and a paraphrase that keeps the rare names still aligns. Words only in the frame of
/// a quote ("…," Mayor Rafaela Quist said) weigh half (``ClaimFeatures/frameStems``). Numbers written inside
/// words ("340m", "340-metre") are `n:` terms too.
///
/// Similarity is the mean of the cosine and the overlap coefficient (`shared / min(|a|², |b|²)`) of the
/// weighted sets. Cosine alone punishes a short clause paraphrasing part of a long sentence; the overlap
/// coefficient alone lets a short generic clause match everything; the mean scored best on the gold pairs.
///
/// Vectors are built once; candidate pairs come from an inverted index over terms with at most
/// `max(64, N/10)` claims each (terms commoner than that only add low-IDF mass and would make the candidate
/// step quadratic), then each candidate's exact similarity is a merge of two sorted sparse vectors.
struct ClaimSimilarity: Sendable {
    /// Weighted vectors (IDF of each present term), one per claim.
    let vectors: [SparseVector]
    let squaredNorms: [Float]
    /// Voice index of each claim.
    let voices: [Int]
    /// Term strings by id.
    let terms: [String]
    /// IDF by term id.
    let idf: [Float]
    /// Claims per term id, ascending.
    let postings: [[Int32]]
    /// Whether each term id is a word or an entity (not a number or a date).
    let isContent: [Bool]

    init(drafts: [ClaimDraft], voiceIndex: [String: Int]) {
        var termIds: [String: Int32] = [:]
        var terms: [String] = []
        var claimTerms: [[Int32]] = []
        claimTerms.reserveCapacity(drafts.count)
        var halfWeight: [Set<Int32>] = []
        for draft in drafts {
            var ids = Set<Int32>()
            func add(_ term: String) {
                if let id = termIds[term] {
                    ids.insert(id)
                } else {
                    let id = Int32(terms.count)
                    termIds[term] = id
                    terms.append(term)
                    ids.insert(id)
                }
            }
            for stem in draft.features.stems { add("w:" + stem) }
            for key in draft.features.numberKeys.sorted() { add("n:" + key) }
            for entity in draft.claim.entityIds { add("e:" + entity) }
            // Figures written in digits only: "the two countries" is not a figure worth matching on.
            for quantity in draft.claim.quantities
            where quantity.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                add("n:" + Self.numberKey(quantity.normalizedValue ?? quantity.value))
                for alternative in quantity.alternatives { add("n:" + Self.numberKey(alternative.value)) }
            }
            for time in draft.claim.times { if let value = time.value { add("d:" + value) } }
            claimTerms.append(ids.sorted())
            halfWeight.append(Set(draft.features.frameStems.compactMap { termIds["w:" + $0] }))
        }
        var postings = [[Int32]](repeating: [], count: terms.count)
        for (claim, ids) in claimTerms.enumerated() { for id in ids { postings[Int(id)].append(Int32(claim)) } }
        let n = Float(max(drafts.count, 1))
        let idf = postings.map { Float(log(1 + Double(n) / Double(max($0.count, 1)))) }
        let vectors = claimTerms.indices.map { c in
            SparseVector(claimTerms[c].map { ($0, idf[Int($0)] * (halfWeight[c].contains($0) ? 0.5 : 1)) })
        }
        self.vectors = vectors
        self.squaredNorms = vectors.map { $0.weights.reduce(0) { $0 + $1 * $1 } }
        self.voices = drafts.map { voiceIndex[$0.claim.voiceId] ?? 0 }
        self.terms = terms
        self.idf = idf
        self.postings = postings
        self.isContent = terms.map { $0.hasPrefix("w:") || $0.hasPrefix("e:") }
    }

    /// Three significant digits, as mantissa and exponent ("128e1" for 1,284).
    static func numberKey(_ value: Double) -> String {
        guard value != 0, value.isFinite else { return "0" }
        let magnitude = Int(log10(abs(value)).rounded(.down)) - 2
        var scale = 1.0
        for _ in 0..<abs(magnitude) { scale *= 10 }
        let mantissa = magnitude >= 0 ? (value / scale).rounded() : (value * scale).rounded()
        return "\(Int(mantissa))e\(magnitude)"
    }

    /// Terms two claims must share to be similar at all.
    static let minimumSharedTerms = 2

    /// Similarity of two claims in [0, 1]; 0 when they share fewer than ``minimumSharedTerms`` terms.
    func similarity(_ i: Int, _ j: Int) -> Double {
        // Merge of the sorted ids: the shared weight and how many terms are shared.
        let a = vectors[i]
        let b = vectors[j]
        var x = 0
        var y = 0
        var dot: Float = 0
        var count = 0
        while x < a.ids.count && y < b.ids.count {
            if a.ids[x] == b.ids[y] {
                dot += a.weights[x] * b.weights[y]
                count += 1
                x += 1
                y += 1
            } else if a.ids[x] < b.ids[y] {
                x += 1
            } else {
                y += 1
            }
        }
        // One shared word is not a shared statement, however rare ("initiative" in two unrelated claims).
        guard count >= Self.minimumSharedTerms else { return 0 }
        let shared = Double(dot)
        let na = Double(squaredNorms[i])
        let nb = Double(squaredNorms[j])
        let cosine = shared / (na * nb).squareRoot()
        let overlap = shared / min(na, nb)
        return 0.5 * cosine + 0.5 * min(overlap, 1)
    }

    /// Every pair of claims of different voices that share an informative term and reach `minimum`, as
    /// `(i, j, similarity)` with `i < j`.
    func candidatePairs(minimum: Double) -> [(Int, Int, Double)] {
        let count = vectors.count
        let cap = max(64, count / 10)
        var stamp = [Int32](repeating: -1, count: count)
        var result: [(Int, Int, Double)] = []
        var candidates: [Int] = []
        for i in 0..<count {
            candidates.removeAll(keepingCapacity: true)
            for id in vectors[i].ids {
                let list = postings[Int(id)]
                guard list.count <= cap else { continue }
                for j32 in list {
                    let j = Int(j32)
                    guard j > i, stamp[j] != Int32(i), voices[j] != voices[i] else { continue }
                    stamp[j] = Int32(i)
                    candidates.append(j)
                }
            }
            for j in candidates {
                let s = similarity(i, j)
                if s >= minimum { result.append((i, j, s)) }
            }
        }
        return result
    }

    /// How many word (`w:`) or entity (`e:`) terms two claims share: a merge of the sorted ids, no allocation.
    func sharedContentTermCount(_ i: Int, _ j: Int) -> Int {
        let a = vectors[i].ids
        let b = vectors[j].ids
        var x = 0
        var y = 0
        var count = 0
        while x < a.count && y < b.count {
            if a[x] == b[y] {
                if isContent[Int(a[x])] { count += 1 }
                x += 1
                y += 1
            } else if a[x] < b[y] {
                x += 1
            } else {
                y += 1
            }
        }
        return count
    }

    /// The shared terms of two claims, rarest first.
    func sharedTerms(_ i: Int, _ j: Int) -> [String] {
        let other = Set(vectors[j].ids)
        return vectors[i].ids.filter { other.contains($0) }.sorted { idf[Int($0)] > idf[Int($1)] }.map {
            terms[Int($0)]
        }
    }
}
