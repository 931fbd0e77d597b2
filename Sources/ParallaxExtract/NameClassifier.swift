import ParallaxModel
import ParallaxText

/// A name phrase after classification.
struct ClassifiedPhrase {
    /// All words of the phrase, including a peeled demonym and title.
    var words: Range<Int>
    /// The name proper.
    var core: Range<Int>
    /// Title words before the name ("Prime Minister").
    var title: Range<Int>?
    /// A nationality adjective before the name ("Chinese" in "Chinese President Xi Jinping").
    var demonym: (words: Range<Int>, code: String)?
    /// Nil while undecided (a lone capitalised word without cues).
    var kind: EntityKind?
    var isMedia = false
    /// A lone all-capitals word ("SCO").
    var isAcronym = false
    /// The whole phrase is a nationality adjective standing for a country.
    var isDemonym = false
    var countryCode: String?
    /// Canonical name from a gazetteer ("Xinhua" → "Xinhua News Agency").
    var canonical: String?
    var coreText: String
    /// A lowercase role noun right before the name ("leader" in "Chinese leader Xi").
    var roleNoun: String?
}

/// Assigns an entity kind to a name phrase from gazetteers, head words, name patterns and context.
///
/// Order of evidence, strongest first: a gazetteer hit on the whole phrase (country, media outlet, place);
/// a leading nationality adjective is peeled unless an organisation head follows ("Russian Defense
/// Ministry" stays whole); a title makes a person ("President Xi"); a gazetteer hit on the rest; the head
/// word (the word before the first "of/for/on", else the last: "Institute of …" is an organisation,
/// "Forum for …" an event); an all-capitals word is an organisation; a role noun before ("counterpart
/// Vladimir Putin") makes a person and a media noun ("broadcaster CCTV") a media organisation; a given
/// name, a Chinese surname or a Slavic surname ending makes a two-to-four-word person; context (an
/// appositive or a reporting verb after, a place cue around) decides the rest. Multi-word names without
/// any cue are `other`; single words without cues stay undecided.
enum NameClassifier {
    /// The last word of the office in "Secretary of State Marian Cole" (the connector at `connector`): the
    /// word before the first given name, or, with none, before the last two words. Nil when no name of at
    /// least two words would remain.
    static func officeEnd(after connector: Int, before end: Int, _ doc: Document) -> Int? {
        var k = connector + 2
        while k < end - 1 {
            if NameLexicon.givenNames.contains(doc.words[k].folded) { return k - 1 }
            k += 1
        }
        return end - 3 > connector ? end - 3 : nil
    }

    /// The last word of a title that opens with the office's name ("Central Bank Governor Elena Varga",
    /// "Treasury Secretary Gordon Maples"), or -1. The title head must be followed by a name that is not
    /// itself an organisation, place or event ("General Motors", "Secretary of State" are not titles), and
    /// the office before it has no connector, so "Bank of England" never becomes part of a person.
    static func titleAfterOffice(_ range: Range<Int>, _ doc: Document) -> Int {
        guard range.count >= 3 else { return -1 }
        var t = range.upperBound - 2
        while t > range.lowerBound {
            let f = doc.words[t].folded
            if NameLexicon.titleHeads.contains(f) && !doc.words[t].isPossessive {
                let rest = (t + 1)..<range.upperBound
                let head = headWord(rest, doc)
                let office = range.lowerBound..<t
                guard !NameLexicon.organizationHeads.contains(head), !NameLexicon.otherHeads.contains(head),
                    !capitalizedPlaceHeads.contains(head), Places.countryByPlace[head] == nil,
                    Countries.codeByFoldedName[head] == nil,
                    !office.contains(where: { !doc.words[$0].isCapitalized || doc.words[$0].isPossessive }),
                    !rest.contains(where: { !doc.words[$0].isCapitalized && doc.words[$0].gapBefore != .hyphen })
                else { return -1 }
                return t
            }
            t -= 1
        }
        return -1
    }

    /// Classifies a name phrase: the first step that decides wins, strongest evidence first.
    static func classify(_ range: Range<Int>, in doc: Document) -> ClassifiedPhrase {
        var reading = NamePhraseReading(range, in: doc)
        if let verdict = reading.gazetteerKind() { return reading.finish(verdict.kind) }
        if let verdict = reading.sentenceStartRoleKind() { return reading.finish(verdict.kind) }
        if let verdict = reading.titleKind() { return reading.finish(verdict.kind) }
        if let verdict = reading.headWordKind() { return reading.finish(verdict.kind) }
        if let verdict = reading.cueNounKind() { return reading.finish(verdict.kind) }
        return reading.finish(reading.patternKind().kind)
    }

    /// Prepositions after which an unknown single name is a place ("in Portvale", "from Eastbank").
    /// Names already known as people are resolved before this cue is consulted ("to Putin").
    static let placePrepositions: Set<String> = [
        "in", "near", "outside", "across", "inside", "from", "into", "toward", "towards", "via", "at", "around",
        "through", "throughout", "between",
    ]

    /// Capitalised last words that make a place ("Hong Kong Special Administrative Region", "Mexico City").
    static let capitalizedPlaceHeads: Set<String> = [
        "region", "province", "oblast", "county", "district", "prefecture", "territory", "territories", "island",
        "islands", "peninsula", "river", "valley", "mountains", "sea", "strait", "village", "municipality",
        "governorate", "city", "krai", "bay", "gulf", "ocean", "lake", "desert", "plateau", "basin",
        "palace", "bridge", "house", "mill", "square", "street", "avenue", "park", "station", "airport", "dam",
        "tower", "hall", "castle", "cathedral", "stadium", "market", "harbour", "harbor", "port", "quay", "wharf",
        "canal", "corridor", "gate", "plaza", "camp", "base", "heights", "hills", "falls", "crossing", "lane",
        "road", "way", "drive", "terrace", "row", "waterfront", "embankment", "estate", "green",
    ]

    /// Gazetteer lookup of a folded phrase; fills code, canonical name and media flag.
    static func gazetteer(_ folded: String, _ phrase: inout ClassifiedPhrase) -> EntityKind? {
        if let code = Countries.codeByFoldedName[folded] {
            phrase.countryCode = code
            return .country
        }
        if let canonical = MediaOutlets.canonicalByName[folded] {
            phrase.canonical = canonical
            phrase.isMedia = true
            return .organization
        }
        if let code = Places.countryByPlace[folded] {
            if !code.isEmpty { phrase.countryCode = code }
            return .place
        }
        return nil
    }

    /// The head word of a name: the word before the first "of"/"for"/"on", else the last word.
    static func headWord(_ range: Range<Int>, _ doc: Document) -> String {
        for k in range where k > range.lowerBound {
            let f = doc.words[k].folded
            if !doc.words[k].isCapitalized && (f == "of" || f == "for" || f == "on") { return doc.words[k - 1].folded }
        }
        return doc.words[range.upperBound - 1].folded
    }

    /// Endings of English nouns and adjectives that given names do not have ("Political", "Settling").
    static func looksLikeCommonWord(_ folded: String) -> Bool {
        guard folded.utf8.count >= 6 else { return false }
        for suffix in [
            "ing", "ment", "tion", "sion", "ity", "ness", "ism", "ance", "ence", "ical", "ive", "ous", "ful", "less",
        ]
        where folded.hasSuffix(suffix) {
            return true
        }
        return false
    }

    /// Nationality-adjective endings ("Kestrian", "Valdorian", "Congolese", "Danish", "Iraqi").
    static func looksLikeDemonym(_ folded: String) -> Bool {
        folded.utf8.count >= 5
            && (folded.hasSuffix("ian") || folded.hasSuffix("an") || folded.hasSuffix("ese")
                || folded.hasSuffix("ish") || folded.hasSuffix("i"))
    }

    /// Capitalised, not all capitals, no connector, not a known place or demonym.
    static func plainNameWords(_ range: Range<Int>, _ doc: Document) -> Bool {
        for k in range {
            let w = doc.words[k]
            if !w.isCapitalized || w.isAllCaps || w.isNumber || NameLexicon.connectors.contains(w.folded)
                || Places.countryByPlace[w.folded] != nil || doc.demonymCode(w.folded) != nil
                || NameLexicon.titleModifiers.contains(w.folded) || w.folded.count < 2
            {
                return false
            }
        }
        return true
    }

    /// Two to four capitalised words opening with a known given name or Chinese surname, or a pair ending
    /// in a Slavic surname suffix.
    static func looksLikePersonName(_ range: Range<Int>, _ doc: Document) -> Bool {
        for k in range {
            let w = doc.words[k]
            if w.isAllCaps || !w.isCapitalized || NameLexicon.organizationHeads.contains(w.folded)
                || NameLexicon.otherHeads.contains(w.folded) || Countries.codeByFoldedName[w.folded] != nil
                || Places.countryByPlace[w.folded] != nil
            {
                return false
            }
        }
        let first = doc.words[range.lowerBound].folded
        let last = doc.words[range.upperBound - 1].folded
        if NameLexicon.givenNames.contains(first) { return true }
        if NameLexicon.chineseSurnames.contains(first) && range.count <= 3 { return true }
        if range.count == 2 && last.utf8.count >= 5 {
            for suffix in NameLexicon.slavicSurnameSuffixes where last.hasSuffix(suffix) { return true }
        }
        return false
    }

    /// Kind from the words around a phrase: place cues, an appositive or a reporting verb after.
    static func contextKind(for phrase: ClassifiedPhrase, in doc: Document) -> EntityKind? {
        let words = doc.words
        let first = phrase.words.lowerBound
        let last = phrase.words.upperBound - 1
        let next = last + 1
        if next < words.count && words[next].sentence == words[last].sentence {
            let w = words[next]
            if w.gapBefore == .hyphen && (w.folded == "based" || w.folded == "born") { return .place }
            if w.gapBefore.isPlain && !w.isCapitalized && Places.placeHeadsAfter.contains(w.folded) { return .place }
            if w.gapBefore.isPlain, let form = ReportingVerbs.form(w.folded), !form.participle, !form.nounLike,
                !words[last].isPossessive
            {
                return .person
            }
            // "the chief executive, Bram de Vries, replied": a name set off by commas between a description
            // and a reporting verb.
            if w.gapBefore == .comma, first > 0, words[first].gapBefore == .comma,
                ["the", "a", "an"].contains(words[first - 1].folded)
                    || NameLexicon.roleNouns.contains(words[first - 1].folded),
                let form = ReportingVerbs.form(w.folded), !form.participle, !form.nounLike, !w.isCapitalized
            {
                return .person
            }
        }
        if appositive(after: last, in: doc) != nil { return .person }
        // "“…,” said Okonjo, who scored twice": the name right after an inverted reporting verb, ending the
        // clause, is the speaker.
        if first >= 1, words[first].gapBefore.isPlain, !words[first - 1].isCapitalized,
            let form = ReportingVerbs.form(words[first - 1].folded), !form.participle, !form.nounLike,
            words[first - 1].gapBefore.contains(.comma) || words[first - 1].gapBefore.contains(.quote),
            next >= words.count || words[next].sentence != words[last].sentence || !words[next].gapBefore.isPlain
        {
            return .person
        }
        if first >= 1 && words[first].gapBefore.isPlain && !words[first - 1].isCapitalized {
            let p = words[first - 1].folded
            if p == "of" && first >= 2 && Places.placeHeadsBefore.contains(words[first - 2].folded) { return .place }
            if placePrepositions.contains(p) && !words[last].isPossessive { return .place }
            if NameLexicon.roleNouns.contains(p) { return .person }
            if MediaOutlets.cueNouns.contains(p) { return .organization }
        }
        return nil
    }

    /// The appositive after a person's name: ", an associate research fellow at …," up to the comma before
    /// a reporting verb (so inner commas are kept), else up to the next comma when it opens with an article
    /// or a role noun. At most 40 words.
    static func appositive(after last: Int, in doc: Document) -> Range<Int>? {
        let words = doc.words
        let start = last + 1
        guard start < words.count, words[start].gapBefore.contains(.comma),
            words[start].sentence == words[last].sentence,
            words[start].quote == nil
        else { return nil }
        let f = words[start].folded
        let opensWithRole = NameLexicon.roleNouns.contains(f) || NameLexicon.titleHeads.contains(f)
        guard opensWithRole || f == "a" || f == "an" || f == "the" else { return nil }
        var firstComma: Int?
        var j = start + 1
        while j < words.count && j < start + 40 && words[j].sentence == words[start].sentence {
            let gap = words[j].gapBefore
            if words[j].quote != nil || gap.contains(.terminator) || gap.contains(.colon) { break }
            if gap.contains(.comma) {
                if firstComma == nil { firstComma = j }
                if let form = ReportingVerbs.form(words[j].folded), !form.participle { return start..<j }
            }
            j += 1
        }
        guard let comma = firstComma, comma - start <= 15 else { return nil }
        // Without a reporting verb after it, require a role noun early on ("the capital of …" is not a role).
        for k in start..<min(comma, start + 5) where NameLexicon.roleNouns.contains(words[k].folded) {
            return start..<comma
        }
        return nil
    }
}
