import ParallaxModel
import ParallaxText

/// The noun a bare count counts ("12 people", "three ships").
extension QuantityExtractor {
    /// The counted noun after a number: the last of up to three words, ending at the first plural.
    ///
    /// A hyphenated unit is the noun by itself ("12-point plan" → "point"). A capitalised run is a name and
    /// runs to its last capitalised word, through "and" ("third Belt and Road Forum" → "forum").
    static func headNoun(_ lex: [Lexeme], from j: Int) -> (noun: String, next: Int)? {
        let n = lex.count
        guard j < n, lex[j].kind == .word else { return nil }
        if lex[j].hyphenBefore {
            let t = lex[j].text
            guard !StopWords.contains(t), !nonHeads.contains(t), t.utf8.count > 1 else { return nil }
            return (t, j + 1)
        }
        if lex[j].isCapitalized, MonthLexicon.weekday(lex[j]) == nil, MonthLexicon.month(lex[j]) == nil {
            var k = j
            var last = j
            var words = 0
            while k < n, words < 5, lex[k].kind == .word, lex[k].spaceBefore {
                if lex[k].isCapitalized && !lex[k].text.hasSuffix("'s") {
                    last = k
                    words += 1
                    k += 1
                } else if lex[k].text == "and", k + 1 < n, lex[k + 1].isCapitalized, lex[k + 1].kind == .word {
                    k += 1
                } else {
                    break
                }
            }
            // A capitalised adjective before lowercase nouns ("eight Chinese ports", "14 Valdorian grain barges")
            // is no name: go on to the noun.
            if words == 1, k < n, lex[k].kind == .word, lex[k].spaceBefore, !lex[k].isCapitalized,
                let rest = headNoun(lex, from: k)
            {
                return rest
            }
            return (lex[last].text, last + 1)
        }
        var k = j
        var last: Int? = nil
        var count = 0
        while k < n && count < 3 {
            let w = lex[k]
            if count > 0, w.kind == .word, w.hyphenBefore {
                // "high-capacity": the compound is one modifier; its last piece stands in for it.
                last = k
                k += 1
                if isPlural(w.text) { break }
                continue
            }
            guard w.kind == .word, w.spaceBefore, !w.isCapitalized || count == 0 || w.isAllCaps else { break }
            let t = w.text
            if StopWords.contains(t) || NumberParser.cardinals[t] != nil || NumberParser.scales[t] != nil
                || MonthLexicon.weekday(w) != nil || nonHeads.contains(t)
            {
                break
            }
            if count > 0 && (t.hasSuffix("ing") && !ingNouns.contains(t) || t.hasSuffix("ed")) { break }
            if w.text.hasSuffix("'s") { break }
            last = k
            count += 1
            k += 1
            if isPlural(t) && !w.isAllCaps { break }
        }
        guard let head = last else { return nil }
        let noun = lex[head].text
        if noun.hasSuffix("ed") && !invariantCounts.contains(noun) || noun.utf8.count < 2 { return nil }
        return (noun, head + 1)
    }

    /// Nouns that count without a plural "s": irregular plurals and the participles news counts people by.
    static let invariantCounts: Set<String> = [
        "people", "men", "women", "children", "police", "staff", "personnel", "cattle", "sheep", "livestock",
        "fish", "aircraft", "dead", "injured", "wounded", "killed", "missing", "displaced", "detained", "arrested",
        "crew", "youth", "deer", "data", "media", "evacuated", "rescued", "hurt", "dying",
    ]

    /// Nouns ending in "-ing" that may head a counted phrase; other "-ing" words end it as participles
    /// ("the first road bridge linking…").
    static let ingNouns: Set<String> = [
        "meeting", "meetings", "building", "buildings", "funding", "housing", "shipping", "training", "bombing",
        "bombings", "shelling", "hearing", "hearings", "briefing", "wedding", "evening", "evenings", "morning",
        "mornings", "opening", "ruling", "rulings", "spending", "warning", "warnings", "offering", "uprising",
        "gathering", "crossing", "crossings", "landing", "sitting", "sittings", "killing", "killings", "filing",
        "recording", "painting", "ceiling", "setting", "standing", "thing", "things", "king", "kings", "ring",
        "spring", "string", "wing", "wings", "building",
    ]

    /// Nouns before a number that make it a label, not an amount ("the number 14 route", "gate 5").
    static let labelWords: Set<String> = [
        "number", "no", "nos", "route", "line", "flight", "platform", "page", "chapter", "article", "section",
        "room", "gate", "bus", "road", "highway", "unit", "block", "level", "grade", "phase", "stage", "episode",
        "season", "volume", "item", "paragraph", "clause", "resolution", "category", "code", "channel", "track",
    ]

    /// Words that never head a counted phrase: adverbs, verbs and pronouns the stop list lacks.
    static let nonHeads: Set<String> = [
        "ago", "later", "earlier", "before", "after", "each", "apiece", "respectively", "percent", "times", "are",
        "is", "was", "were", "have", "has", "had", "will", "would", "also", "here", "there", "in", "a", "an",
        "all", "both", "and", "or", "nor", "more", "less", "fewer", "least", "most", "last", "next", "later",
        "ever", "again", "too", "then", "now", "said", "say", "says",
    ]

    /// A plural-looking noun: longer than three letters, ends in "s" but not "ss", "us", "is" ("ports",
    /// "civilians"; not "gas", "bus", "crisis").
    static func isPlural(_ word: String) -> Bool {
        guard word.utf8.count > 3 else { return false }
        let u = Array(word.utf8.suffix(2))
        guard u[1] == 0x73 else { return false }
        return u[0] != 0x73 && u[0] != 0x75 && u[0] != 0x69 && u[0] != 0x27
    }
}
