import ParallaxCluster
import ParallaxModel

/// Tunes the clustering options on labelled development sets by grid search, so tuning is a command
/// (`parallax tune clustering`) and not a hand edit.
///
/// Extraction runs once per set; each grid point only re-clusters. The objective is the mean BCubed F1 over
/// the sets, so a small set (the Examples corpus) weighs as much as a large one (ECB+ dev).
public struct ClusteringTuner: Sendable {
    /// One labelled development set, ready to cluster.
    public struct DevelopmentSet: Sendable {
        public var name: String
        public var documents: [ClusterDocument]
        public var gold: [String]

        public init(name: String, documents: [ClusterDocument], gold: [String]) {
            self.name = name
            self.documents = documents
            self.gold = gold
        }
    }

    /// A grid point and its scores.
    public struct Trial: Sendable, Codable {
        public var options: ClusteringOptions
        public var scores: [String: BCubed]
        public var meanF1: Double
    }

    public var sets: [DevelopmentSet]

    public init(sets: [DevelopmentSet]) {
        self.sets = sets
    }

    /// Scores one set of options.
    public func trial(_ options: ClusteringOptions) -> Trial {
        var scores: [String: BCubed] = [:]
        for set in sets {
            let clusters = EventClusterer(options: options).cluster(set.documents)
            var predicted = [Int](repeating: -1, count: set.documents.count)
            for (index, cluster) in clusters.enumerated() {
                for member in cluster.members { predicted[member] = index }
            }
            scores[set.name] = BCubed(predicted: predicted, gold: set.gold)
        }
        let mean = scores.values.map(\.f1).reduce(0, +) / Double(max(1, scores.count))
        return Trial(options: options, scores: scores, meanF1: mean)
    }

    /// Coordinate-wise grid search from `start`: each parameter swept over its grid in turn, keeping the best,
    /// for `rounds` rounds. Returns every trial, best first.
    public func search(from start: ClusteringOptions = .init(), rounds: Int = 2) -> [Trial] {
        typealias Knob = (WritableKeyPath<ClusteringOptions, Float>, [Float])
        let knobs: [Knob] = [
            (\.threshold, [0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.10, 0.12, 0.14, 0.16, 0.18, 0.20, 0.24, 0.28]),
            (\.mergeThreshold, [0.04, 0.06, 0.08, 0.10, 0.12, 0.16, 0.20, 0.24, 0.28, 0.34, 0.40, 0.50]),
            (\.nameWeight, [0.1, 0.2, 0.3, 0.4, 0.5]),
            (\.titleWeight, [0.0, 0.1, 0.15, 0.2, 0.3]),
            (\.dateMismatchFactor, [0.2, 0.35, 0.5, 0.7, 1.0]),
            (\.sharedDateBoost, [0.0, 0.25, 0.5, 1.0, 1.5, 2.0]),
            (\.backgroundPriorDocuments, [10, 25, 50, 100, 200]),
            (\.personMismatchFactor, [0.3, 0.45, 0.6, 0.8, 1.0]),
            (\.headlineMismatchFactor, [0.2, 0.3, 0.4, 0.6, 0.8, 1.0]),
            (\.publicationWindowDays, [2, 3, 4, 5, 7, 10, 14]),
            (\.publicationGapFactor, [0.2, 0.35, 0.5, 0.7, 1.0]),
            (\.longGapDays, [14, 21, 30, 45, 60, 90]),
            (\.longGapFactor, [0.2, 0.3, 0.4, 0.5, 0.7, 1.0]),
        ]
        var best = trial(start)
        var all = [best]
        for _ in 0..<rounds {
            for (path, grid) in knobs {
                for value in grid {
                    var options = best.options
                    options[keyPath: path] = value
                    options.contentWeight = max(0, 1 - options.nameWeight - options.titleWeight)
                    let result = trial(options)
                    all.append(result)
                    if result.meanF1 > best.meanF1 + 1e-9 { best = result }
                }
            }
        }
        return all.sorted { $0.meanF1 > $1.meanF1 }
    }
}
