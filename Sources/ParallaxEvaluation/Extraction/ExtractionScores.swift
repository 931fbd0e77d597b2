/// The kinds of extraction output that are scored.
public enum ExtractionKind: String, Codable, Sendable, Hashable, CaseIterable {
    /// One case per list of ``ParallaxModel/ArticleExtraction``.
    case entities, quotes, quantities, times, attributions, actions
}

/// True and false positives and misses for one kind, with the rates they give.
///
/// With nothing predicted precision is 1 (no prediction was wrong) and with nothing in the gold recall is 1
/// (nothing was missed); F1 is the harmonic mean, 0 when either rate is 0.
public struct KindScore: Codable, Sendable, Hashable {
    /// Predictions matched to a gold item.
    public var truePositives: Int
    /// Predictions with no gold item.
    public var falsePositives: Int
    /// Gold items with no prediction.
    public var falseNegatives: Int
    /// tp / (tp + fp).
    public var precision: Double
    /// tp / (tp + fn).
    public var recall: Double
    /// Harmonic mean of precision and recall.
    public var f1: Double

    /// A score from counts.
    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        let p = truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        let r = truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        precision = p
        recall = r
        f1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// The sum of two scores' counts.
    public static func + (lhs: KindScore, rhs: KindScore) -> KindScore {
        KindScore(
            truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    /// No items either way.
    public static let empty = KindScore(truePositives: 0, falsePositives: 0, falseNegatives: 0)
}

/// A gold item and the prediction it was matched with, both described in a line.
public struct MatchedPair: Codable, Sendable, Hashable {
    /// The gold item.
    public var gold: String
    /// The prediction.
    public var predicted: String

    /// Creates a pair.
    public init(gold: String, predicted: String) {
        self.gold = gold
        self.predicted = predicted
    }
}

/// How one kind fared in one article: the counts and which items matched, were missed or were spurious.
public struct ArticleKindResult: Codable, Sendable, Hashable {
    /// The counts for this article and kind.
    public var score: KindScore
    /// Gold items with the prediction each matched.
    public var matched: [MatchedPair]
    /// Gold items with no matching prediction.
    public var missed: [String]
    /// Predictions with no matching gold item.
    public var spurious: [String]

    /// Creates a result.
    public init(score: KindScore, matched: [MatchedPair], missed: [String], spurious: [String]) {
        self.score = score
        self.matched = matched
        self.missed = missed
        self.spurious = spurious
    }
}

/// Precision, recall and F1 per kind, micro-averaged over articles (counts summed, then rates), with the
/// per-article listing behind them.
public struct ExtractionScores: Codable, Sendable, Hashable {
    /// Totals per kind, keyed by ``ExtractionKind`` raw value.
    public var kinds: [String: KindScore]
    /// Per article (file base name), per kind.
    public var articles: [String: [String: ArticleKindResult]]
    /// Problems with the inputs: gold articles without predictions, gold snippets not found in the text.
    public var warnings: [String]

    /// Creates scores.
    public init(kinds: [String: KindScore], articles: [String: [String: ArticleKindResult]], warnings: [String]) {
        self.kinds = kinds
        self.articles = articles
        self.warnings = warnings
    }

    /// The total score of one kind.
    public subscript(kind: ExtractionKind) -> KindScore { kinds[kind.rawValue] ?? .empty }
}
