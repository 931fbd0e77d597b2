import ParallaxModel
import ParallaxText

/// Compares how the sources of one event report it: claim groups (consensus, partial, unique),
/// contradictions, framing, contested terms, sourcing, a coverage matrix and an extractive summary.
///
/// A pure value-in, value-out stage: `[Article]` and their extraction in, ``EventComparison`` out. Cost is
/// linear in the text plus the candidate pairs an inverted index over rare terms yields (see
/// ``ClaimSimilarity``), so events of hundreds of articles stay cheap.
public struct EventComparator: Sendable {
    /// The thresholds in use.
    public var options: ComparisonOptions
    /// The contested term sets looked for.
    public var lexicon: ContestedLexicon

    /// Creates a comparator.
    public init(options: ComparisonOptions = .init()) {
        self.options = options
        self.lexicon = .standard
    }

    /// Creates a comparator with a custom contested-terms lexicon.
    public init(options: ComparisonOptions = .init(), lexicon: ContestedLexicon) {
        self.options = options
        self.lexicon = lexicon
    }

    /// Compares the articles of one event.
    ///
    /// - Parameters:
    ///   - event: the event; its `articleIds` order (most central first) picks the summary's wording.
    ///   - articles: the event's articles, in the order claims and groups are numbered.
    ///   - extractions: their extractions, in the same order (matched by `articleId`; an empty
    ///     `ArticleExtraction` when extraction found nothing).
    ///   - syndication: groups of article ids that are copies of one story; each group is one voice, while
    ///     every outlet that ran it is listed.
    public func compare(
        event: Event, articles: [Article], extractions: [ArticleExtraction], syndication: [[String]]
    ) -> EventComparison {
        let voices = VoiceMap(articles: articles, syndication: syndication)
        let drafts = ClaimBuilder(options: options).claims(
            articles: articles, extractions: extractions, voiceOf: voices.voiceOf)
        let similarity = ClaimSimilarity(drafts: drafts, voiceIndex: voices.index)
        let floor = min(options.contradictionPairThreshold, options.alignmentThreshold * options.linkageFraction)
        let pairs = similarity.candidatePairs(minimum: floor)
        let clusters = ClaimAligner(options: options).groups(
            similarity: similarity, pairs: pairs, speakers: drafts.map(\.speaker))
        let groupIds = clusters.indices.map { "g\($0 + 1)" }
        let allOutlets = Set(articles.map(\.outletName)).sorted()

        var groups: [ClaimGroup] = []
        for (g, members) in clusters.enumerated() {
            let voiceIds = members.map { drafts[$0].claim.voiceId }
            var outlets = Set<String>()
            for v in voiceIds { if let i = voices.index[v] { outlets.formUnion(voices.voices[i].outlets) } }
            var best = members[0]
            var bestScore = -1.0
            var total = 0.0
            var pairCount = 0
            for a in members {
                var score = 0.0
                for b in members where b != a { score += similarity.similarity(a, b) }
                total += score
                pairCount += members.count - 1
                if score > bestScore {
                    bestScore = score
                    best = a
                }
            }
            groups.append(
                ClaimGroup(
                    id: groupIds[g], kind: kind(carriedBy: Set(voiceIds).count, of: voices.voices.count),
                    claimIds: members.map { drafts[$0].claim.id }, voiceIds: voiceIds, outlets: outlets.sorted(),
                    missingOutlets: allOutlets.filter { !outlets.contains($0) },
                    representativeText: drafts[best].claim.text, representativeClaimId: drafts[best].claim.id,
                    cohesion: pairCount == 0 ? 1 : total / Double(pairCount)))
        }

        var entityNames: [String: String] = [:]
        var entityKinds: [String: EntityKind] = [:]
        for extraction in extractions {
            for entity in extraction.entities where entityNames[entity.id] == nil {
                entityNames[entity.id] = entity.name
                entityKinds[entity.id] = entity.kind
            }
        }
        let found = ContradictionFinder(
            options: options, drafts: drafts, similarity: similarity, voices: voices, entityNames: entityNames,
            entityKinds: entityKinds,
            published: articles.map { $0.published?.date }
        ).find(groups: clusters, groupIds: groupIds, pairs: pairs)
        let copied = CopyDivergenceFinder().find(articles: articles, voices: voices)
        let contradictions = (found + copied).filter { contradiction in
            options.includeAllContradictions
                || (contradiction.confidence ?? 1) >= options.minimumContradictionConfidence
        }.enumerated().map { index, contradiction in
            var numbered = contradiction
            numbered.id = "x\(index + 1)"
            return numbered
        }

        let coverage = Self.coverage(groups: groups, claims: drafts.map(\.claim), voices: voices, outlets: allOutlets)
        let summary = summarize(event: event, articles: articles, groups: groups, clusters: clusters, drafts: drafts)
        return EventComparison(
            eventId: event.id, voices: voices.voices, claims: drafts.map(\.claim), groups: groups,
            contradictions: contradictions,
            framing: FramingAnalyzer(options: options).framing(articles: articles, voices: voices),
            contested: lexicon.usage(articles: articles),
            sourcing: SourcingAnalyzer().sourcing(articles: articles, extractions: extractions), coverage: coverage,
            summary: summary)
    }

    /// Consensus when every voice carries a group, or two thirds of them when there are four or more (with
    /// three voices two thirds is two, which is "partial": one of three leaving a claim out is the news).
    func kind(carriedBy count: Int, of total: Int) -> ClaimGroup.Kind {
        if count <= 1 { return .unique }
        if count == total { return .consensus }
        if total >= 4 && count * 3 >= total * 2 { return .consensus }
        return .partial
    }

    static func coverage(groups: [ClaimGroup], claims: [Claim], voices: VoiceMap, outlets: [String]) -> CoverageMatrix {
        let claimById = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let column = Dictionary(uniqueKeysWithValues: outlets.enumerated().map { ($1, $0) })
        let rows = groups.map { group in
            var cells = [String?](repeating: nil, count: outlets.count)
            for id in group.claimIds {
                guard let claim = claimById[id], let v = voices.index[claim.voiceId] else { continue }
                for outlet in voices.voices[v].outlets { if let c = column[outlet], cells[c] == nil { cells[c] = id } }
            }
            return CoverageMatrix.Row(groupId: group.id, claimIds: cells)
        }
        return CoverageMatrix(outlets: outlets, rows: rows)
    }

    /// Consensus groups (or, when there are none, the groups carried by the most voices, at least two), each
    /// worded as the most central article words it, ordered by position in that article; groups it lacks
    /// follow in event order.
    func summarize(
        event: Event, articles: [Article], groups: [ClaimGroup], clusters: [[Int]], drafts: [ClaimDraft]
    ) -> [SummarySentence] {
        guard !articles.isEmpty else { return [] }
        let central = event.articleIds.first(where: { id in articles.contains { $0.id == id } }) ?? articles[0].id
        var chosen = groups.indices.filter { groups[$0].kind == .consensus }
        if chosen.isEmpty {
            let most = groups.map(\.voiceIds.count).max() ?? 0
            if most >= 2 { chosen = groups.indices.filter { groups[$0].voiceIds.count == most } }
        }
        let ranked: [(key: (Int, Int, Int), group: Int, claim: Int)] = chosen.map { g in
            let members = clusters[g]
            if let inCentral = members.first(where: { drafts[$0].claim.articleId == central }) {
                return ((0, drafts[inCentral].claim.span.start, 0), g, inCentral)
            }
            let first = members[0]
            return ((1, drafts[first].articlePosition, drafts[first].claim.span.start), g, first)
        }
        return ranked.sorted { $0.key < $1.key }.prefix(options.summaryLength).map { item in
            let claim = drafts[item.claim].claim
            return SummarySentence(
                groupId: groups[item.group].id, claimId: claim.id, articleId: claim.articleId, span: claim.span,
                text: claim.text)
        }
    }
}
