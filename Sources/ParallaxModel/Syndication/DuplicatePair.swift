/// Two articles found to be copies of one text, with how much they share.
///
/// Similarities are measured on the set of word shingles (runs of consecutive folded words) of each text:
/// `jaccard` is |A ∩ B| / |A ∪ B|, `containment` is |A ∩ B| / min(|A|, |B|), the share of the shorter text
/// found in the longer one, which stays high for a trimmed wire copy while `jaccard` drops.
public struct DuplicatePair: Hashable, Sendable, Codable {
    /// How the pair qualified.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The same text once case, white space, punctuation and quote styles are folded.
        case exact
        /// Shingle Jaccard similarity at or above the threshold.
        case near
        /// Below the Jaccard threshold, but the shorter text is (almost) wholly inside the longer one.
        case contained
    }

    /// The article indexed first.
    public var first: String
    /// The article indexed later.
    public var second: String
    /// How the pair qualified.
    public var kind: Kind
    /// Shingle Jaccard similarity (exact, or estimated from MinHash signatures when the index keeps no
    /// shingle sets).
    public var jaccard: Double
    /// Share of the shorter article's shingles found in the longer one.
    public var containment: Double

    /// Creates a pair.
    public init(first: String, second: String, kind: Kind, jaccard: Double, containment: Double) {
        self.first = first
        self.second = second
        self.kind = kind
        self.jaccard = jaccard
        self.containment = containment
    }
}
