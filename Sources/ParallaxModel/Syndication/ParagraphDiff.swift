/// What a copy cut from, and added to, the text it copies, paragraph by paragraph.
///
/// Paragraphs are compared by a hash of their folded words, so a paragraph whose only change is case,
/// spacing, punctuation or quote style counts as kept. Indices refer to ``Article/paragraphs``.
public struct ParagraphDiff: Hashable, Sendable, Codable {
    /// Indices of the origin's paragraphs that the copy does not carry.
    public var cut: [Int]
    /// Indices of the copy's paragraphs that the origin does not have.
    public var added: [Int]
    /// Number of the copy's paragraphs also found in the origin.
    public var kept: Int

    /// Creates a diff.
    public init(cut: [Int] = [], added: [Int] = [], kept: Int = 0) {
        self.cut = cut
        self.added = added
        self.kept = kept
    }

    /// Whether the copy carries every paragraph of the origin and nothing else.
    public var isEmpty: Bool { cut.isEmpty && added.isEmpty }
}
