import ParallaxModel
import ParallaxText

/// A name phrase while ``NameClassifier`` reads it: the phrase so far and the start of the name proper,
/// which moves past a peeled nationality adjective, role noun or title.
struct NamePhraseReading {
    /// The decision of one step: a kind, or no kind at all (the phrase stays undecided).
    struct Verdict {
        var kind: EntityKind?
    }

    let doc: Document
    let range: Range<Int>
    /// First word of the name proper.
    var s: Int
    /// End of the phrase.
    let e: Int
    var phrase: ClassifiedPhrase

    init(_ range: Range<Int>, in doc: Document) {
        self.doc = doc
        self.range = range
        s = range.lowerBound
        e = range.upperBound
        phrase = ClassifiedPhrase(words: range, core: range, coreText: "")
    }

    /// The folded words of `r`, space-separated.
    func folded(_ r: Range<Int>) -> String {
        if r.count == 1 { return doc.words[r.lowerBound].folded }
        return r.map { doc.words[$0].folded }.joined(separator: " ")
    }

    /// The classified phrase with `kind` and the name proper from `s`.
    mutating func finish(_ kind: EntityKind?) -> ClassifiedPhrase {
        phrase.kind = kind
        phrase.core = s..<e
        phrase.coreText = doc.string(words: s, through: e - 1)
        // "Hong Kong Special Administrative Region", "Xinjiang Uygur (autonomous region)": the known
        // place at the front names the entity; the whole phrase is an alias.
        if kind == .place && phrase.canonical == nil && e - s >= 2 {
            for length in stride(from: min(3, e - s - 1), through: 1, by: -1) {
                let prefix = folded(s..<(s + length))
                if let code = Places.countryByPlace[prefix] {
                    phrase.canonical = doc.string(words: s, through: s + length - 1)
                    if !code.isEmpty { phrase.countryCode = code }
                    break
                }
            }
        }
        return phrase
    }

    /// Gazetteers and nationality adjectives: a known name, a country named through its adjective, a
    /// nationality adjective on its own, or one opening the phrase (peeled, then the gazetteers again on the
    /// rest, unless an organisation head follows).
    mutating func gazetteerKind() -> Verdict? {
        let words = doc.words
        if let hit = NameClassifier.gazetteer(folded(s..<e), &phrase) { return Verdict(kind: hit) }
        if e - s == 1, let name = doc.derivedCountries[words[s].folded] {
            phrase.countryCode = "name:" + name
            return Verdict(kind: .country)
        }

        // A two-word nationality adjective on its own ("South African officials"): the country, not a name
        // of its own (nor "African" inside it).
        if e - s == 2, let code = doc.demonymCode(folded(s..<e)) {
            phrase.isDemonym = true
            phrase.countryCode = code
            return Verdict(kind: .country)
        }
        // Nationality adjective first.
        if e - s >= 2 {
            var length = 0
            var code: String?
            if e - s >= 3, let c = doc.demonymCode(folded(s..<(s + 2))) {
                length = 2
                code = c
            } else if let c = doc.demonymCode(words[s].folded) {
                length = 1
                code = c
            }
            if let code {
                let rest = (s + length)..<e
                let head = NameClassifier.headWord(rest, doc)
                if NameLexicon.organizationHeads.contains(head) && !NameLexicon.titleHeads.contains(head) {
                    phrase.countryCode = code
                    return Verdict(kind: .organization)
                }
                phrase.demonym = (s..<(s + length), code)
                s += length
                if let hit = NameClassifier.gazetteer(folded(s..<e), &phrase) { return Verdict(kind: hit) }
            }
        } else if let code = doc.demonymCode(words[s].folded) {
            phrase.isDemonym = true
            phrase.countryCode = code
            return Verdict(kind: .country)
        }
        return nil
    }

    /// "Engineer Joan Hollis has …", "Footballer Marcus Delaney scored …": only the sentence start
    /// capitalises a common noun, so a word there before a given name that opens a name of two or three
    /// words is a role, not part of the name.
    /// A known role noun there ("Nurse Funmi Okoro waited") needs no known given name after it.
    mutating func sentenceStartRoleKind() -> Verdict? {
        let words = doc.words
        if s == range.lowerBound, words[s].startsSentence, e - s >= 3, e - s <= 4,
            !NameLexicon.givenNames.contains(words[s].folded),
            !NameLexicon.titleHeads.contains(words[s].folded), !NameLexicon.titleModifiers.contains(words[s].folded),
            !words[s].isAllCaps,
            NameLexicon.givenNames.contains(words[s + 1].folded)
                && NameClassifier.looksLikePersonName((s + 1)..<e, doc)
                || NameLexicon.roleNouns.contains(words[s].folded) && NameClassifier.plainNameWords((s + 1)..<e, doc)
        {
            phrase.roleNoun = words[s].folded
            s += 1
            return Verdict(kind: .person)
        }
        return nil
    }

    /// Title, possibly after a nationality adjective no table knows ("Kestrian Prime Minister …"): the
    /// title is peeled and the rest is a person.
    mutating func titleKind() -> Verdict? {
        let words = doc.words
        var t = s
        var lastTitle = -1
        if e - s >= 3, NameClassifier.looksLikeDemonym(words[s].folded),
            NameLexicon.titleHeads.contains(words[s + 1].folded)
                || NameLexicon.titleModifiers.contains(words[s + 1].folded)
        {
            t = s + 1
        }
        while t < e - 1 {
            let f = words[t].folded
            if NameLexicon.titleHeads.contains(f) {
                lastTitle = t
            } else if (f == "of" || f == "for") && lastTitle == t - 1 && !words[t].isCapitalized {
                // "Secretary of State Marian Cole": the office runs to the name, which starts at a given name
                // or else is the last two words.
                lastTitle = NameClassifier.officeEnd(after: t, before: e, doc) ?? -1
                break
            } else if !NameLexicon.titleModifiers.contains(f) {
                break
            }
            t += 1
        }
        // "the Justice Department", "General Motors": a title word before an organisation's head word names
        // the organisation, not a person.
        if lastTitle >= 0 {
            let head = NameClassifier.headWord((lastTitle + 1)..<e, doc)
            if NameLexicon.organizationHeads.contains(head) || NameLexicon.otherHeads.contains(head) { lastTitle = -1 }
        }
        if lastTitle < 0 { lastTitle = NameClassifier.titleAfterOffice(s..<e, doc) }
        if lastTitle >= 0 {
            phrase.title = s..<(lastTitle + 1)
            s = lastTitle + 1
            return Verdict(kind: .person)
        }
        return nil
    }

    /// Head words and capitals: a place head, a newspaper's frequency, an organisation or event head, a
    /// lone all-capitals word (a title, a dateline place or an acronym).
    mutating func headWordKind() -> Verdict? {
        let words = doc.words
        let head = NameClassifier.headWord(s..<e, doc)
        let hasAnd = (s..<e).contains { doc.words[$0].folded == "and" && !doc.words[$0].isCapitalized }
        // "Linda Park, the county clerk, …": a given name then a place head ("Park", "Hill"), described after
        // a comma as people are, is a person.
        let describedAfter =
            e < words.count && words[e].gapBefore.contains(.comma) && words[e].sentence == words[s].sentence
            && ["the", "a", "an"].contains(words[e].folded)
        let personWithPlaceHead =
            e - s == 2 && NameLexicon.givenNames.contains(words[s].folded)
            && (describedAfter || NameClassifier.appositive(after: e - 1, in: doc) != nil)
        if e - s >= 2 && NameClassifier.capitalizedPlaceHeads.contains(head) && !hasAnd && !personWithPlaceHead {
            if let code = Places.countryByPlace[words[s].folded], !code.isEmpty { phrase.countryCode = code }
            return Verdict(kind: .place)
        }
        // "The Daily Meridian", "the Weekly Standard": a newspaper's title opens with its frequency.
        if e - s >= 2, words[s].folded == "daily" || words[s].folded == "weekly" {
            phrase.isMedia = true
            return Verdict(kind: .organization)
        }
        if NameLexicon.organizationHeads.contains(head) {
            phrase.isMedia = [
                "times", "post", "daily", "news", "television", "radio", "broadcaster", "tribune",
                "herald", "journal", "gazette", "telegraph", "channel", "press",
            ].contains(head)
            return Verdict(kind: .organization)
        }
        if NameLexicon.otherHeads.contains(head) && e - s >= 2 { return Verdict(kind: .other) }
        if e - s == 1 && words[s].isAllCaps {
            if NameLexicon.titleHeads.contains(words[s].folded) { return Verdict(kind: nil) }  // "CEO of …"
            // A dateline ("KESTRA, April 24 (VSNA) -"): a capitalised place opening a paragraph.
            if words[s].startsSentence && words[s].folded.utf8.count >= 4 && s + 1 < words.count
                && (words[s + 1].gapBefore.contains(.comma) || words[s + 1].gapBefore.contains(.dash)
                    || words[s + 1].gapBefore.contains(.colon))
                && (s == 0 || words[s].gapBefore.contains(.newline))
            {
                return Verdict(kind: .place)
            }
            phrase.isAcronym = true
            return Verdict(kind: .organization)
        }
        return nil
    }

    /// Cue nouns right before the phrase: a media noun makes a media organisation, a role noun a person.
    mutating func cueNounKind() -> Verdict? {
        let words = doc.words
        let before = range.lowerBound - 1
        if before >= 0 && !words[before].isCapitalized && words[range.lowerBound].gapBefore.isPlain {
            let f = words[before].folded
            if MediaOutlets.cueNouns.contains(f) {
                phrase.isMedia = true
                return Verdict(kind: .organization)
            }
            if NameLexicon.roleNouns.contains(f) {
                if f != "counterpart" && f != "colleague" && f != "partner" { phrase.roleNoun = f }
                return Verdict(kind: .person)
            }
        }
        return nil
    }

    /// Name patterns and context for what is left: a person's name pattern, a context cue, two plain words
    /// (a person) or longer names (a named thing); a single word stays undecided.
    mutating func patternKind() -> Verdict {
        let words = doc.words
        if e - s >= 2 && e - s <= 4 && NameClassifier.looksLikePersonName(s..<e, doc) { return Verdict(kind: .person) }
        if e - s >= 2 {
            phrase.core = s..<e
            if let cued = NameClassifier.contextKind(for: phrase, in: doc) { return Verdict(kind: cued) }
            // Two plain capitalised words with no head word are most often a person's name in news
            // ("Teodor Marsh"); longer unknown names are named things. After a capitalised "The" inside a
            // sentence they are the title of a work ("read The Dragon Waiting"): a person's name takes no
            // article, and a title keeps its own. (After a lower-case "the" they may still be a team or a
            // group that stands for its people, "the Red Sox": left as before.)
            let afterArticle =
                s > 0 && words[s - 1].folded == "the" && words[s - 1].isCapitalized && !words[s - 1].startsSentence
                && words[s].gapBefore.isPlain
            if e - s == 2 && NameClassifier.plainNameWords(s..<e, doc)
                && !NameClassifier.looksLikeCommonWord(words[s].folded)
                && !NameClassifier.looksLikeDemonym(words[e - 1].folded) && !afterArticle
            {
                return Verdict(kind: .person)
            }
            return Verdict(kind: .other)
        }
        return Verdict(kind: nil)
    }
}
