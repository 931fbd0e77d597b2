import Foundation
import ParallaxModel
import ParallaxText

extension EventClusterer {
    /// Names and heaviest content words an event is indexed under (``ClusterIndex``).
    static let indexedNames = 16
    static let indexedWords = 24
    /// Events scored per new document: those sharing the most term weight with it.
    static let candidatesPerDocument = 8
    /// A term indexed for more events than this finds none of them: it is the corpus's backdrop.
    static let maxPostings = 2000
    /// Share of the best candidate's score (shared terms' IDF) below which an event is not a candidate: it
    /// shares too little of what finds the best one to be joined. Measured on UCI headlines (chunks of 1,000
    /// against their candidates): F1 0.853 with no floor, at 0.5 and even at 1.0; on +1,000 generated articles
    /// into a 20,000-article store it names 529 candidate events instead of 602, same partition.
    static let candidateFloor: Float = 0.5
    /// An event none of whose members was published within this many days of a new document is not a
    /// candidate for it (both dated): past `longGapDays` the clusterer already scales a pair by
    /// `longGapFactor`, and past twice that a repeat of the same kind is another happening.
    var candidateWindowDays: Int { Int(options.longGapDays * 2) }

    /// The stored events that `documents` may join: for each document, the few events indexed under the most
    /// of its names and heaviest words (weighted by how rare each is in the corpus).
    public func candidates(for documents: [ClusterDocument], in index: ClusterIndex) -> Set<String> {
        candidates(
            for: documents.map { Bags(document: $0) }, days: documents.map { $0.published?.dayNumber },
            weights: self.weights.counting(index.frequencies), in: index)
    }

    /// The events of `index` that documents with `bags`, published on `days`, may join.
    func candidates(for bags: [Bags], days: [Int?], weights: TermWeights, in index: ClusterIndex) -> Set<String> {
        var found: Set<String> = []
        for (bag, day) in zip(bags, days) {
            var score: [String: Float] = [:]
            for term in Self.queryTerms(bag, weights: weights, words: options.queryTerms) {
                let events = index.events(under: term)
                guard events.count <= Self.maxPostings else { continue }
                let idf = weights.idf(term)
                for event in events { score[event, default: 0] += idf }
            }
            if let day {
                score = score.filter { event, _ in
                    guard let days = index.days(of: event) else { return true }
                    return day >= days.lowerBound - candidateWindowDays && day <= days.upperBound + candidateWindowDays
                }
            }
            let best = score.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            let floor = (best.first?.value ?? 0) * Self.candidateFloor
            found.formUnion(best.prefix(Self.candidatesPerDocument).filter { $0.value >= floor }.map(\.key))
        }
        return found
    }

    /// The names (most mentioned first) and heaviest content words (summed sublinear TF × IDF) of an event
    /// whose members have `bags`.
    static func indexTerms(_ bags: [Bags], weights: TermWeights) -> [String] {
        var names: [String: Int] = [:]
        var content: [String: Float] = [:]
        for bag in bags {
            for (name, count) in bag.names { names[name, default: 0] += count }
            for (word, count) in bag.content { content[word, default: 0] += 1 + log(Float(count)) }
        }
        let topNames = names.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(indexedNames).map(\.key)
        let topWords = content.map { ($0.key, $0.value * weights.idf($0.key)) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .prefix(indexedWords).map(\.0)
        return topNames + topWords
    }

    /// A document's names and its `words` heaviest content words.
    static func queryTerms(_ bags: Bags, weights: TermWeights, words: Int) -> [String] {
        let content = bags.content.map { ($0.key, (1 + log(Float($0.value))) * weights.idf($0.key)) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return bags.names.keys.sorted() + content.prefix(words).map(\.0)
    }
}
