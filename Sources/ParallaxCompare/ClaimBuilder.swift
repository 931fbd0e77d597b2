import ParallaxModel
import ParallaxText

/// Cuts articles into claims and reads the comparable features of each.
///
/// A claim is a sentence or a clause of one (``ClauseSplitter``). Fragments are skipped: fewer than
/// ``ComparisonOptions/minimumContentWords`` content words ("Contact the writers at"), and headline-like lines
/// (no closing punctuation and mostly capitalised words). Within one voice, a claim whose content repeats an
/// earlier claim of that voice is dropped; in a syndication group a near copy (80% of stems shared, see
/// ``isCopy(_:of:)``) is dropped too, so the copies give the voice one claim.
struct ClaimBuilder {
    var options: ComparisonOptions

    /// Reporting verbs and words that appear in almost every claim of news: not content for alignment.
    static let extraStopWords: Set<String> = [
        "say", "saying", "adding", "add", "note", "noted", "noting", "stress", "stressed", "stressing", "reiterate",
        "reiterated", "stated", "remarked", "emphasised", "emphasized", "reported", "reportedly", "reports",
        "reporting", "quoted", "cited", "tells", "telling", "also", "would", "mr", "ms", "mrs", "dr", "part",
        "side", "sides", "called", "including", "recent", "last", "next", "every", "another", "week", "day", "today",
        "wednesday", "monday", "tuesday", "thursday", "friday", "saturday", "sunday", "time",
    ]
    /// Words that negate the verb after them.
    static let negators: Set<String> = [
        "not", "never", "n't", "didn't", "did't", "don't", "doesn't", "won't",
        "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", "cannot", "can't",
    ]

    /// Builds the claims of every article, in article order then text order.
    func claims(
        articles: [Article], extractions: [ArticleExtraction], voiceOf: [String: String]
    ) -> [ClaimDraft] {
        var drafts: [ClaimDraft] = []
        var seenTexts: [String: Set<String>] = [:]
        // Stems of the claims of earlier articles of each syndication group.
        var voiceStems: [String: [Set<String>]] = [:]
        let syndicated = Set(voiceOf.values.filter { $0.hasPrefix("syndication:") })
        let byId = Dictionary(extractions.map { ($0.articleId, $0) }, uniquingKeysWith: { first, _ in first })
        for (position, article) in articles.enumerated() {
            let extraction: ArticleExtraction
            if let found = byId[article.id] {
                extraction = found
            } else if extractions.indices.contains(position), extractions[position].articleId.isEmpty {
                extraction = extractions[position]
            } else {
                extraction = ArticleExtraction(articleId: article.id)
            }
            let voice = voiceOf[article.id] ?? "outlet:\(article.outletName)"
            let quantities =
                extraction.quantities.isEmpty ? NumberReader.quantities(in: article.text) : extraction.quantities
            let times =
                extraction.times.isEmpty
                ? DateReader.times(in: article.text, published: article.published) : extraction.times
            var ordinal = 0
            var articleStems: [Set<String>] = []
            defer { voiceStems[voice, default: []].append(contentsOf: articleStems) }
            var text = article.text
            let spans: [(Int, Span, Span)] = text.withUTF8 { bytes in
                SentenceSplitter.sentences(in: bytes).enumerated().flatMap { index, sentence in
                    ClauseSplitter.clauses(of: sentence, in: bytes).map { (index, $0, sentence) }
                }
            }
            for (sentenceIndex, span, sentence) in spans {
                let clauseText = article.text.slice(span)
                // A headline is a line, not a clause: "It took the testimony of six turncoat mobsters" cut from a
                // sentence ending in a full stop lacks the stop, and is prose all the same.
                if Self.looksLikeHeadline(article.text.slice(sentence)) { continue }
                let features = ClaimFeatures.read(clauseText)
                guard features.contentWordCount >= options.minimumContentWords else { continue }
                let key = features.stems.joined(separator: " ")
                if !seenTexts[voice, default: []].insert(key).inserted { continue }
                if syndicated.contains(voice) {
                    if isCopy(features.stems, of: voiceStems[voice, default: []]) { continue }
                    articleStems.append(Set(features.stems))
                }
                func inside(_ item: Span) -> Bool { item.start >= span.start && item.start < span.end }
                var entityIds: [String] = []
                for mention in extraction.mentions where inside(mention.span) && !entityIds.contains(mention.entityId) {
                    entityIds.append(mention.entityId)
                }
                let actions = extraction.actions.filter { action in
                    let overlap = min(action.span.end, span.end) - max(action.span.start, span.start)
                    return overlap > 0 && overlap * 2 >= min(action.span.length, span.length)
                }
                let claim = Claim(
                    id: "\(article.id)#\(ordinal)", articleId: article.id, outlet: article.outletName, voiceId: voice,
                    span: span, text: clauseText, sentenceIndex: sentenceIndex, entityIds: entityIds, actions: actions,
                    quantities: quantities.filter { inside($0.span) }, times: times.filter { inside($0.span) }
                )
                ordinal += 1
                drafts.append(
                    ClaimDraft(
                        claim: claim, features: features, articlePosition: position,
                        mentions: extraction.mentions.filter { inside($0.span) },
                        speaker: Self.speaker(of: span, in: extraction)))
            }
        }
        return drafts
    }

    /// The speaker of the claim at `span`: a quote overlapping it with a known speaker, else an attribution to a
    /// person or expert inside it. Officials, media and data are left out: "officials said" and "the ministry
    /// said" are how outlets source one fact, not two people's views.
    static func speaker(of span: Span, in extraction: ArticleExtraction) -> String? {
        for quote in extraction.quotes where quote.span.start < span.end && span.start < quote.span.end {
            if let id = quote.speakerEntityId { return id }
            if let name = quote.speaker { return Folding.fold(name) }
        }
        for attribution in extraction.attributions
        where attribution.span.start >= span.start && attribution.span.end <= span.end
            && (attribution.kind == .person || attribution.kind == .expert)
        {
            return attribution.sourceEntityId ?? Folding.fold(attribution.source)
        }
        return nil
    }

    /// Whether a clause repeats one already seen in its syndication group: at least 80% of its content stems
    /// are in one earlier clause, or it holds at least 80% of that clause's stems (copies trim and retitle,
    /// so "Divers worked through the night" repeats "Divers … worked through the night under floodlights").
    func isCopy(_ stems: [String], of earlier: [Set<String>]) -> Bool {
        let mine = Set(stems)
        guard !mine.isEmpty else { return false }
        for other in earlier {
            let shared = mine.intersection(other).count
            if shared * 5 >= mine.count * 4
                || shared * 5 >= other.count * 4 && other.count >= options.minimumContentWords
            {
                return true
            }
        }
        return false
    }

    /// A line with no closing punctuation whose words are mostly capitalised, or that is short: a headline,
    /// byline or section label rather than a statement.
    static func looksLikeHeadline(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return true }
        if ".!?\"'”’)…。！？」』）".unicodeScalars.contains(last) { return false }
        let tokens = Tokenizer.tokens(in: text).filter { $0.kind == .word }
        if tokens.count < 8 { return true }
        let capitals = tokens.filter(\.isCapitalized).count
        return capitals * 2 > tokens.count
    }
}

/// A claim with its features, before weighting.
struct ClaimDraft: Sendable {
    var claim: Claim
    var features: ClaimFeatures
    /// Index of the claim's article in the comparator's input.
    var articlePosition: Int
    /// Entity mentions inside the claim, in text order (article offsets): where each participant is named.
    var mentions: [Mention] = []
    /// Who the claim is someone's word for: the speaker of a quote or the named person or expert an
    /// attribution inside the claim cites (entity id, else the folded name); nil when the outlet speaks.
    var speaker: String? = nil
}

/// What one claim's text says, in comparable units.
struct ClaimFeatures: Sendable {
    /// Stems of the content words (hyphenated compounds also give their parts), in order, with repeats.
    var stems: [String]
    /// Stems that occur only outside the quotation marks of a claim built around a direct quote (the frame,
    /// "Mayor Rafaela Quist told Meridian"): two different quotes of one speaker share the frame, not the
    /// content, so these weigh half.
    var frameStems: Set<String>
    /// Numbers written in digits, also inside words ("340m", "340-metre"), rounded keys as in
    /// ``ClaimSimilarity/numberKey(_:)``.
    var numberKeys: Set<String>
    /// Folded content words (not stemmed), in order.
    var words: [String]
    var contentWordCount: Int
    /// Stems of verbs stated affirmatively.
    var verbs: Set<String>
    /// Stems of verbs under a negator ("did not attend" → "attend").
    var negatedVerbs: Set<String>
    /// Stems of negated verbs that say "not yet" ("had not yet peaked", "has yet to decide"), a subset of
    /// ``negatedVerbs``: a state at one moment that a later report of the verb updates rather than denies.
    var pendingVerbs: Set<String> = []

    /// Reads the features of a claim's text.
    static func read(_ text: String) -> ClaimFeatures {
        var result = ClaimFeatures(
            stems: [], frameStems: [], numberKeys: [], words: [], contentWordCount: 0, verbs: [], negatedVerbs: [])
        let tokens = Tokenizer.tokens(in: text)
        var negatedUntil = -1
        var pending = false
        let quoted = quotedStretches(in: text, tokens: tokens)
        var inside = Set<String>()
        var outside = Set<String>()
        for (index, token) in tokens.enumerated() {
            let surface = text.substring(token.span)
            if let key = numberKey(surface) { result.numberKeys.insert(key) }
            if token.kind == .number { continue }
            // Chinese, Japanese, Korean: no spaces between words, so the clause is read as character pairs.
            if ContentTerms.holdsCJK(surface) {
                let pairs = ContentTerms.words(in: String(surface))
                result.contentWordCount += pairs.count
                result.words += pairs
                result.stems += pairs
                continue
            }
            let folded = Folding.fold(surface)
            if ClaimBuilder.negators.contains(folded) || folded.hasSuffix("n't") {
                negatedUntil = index + 3
                pending = false
                continue
            }
            // "not yet peaked", and "has yet to decide" (no negator): a negation that waits for an update.
            if folded == "yet" {
                let before = index <= negatedUntil
                let yetTo = index + 1 < tokens.count && Folding.fold(text.substring(tokens[index + 1].span)) == "to"
                if before || yetTo {
                    if !before { negatedUntil = index + 3 }
                    pending = true
                }
                continue
            }
            if VerbLexicon.isVerb(folded) && !VerbLexicon.isAuxiliary(folded) && !StopWords.contains(folded) {
                let stem = Stemmer.stem(folded)
                if index <= negatedUntil {
                    result.negatedVerbs.insert(stem)
                    if pending { result.pendingVerbs.insert(stem) }
                } else {
                    result.verbs.insert(stem)
                }
                negatedUntil = -1
                pending = false
            }
            guard token.span.length >= 2, !StopWords.contains(folded), !ClaimBuilder.extraStopWords.contains(folded)
            else { continue }
            result.contentWordCount += 1
            result.words.append(folded)
            result.stems.append(Stemmer.stem(folded))
            if !quoted.isEmpty {
                if quoted.contains(where: { $0.contains(token.span) }) {
                    inside.insert(Stemmer.stem(folded))
                } else {
                    outside.insert(Stemmer.stem(folded))
                }
            }
            if folded.utf8.contains(0x2D) {
                for part in folded.split(separator: "-") where part.utf8.count >= 2 {
                    let p = String(part)
                    if !StopWords.contains(p) { result.stems.append(Stemmer.stem(p)) }
                }
            }
        }
        result.verbs.subtract(result.negatedVerbs)
        result.frameStems = outside.subtracting(inside)
        return result
    }

    /// The key of a number written in digits at the start of `surface`, also inside a word ("340m").
    static func numberKey(_ surface: Substring) -> String? {
        guard let first = surface.utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
        let digits = surface.prefix { $0.isNumber || $0 == "," || $0 == "." }.filter { $0 != "," }
        return Double(digits).map(ClaimSimilarity.numberKey)
    }

    /// Quoted stretches of `text`: between straight or curly double quotes, when they hold at least three words.
    static func quotedStretches(in text: String, tokens: [Token]) -> [Span] {
        var quoted: [Span] = []
        var open: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = String(scalar).utf8.count
            if scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" {
                if scalar == "\u{201D}" || (scalar == "\"" && open != nil) {
                    if let start = open { quoted.append(Span(start: start, end: offset)) }
                    open = nil
                } else {
                    open = offset
                }
            }
            offset += width
        }
        quoted.removeAll { span in tokens.filter { span.contains($0.span) }.count < 3 }
        return quoted
    }
}
