import ParallaxModel

/// The claims of one event as the comparator drafts them, and the similarity it would align them by: what
/// an alignment evaluation scores against annotated pairs, without reaching into the comparator's steps.
package struct ClaimAlignmentProbe {
    /// Every claim drafted, in draft order (the indices ``similarity(_:_:)`` takes).
    package let claims: [Claim]
    private let similarityModel: ClaimSimilarity

    package init(articles: [Article], extractions: [ArticleExtraction], options: ComparisonOptions) {
        let voices = VoiceMap(articles: articles, syndication: [])
        let drafts = ClaimBuilder(options: options).claims(
            articles: articles, extractions: extractions, voiceOf: voices.voiceOf)
        claims = drafts.map(\.claim)
        similarityModel = ClaimSimilarity(drafts: drafts, voiceIndex: voices.index)
    }

    /// How alike claims `i` and `j` are, 0…1, as the comparator weighs them.
    package func similarity(_ i: Int, _ j: Int) -> Double { similarityModel.similarity(i, j) }
}
