import ParallaxCompare
import ParallaxModel
import ParallaxText

/// Measures claim alignment against annotated pairs (`Examples/gold/alignment-pairs.json`), for tuning
/// ``ComparisonOptions/alignmentThreshold`` and for `parallax evaluate alignment`.
///
/// For each gold event the articles are cut into claims exactly as ``EventComparator`` does, IDF is computed
/// over that event's claims, each reference resolves to the claim of its article containing its snippet, and a
/// pair is predicted "same" when its similarity reaches the threshold. The grouped figures instead ask whether
/// the full comparator put both claims in one group.
///
/// Measured on the 93 pairs of the committed file (38 from the seeds' phone-call event, 55 from the Examples
/// bridge-collapse and summit-1 events; 55 labelled same), with no extraction, at the default threshold 0.22:
/// precision 0.91, recall 0.91, F1 0.91; grouped precision/recall/F1 0.90 (the grouping's one-claim-per-voice
/// rule and average linkage cost a little recall). The threshold was tuned on these same pairs, so the figures
/// are optimistic; a held-out split is in `Examples/gold/ALIGNMENT.md`.
public enum AlignmentEvaluator {
    /// Thresholds tried by default: 0.05 to 0.95 by 0.01.
    public static let defaultThresholds: [Double] = (5...95).map { Double($0) / 100 }

    /// Scores every gold pair and sweeps the threshold.
    ///
    /// - Parameters:
    ///   - gold: the annotated pairs.
    ///   - articles: the articles the gold file references, keyed by the reference string.
    ///   - extractions: their extractions by the same keys, when available (missing means none).
    ///   - options: the comparator options; `alignmentThreshold` is where the headline figures are measured.
    ///   - thresholds: the sweep.
    public static func evaluate(
        pairs gold: AlignmentGold, articles: [String: Article], extractions: [String: ArticleExtraction] = [:],
        options: ComparisonOptions = .init(), thresholds: [Double] = defaultThresholds
    ) -> AlignmentEvaluation {
        var scored: [AlignmentEvaluation.ScoredPair] = []
        var unresolved: [String] = []
        for event in gold.events {
            let present = event.articles.compactMap { reference in articles[reference].map { (reference, $0) } }
            for reference in event.articles where articles[reference] == nil {
                unresolved.append("\(reference): missing")
            }
            let eventArticles = present.map(\.1)
            let eventExtractions = present.map { extractions[$0.0] ?? ArticleExtraction(articleId: $0.1.id) }
            let probe = ClaimAlignmentProbe(articles: eventArticles, extractions: eventExtractions, options: options)
            let drafts = probe.claims
            let comparison = EventComparator(options: options).compare(
                event: Event(
                    id: event.name, title: event.name, date: nil, articleIds: eventArticles.map(\.id), outlets: []),
                articles: eventArticles, extractions: eventExtractions, syndication: [])
            var groupOf: [String: String] = [:]
            for group in comparison.groups { for id in group.claimIds { groupOf[id] = group.id } }
            func resolve(_ reference: ClaimReference) -> Int? {
                guard let article = articles[reference.article] else { return nil }
                let snippet = collapse(reference.snippet)
                let found = drafts.indices.first {
                    drafts[$0].articleId == article.id && collapse(drafts[$0].text).contains(snippet)
                }
                if found == nil { unresolved.append("\(reference.article): \(reference.snippet)") }
                return found
            }
            for pair in event.pairs {
                guard let a = resolve(pair.a), let b = resolve(pair.b) else { continue }
                let grouped =
                    groupOf[drafts[a].id] != nil && groupOf[drafts[a].id] == groupOf[drafts[b].id]
                scored.append(
                    AlignmentEvaluation.ScoredPair(
                        event: event.name, a: pair.a, b: pair.b, same: pair.same,
                        similarity: probe.similarity(a, b),
                        grouped: grouped))
            }
        }
        func figures(_ predicted: (AlignmentEvaluation.ScoredPair) -> Bool) -> (Double, Double, Double) {
            var tp = 0.0
            var fp = 0.0
            var fn = 0.0
            for pair in scored {
                let p = predicted(pair)
                if p && pair.same { tp += 1 } else if p { fp += 1 } else if pair.same { fn += 1 }
            }
            let precision = tp + fp == 0 ? 1 : tp / (tp + fp)
            let recall = tp + fn == 0 ? 1 : tp / (tp + fn)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            return (precision, recall, f1)
        }
        let sweep = thresholds.sorted().map { t in
            let (p, r, f) = figures { $0.similarity >= t }
            return AlignmentEvaluation.Point(threshold: t, precision: p, recall: r, f1: f)
        }
        var best = sweep.first
        for point in sweep where point.f1 > (best?.f1 ?? -1) + 1e-12 { best = point }
        let (p, r, f) = figures { $0.similarity >= options.alignmentThreshold }
        let (gp, gr, gf) = figures(\.grouped)
        return AlignmentEvaluation(
            threshold: options.alignmentThreshold, precision: p, recall: r, f1: f, pairCount: scored.count,
            positiveCount: scored.filter(\.same).count, groupedPrecision: gp, groupedRecall: gr, groupedF1: gf,
            sweep: sweep, bestThreshold: best?.threshold ?? options.alignmentThreshold, unresolved: unresolved,
            scored: scored)
    }

    /// Folded, with runs of white space collapsed to one space and curly quotes straightened.
    static func collapse(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in Folding.fold(text).unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\u{A0}" {
                space = true
                continue
            }
            if space && !out.isEmpty { out.unicodeScalars.append(" ") }
            space = false
            switch scalar {
            case "\u{2018}", "\u{2019}": out.unicodeScalars.append("'")
            case "\u{201C}", "\u{201D}": out.unicodeScalars.append("\"")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
