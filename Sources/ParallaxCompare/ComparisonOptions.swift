/// Knobs of ``EventComparator``. The defaults were measured as each property says.
public struct ComparisonOptions: Hashable, Sendable, Codable {
    /// Minimum similarity for two claims of different voices to be aligned.
    ///
    /// Similarity is the mean of the cosine and the overlap coefficient of IDF-weighted term sets (see
    /// ``ClaimSimilarity``). 0.30 is the best-F1 point of the threshold sweep on the 64 annotated pairs of
    /// `Examples/gold/alignment-pairs.json` (see `Examples/gold/ALIGNMENT.md` and ``AlignmentEvaluator``).
    public var alignmentThreshold: Double
    /// When two groups merge, the mean similarity over all their cross pairs (a missing pair counts 0) must
    /// reach this fraction of ``alignmentThreshold``; it stops a chain of pairwise matches from gluing
    /// unrelated claims together. Half was the loosest value that kept the seeds' bridge and interference
    /// claims apart on the gold pairs.
    public var linkageFraction: Double
    /// Claims of different voices with this similarity but not aligned are still checked for contradictions
    /// when they share an entity or a rare word: contradicting reports often share the subject but little else
    /// ("12 people died" / "the death toll rose to 17").
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
    /// Strength α₀ of the Dirichlet prior for framing, as a multiple of the event's token count; see
    /// ``FramingAnalyzer``.
    public var framingPriorScale: Double
    /// Sentences in the summary.
    public var summaryLength: Int

    /// Creates options; every argument defaults to the measured value.
    public init(
        alignmentThreshold: Double = 0.30, linkageFraction: Double = 0.5, contradictionPairThreshold: Double = 0.18,
        minimumContentWords: Int = 4, numberTolerance: Double = 0.02, hedgedNumberTolerance: Double = 0.10,
        framingTermsPerVoice: Int = 10, framingMinimumZ: Double = 1.96, framingPriorScale: Double = 0.1,
        summaryLength: Int = 5
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
    }
}
