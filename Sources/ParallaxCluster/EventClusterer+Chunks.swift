import ParallaxModel
import ParallaxText

extension EventClusterer {
    /// Clusters a large batch as a store grows by ingests: documents in publication order, `chunkSize` at a
    /// time, each chunk assigned to the events its documents may join (``candidates(for:days:weights:in:)``,
    /// found through an index of the events so far) or to new ones (``assign(_:to:vectors:documents:)``).
    /// Events a chunk leaves as they were are kept; the others are replaced by what comes back. Every chunk is
    /// weighed by `weights`, the whole batch's statistics, so a word is worth the same in every chunk, and a
    /// document is vectorised once. `seeds` are events found before, among `documents`.
    func clusterInChunks(_ documents: [ClusterDocument], bags: [Bags], weights: TermWeights, seeds: [[Int]])
        -> [Cluster]
    {
        let vectors = vectorize(bags, weights: weights)
        var index = ClusterIndex()
        var events: [Int: LiveEvent] = [:]
        var nextId = 0
        func add(_ event: LiveEvent) {
            events[nextId] = event
            let days = event.members.compactMap { documents[$0].published?.dayNumber }
            let entry = ClusterIndex.Entry(
                terms: Self.indexTerms(event.members.map { bags[$0] }, weights: weights),
                days: days.min().map { $0...days.max()! })
            index.setEvent(String(nextId), entry)
            nextId += 1
        }
        for seed in seeds where !seed.isEmpty {
            add(LiveEvent(seed, vectors: vectors, documents: documents, options: options))
        }
        let seeded = Set(seeds.joined())
        let order = Self.publicationOrder(documents).filter { !seeded.contains($0) }
        for start in stride(from: 0, to: order.count, by: options.chunkSize) {
            let chunk = Array(order[start..<min(start + options.chunkSize, order.count)])
            let joinable = candidates(
                for: chunk.map { bags[$0] }, days: chunk.map { documents[$0].published?.dayNumber }, weights: weights,
                in: index
            ).compactMap(Int.init).sorted()
            let seeds = joinable.map { id in
                var event = events[id]!
                event.origin = id
                return event
            }
            let found = assign(chunk, to: seeds, vectors: vectors, documents: documents)
            // Events that come back settled are kept; the others replace the ones that changed.
            let kept = Set(found.filter(\.settled).compactMap(\.origin))
            for id in joinable where !kept.contains(id) {
                events[id] = nil
                index.removeEvent(String(id))
            }
            for event in found where !event.settled { add(event) }
        }
        // Events in the order they began.
        return clusters(events.sorted { $0.key < $1.key }.map(\.value), vectors: vectors)
    }

    /// Document indices by publication date (undated last), ties by input order.
    static func publicationOrder(_ documents: [ClusterDocument]) -> [Int] {
        documents.indices.sorted { a, b in
            switch (documents[a].published, documents[b].published) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a < b
            }
        }
    }
}
