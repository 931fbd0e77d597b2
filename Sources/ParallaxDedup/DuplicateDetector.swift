import ParallaxModel

/// Finds exact and near-duplicate copies in a batch of articles and groups them under their origin.
///
/// A batch front end to ``DedupIndex``: the pipeline calls ``groups(_:)``; a store that keeps an index across
/// runs uses ``DedupIndex/add(_:)`` instead.
public struct DuplicateDetector: Sendable {
    /// The settings used.
    public var options: DedupOptions

    /// Creates a detector.
    public init(options: DedupOptions = .init()) {
        self.options = options
    }

    /// Syndication groups of `articles` (only groups of two or more), earliest origin first.
    public func groups(_ articles: [Article]) -> [SyndicationGroup] { index(articles).groups() }

    /// Every verified pair among `articles`.
    public func pairs(_ articles: [Article]) -> [DuplicatePair] { index(articles).pairs() }

    /// An index holding `articles`, ready for incremental additions or to be persisted.
    public func index(_ articles: [Article]) -> DedupIndex {
        var index = DedupIndex(options: options)
        index.add(articles)
        return index
    }

    /// The exact-duplicate hash of a text: equal for texts that differ only in case, white space, punctuation
    /// or quote style; zero for a text without words.
    public static func exactHash(of text: String) -> UInt64 {
        var text = text
        var words = ContiguousArray<UInt64>()
        return text.withUTF8 { bytes in
            TextScanner.wordHashes(bytes, into: &words)
            return words.withUnsafeBufferPointer { TextScanner.sequenceHash($0) }
        }
    }
}
