/// Settings for exact and near-duplicate detection.
///
/// The defaults were measured with `Benchmarks/dedup` (100,000 recombined news documents with planted copies
/// at known Jaccard levels; see `Benchmarks/dedup/README.md`): with exact verification they found 0.9998 of
/// the pairs at or above 0.8 with precision 1.0.
public struct DedupOptions: Sendable, Hashable, Codable {
    /// How a candidate pair from the LSH buckets is confirmed.
    public enum Verification: String, Sendable, Hashable, Codable, CaseIterable {
        /// Exact Jaccard and containment on the stored shingle sets (32-bit shingle hashes, sorted). Costs
        /// about 4 bytes per distinct shingle in the index, and decides pairs exactly at the threshold.
        case exact
        /// Jaccard estimated from the MinHash signatures (share of equal slots). Keeps only the signatures,
        /// but with 128 permutations the estimate's standard deviation at 0.8 is 0.035, so pairs within a few
        /// hundredths of the threshold fall on either side: the benchmark measured recall 0.94 and precision
        /// 0.93 (recall 0.76 for pairs between 0.80 and 0.85), for less than half the memory.
        case signature
    }

    /// Jaccard similarity of shingle sets at or above which two articles are near duplicates. 0.8 is the
    /// usual syndication cut: a wire copy with a changed headline, credit line and a trimmed last paragraph
    /// stays above it, while two outlets' own stories on one event (shared names, numbers and quotes) stay far
    /// below it: over the 4,491 same-event pairs of ECB+ (`../shared/data/event-clustering`) the median is
    /// 0.0007 and the 99th percentile 0.38 with 5-word shingles; the 15 pairs at or above 0.8 there are
    /// republished copies.
    public var threshold: Double
    /// Share of the shorter article's shingles found in the longer one at or above which the pair is a
    /// contained copy (a trimmed wire story) even when its Jaccard is below ``threshold``.
    public var containmentThreshold: Double
    /// A contained copy must have at least this many distinct shingles, so that a short brief made of a
    /// couple of stock sentences is not called a copy of every long article that carries them.
    public var minimumContainedShingles: Int
    /// Number of MinHash permutations (signature length).
    public var permutations: Int
    /// Words per shingle. Measured on ECB+ same-event pairs: the median Jaccard of independent stories falls
    /// from 0.014 with 3 words to 0.0045 with 4 and 0.0007 with 5 (7: 0.0000), while the copies (≥ 0.8) are
    /// the same 15 pairs from 3 to 5 words; 5 keeps shared names, numbers and short quotes from adding up
    /// and still counts every inner run of a copied sentence.
    public var shingleSize: Int
    /// How candidate pairs are confirmed.
    public var verification: Verification
    /// LSH banding; nil chooses it with ``LSHParameters/forRecall(threshold:permutations:missRate:)``.
    public var banding: LSHParameters?
    /// Seed of the permutations. Signatures made with different seeds cannot be compared.
    public var seed: UInt64

    /// Creates options; see each property for what the defaults mean.
    public init(
        threshold: Double = 0.8, containmentThreshold: Double = 0.9, minimumContainedShingles: Int = 40,
        permutations: Int = 128, shingleSize: Int = 5, verification: Verification = .exact,
        banding: LSHParameters? = nil, seed: UInt64 = 0x5EED_0F_D0C5
    ) {
        self.threshold = threshold
        self.containmentThreshold = containmentThreshold
        self.minimumContainedShingles = minimumContainedShingles
        self.permutations = permutations
        self.shingleSize = shingleSize
        self.verification = verification
        self.banding = banding
        self.seed = seed
    }

    /// The banding in force: ``banding`` when set, else the one that misses at most 0.5% of pairs at the
    /// threshold (candidates below it are only verification work, misses are lost).
    public var effectiveBanding: LSHParameters {
        if let banding { return banding }
        return LSHParameters.forRecall(threshold: threshold, permutations: max(1, permutations), missRate: 0.005)
    }
}
