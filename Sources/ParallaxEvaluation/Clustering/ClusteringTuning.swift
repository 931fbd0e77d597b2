import Parallax
import ParallaxModel

/// What `parallax tune clustering` found: the scores of the current defaults and every trial, best first.
public struct ClusteringTuning: Sendable {
    public var baseline: ClusteringTuner.Trial
    public var trials: [ClusteringTuner.Trial]
    /// The best trial (the search always tries the options it starts from).
    public var best: ClusteringTuner.Trial { trials[0] }

    /// The mean F1 and each set's scores, of the defaults and of the best trial.
    public var text: String {
        var lines = ["current defaults: mean F1 \(fixed(baseline.meanF1))"]
        lines += Self.lines(baseline)
        lines.append("best of \(trials.count) trials: mean F1 \(fixed(best.meanF1))")
        lines += Self.lines(best)
        return lines.joined(separator: "\n")
    }

    private static func lines(_ trial: ClusteringTuner.Trial) -> [String] {
        trial.scores.sorted { $0.key < $1.key }.map { name, score in
            "  \(name): P \(fixed(score.precision)) R \(fixed(score.recall)) F1 \(fixed(score.f1))"
        }
    }
}

extension Pipeline {
    /// Grid-searches the clustering options for the best mean BCubed F1 over labelled development sets.
    /// - Parameters:
    ///   - sets: each a set as ``labelledSets(_:labels:labelField:)`` reads one; `A+B` clusters several together
    ///     as one corpus.
    ///   - rounds: coordinate-descent rounds.
    /// - Throws: ``ParallaxError`` when a set cannot be read.
    public func tuneClustering(sets: [String], rounds: Int) async throws -> ClusteringTuning {
        var developmentSets: [ClusteringTuner.DevelopmentSet] = []
        for set in sets {
            let (articles, gold) = try await labelledSets(set.split(separator: "+").map(String.init))
            let documents = await clusterDocuments(articles)
            developmentSets.append(.init(name: set, documents: documents, gold: articles.map { gold[$0.id] ?? "?" }))
        }
        let tuner = ClusteringTuner(sets: developmentSets)
        return ClusteringTuning(baseline: tuner.trial(ClusteringOptions()), trials: tuner.search(rounds: rounds))
    }
}
