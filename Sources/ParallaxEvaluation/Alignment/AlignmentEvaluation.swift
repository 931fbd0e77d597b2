/// Precision, recall and F1 of claim alignment against ``AlignmentGold`` pairs.
public struct AlignmentEvaluation: Hashable, Sendable, Codable {
    /// The similarity threshold the headline figures are measured at (the configured one).
    public var threshold: Double
    /// Of the pairs predicted same, the share labelled same.
    public var precision: Double
    /// Of the pairs labelled same, the share predicted same.
    public var recall: Double
    /// Harmonic mean of precision and recall.
    public var f1: Double
    /// Pairs scored (resolved references only).
    public var pairCount: Int
    /// Pairs labelled same among them.
    public var positiveCount: Int
    /// Precision when "same" means "put in one group by the full comparator" (grouping applies the
    /// one-claim-per-voice rule and average linkage on top of the pair threshold).
    public var groupedPrecision: Double
    /// Recall of "put in one group".
    public var groupedRecall: Double
    /// F1 of "put in one group".
    public var groupedF1: Double
    /// The figures at each threshold tried, ascending.
    public var sweep: [Point]
    /// The threshold with the best F1 in the sweep (ties: the lowest).
    public var bestThreshold: Double
    /// References that matched no claim (or a claim of another article), as `article: snippet`.
    public var unresolved: [String]
    /// Every scored pair with its similarity, for error analysis.
    public var scored: [ScoredPair]

    /// Figures at one threshold.
    public struct Point: Hashable, Sendable, Codable {
        /// The similarity threshold.
        public var threshold: Double
        /// Of the pairs predicted same, the share labelled same.
        public var precision: Double
        /// Of the pairs labelled same, the share predicted same.
        public var recall: Double
        /// Harmonic mean of precision and recall.
        public var f1: Double

        /// Creates a point.
        public init(threshold: Double, precision: Double, recall: Double, f1: Double) {
            self.threshold = threshold
            self.precision = precision
            self.recall = recall
            self.f1 = f1
        }
    }

    /// A gold pair with the similarity the aligner gave it.
    public struct ScoredPair: Hashable, Sendable, Codable {
        /// The gold event the pair belongs to.
        public var event: String
        /// One claim.
        public var a: ClaimReference
        /// The other claim.
        public var b: ClaimReference
        /// The gold label.
        public var same: Bool
        /// The aligner's similarity of the two claims.
        public var similarity: Double
        /// Whether the full comparator put both claims in one group.
        public var grouped: Bool

        /// Creates a scored pair.
        public init(event: String, a: ClaimReference, b: ClaimReference, same: Bool, similarity: Double, grouped: Bool)
        {
            self.event = event
            self.a = a
            self.b = b
            self.same = same
            self.similarity = similarity
            self.grouped = grouped
        }
    }

    /// Creates an evaluation.
    public init(
        threshold: Double, precision: Double, recall: Double, f1: Double, pairCount: Int, positiveCount: Int,
        groupedPrecision: Double, groupedRecall: Double, groupedF1: Double, sweep: [Point], bestThreshold: Double,
        unresolved: [String], scored: [ScoredPair]
    ) {
        self.threshold = threshold
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.pairCount = pairCount
        self.positiveCount = positiveCount
        self.groupedPrecision = groupedPrecision
        self.groupedRecall = groupedRecall
        self.groupedF1 = groupedF1
        self.sweep = sweep
        self.bestThreshold = bestThreshold
        self.unresolved = unresolved
        self.scored = scored
    }
}
