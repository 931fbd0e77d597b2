/// Groups claims of different voices that state the same thing.
///
/// Greedy agglomerative clustering: candidate pairs at or above the alignment threshold are taken from the
/// most similar down; a pair merges its two groups when they share no voice (at most one claim per voice per
/// group) and their average linkage (mean similarity over all cross pairs, a pair below the candidate floor
/// counting 0) reaches ``ComparisonOptions/linkageFraction`` of the threshold. Deterministic: ties break on
/// claim order.
struct ClaimAligner {
    var options: ComparisonOptions

    /// Claim indices per group, each group sorted, groups ordered by their first claim.
    /// - Parameter speakers: per claim, whose word it is (``ClaimDraft/speaker``); two groups whose claims
    ///   name speakers and share none are not merged: one analyst's view and another's are two claims, even
    ///   in the same words. Empty when unknown.
    func groups(similarity: ClaimSimilarity, pairs: [(Int, Int, Double)], speakers: [String?] = []) -> [[Int]] {
        let count = similarity.vectors.count
        var known: [Int: Double] = [:]
        known.reserveCapacity(pairs.count)
        for (i, j, s) in pairs { known[i * count + j] = s }
        func score(_ a: Int, _ b: Int) -> Double { a < b ? known[a * count + b] ?? 0 : known[b * count + a] ?? 0 }

        var groupOf = Array(0..<count)
        var members = (0..<count).map { [$0] }
        var voices = (0..<count).map { Set([similarity.voices[$0]]) }
        var named = (0..<count).map { index in
            Set(speakers.indices.contains(index) ? speakers[index].map { [$0] } ?? [] : [])
        }
        let threshold = options.alignmentThreshold
        let ordered = pairs.filter { $0.2 >= threshold }.sorted {
            $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1)
        }
        for (i, j, _) in ordered {
            let gi = groupOf[i]
            let gj = groupOf[j]
            guard gi != gj, voices[gi].isDisjoint(with: voices[gj]) else { continue }
            guard named[gi].isEmpty || named[gj].isEmpty || !named[gi].isDisjoint(with: named[gj]) else { continue }
            var total = 0.0
            for a in members[gi] { for b in members[gj] { total += score(a, b) } }
            let linkage = total / Double(members[gi].count * members[gj].count)
            guard linkage >= options.linkageFraction * threshold else { continue }
            let (keep, drop) = gi < gj ? (gi, gj) : (gj, gi)
            for m in members[drop] { groupOf[m] = keep }
            members[keep].append(contentsOf: members[drop])
            members[drop].removeAll()
            voices[keep].formUnion(voices[drop])
            voices[drop].removeAll()
            named[keep].formUnion(named[drop])
            named[drop].removeAll()
        }
        return members.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
