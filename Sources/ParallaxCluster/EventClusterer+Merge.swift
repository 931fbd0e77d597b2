import HeapModule
import ParallaxModel
import ParallaxText

extension EventClusterer {
    /// Joins events that late articles left split: the most similar pair at or above its merge threshold is
    /// merged, again and again, until no pair is.
    ///
    /// Pairs are scored once and kept in a heap; a merge rescores only the pairs of the event it grew. Only
    /// events that share a term can score above zero (every part of the similarity is a dot product, scaled),
    /// so pairs are found through an index of the events' names and heaviest words (`queryTerms` of them, as
    /// a document finds the events it may join): the result is the one of rescoring every such pair after
    /// every merge, at the cost of the pairs a merge touches.
    func mergePass(_ input: [LiveEvent]) -> [LiveEvent] {
        var events: [LiveEvent?] = input
        var version = [Int](repeating: 0, count: input.count)
        var postings: [Int32: [Int]] = [:]
        var heap = Heap<MergeCandidate>()
        func terms(_ event: LiveEvent) -> [Int32] {
            event.content.truncated(to: options.queryTerms).ids + event.names.ids
        }
        func push(_ i: Int, _ j: Int) {
            let (a, b) = (min(i, j), max(i, j))
            let score = eventSimilarity(events[a]!, events[b]!)
            guard score >= mergeLimit(events[a]!, events[b]!) else { return }
            heap.insert(MergeCandidate(score: score, first: a, second: b, versions: (version[a], version[b])))
        }
        func partners(of e: Int) -> [Int] {
            var found: Set<Int> = []
            for id in terms(events[e]!) { for other in postings[id] ?? [] where other != e { found.insert(other) } }
            return found.filter { events[$0] != nil }.sorted()
        }
        for (e, event) in input.enumerated() {
            for id in terms(event) { postings[id, default: []].append(e) }
        }
        // Two events found before and unchanged were weighed against each other then.
        for e in input.indices where !input[e].settled {
            for other in partners(of: e) where other > e || input[other].settled { push(e, other) }
        }
        while let best = heap.popMax() {
            let (i, j) = (best.first, best.second)
            guard events[i] != nil, events[j] != nil, version[i] == best.versions.0, version[j] == best.versions.1
            else { continue }
            var grown = events[i]!
            grown.absorb(events[j]!, options: options)
            let known = Set(terms(events[i]!))
            events[i] = grown
            events[j] = nil
            version[i] += 1
            for id in terms(grown) where !known.contains(id) { postings[id, default: []].append(i) }
            for other in partners(of: i) { push(i, other) }
        }
        return events.compactMap { $0 }
    }

    private func mergeLimit(_ a: LiveEvent, _ b: LiveEvent) -> Float {
        a.shortMembers == a.members.count && b.shortMembers == b.members.count
            ? options.shortMergeThreshold : options.mergeThreshold
    }
}

/// A pair of events that may merge, as scored when both were at the recorded versions. The heap pops the
/// highest score first, and among equal scores the pair that comes first in event order.
struct MergeCandidate: Comparable {
    var score: Float
    var first: Int
    var second: Int
    var versions: (Int, Int)

    static func < (a: Self, b: Self) -> Bool {
        a.score != b.score ? a.score < b.score : (a.first, a.second) > (b.first, b.second)
    }

    static func == (a: Self, b: Self) -> Bool {
        a.score == b.score && a.first == b.first && a.second == b.second
    }
}
