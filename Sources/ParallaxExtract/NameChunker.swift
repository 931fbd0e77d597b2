import ParallaxModel
import ParallaxText

/// Groups capitalised words into candidate name phrases.
///
/// A phrase is a run of capitalised words separated only by spaces, within one sentence. Connectors
/// join capitalised words when the word before them can take a complement ("Bank **of** China",
/// "Forum **for** International Cooperation", "Belt **and** Road Forum"); an "and" phrase must end in an
/// organisation or event head word, or it is split again ("China and South Africa" is two names).
/// A possessive ends a name ("Putin’s visit"). A capitalised word that opens a sentence starts a name only
/// when it is name-like: known to a gazetteer, an acronym, or capitalised somewhere mid-sentence too.
enum NameChunker {
    static func phrases(in doc: Document) -> [Range<Int>] {
        let words = doc.words
        let n = words.count
        var result: [Range<Int>] = []
        var i = 0
        while i < n {
            guard opensName(i, in: doc) else {
                i += 1
                continue
            }
            var (last, hasAnd) = nameEnd(from: i, in: doc)
            // "Institute of Russian, Eastern European and Central Asian Studies (of …)".
            if last + 1 < n, words[last + 1].gapBefore == .comma, phraseHeadAllows(i..<(last + 1), doc),
                let tail = coordinatedTail(after: last, doc)
            {
                last = ofPhraseEnd(after: tail, in: doc)
                hasAnd = false
            }
            let range = i..<(last + 1)
            if isCutShort(range, doc) {
                i = last + 1
                continue
            }
            if hasAnd && !endsWithHead(range, doc) {
                result.append(contentsOf: splitAtAnd(range, doc))
            } else {
                result.append(contentsOf: splitNested(range, doc))
            }
            i = last + 1
        }
        return result
    }

    /// Whether a name starts at word `i`: a name word or initials, not a currency prefix ("US$147 billion"), and
    /// name-like when it opens the sentence.
    private static func opensName(_ i: Int, in doc: Document) -> Bool {
        let word = doc.words[i]
        guard isNameWord(word) || opensInitials(i, in: doc) else { return false }
        // "US$147 billion", "S$205 billion": a currency prefix, not a country.
        if word.span.end < doc.bytes.count && doc.bytes[word.span.end] == 0x24 { return false }
        if word.startsSentence && !isNameLike(i, in: doc) && !opensKnownName(i, in: doc) && !opensInitials(i, in: doc) {
            return false
        }
        return true
    }

    /// The last word of the name starting at `i` (capitalised words, glued name parts and connectors), and
    /// whether an "and" joined two of its parts.
    private static func nameEnd(from i: Int, in doc: Document) -> (last: Int, hasAnd: Bool) {
        let words = doc.words
        let n = words.count
        let word = words[i]
        var last = i
        var hasAnd = false
        var cursor = i + 1
        while !words[last].isPossessive && cursor < n {
            let next = words[cursor]
            if next.sentence == word.sentence, continuesGivenName(next, after: words[last], opening: last == i, doc) {
                last = cursor
                cursor += 1
                continue
            }
            guard next.sentence == word.sentence, joins(next, after: words[last], doc) else { break }
            if isNameWord(next) {
                guard nameWordContinues(next, after: words[last], opening: i == last ? words[i] : nil) else { break }
                last = cursor
                cursor += 1
                continue
            }
            // Connector(s) then a capitalised word.
            guard !next.isCapitalized, NameLexicon.connectors.contains(next.folded), next.folded != "the" else {
                break
            }
            var target = cursor + 1
            if target < n, words[target].folded == "the", !words[target].isCapitalized,
                next.folded != "and", words[target].gapBefore.isPlain
            {
                target += 1
            }
            guard target < n, words[target].gapBefore.isPlain, words[target].sentence == word.sentence,
                isNameWord(words[target]),
                allowsConnector(next.folded, after: words[last], before: words[target], doc)
                    || phraseHeadAllows(i..<(last + 1), doc)
            else { break }
            if next.folded == "and" { hasAnd = true }
            last = target
            cursor = target + 1
        }
        return (last, hasAnd)
    }

    /// Whether a lowercase word in the same sentence is glued into the name as part of a given name or surname:
    /// "Park Ji-hoon", "Kim Jong-un" (a short syllable after a hyphen, not a compound like "Moscow-based") or
    /// "Faisal al-Harbi", "Ahmed el-Sayed" (the Arabic article glued to a capitalised surname).
    private static func continuesGivenName(_ next: Word, after last: Word, opening: Bool, _ doc: Document) -> Bool {
        if next.gapBefore == .hyphen, !next.isCapitalized, !opening, !last.isAllCaps, !next.isNumber,
            next.folded.utf8.count <= 4, !hyphenSuffixes.contains(next.folded)
        {
            return true
        }
        return next.gapBefore.isPlain && !next.isCapitalized
            && (next.folded.hasPrefix("al-") || next.folded.hasPrefix("el-")) && next.span.end - next.span.start > 3
            && (0x41...0x5A).contains(doc.bytes[next.span.start + 3])
    }

    /// Whether the name word `next` continues the name whose last word is `last`: shouted words stay apart
    /// unless they are one place together, and a dateline place or a country does not run into an agency.
    /// - Parameter opening: the name's first word when `last` is it.
    private static func nameWordContinues(_ next: Word, after last: Word, opening: Word?) -> Bool {
        // "BEIJING AFP": a dateline place does not run into the agency.
        if next.isAllCaps, let opening, Places.countryByPlace[opening.folded] != nil { return false }
        // Two shouted words stay apart ("BEIJING AFP") unless they are one country or place together
        // ("SOUTH AFRICA").
        if next.isAllCaps && last.isAllCaps && next.folded.utf8.count >= 3 && last.folded.utf8.count >= 3
            && Countries.codeByFoldedName[last.folded + " " + next.folded] == nil
            && Places.countryByPlace[last.folded + " " + next.folded] == nil
        {
            return false
        }
        return MediaOutlets.canonicalByName[next.folded] == nil || Places.countryByPlace[last.folded] == nil
    }

    /// After a coordinated tail ending at `tail`, the last word of any "of …" phrases that follow
    /// ("… Studies of the Academy of Sciences").
    private static func ofPhraseEnd(after tail: Int, in doc: Document) -> Int {
        let words = doc.words
        let n = words.count
        var last = tail
        var cursor = tail + 1
        while cursor + 1 < n, !words[last].isPossessive, words[cursor].folded == "of", words[cursor].gapBefore.isPlain {
            var target = cursor + 1
            if words[target].folded == "the" && target + 1 < n { target += 1 }
            guard words[target].gapBefore.isPlain, isNameWord(words[target]) else { break }
            last = target
            while last + 1 < n && words[last + 1].gapBefore.isPlain
                && (isNameWord(words[last + 1])
                    || (words[last + 1].folded == "of" && last + 2 < n && isNameWord(words[last + 2])))
            {
                last += 1
            }
            cursor = last + 1
        }
        return last
    }

    /// Lowercase words that follow a name with a hyphen to make a compound adjective ("Xi-led",
    /// "Biden-era", "US-made"), never part of the name.
    static let hyphenSuffixes: Set<String> = [
        "led", "run", "era", "made", "born", "type", "free", "wide", "long", "old", "year", "like", "held", "bred",
        "size", "in", "up", "out", "on", "off", "back", "elect", "bound", "area", "zone", "day", "week", "time",
    ]

    /// A capitalised word that can be part of a name.
    static func isNameWord(_ word: Word) -> Bool {
        guard word.isCapitalized, !word.isNumber, !NameLexicon.nonEntities.contains(word.folded) else { return false }
        if word.isAllCaps { return word.folded != "i" }
        // "New" is a stop word for similarity but opens many names ("New Delhi", "New Era").
        return !StopWords.contains(word.folded) || NameLexicon.titleHeads.contains(word.folded) || word.folded == "new"
    }

    /// Whether a sentence-initial capitalised word is likely a name rather than an ordinary word.
    static func isNameLike(_ index: Int, in doc: Document) -> Bool {
        let word = doc.words[index]
        let f = word.folded
        if word.isAllCaps || doc.midSentenceCapitals.contains(f) { return true }
        if Countries.codeByFoldedName[f] != nil || doc.demonymCode(f) != nil || Places.countryByPlace[f] != nil
            || MediaOutlets.canonicalByName[f] != nil || NameLexicon.titleHeads.contains(f)
        {
            return true
        }
        // A given name or Chinese surname followed by another capitalised word ("Zhang Hong said").
        if NameLexicon.givenNames.contains(f) || NameLexicon.chineseSurnames.contains(f)
            || NameLexicon.titleModifiers.contains(f)
        {
            let next = index + 1
            return next < doc.words.count && doc.words[next].gapBefore.isPlain && isNameWord(doc.words[next])
        }
        // "Chidi Okafor won …" then "a smiling Okafor said": a capitalised word before a word the article
        // capitalises mid-sentence too is the first name of that name (sentence-opening adverbs and
        // determiners are stop words and never get here).
        let next = index + 1
        if next < doc.words.count, doc.words[next].gapBefore.isPlain, isNameWord(doc.words[next]),
            !doc.words[next].isAllCaps, doc.midSentenceCapitals.contains(doc.words[next].folded),
            !NameLexicon.calendarWords.contains(f), !NameLexicon.organizationHeads.contains(doc.words[next].folded),
            !NameLexicon.otherHeads.contains(doc.words[next].folded)
        {
            return true
        }
        return false
    }

    /// Whether the two or three words from `index` form a gazetteer name ("Global Times" opening a line).
    static func opensKnownName(_ index: Int, in doc: Document) -> Bool {
        // A run of capitalised words ending in an organisation head ("Lund University agreed"), or a
        // two- or three-word name followed by a reporting verb or an appositive ("Lena Dahl said").
        var end = index + 1
        while end < doc.words.count && end < index + 6 && isNameWord(doc.words[end])
            && (doc.words[end].gapBefore.isPlain
                || doc.words[end].gapBefore == .period && isInitial(doc.words[end - 1]))
        {
            end += 1
        }
        if end - index >= 2 {
            let head = doc.words[end - 1].folded
            if NameLexicon.organizationHeads.contains(head) || NameLexicon.otherHeads.contains(head) { return true }
            if end - index <= 3 && !doc.words[end - 1].isPossessive && end < doc.words.count {
                let next = doc.words[end]
                if next.gapBefore.isPlain, let form = ReportingVerbs.form(next.folded), !form.participle, !form.nounLike
                {
                    return true
                }
                if next.gapBefore.contains(.comma), next.folded == "a" || next.folded == "an" { return true }
                // "Walter Brisco, 67, said": an age after a comma follows people only.
                if next.gapBefore == .comma, next.isNumber, end + 1 < doc.words.count,
                    doc.words[end + 1].gapBefore.contains(.comma)
                {
                    return true
                }
                // A round-up line: "Dana K. Lee, The Daily Ledger: “…”", "Owen Tait: “…”".
                if isRoundUpLead(end, doc) { return true }
            }
        }
        var folded = doc.words[index].folded
        var k = index + 1
        while k < doc.words.count && k <= index + 2 && doc.words[k].gapBefore.isPlain && doc.words[k].isCapitalized {
            folded += " " + doc.words[k].folded
            if MediaOutlets.canonicalByName[folded] != nil || Countries.codeByFoldedName[folded] != nil
                || Places.countryByPlace[folded] != nil
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether the punctuation between two words can sit inside a name.
    ///
    /// Besides white space: the period of an abbreviated title ("Mr. Xi") or of a middle initial ("Robert
    /// J. Kessler", "Dana K. Lee": a lone capital letter is an initial in running text, and the sentence
    /// splitter does not end a sentence there either), and a hyphen between two capitalised words that are
    /// not known places ("Ruiz-Baptiste", "Jean-Paul"), whereas "US-China" or "Russia-Ukraine" stay two
    /// names.
    private static func joins(_ next: Word, after previous: Word, _ doc: Document) -> Bool {
        let gap = next.gapBefore
        if gap.isPlain { return true }
        if gap == .period {
            return NameLexicon.abbreviatedTitles.contains(previous.folded) || isInitial(previous)
        }
        if gap == .hyphen {
            return previous.isCapitalized && next.isCapitalized && !previous.isAllCaps && !next.isAllCaps
                && !isPlaceOrOutlet(previous, doc) && !isPlaceOrOutlet(next, doc) && !previous.isPossessive
        }
        return false
    }

    /// Whether the words from `index` are ": “…" or ", Capitalised Words: “…" (the outlet or office of
    /// a round-up line) within the sentence.
    private static func isRoundUpLead(_ index: Int, _ doc: Document) -> Bool {
        var k = index
        while k < doc.words.count, k < index + 6 {
            let word = doc.words[k]
            if word.gapBefore.contains(.colon) { return word.isQuoted }
            guard word.isCapitalized || word.folded == "of" || word.folded == "the",
                k == index ? word.gapBefore == .comma : word.gapBefore.isPlain || word.gapBefore == .hyphen
            else { return false }
            k += 1
        }
        return false
    }

    /// A name cut off before its head: "Institute of Asian" (of "… Asian and African Studies" split at a
    /// line or a typo). A nationality adjective cannot end a name after "of"/"for", so the phrase is a
    /// fragment and naming it would invent an organisation.
    private static func isCutShort(_ range: Range<Int>, _ doc: Document) -> Bool {
        guard range.count >= 3 else { return false }
        let last = doc.words[range.upperBound - 1]
        let before = doc.words[range.upperBound - 2].folded
        return (before == "of" || before == "for" || before == "and")
            && (doc.demonymCode(last.folded) != nil
                || ["ian", "ese", "ish"].contains { last.folded.hasSuffix($0) } && !last.isAllCaps)
            && Countries.codeByFoldedName[last.folded] == nil && Places.countryByPlace[last.folded] == nil
    }

    /// A country, demonym, place or outlet: the words that hyphens pair rather than join ("US-China talks").
    private static func isPlaceOrOutlet(_ word: Word, _ doc: Document) -> Bool {
        let f = word.folded
        return Countries.codeByFoldedName[f] != nil || doc.demonymCode(f) != nil || Places.countryByPlace[f] != nil
            || MediaOutlets.canonicalByName[f] != nil
    }

    /// "A. J. Smith", "I. M. Pei": a capital letter that is also a word ("A", "I") opens a name when a period
    /// and another initial or a name word follow it in the same sentence.
    static func opensInitials(_ i: Int, in doc: Document) -> Bool {
        let words = doc.words
        guard isInitial(words[i]), i + 1 < words.count else { return false }
        let next = words[i + 1]
        return next.sentence == words[i].sentence && next.gapBefore == .period
            && (isInitial(next) || isNameWord(next))
    }

    /// A single capital letter: a middle initial.
    static func isInitial(_ word: Word) -> Bool {
        word.isCapitalized && word.span.end - word.span.start == 1
    }

    /// Whether the head of the phrase so far (the word before its first connector) takes complements:
    /// "Partnership of Coordination **for** the New Era".
    private static func phraseHeadAllows(_ range: Range<Int>, _ doc: Document) -> Bool {
        for k in range
        where k > range.lowerBound && !doc.words[k].isCapitalized
            && (doc.words[k].folded == "of" || doc.words[k].folded == "for")
        {
            let head = doc.words[k - 1].folded
            return NameLexicon.organizationHeads.contains(head) || NameLexicon.otherHeads.contains(head)
        }
        return false
    }

    /// Splits "A of B" where both A and B are complete organisation names ("Center for Russian Studies of
    /// East China Normal University"): A has at least two words ending in an organisation head, B's head is
    /// one too.
    static func splitNested(_ range: Range<Int>, _ doc: Document) -> [Range<Int>] {
        var k = range.lowerBound + 2
        while k < range.upperBound - 1 {
            let word = doc.words[k]
            if word.folded == "of" && !word.isCapitalized
                && NameLexicon.organizationHeads.contains(doc.words[k - 1].folded)
            {
                var rightStart = k + 1
                if doc.words[rightStart].folded == "the" && !doc.words[rightStart].isCapitalized { rightStart += 1 }
                if rightStart < range.upperBound - 1 {
                    let right = rightStart..<range.upperBound
                    if NameLexicon.organizationHeads.contains(NameClassifier.headWord(right, doc)) {
                        return [range.lowerBound..<k] + splitNested(right, doc)
                    }
                }
            }
            k += 1
        }
        return [range]
    }

    /// After "X of A": ", B and C Studies" continues the name when the list ends in an organisation head
    /// ("Institute of Russian, Eastern European and Central Asian Studies"). Returns the last word index.
    static func coordinatedTail(after last: Int, _ doc: Document) -> Int? {
        var k = last + 1
        var sawAnd = false
        while k < doc.words.count && k < last + 12 {
            let word = doc.words[k]
            guard word.sentence == doc.words[last].sentence else { return nil }
            if word.folded == "and" && !word.isCapitalized && word.gapBefore.isPlain {
                sawAnd = true
            } else if isNameWord(word) && (word.gapBefore.isPlain || (word.gapBefore == .comma && !sawAnd)) {
                if sawAnd && NameLexicon.organizationHeads.contains(word.folded)
                    && (k + 1 >= doc.words.count || !doc.words[k + 1].gapBefore.isPlain
                        || doc.words[k + 1].isCapitalized == false)
                {
                    return k
                }
            } else {
                return nil
            }
            k += 1
        }
        return nil
    }

    private static func allowsConnector(_ connector: String, after left: Word, before right: Word, _ doc: Document)
        -> Bool
    {
        switch connector {
        case "on":
            return NameLexicon.otherHeads.contains(left.folded)  // "Conference on …", "Treaty on …"
        case "of", "for":
            let f = left.folded
            return NameLexicon.organizationHeads.contains(f) || NameLexicon.otherHeads.contains(f)
                || Places.placeHeadsBefore.contains(f)
                || [
                    "republic", "kingdom", "people's", "gulf", "sea", "bay", "cape", "isle", "house", "states",
                    "emirates", "islands", "university", "secretary", "minister", "ministers",
                ].contains(f)
        case "and":
            return !isStandalone(left, doc) && !isStandalone(right, doc)
                && !NameLexicon.titleHeads.contains(right.folded)
        default:
            return true
        }
    }

    /// Known names that do not combine with "and" into a larger name.
    private static func isStandalone(_ word: Word, _ doc: Document) -> Bool {
        let f = word.folded
        return Countries.codeByFoldedName[f] != nil || doc.demonymCode(f) != nil || Places.countryByPlace[f] != nil
            || MediaOutlets.canonicalByName[f] != nil || NameLexicon.givenNames.contains(f)
            || NameLexicon.chineseSurnames.contains(f) || word.isPossessive
    }

    private static func endsWithHead(_ range: Range<Int>, _ doc: Document) -> Bool {
        let f = doc.words[range.upperBound - 1].folded
        return NameLexicon.organizationHeads.contains(f) || NameLexicon.otherHeads.contains(f)
    }

    private static func splitAtAnd(_ range: Range<Int>, _ doc: Document) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var k = range.lowerBound
        while k < range.upperBound {
            if doc.words[k].folded == "and" && !doc.words[k].isCapitalized {
                if k > start { parts.append(start..<k) }
                start = k + 1
            }
            k += 1
        }
        if range.upperBound > start { parts.append(start..<range.upperBound) }
        return parts
    }
}
