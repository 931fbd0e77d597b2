import ParallaxModel
import ParallaxText

/// Sets of alternative terms for one thing, where the choice signals a stance.
///
/// Hand-made from the usual examples in media-framing studies (naming a war, naming armed groups, naming
/// unrest); small on purpose, since each member must be unambiguous enough to count without a tagger. Members
/// match on stemmed, folded words (so "rebel" counts for "rebels"), longest member first at each position, and
/// never on a capitalised word inside a sentence ("Cold War" is a name, not a framing of this war).
public struct ContestedLexicon: Sendable {
    /// One set of alternatives.
    public struct TermSet: Hashable, Sendable, Codable {
        /// What the members name ("naming the war").
        public var name: String
        /// The alternatives, as matched (folded, stemmed word by word).
        public var terms: [String]

        /// Creates a set.
        public init(name: String, terms: [String]) {
            self.name = name
            self.terms = terms
        }
    }

    /// The sets.
    public var sets: [TermSet]

    /// Creates a lexicon.
    public init(sets: [TermSet]) { self.sets = sets }

    /// The built-in lexicon.
    public static let standard = ContestedLexicon(sets: [
        TermSet(
            name: "naming the war",
            terms: [
                "invasion", "special military operation", "military operation", "war", "conflict", "crisis",
                "aggression", "incursion", "offensive",
            ]),
        TermSet(
            name: "naming the authorities", terms: ["regime", "government", "administration", "junta", "authorities"]),
        TermSet(
            name: "control of territory",
            terms: [
                "occupation", "occupied", "security operation", "liberation", "liberated", "annexation",
                "reunification",
            ]),
        TermSet(
            name: "naming armed groups",
            terms: [
                "terrorists", "militants", "rebels", "fighters", "insurgents", "separatists", "gunmen",
                "freedom fighters", "resistance",
            ]),
        TermSet(
            name: "naming unrest",
            terms: [
                "riot", "protest", "unrest", "demonstration", "uprising", "disturbance", "mob", "rioters",
                "protesters", "demonstrators",
            ]),
        TermSet(
            name: "naming people who move",
            terms: [
                "illegal immigrants", "illegal aliens", "migrants", "immigrants", "refugees", "asylum seekers",
                "undocumented",
            ]),
        TermSet(
            name: "naming pressure",
            terms: ["sanctions", "retaliatory measures", "punitive measures", "restrictions", "coercion", "bullying"]),
        TermSet(
            name: "naming interference",
            terms: ["interference", "meddling", "internal affairs", "domestic affairs", "so-called issues"]),
    ])

    /// Which outlets use which members, for the sets used at all.
    func usage(articles: [Article]) -> [ContestedTermUsage] {
        // Members as stem sequences, longest first.
        struct Member {
            var set: Int
            var term: String
            var stems: [String]
        }
        var members: [Member] = []
        for (s, set) in sets.enumerated() {
            for term in set.terms {
                let stems = Tokenizer.tokens(in: term).map { Stemmer.stem(Folding.fold(term.substring($0.span))) }
                members.append(Member(set: s, term: term, stems: stems))
            }
        }
        members.sort { $0.stems.count > $1.stems.count }
        let first = Dictionary(grouping: members.indices, by: { members[$0].stems[0] })
        // set -> outlet -> term -> spans
        var found: [Int: [String: [String: [ArticleSpan]]]] = [:]
        for article in articles {
            let text = article.text
            let tokens = Tokenizer.tokens(in: text)
            let stems = tokens.map { Stemmer.stem(Folding.fold(text.substring($0.span))) }
            var i = 0
            while i < tokens.count {
                guard let candidates = first[stems[i]] else {
                    i += 1
                    continue
                }
                var matched = false
                for m in candidates {
                    let member = members[m]
                    guard i + member.stems.count <= tokens.count,
                        Array(stems[i..<(i + member.stems.count)]) == member.stems
                    else { continue }
                    if tokens[i].isCapitalized && !Self.startsSentence(tokens: tokens, at: i, in: text) { continue }
                    let span = Span(start: tokens[i].span.start, end: tokens[i + member.stems.count - 1].span.end)
                    found[member.set, default: [:]][article.outletName, default: [:]][member.term, default: []]
                        .append(ArticleSpan(articleId: article.id, span: span, text: text.slice(span)))
                    i += member.stems.count
                    matched = true
                    break
                }
                if !matched { i += 1 }
            }
        }
        return found.keys.sorted().map { s in
            let outlets = found[s]!.keys.sorted().map { outlet in
                let terms = found[s]![outlet]!
                return ContestedTermUsage.OutletUsage(
                    outlet: outlet,
                    terms: sets[s].terms.compactMap { term in
                        terms[term].map { ContestedTermUsage.TermUse(term: term, count: $0.count, spans: $0) }
                    })
            }
            let choices = Set(outlets.map { Set($0.terms.map(\.term)) })
            return ContestedTermUsage(
                name: sets[s].name, terms: sets[s].terms, outlets: outlets, divergent: choices.count > 1)
        }
    }

    /// Whether token `i` opens a sentence (first token, or after `.`, `!`, `?`, a quote or a line break).
    private static func startsSentence(tokens: [Token], at i: Int, in text: String) -> Bool {
        guard i > 0 else { return true }
        let gap = text.slice(Span(start: tokens[i - 1].span.end, end: tokens[i].span.start))
        return gap.contains(".") || gap.contains("!") || gap.contains("?") || gap.contains("\n") || gap.contains("“")
    }
}
