import ParallaxExtract
import ParallaxModel

/// Scores extraction output against ``ExtractionGold``, matching by meaning rather than by span, because the
/// gold and the predictions are made independently and need not agree on where an item starts or ends.
///
/// Matching is one-to-one and greedy in gold order, with a strict pass before a lenient one where a kind has
/// both (a count must first find a prediction with the same counted noun, then any count of that value).
/// What matches what, per kind:
/// - entities: same kind and any shared name or alias, case-insensitively;
/// - quotes: same kind (direct/indirect), the gold snippet's words inside the predicted quote text, and the
///   speaker matching by name (one name's words inside the other's, through the gold entity's aliases, so
///   "Mr Xi" matches "Xi Jinping"); a gold quote without speaker needs a prediction without one;
/// - quantities: value within 0.5% (money also against a prediction's alternatives) and the same unit family:
///   the currency for money, the dimension for measures (compared in SI units), the kind otherwise;
/// - times: the same TIMEX3 value (nil matches nil) and the gold snippet inside the predicted surface text;
/// - attributions: source names matching either way ("Xinhua" ~ "Xinhua News Agency");
/// - actions: same category, actor and target matching a gold name or its entity's aliases; a gold action with
///   no target accepts any.
///
/// Attributions and actions are scored as sets per article: a source cited five times, or "Varga said" in
/// four paragraphs, is one item on both sides (predictions are deduplicated by folded source, and by folded
/// actor, category and target), because the gold records who is cited and who did what, not how often.
public enum ExtractionScorer {
    /// Relative tolerance for quantity values: 0.5% absorbs rounding in the text ("US$147 billion" for
    /// 146.9e9) and unit conversion, while 1,284 and 1,300 stay different.
    public static let valueTolerance = 0.005

    /// Per-kind precision/recall/F1 (entities, quotes, quantities, times, attributions, actions), micro-averaged
    /// over articles.
    /// - Parameters:
    ///   - gold: The annotations; only articles listed here are scored.
    ///   - predictions: Extraction output keyed by file name (base names are compared).
    ///   - texts: Article texts keyed by file name, used to check that gold snippets occur in the text and to
    ///     recover a prediction's surface text from its span when the text field is empty.
    public static func score(
        gold: ExtractionGold, predictions: [String: ArticleExtraction], texts: [String: String]
    ) -> ExtractionScores {
        let predicted = Dictionary(predictions.map { (baseName($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        let bodies = Dictionary(texts.map { (baseName($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        var totals = Dictionary(uniqueKeysWithValues: ExtractionKind.allCases.map { ($0.rawValue, KindScore.empty) })
        var perArticle: [String: [String: ArticleKindResult]] = [:]
        var warnings: [String] = []
        for name in gold.articles.keys.sorted() {
            let article = gold.articles[name]!
            let key = baseName(name)
            let prediction = predicted[key] ?? ArticleExtraction(articleId: key)
            if predicted[key] == nil { warnings.append("\(key): no predictions; every gold item counts as missed.") }
            let text = bodies[key]
            if let text { warnings += snippetWarnings(article, text: text, name: key) }
            var results: [String: ArticleKindResult] = [:]
            results[ExtractionKind.entities.rawValue] = entities(article, prediction)
            results[ExtractionKind.quotes.rawValue] = quotes(article, prediction, text: text)
            results[ExtractionKind.quantities.rawValue] = quantities(article, prediction, text: text)
            results[ExtractionKind.times.rawValue] = times(article, prediction, text: text)
            results[ExtractionKind.attributions.rawValue] = attributions(article, prediction)
            results[ExtractionKind.actions.rawValue] = actions(article, prediction)
            for (kind, result) in results { totals[kind] = (totals[kind] ?? .empty) + result.score }
            perArticle[key] = results
        }
        for key in predicted.keys.sorted() where gold.articles.keys.first(where: { baseName($0) == key }) == nil {
            warnings.append("\(key): predictions but no gold; not scored.")
        }
        return ExtractionScores(kinds: totals, articles: perArticle, warnings: warnings)
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }

    // MARK: - Greedy matching

    /// Matches gold items to predictions one-to-one, running each predicate as a pass over what is left.
    static func match<G, P>(
        _ gold: [G], _ predicted: [P], passes: [(G, P) -> Bool], describeGold: (G) -> String,
        describePredicted: (P) -> String
    ) -> ArticleKindResult {
        var goldUsed = [Bool](repeating: false, count: gold.count)
        var predUsed = [Bool](repeating: false, count: predicted.count)
        var pairs: [(Int, Int)] = []
        for pass in passes {
            for (g, item) in gold.enumerated() where !goldUsed[g] {
                for (p, candidate) in predicted.enumerated() where !predUsed[p] && pass(item, candidate) {
                    goldUsed[g] = true
                    predUsed[p] = true
                    pairs.append((g, p))
                    break
                }
            }
        }
        pairs.sort { $0.0 < $1.0 }
        let tp = pairs.count
        return ArticleKindResult(
            score: KindScore(truePositives: tp, falsePositives: predicted.count - tp, falseNegatives: gold.count - tp),
            matched: pairs.map {
                MatchedPair(gold: describeGold(gold[$0.0]), predicted: describePredicted(predicted[$0.1]))
            },
            missed: gold.indices.filter { !goldUsed[$0] }.map { describeGold(gold[$0]) },
            spurious: predicted.indices.filter { !predUsed[$0] }.map { describePredicted(predicted[$0]) })
    }

    /// All names of the gold entity that has `name` as its name or an alias, or just `name`.
    static func names(_ name: String, in article: ExtractionGold.ArticleGold) -> [String] {
        let folded = MatchText.normalized(name)
        for entity in article.entities {
            let all = [entity.name] + entity.aliases
            if all.contains(where: { MatchText.normalized($0) == folded }) { return all }
        }
        return [name]
    }

    static func nameMatches(_ goldName: String, _ predicted: String?, in article: ExtractionGold.ArticleGold) -> Bool {
        guard let predicted else { return false }
        return names(goldName, in: article).contains { MatchText.namesMatch($0, predicted) }
    }

    // MARK: - Kinds

    static func entities(_ article: ExtractionGold.ArticleGold, _ prediction: ArticleExtraction) -> ArticleKindResult {
        match(
            article.entities, prediction.entities,
            passes: [
                { g, p in
                    guard g.kind == p.kind else { return false }
                    let goldNames = Set(([g.name] + g.aliases).map(MatchText.normalized))
                    return ([p.name] + p.aliases).contains { goldNames.contains(MatchText.normalized($0)) }
                }
            ],
            describeGold: { "\($0.kind.rawValue) \($0.name)" },
            describePredicted: {
                "\($0.kind.rawValue) \($0.name)"
                    + ($0.aliases.isEmpty ? "" : " (\($0.aliases.joined(separator: ", ")))")
            })
    }

    static func quotes(_ article: ExtractionGold.ArticleGold, _ prediction: ArticleExtraction, text: String?)
        -> ArticleKindResult
    {
        let bodies = prediction.quotes.map { q in
            MatchText.words(q.text.isEmpty ? (text?.slice(q.span) ?? "") : q.text)
        }
        let indexed = Array(prediction.quotes.enumerated())
        return match(
            article.quotes, indexed,
            passes: [
                { g, p in
                    guard g.kind == p.element.kind, MatchText.contains(bodies[p.offset], MatchText.words(g.snippet))
                    else { return false }
                    guard let speaker = g.speaker else { return p.element.speaker == nil }
                    return nameMatches(speaker, p.element.speaker, in: article)
                }
            ],
            describeGold: { "\($0.kind.rawValue) \($0.speaker ?? "—"): …\($0.snippet)…" },
            describePredicted: {
                "\($0.element.kind.rawValue) \($0.element.speaker ?? "—"): \(shorten($0.element.text))"
            })
    }

    static func shorten(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        return words.count <= 12 ? text : words.prefix(12).joined(separator: " ") + " …"
    }

    /// SI factors of the unit symbols ``Quantity`` uses, for comparing measures written in different units.
    static let siFactors: [String: Double] = {
        var t: [String: Double] = [:]
        for unit in UnitLexicon.single.values { if let f = unit.toSI { t[unit.symbol] = f } }
        t["nmi"] = 1_852
        t["ft3"] = 0.028_316_846_592
        t["km3"] = 1e9
        t["mi2"] = 2_589_988.110_336
        t["ft2"] = 0.092_903_04
        return t
    }()

    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= valueTolerance * max(abs(a), abs(b), 1e-9)
    }

    /// Whether a predicted quantity has the gold value in the gold unit family; `strictNoun` also asks counts
    /// and ordinals for the same counted noun.
    static func quantityMatches(_ g: ExtractionGold.Quantity, _ p: Quantity, strictNoun: Bool) -> Bool {
        switch g.kind {
        case .money:
            guard p.kind == .money else { return false }
            if p.unit == g.unit && close(p.value, g.value) { return true }
            return p.alternatives.contains { $0.unit == g.unit && close($0.value, g.value) }
        case .count, .ordinal:
            guard p.kind == g.kind, close(p.value, g.value) else { return false }
            guard strictNoun else { return true }
            return g.unit.map(MatchText.stem) == p.unit.map(MatchText.stem)
        case .percent, .multiplier:
            return p.kind == g.kind && close(p.value, g.value)
        default:
            guard p.kind == g.kind else { return false }
            if p.unit == g.unit { return close(p.value, g.value) }
            if let gu = g.unit, let pu = p.unit, let gf = siFactors[gu], let pf = siFactors[pu] {
                return close(p.value * pf, g.value * gf)
            }
            return false
        }
    }

    static func quantities(_ article: ExtractionGold.ArticleGold, _ prediction: ArticleExtraction, text: String?)
        -> ArticleKindResult
    {
        match(
            article.quantities, prediction.quantities,
            passes: [
                { quantityMatches($0, $1, strictNoun: true) }, { quantityMatches($0, $1, strictNoun: false) },
            ],
            describeGold: {
                "\($0.kind.rawValue) \(format($0.value)) \($0.unit ?? "")" + ($0.text.map { " (\($0))" } ?? "")
            },
            describePredicted: { q in
                "\(q.kind.rawValue) \(format(q.value)) \(q.unit ?? "") (\(q.text.isEmpty ? (text?.slice(q.span) ?? "") : q.text))"
            })
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func times(_ article: ExtractionGold.ArticleGold, _ prediction: ArticleExtraction, text: String?)
        -> ArticleKindResult
    {
        let surfaces = prediction.times.map { t in
            MatchText.words(t.text.isEmpty ? (text?.slice(t.span) ?? "") : t.text)
        }
        return match(
            article.times, Array(prediction.times.enumerated()),
            passes: [
                { g, p in
                    g.value == p.element.value && MatchText.contains(surfaces[p.offset], MatchText.words(g.text))
                }
            ],
            describeGold: { "\($0.text) = \($0.value ?? "unresolved")" },
            describePredicted: { "\($0.element.text) = \($0.element.value ?? "unresolved")" })
    }

    static func attributions(_ article: ExtractionGold.ArticleGold, _ prediction: ArticleExtraction)
        -> ArticleKindResult
    {
        var seen = Set<String>()
        let unique = prediction.attributions.filter { seen.insert(MatchText.normalized($0.source)).inserted }
        return match(
            article.attributions, unique,
            passes: [{ g, p in nameMatches(g.source, p.source, in: article) }],
            describeGold: { $0.source },
            describePredicted: { "\($0.source) (\($0.cue))" })
    }

    static func actions(_ article: ExtractionGold.ArticleGold, _ prediction: ArticleExtraction) -> ArticleKindResult {
        var seen = Set<String>()
        let unique = prediction.actions.filter {
            seen.insert(
                MatchText.normalized($0.actor) + "|" + $0.category.rawValue + "|"
                    + MatchText.normalized($0.target ?? "")
            ).inserted
        }
        return match(
            article.actions, unique,
            passes: [
                { g, p in
                    guard g.category == p.category, nameMatches(g.actor, p.actor, in: article) else { return false }
                    guard let target = g.target else { return true }
                    return nameMatches(target, p.target, in: article)
                }
            ],
            describeGold: { "\($0.actor) \($0.category.rawValue) \($0.target ?? "—")" },
            describePredicted: { "\($0.actor) \($0.category.rawValue) \($0.target ?? "—") (\($0.predicate))" })
    }

    // MARK: - Gold checks

    /// Gold snippets that do not occur in the article text: a typo in the gold, or a text that changed.
    static func snippetWarnings(_ article: ExtractionGold.ArticleGold, text: String, name: String) -> [String] {
        let words = MatchText.words(text)
        var warnings: [String] = []
        for q in article.quotes where !MatchText.contains(words, MatchText.words(q.snippet)) {
            warnings.append("\(name): quote snippet '\(q.snippet)' is not in the text.")
        }
        for t in article.times where !MatchText.contains(words, MatchText.words(t.text)) {
            warnings.append("\(name): time '\(t.text)' is not in the text.")
        }
        for q in article.quantities {
            if let s = q.text, !MatchText.contains(words, MatchText.words(s)) {
                warnings.append("\(name): quantity '\(s)' is not in the text.")
            }
        }
        for q in article.quotes where q.snippet.split(separator: " ").count > 6 {
            warnings.append("\(name): quote snippet '\(q.snippet)' is longer than six words.")
        }
        return warnings
    }
}
