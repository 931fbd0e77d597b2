import ParallaxModel
import ParallaxText

/// Whom each outlet quotes (quotes' speakers, and the medium a quote came through) and cites (attributions).
///
/// A source is keyed by its entity id when extraction linked one, else by its folded name. Its kind comes from
/// the attribution's kind, else from the entity (a person's roles; an organisation's name), else from its
/// name: agency and broadcaster names are media, ministries and officeholders official, analysts and
/// academics expert. The country is the entity's, so "official" reads as an official of that country.
struct SourcingAnalyzer {
    static let mediaWords: [String] = [
        "xinhua", "tass", "cctv", "afp", "reuters", "associated press", "ap", "bbc", "ria", "interfax", "kyodo",
        "yonhap", "global times", "state media", "news agency", "broadcaster", "television", "tv", "newspaper",
        "media", "press", "times", "daily", "post", "journal", "herald", "radio",
    ]
    static let officialWords: [String] = [
        "president", "minister", "ministry", "government", "spokesperson", "spokesman", "spokeswoman", "kremlin",
        "officials", "official", "department", "embassy", "police", "army", "military", "mayor", "governor",
        "chancellor", "premier", "council", "parliament", "senator", "commander", "authorities", "customs",
        "defense", "defence", "office", "agency", "white house", "prime", "authority", "civil protection", "head of",
    ]
    static let expertWords: [String] = [
        "analyst", "professor", "expert", "researcher", "institute", "economist", "scholar", "university",
        "think tank", "fellow", "studies", "academy", "lecturer", "scientist", "engineer",
    ]

    /// The kind of a source from the words of its name and roles: expert words first, then media, then
    /// official ones. A listed word counts as a whole word (or words), followed by a space, a comma or the end.
    static func kind(named name: String, roles: [String] = []) -> CitedSource.Kind {
        let phrases = Self.phrases(in: Folding.fold(([name] + roles).joined(separator: " ")))
        if !phrases.isDisjoint(with: expertPhrases) { return .expert }
        if !phrases.isDisjoint(with: mediaPhrases) { return .media }
        if !phrases.isDisjoint(with: officialPhrases) { return .official }
        return .other
    }

    private static let expertPhrases = Set(expertWords.map { Substring($0) })
    private static let mediaPhrases = Set(mediaWords.map { Substring($0) })
    private static let officialPhrases = Set(officialWords.map { Substring($0) })

    /// The one- and two-word phrases of space-separated `text`, what follows a comma in a phrase's last word
    /// dropped (the phrases the word lists can match: none is longer than two words). Set lookups instead of a
    /// substring search per listed word: this runs for every quote and attribution of every event compared.
    static func phrases(in text: String) -> Set<Substring> {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        func trimmed(_ word: Substring) -> Substring { word.prefix { $0 != "," } }
        var phrases: Set<Substring> = []
        for (i, word) in words.enumerated() where !word.isEmpty {
            phrases.insert(trimmed(word))
            if i + 1 < words.count, !word.contains(","), !words[i + 1].isEmpty {
                phrases.insert(Substring(word + " " + trimmed(words[i + 1])))
            }
        }
        return phrases
    }

    func sourcing(articles: [Article], extractions: [ArticleExtraction]) -> [OutletSourcing] {
        let byId = Dictionary(extractions.map { ($0.articleId, $0) }, uniquingKeysWith: { a, _ in a })
        var perOutlet: [String: [String: CitedSource]] = [:]
        var order: [String: [String]] = [:]
        var names: [String: [String: String]] = [:]  // outlet -> folded name or alias -> key
        for article in articles {
            guard let extraction = byId[article.id] else { continue }
            let entities = Dictionary(extraction.entities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            func record(name: String, entityId: String?, attributed: Attribution.Kind?, span: Span, quote: Bool) {
                let trimmed = name.trimmingSpaces
                guard !trimmed.isEmpty else { return }
                let entity = entityId.flatMap { entities[$0] }
                // One source whether cited by entity or by a name or alias ("CCTV" through a quote's `via`).
                let folded = Folding.fold(trimmed)
                let key = names[article.outletName]?[folded] ?? entityId ?? folded
                for alias in [folded]
                    + ([entity?.name].compactMap { $0 } + (entity?.aliases ?? [])).map({ Folding.fold($0) })
                {
                    if names[article.outletName]?[alias] == nil { names[article.outletName, default: [:]][alias] = key }
                }
                let kind: CitedSource.Kind
                switch attributed {
                case .media: kind = .media
                case .official: kind = .official
                case .data: kind = .data
                case .expert: kind = .expert
                case .anonymous: kind = .anonymous
                case .person, .other, nil:
                    if let entity, entity.kind == .country || entity.kind == .place {
                        kind = .official  // "Moscow said": the government speaking through its capital.
                    } else {
                        kind = Self.kind(named: entity?.name ?? trimmed, roles: entity?.roles ?? [])
                    }
                }
                var source =
                    perOutlet[article.outletName]?[key]
                    ?? CitedSource(
                        name: entity?.name ?? trimmed, entityId: entityId, kind: kind, country: entity?.country)
                if source.country == nil { source.country = entity?.country }
                if source.entityId == nil { source.entityId = entityId }
                if quote { source.quoteCount += 1 } else { source.citationCount += 1 }
                source.spans.append(ArticleSpan(articleId: article.id, span: span, text: article.text.slice(span)))
                if perOutlet[article.outletName]?[key] == nil { order[article.outletName, default: []].append(key) }
                perOutlet[article.outletName, default: [:]][key] = source
            }
            for quote in extraction.quotes {
                if let speaker = quote.speaker {
                    record(
                        name: speaker, entityId: quote.speakerEntityId, attributed: nil,
                        span: quote.speakerSpan ?? quote.span, quote: true)
                }
                if let via = quote.via {
                    record(name: via, entityId: nil, attributed: .media, span: quote.span, quote: false)
                }
            }
            for attribution in extraction.attributions {
                record(
                    name: attribution.source, entityId: attribution.sourceEntityId, attributed: attribution.kind,
                    span: attribution.span, quote: false)
            }
        }
        return perOutlet.keys.sorted().map { outlet in
            let sources = order[outlet]!.compactMap { perOutlet[outlet]![$0] }.enumerated()
                .sorted {
                    $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset
                }
                .map(\.element)
            return OutletSourcing(outlet: outlet, sources: sources)
        }
    }
}

extension String {
    /// Without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
