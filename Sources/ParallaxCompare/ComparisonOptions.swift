/// Knobs of ``EventComparator``. The defaults were measured as each property says.
public struct ComparisonOptions: Hashable, Sendable, Codable {
    /// Minimum similarity for two claims of different voices to be aligned.
    ///
    /// Similarity is the mean of the cosine and the overlap coefficient of IDF-weighted term sets, zero when
    /// fewer than two terms are shared (see `ClaimSimilarity`). 0.22 is the best-F1 point of the threshold
    /// sweep on the 93 annotated pairs of `Examples/gold/alignment-pairs.json` (precision 0.91, recall 0.91,
    /// F1 0.91; F1 stays at 0.89–0.91 from 0.14 to 0.24), measured with no extraction; see
    /// `Examples/gold/ALIGNMENT.md` and ``AlignmentEvaluator``.
    public var alignmentThreshold: Double
    /// When two groups merge, the mean similarity over all their cross pairs (a pair below the candidate floor
    /// counts 0) must reach this fraction of ``alignmentThreshold``. It stops one strong pair from pulling a
    /// claim into a group whose other members it does not resemble: at 0.5 the seeds' "exchanged views on the
    /// Ukraine issue" group also took The Straits Times' "second reported call … since the invasion"; 0.75 keeps
    /// the gold pairs' grouped F1 at 0.90 (1.0 drops it to 0.88).
    public var linkageFraction: Double
    /// Claims of different voices with this similarity but not aligned are still checked for contradictions
    /// when they share at least two words or entities: contradicting reports share the subject but often word
    /// the rest differently ("Twelve people died" / "the fire killed 17 people"). Set below
    /// ``alignmentThreshold`` where the gold pairs' recall is still 0.98.
    public var contradictionPairThreshold: Double
    /// Fewer content words than this and a sentence is skipped as a fragment ("Contact the writers at"). Four:
    /// the shortest real claims in the seeds and Examples ("The two sides also exchanged views over the
    /// Ukraine crisis.") have five.
    public var minimumContentWords: Int
    /// Relative difference under which two numbers agree (rounding: "1,284 m" vs "1.3 km" is 1.2%).
    public var numberTolerance: Double
    /// Relative difference tolerated when either number is hedged ("about", "nearly", "some").
    public var hedgedNumberTolerance: Double
    /// Distinctive terms reported per voice.
    public var framingTermsPerVoice: Int
    /// z-score a framing term must exceed (1.96: two-sided 5%).
    public var framingMinimumZ: Double
    /// Strength α₀ of the Dirichlet prior for framing, as a multiple of the event's content-token count: 0.2
    /// maximises the z-score small counts can reach (see ``FramingAnalyzer``).
    public var framingPriorScale: Double
    /// Sentences in the summary.
    public var summaryLength: Int
    /// Contradictions below this confidence (``Contradiction/confidence``) are left out of the comparison
    /// unless ``includeAllContradictions`` is set. See ``ContradictionConfidence`` for what the score weighs
    /// and where the threshold was measured.
    public var minimumContradictionConfidence: Double
    /// Keep every contradiction found, whatever its confidence (`--all-contradictions`).
    public var includeAllContradictions: Bool

    /// Creates options; every argument defaults to the measured value.
    public init(
        alignmentThreshold: Double = 0.22, linkageFraction: Double = 0.75, contradictionPairThreshold: Double = 0.15,
        minimumContentWords: Int = 4, numberTolerance: Double = 0.02, hedgedNumberTolerance: Double = 0.10,
        framingTermsPerVoice: Int = 10, framingMinimumZ: Double = 1.96, framingPriorScale: Double = 0.2,
        summaryLength: Int = 5, minimumContradictionConfidence: Double = ContradictionConfidence.threshold,
        includeAllContradictions: Bool = false
    ) {
        self.alignmentThreshold = alignmentThreshold
        self.linkageFraction = linkageFraction
        self.contradictionPairThreshold = contradictionPairThreshold
        self.minimumContentWords = minimumContentWords
        self.numberTolerance = numberTolerance
        self.hedgedNumberTolerance = hedgedNumberTolerance
        self.framingTermsPerVoice = framingTermsPerVoice
        self.framingMinimumZ = framingMinimumZ
        self.framingPriorScale = framingPriorScale
        self.summaryLength = summaryLength
        self.minimumContradictionConfidence = minimumContradictionConfidence
        self.includeAllContradictions = includeAllContradictions
    }
}
