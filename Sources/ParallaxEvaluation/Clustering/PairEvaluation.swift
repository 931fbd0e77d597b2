import Parallax
import ParallaxCluster
import ParallaxModel
import ParallaxText

/// How two articles of a pair relate, by their gold labels.
public enum PairKind: String, Codable, Sendable, CaseIterable {
    /// One event: clustering them alone should give one event.
    case sameEvent = "same-event"
    /// Two events of one topic (ECB+ pairs two earthquakes, two rehab check-ins): two events.
    case sameTopic = "same-topic"
    /// Two events of different topics (an earthquake and a sentencing): two events.
    case unrelated
}

/// One scored pair: the two item ids, what they are, and whether clustering the two alone joined them.
public struct PairPrediction: Codable, Sendable, Hashable {
    public var first: String
    public var second: String
    public var kind: PairKind
    /// True when the two articles, clustered on their own, became one event.
    public var joined: Bool
    /// True when `joined` is what the gold labels call for.
    public var correct: Bool
}

/// Accuracy of clustering articles two at a time, every article dated the same day, so that neither a shared
/// publication day nor a batch's own word statistics can decide (the smallest corpus a user can hand over).
public struct PairEvaluation: Codable, Sendable {
    public struct Score: Codable, Sendable, Hashable {
        public var pairs: Int
        public var correct: Int
        public var accuracy: Double { pairs > 0 ? Double(correct) / Double(pairs) : 0 }

        public init(pairs: Int, correct: Int) {
            self.pairs = pairs
            self.correct = correct
        }

        enum CodingKeys: String, CodingKey { case pairs, correct, accuracy }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            pairs = try c.decode(Int.self, forKey: .pairs)
            correct = try c.decode(Int.self, forKey: .correct)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(pairs, forKey: .pairs)
            try c.encode(correct, forKey: .correct)
            try c.encode(accuracy, forKey: .accuracy)
        }
    }

    /// The day every article was given.
    public var day: String
    public var seed: UInt64
    /// Score by pair kind's raw value (`same-event` should join, the others should stay apart).
    public var scores: [String: Score]
    /// Every pair with its prediction, keyed by `first|second` (the items' own ids).
    public var predictions: [String: PairPrediction]
}

extension Pipeline {
    /// Clusters sampled pairs of labelled articles, two at a time, all dated `day`.
    ///
    /// For every article (in id order) the seeded generator draws one partner of each kind that exists: an
    /// article of the same event, one of the same topic but another event, one of another topic. The topic of
    /// a label is the part before its last `-` (ECB+'s `12-ecb` and `12-plus` are topic 12); labels without a
    /// `-` are each their own topic, so they give no same-topic pairs.
    /// - Parameters:
    ///   - articles: the labelled articles (their own dates are replaced by `day`).
    ///   - gold: article id → gold label.
    public func evaluatePairs(
        _ articles: [Article], gold: [String: String], day: CivilDate, seed: UInt64 = 1
    ) async -> PairEvaluation {
        let sorted = articles.filter { gold[$0.id] != nil }.sorted { $0.id < $1.id }
        let dated = sorted.map { article -> Article in
            var copy = article
            copy.published = Timestamp(date: day)
            return copy
        }
        let documents = await clusterDocuments(dated)
        let pairs = Self.samplePairs(ids: dated.map(\.id), gold: gold, seed: seed)
        let clusterer = EventClusterer(options: options.clustering)
        var scores: [String: PairEvaluation.Score] = [:]
        var predictions: [String: PairPrediction] = [:]
        for (a, b, kind) in pairs {
            let joined = clusterer.cluster([documents[a], documents[b]]).count == 1
            let correct = joined == (kind == .sameEvent)
            scores[kind.rawValue, default: .init(pairs: 0, correct: 0)].pairs += 1
            if correct { scores[kind.rawValue, default: .init(pairs: 0, correct: 0)].correct += 1 }
            let prediction = PairPrediction(
                first: dated[a].id, second: dated[b].id, kind: kind, joined: joined, correct: correct)
            predictions["\(dated[a].id)|\(dated[b].id)"] = prediction
        }
        return PairEvaluation(day: day.description, seed: seed, scores: scores, predictions: predictions)
    }

    /// The sampled pairs as indices into `ids` (sorted), each with its kind; no pair twice.
    static func samplePairs(ids: [String], gold: [String: String], seed: UInt64) -> [(Int, Int, PairKind)] {
        func topic(_ label: String) -> String {
            guard let dash = label.lastIndex(of: "-") else { return label }
            return String(label[..<dash])
        }
        var random = SplitMix64(seed: seed)
        var seen: Set<[Int]> = []
        var pairs: [(Int, Int, PairKind)] = []
        for (i, id) in ids.enumerated() {
            let label = gold[id]!
            for kind in PairKind.allCases {
                let candidates = ids.indices.filter { j in
                    guard j != i else { return false }
                    let other = gold[ids[j]]!
                    switch kind {
                    case .sameEvent: return other == label
                    case .sameTopic: return other != label && topic(other) == topic(label)
                    case .unrelated: return topic(other) != topic(label)
                    }
                }
                guard !candidates.isEmpty else { continue }
                let j = candidates[random.below(candidates.count)]
                let key = [min(i, j), max(i, j)]
                guard seen.insert(key).inserted else { continue }
                pairs.append((key[0], key[1], kind))
            }
        }
        return pairs
    }
}
