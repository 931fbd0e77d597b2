import ParallaxModel
import ParallaxText

/// Finds reporting clauses in a sentence by scanning words outside quotations.
///
/// Patterns, each anchored on a reporting verb from ``ReportingVerbs``:
/// - subject before the verb: a recognised name, a pronoun, a group noun phrase ("Chinese experts"),
///   possibly with adverbs or auxiliaries between ("Xi also said", "Putin has stressed");
/// - an appositive between name and verb ("Zhang Hong, an associate research fellow at …, told …");
/// - a name set off by commas, past an age or a description ("Garcia's spokeswoman, Lena Ortiz, said",
///   "Morrow, 92, said");
/// - inversion after a comma, past a lowercase role ("…, said Mr Xi", "…, said spokesman Tom Reyes");
/// - a round-up line, a name and outlet before a colon ("Dana K. Lee, The Daily Ledger: “…”");
/// - a medium relaying a speaker ("CCTV reported Mr Xi as saying", "quoted X as saying");
/// - "according to X";
/// - participles continuing the previous clause ("…, saying that …", "…, adding that …").
///
/// Content direction: when the verb is followed by "that" (within 15 words and no comma: "told his
/// counterpart … that …") or directly by a clause, the content is after it; when it is followed by
/// nothing, a comma or an adjunct ("in a statement", "on Wednesday"), the content is the part of the
/// sentence before the speaker.
enum ReportingClauseFinder {
    static func clauses(inSentence sentence: Int, doc: Document, table: EntityTable) -> [ReportingClause] {
        let range = doc.wordRange(ofSentence: sentence)
        guard !range.isEmpty else { return [] }
        var result: [ReportingClause] = []
        if let line = roundUpLine(range, sentence: sentence, doc: doc, table: table) { result.append(line) }
        if let line = speechNounLine(range, sentence: sentence, doc: doc, table: table) { result.append(line) }
        for c in range {
            if let clause = clause(
                at: c, sentence: sentence, range: range, doc: doc, table: table, previous: result.last)
            {
                result.append(clause)
            }
        }
        absorbRelays(&result, table: table)
        return result
    }

    /// "a source close to the club said", "people familiar with the talks said", "a source with knowledge of
    /// the club's thinking said": a speaker noun (``nominalKinds``, not documents) followed by a short
    /// post-modifier opening with a preposition or "close"/"familiar" is the subject, phrase and all; the
    /// name or noun right before the verb is inside the modifier and says nothing on its own. The phrase runs
    /// within the clause (no comma, quote or sentence end) over at most eight words.
    static func postmodifiedSpeaker(endingAt last: Int, range: Range<Int>, doc: Document)
        -> (speaker: SpeakerReference, words: Range<Int>)?
    {
        let words = doc.words
        // The phrase ends in a noun, not in the verb group ("critics … have long argued").
        guard !auxiliaryWords.contains(words[last].folded), !words[last].folded.hasSuffix("ly") else { return nil }
        var j = last - 1
        while j >= range.lowerBound, j >= last - 8 {
            let word = words[j]
            // "a spokeswoman for Sen. Nadia Burkett": the period of an abbreviated title does not end the phrase.
            guard words[j + 1].gapBefore.isPlain || words[j + 1].gapBefore == .period, word.quote == nil,
                !word.isQuoted
            else { return nil }
            // A role with an indefinite determiner ("one official familiar with …") is a nominal too; with
            // "the" it names someone the article already named, which the anaphor path resolves.
            let determiner =
                anaphorHeads.contains(word.folded) ? indefiniteDeterminer(before: j, range: range, doc: doc) : nil
            let indefiniteRole = determiner != nil
            let kind = nominalKinds[word.folded] ?? (indefiniteRole ? Attribution.Kind.official : nil)
            // A capitalised head is a title inside an appositive ("Peter Guest, Assistant Chief Fire Officer at
            // Surrey Fire and Rescue Service, says"), whose person the appositive path names.
            if let kind, kind != .data, !word.isCapitalized || word.startsSentence,
                postmodifierStarts.contains(words[j + 1].folded)
            {
                var start = j
                while start > range.lowerBound, start > j - 4, words[start].gapBefore.isPlain,
                    words[start - 1].quote == nil,
                    npModifiers.contains(words[start - 1].folded) || roleDeterminers.contains(words[start - 1].folded)
                {
                    start -= 1
                }
                if let determiner { start = min(start, determiner) }  // "an Interior official"
                let text = doc.string(words: start, through: last)
                return (.nominal(text: text, kind: kind, entity: nil), start..<(last + 1))
            }
            j -= 1
        }
        return nil
    }

    /// Where "a", "an", "one" or "another" opens the noun phrase of the head at `j`, within two modifiers
    /// ("a senior official", "an Interior Department official"); nil when none does.
    static func indefiniteDeterminer(before j: Int, range: Range<Int>, doc: Document) -> Int? {
        var k = j - 1
        while k >= range.lowerBound, k >= j - 3, doc.words[k + 1].gapBefore.isPlain, doc.words[k].quote == nil {
            if ["a", "an", "one", "another"].contains(doc.words[k].folded) { return k }
            k -= 1
        }
        return nil
    }

    /// Auxiliaries and adverbs of a verb group, which never end a noun phrase.
    static let auxiliaryWords: Set<String> = [
        "have", "has", "had", "long", "also", "still", "already", "will", "would", "could", "may", "might", "did",
        "do", "does", "was", "were", "is", "are", "been", "be", "not", "never", "once", "often", "later", "then",
    ]

    /// Words that open a post-modifier of a speaker noun ("close to", "familiar with", "at the ministry").
    static let postmodifierStarts: Set<String> = [
        "close", "familiar", "with", "at", "in", "from", "for", "of", "near", "inside", "within", "involved",
        "knowledgeable", "briefed", "on", "speaking",
    ]

    /// Determiners that open a role given instead of a name ("the patient", "one user", "another reader").
    static let roleDeterminers: Set<String> = ["the", "a", "an", "one", "another"]

    /// "“…,” the patient wrote", "“…,” one user quipped", "“…,” a Weibo commenter said": a speaker given only
    /// by a role, right after the quotation it reports. The role is the speaker: no person is named, and
    /// taking the last person named (the patient's doctor, the article's previous speaker) would put words
    /// in the wrong mouth. Only right after a closing quotation mark, where a noun phrase before a reporting
    /// verb can be nothing but its subject; up to three words between determiner and head.
    static func describedRole(endingAt k: Int, cue: Int, range: Range<Int>, doc: Document)
        -> (speaker: SpeakerReference, words: Range<Int>)?
    {
        let words = doc.words
        let head = words[k]
        guard !head.isCapitalized, !head.isNumber, !head.isPossessive, !head.isQuoted, head.folded.utf8.count > 2,
            !pronouns.contains(head.folded), !roleDeterminers.contains(head.folded)
        else { return nil }
        var start = k
        while start > range.lowerBound, start > k - 4, words[start].gapBefore.isPlain {
            start -= 1
            let word = words[start]
            if roleDeterminers.contains(word.folded) {
                // After a quotation ("“…,” one user said"), or opening the sentence right before its verb and the
                // quotation ("Another man said, “…”"; not "The gesture was noted …").
                // An adverb may stand between the verb and the quotation ("said simply, “…”").
                var quoteAt = cue + 1
                if quoteAt < range.upperBound, words[quoteAt].folded.hasSuffix("ly"), !words[quoteAt].isCapitalized {
                    quoteAt += 1
                }
                let opensQuotedSentence =
                    word.startsSentence && k + 1 == cue && quoteAt < range.upperBound
                    && words[quoteAt].gapBefore.contains(.quote)
                guard word.gapBefore.contains(.quote) || opensQuotedSentence, !word.isQuoted else { return nil }
                let role = doc.string(words: start, through: k)
                return (.nominal(text: role, kind: .other, entity: nil), start..<(k + 1))
            }
            if word.isQuoted || word.isNumber || word.isPossessive || word.quote != nil { return nil }
        }
        return nil
    }

    /// A round-up line, "Dana K. Lee, The Daily Ledger: “…”": a person's name opening the sentence, then
    /// only names and commas (their outlet or office) up to a colon, then the quotation. The colon is the
    /// reporting cue of press reviews and reaction round-ups; requiring nothing but names before it keeps
    /// ordinary sentences with a colon ("Lee had one demand: “…”") out.
    private static func roundUpLine(_ range: Range<Int>, sentence: Int, doc: Document, table: EntityTable)
        -> ReportingClause?
    {
        let words = doc.words
        // A person, or an unknown name of two or three plain words (given names the lexicon lacks).
        guard let mention = table.mention(startingAt: range.lowerBound), !mention.isDemonym,
            table.entities[mention.entity].kind == .person
                || table.entities[mention.entity].kind == .other && (2...3).contains(mention.core.count)
                    && NameClassifier.plainNameWords(mention.core, doc)
        else { return nil }
        var k = mention.words.upperBound
        while k < range.upperBound, k < mention.words.upperBound + 10 {
            let word = words[k]
            if word.gapBefore.contains(.colon) {
                guard word.isQuoted, k > mention.words.upperBound || words[k].gapBefore.contains(.quote) else {
                    return nil
                }
                return ReportingClause(
                    speaker: .entity(mention.entity), speakerWords: mention.words, cueWord: k - 1, lemma: "say",
                    cueText: ":", sentence: sentence, content: nil)
            }
            let connector = !word.isCapitalized && (word.folded == "of" || word.folded == "the")
            guard word.quote == nil, word.isCapitalized || connector,
                word.gapBefore.isPlain || word.gapBefore == .comma || word.gapBefore == .hyphen
            else { return nil }
            k += 1
        }
        return nil
    }

    /// "Oleg Tarasenko was quoted by the Interfax agency as saying …": the subject speaks, the first name
    /// after "by" relays, and the content follows "as saying".
    static func passiveQuoted(at c: Int, range: Range<Int>, doc: Document, table: EntityTable)
        -> ReportingClause?
    {
        let words = doc.words
        guard c > range.lowerBound, ["was", "were", "is", "are", "been"].contains(words[c - 1].folded) else {
            return nil
        }
        var saying: Int?
        var medium: SpeakerReference?
        var k = c + 1
        while k + 1 < range.upperBound, k < c + 10, words[k].quote == nil {
            if words[k].folded == "as" && words[k + 1].folded == "saying" {
                saying = k + 1
                break
            }
            if medium == nil, words[c + 1].folded == "by", let mention = table.mention(startingAt: k),
                !mention.isDemonym
            {
                medium = .entity(mention.entity)
                k = mention.words.upperBound
                continue
            }
            k += 1
        }
        guard let saying,
            let (speaker, speakerWords) = subject(
                before: c, range: range, doc: doc, table: table, nounLike: false)
        else { return nil }
        var clause = ReportingClause(
            speaker: speaker, speakerWords: speakerWords, cueWord: c, lemma: "say",
            cueText: "was quoted as saying", sentence: words[c].sentence,
            content: contentAfter(saying + 1, range: range, doc: doc, requireThat: false))
        clause.via = medium
        return clause
    }

    /// Nouns that name an utterance and introduce it after a colon ("The statement from Governor Ray Pinto
    /// was brief: “…”", "Her answer: “…”").
    static let speechNouns: Set<String> = [
        "statement", "message", "response", "reply", "answer", "remarks", "words", "verdict", "comment",
        "explanation", "warning", "advice", "retort",
    ]

    /// A colon line whose subject is an utterance with its owner: "The statement from Governor Ray Pinto
    /// was brief: “…”", "Pinto's reply was short: “…”", "Her answer: “…”". The owner is a person or body
    /// named right after "from"/"by", a possessive name right before the noun, or "his"/"her"; the
    /// quotation must follow the colon directly, as it does in this construction.
    private static func speechNounLine(_ range: Range<Int>, sentence: Int, doc: Document, table: EntityTable)
        -> ReportingClause?
    {
        let words = doc.words
        var colon: Int?
        for k in range where k > range.lowerBound && words[k].gapBefore.contains(.colon) {
            if words[k].isQuoted && words[k - 1].quote == nil { colon = k }
            break
        }
        guard let colon else { return nil }
        for k in range.lowerBound..<colon where speechNouns.contains(words[k].folded) && words[k].quote == nil {
            if k + 2 < colon, ["from", "by"].contains(words[k + 1].folded), words[k + 2].gapBefore.isPlain,
                let mention = table.mention(startingAt: k + 2), !mention.isDemonym
            {
                return ReportingClause(
                    speaker: .entity(mention.entity), speakerWords: mention.words, cueWord: k, lemma: "say",
                    cueText: words[k].folded, sentence: sentence, content: nil)
            }
            var owner = k - 1
            if owner > range.lowerBound, !words[owner].isCapitalized, !pronouns.contains(words[owner].folded),
                !["his", "her"].contains(words[owner].folded)
            {
                owner -= 1  // one adjective: "Pinto's brief statement"
            }
            guard owner >= range.lowerBound else { continue }
            if let mention = table.mention(endingAt: owner), words[owner].isPossessive, !mention.isDemonym {
                return ReportingClause(
                    speaker: .entity(mention.entity), speakerWords: mention.words, cueWord: k, lemma: "say",
                    cueText: words[k].folded, sentence: sentence, content: nil)
            }
            if ["his", "her"].contains(words[owner].folded) {
                return ReportingClause(
                    speaker: .anaphor(text: words[owner].folded == "his" ? "he" : "she"),
                    speakerWords: owner..<(owner + 1),
                    cueWord: k, lemma: "say", cueText: words[k].folded, sentence: sentence, content: nil)
            }
        }
        return nil
    }

    /// The speaker named after an inverted verb: a name right after it, or after a lowercase role noun
    /// phrase of up to four words ("said spokesman Tom Reyes", "said police spokeswoman Hannah Vukovic").
    /// News style (AP and most broadsheets) puts a person's role before the name in this order; the name
    /// must be a person, so "said on Tuesday" or "said in a statement" never reach a capitalised word.
    static func invertedSpeaker(after start: Int, range: Range<Int>, doc: Document, table: EntityTable)
        -> MentionRef?
    {
        // An inverted speaker ends its clause ("…, said Mr Xi.", "…, said Xi on Monday"); a name followed
        // by a verb ("…, said Canada would …") is the subject of the reported clause instead.
        func endsClause(_ mention: MentionRef) -> Bool {
            let next = mention.words.upperBound
            guard next < range.upperBound else { return true }
            let word = doc.words[next]
            return !word.gapBefore.isPlain || word.quote != nil || prepositions.contains(word.folded)
                || adjunctStarts.contains(word.folded) || NameLexicon.calendarWords.contains(word.folded)
        }
        let opening = table.mention(startingAt: start).flatMap { $0.isDemonym || !endsClause($0) ? nil : $0 }
        if let opening, table.entities[opening.entity].kind == .person { return opening }
        // Past the role, which may hold an organisation's name, known or not ("said White House press
        // secretary Dana Whitmore", "said Acme Foods spokeswoman Judy Carver"): the first person within six
        // words, with nothing but plain spaces on the way.
        var k = start
        while k < range.upperBound, k < start + 6 {
            let word = doc.words[k]
            guard word.quote == nil, !word.isNumber, k == start || word.gapBefore.isPlain,
                !prepositions.contains(word.folded), word.folded != "that",
                !(ReportingVerbs.form(word.folded).map { !$0.nounLike } ?? false)
            else { break }
            if let mention = table.mention(startingAt: k), !mention.isDemonym {
                if table.entities[mention.entity].kind == .person && endsClause(mention) { return mention }
                k = mention.words.upperBound
                continue
            }
            k += 1
        }
        return opening ?? describedThenNamed(after: start, range: range, doc: doc, table: table, endsClause: endsClause)
    }

    /// "“…,” said the actor.", "“…,” said one witness.": after an inverted verb, a determiner, up to two
    /// lowercase words and a head noun ending the clause. A role that names someone already mentioned
    /// ("the senator") is an anaphor resolved like "the senator said"; any other is the speaker as a role.
    static func invertedRole(after start: Int, range: Range<Int>, doc: Document)
        -> (speaker: SpeakerReference, words: Range<Int>)?
    {
        let words = doc.words
        guard start < range.upperBound,
            roleDeterminers.contains(words[start].folded) || ["his", "her"].contains(words[start].folded)
        else { return nil }
        var k = start + 1
        while k < range.upperBound, k <= start + 3 {
            let word = words[k]
            guard word.gapBefore.isPlain, !word.isCapitalized, !word.isNumber, !word.isPossessive, !word.isQuoted,
                word.quote == nil, !prepositions.contains(word.folded), word.folded != "that",
                ReportingVerbs.form(word.folded) == nil
            else { return nil }
            let next = k + 1
            if next == range.upperBound || !words[next].gapBefore.isPlain || words[next].quote != nil {
                // "…, said the panel would “move quickly”": an auxiliary ends a subject, not a role, and a
                // quotation opening right after the words is their predicate.
                guard word.folded.utf8.count > 2, !pronouns.contains(word.folded),
                    !auxiliaryWords.contains(word.folded),
                    next == range.upperBound || words[next].gapBefore != .quote
                else { return nil }
                let text = doc.string(words: start, through: k)
                if anaphorHeads.contains(word.folded) && words[start].folded == "the" {
                    return (.anaphor(text: text), start..<next)
                }
                return (.nominal(text: text, kind: nominalKinds[word.folded] ?? .other, entity: nil), start..<next)
            }
            k += 1
        }
        return nil
    }

    /// Nouns for people whose words are, by their job, an organisation's ("a spokesperson for …").
    static let spokespersonNouns: Set<String> = ["spokesperson", "spokesman", "spokeswoman", "spokespeople"]

    /// People who speak for someone they work for ("an aide to the senator", "a lawyer for the family").
    static let staffNouns: Set<String> = [
        "aide", "adviser", "advisor", "lawyer", "attorney", "representative", "staffer", "assistant",
    ]

    /// Documents issued by someone, whose words are the issuer's ("a statement from …").
    static let issuedDocumentNouns: Set<String> = [
        "statement", "release", "communique", "communiqué", "message", "letter", "note", "email", "memo",
    ]

    /// The organisation an unnamed spokesperson speaks for: "a spokesperson for Larkspur Airlines", "a
    /// spokesman at the ministry" (the body after the preposition), and the speaker words cover the phrase.
    /// A person after "for" is not taken: "a spokesman for Senator Ames" may be quoted as himself.
    static func spokespersonBody(
        _ mention: MentionRef, preposition: Int, range: Range<Int>, doc: Document, table: EntityTable
    ) -> (speaker: SpeakerReference, words: Range<Int>)? {
        let words = doc.words
        guard preposition > range.lowerBound else { return nil }
        let noun = words[preposition - 1].folded
        // "A statement from Larchmont Foods said", "a letter from the mayor said": a document from a body or a
        // person carries the words of whoever issued it.
        let issued = words[preposition].folded == "from" && issuedDocumentNouns.contains(noun)
        guard
            issued
                || ["for", "of", "at"].contains(words[preposition].folded) && spokespersonNouns.contains(noun)
                    && table.entities[mention.entity].kind != .person
        else { return nil }
        var start = preposition - 1
        while start > range.lowerBound, words[start].gapBefore.isPlain,
            ["a", "an", "the"].contains(words[start - 1].folded)
        {
            start -= 1
        }
        return (.entity(mention.entity), start..<mention.words.upperBound)
    }

    /// "…, said the embattled mayor, Frank Ostrowski.", "…, said the Conservative MP for Wexham, Geoffrey
    /// Lusk.": a description opening with an article, set off by a comma from the person it describes, who
    /// ends the clause. Broadsheets put the description first this way; the name after the comma is the
    /// speaker, so a preposition inside the description ("MP for Wexham") no longer hides it.
    private static func describedThenNamed(
        after start: Int, range: Range<Int>, doc: Document, table: EntityTable, endsClause: (MentionRef) -> Bool
    ) -> MentionRef? {
        let words = doc.words
        guard start < range.upperBound, ["the", "a", "an", "his", "her", "their", "its"].contains(words[start].folded)
        else { return nil }
        var k = start + 1
        while k < range.upperBound, k < start + 10 {
            let word = words[k]
            guard word.quote == nil, !word.gapBefore.contains(.terminator), word.folded != "that",
                !(ReportingVerbs.form(word.folded).map { !$0.nounLike } ?? false)
            else { return nil }
            if word.gapBefore.contains(.comma) {
                guard k > start + 1, let mention = table.mention(startingAt: k), !mention.isDemonym,
                    table.entities[mention.entity].kind == .person, endsClause(mention)
                else { return nil }
                return mention
            }
            k += 1
        }
        return nil
    }

    /// The first word of a participle phrase set off by commas right before the verb ("…, speaking in
    /// Ottawa, said", "…, asked about the report, said"): news interrupts subject and verb this way, and the
    /// phrase never holds the speaker. Nil when the comma-delimited words before the verb are anything else.
    static func interrupterStart(before cue: Int, range: Range<Int>, doc: Document) -> Int? {
        var start = cue - 1
        while start > range.lowerBound, start > cue - 9, !doc.words[start].gapBefore.contains(.comma) {
            if doc.words[start].gapBefore.contains(.terminator) || doc.words[start].quote != nil { return nil }
            start -= 1
        }
        let word = doc.words[start]
        guard start > range.lowerBound, word.gapBefore.contains(.comma), !word.isCapitalized, word.quote == nil,
            word.folded.hasSuffix("ing") && word.folded.utf8.count > 4
                || ["asked", "pressed", "questioned", "interviewed", "reached"].contains(word.folded)
        else { return nil }
        return start
    }

    /// A speaker set off by commas right before the verb, past ages and descriptions: "Garcia's
    /// spokeswoman, Lena Ortiz, said", "Morrow, 92, said", "Ken Adeyemi, 34, a nurse at the hospital,
    /// said". Walks back one comma-delimited segment at a time (at most five): a segment that is a name
    /// names the speaker (the segments after it describe the name, the one before it is the description
    /// the name stands in apposition to); a bare number (an age), a segment opening with an article (a
    /// description), a party-state tag ("D-Mich.") or the state after a place ("a welder from Gary,
    /// Indiana,") is skipped; anything else stops the walk.
    static func appositiveSpeaker(before cue: Int, range: Range<Int>, doc: Document, table: EntityTable)
        -> MentionRef?
    {
        let words = doc.words
        var end = cue
        for _ in 0..<5 {
            guard end > range.lowerBound, words[end].gapBefore.contains(.comma) else { return nil }
            var start = end - 1
            // The periods of initials ("D-N.M.") do not end the segment.
            while start > range.lowerBound, start > end - 25, !words[start].gapBefore.contains(.comma),
                !words[start].gapBefore.contains(.terminator) || isInitial(start - 1, doc),
                words[start - 1].quote == nil
            {
                start -= 1
            }
            if words[start].quote != nil { return nil }
            // Past a description, a name the recogniser could not type is the speaker too ("Keller, Draper’s
            // deputy, said", "Acme, the chipmaker, said"); a name right before the verb must be a person, as a
            // place there ends a longer subject ("officials in Lyon, France, said").
            if let mention = table.mention(endingAt: end - 1), mention.words.lowerBound == start,
                !mention.isDemonym,
                table.entities[mention.entity].kind == .person
                    || end < cue && [.other, .organization].contains(table.entities[mention.entity].kind)
                    || table.entities[mention.entity].kind == .other && followsDescription(start, range, doc)
            {
                return mention
            }
            // "a welder from Gary, Indiana,": the state or country after a place in a description.
            let place = table.mention(startingAt: start)
            let isPlace =
                place.map {
                    $0.words.upperBound == end
                        && [.place, .country].contains(table.entities[$0.entity].kind)
                } ?? false
            let afterPlace =
                end - start <= 2 && (start..<end).allSatisfy { words[$0].isCapitalized }
                && table.mention(endingAt: start - 1).map { table.entities[$0.entity].kind == .place } ?? false
            let isAge = end - start == 1 && words[start].isNumber
            let isDescription = ["a", "an", "the"].contains(words[start].folded)
            // A description owned by someone: "Morrison, Vindman’s superior, said", "Okafor, Maria’s brother
            // and the band’s manager, said", "Keller, his deputy, said". The owner is never the speaker.
            let ownerEnd = table.mention(startingAt: start).map { $0.words.upperBound - 1 } ?? start
            let isOwnedDescription =
                end - start >= 2 && ownerEnd < end - 1
                && (words[ownerEnd].isPossessive || ["his", "her", "their", "its"].contains(words[start].folded))
            // US style's party and state after a lawmaker's name: "Rep. Alicia Grant, D-Mich., said".
            let isPartyTag =
                end - start <= 3 && end - start >= 2 && ["d", "r", "i"].contains(words[start].folded)
                && words[start + 1].gapBefore == .hyphen
            // A hometown after an age, UK style: "Ms Okoro, 34, from Leeds, said".
            let isHometown =
                words[start].folded == "from" && end - start >= 2 && end - start <= 4
                && ((start + 1)..<end).allSatisfy { words[$0].isCapitalized }
            // "Christopher Budd, of the company's security centre, said": where the person works.
            let isAffiliation = words[start].folded == "of" && end - start >= 2
            // "Rachel Bates, court clerk, said", "Smith, however, said": a few lowercase words, a bare role
            // or an adverb, never a clause of their own.
            let isBareRole =
                end - start <= 4 && start > range.lowerBound
                && (start..<end).allSatisfy {
                    !words[$0].isCapitalized && !words[$0].isNumber && words[$0].quote == nil
                        && ReportingVerbs.form(words[$0].folded) == nil
                }
            // Letters after a name: "Sister Carol Keehan, DC, said", "John Roe, Jr., said", "Ann Poe, MD, said".
            let isPostnominal =
                end - start == 1 && (words[start].isAllCaps || postnominals.contains(words[start].folded))
            guard
                isAge || isDescription || isOwnedDescription || isPartyTag || isPlace || afterPlace || isHometown
                    || isAffiliation || isBareRole || isPostnominal,
                words[start].gapBefore.contains(.comma)
            else {
                return nil
            }
            end = start
        }
        return nil
    }

    /// Whether the comma-delimited segment before word `start` opens with an article: "the governor-general
    /// of Hormozgan province, Abdolreza Sheikholeslami, told": a name in apposition to a description is the
    /// person it describes, even one the recogniser could not type.
    static func followsDescription(_ start: Int, _ range: Range<Int>, _ doc: Document) -> Bool {
        guard start > range.lowerBound, doc.words[start].gapBefore.contains(.comma) else { return false }
        var k = start - 1
        while k > range.lowerBound, k > start - 15, !doc.words[k].gapBefore.contains(.comma),
            !doc.words[k].gapBefore.contains(.terminator), !doc.words[k].gapBefore.contains(.quote)
        {
            k -= 1
        }
        guard k < start - 1, ["the", "a", "an"].contains(doc.words[k].folded), doc.words[k].quote == nil else {
            return false
        }
        // The description names a role ("An employee of another business, Relaxus Massage Products," does not).
        return (k..<start).contains { w in
            doc.words[w].folded.split(separator: "-").contains {
                NameLexicon.roleNouns.contains(String($0)) || NameLexicon.titleHeads.contains(String($0))
            }
        }
    }

    /// Generational suffixes and degrees written after a name and a comma.
    static let postnominals: Set<String> = ["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"]

    /// Whether word `k` is a single capital letter (an initial, "N" of "N.M.").
    static func isInitial(_ k: Int, _ doc: Document) -> Bool {
        k >= 0 && doc.words[k].isCapitalized && doc.words[k].folded.utf8.count == 1
    }

    /// "according to X": the source up to the next comma or the end of the sentence.
    /// Other phrases that cite a source like "according to": "in the eyes of", "in the view of", "as reported
    /// by", "citing". Returns the phrase length in words.
    static func sourcingPhraseLength(at c: Int, range: Range<Int>, doc: Document) -> Int? {
        let words = doc.words
        func matches(_ phrase: [String]) -> Bool {
            guard c + phrase.count < range.upperBound else { return false }
            for (offset, part) in phrase.enumerated() where words[c + offset].folded != part { return false }
            return true
        }
        for phrase in [
            ["in", "the", "eyes", "of"], ["in", "the", "view", "of"], ["as", "reported", "by"], ["citing"],
        ]
        where matches(phrase) {
            return phrase.count
        }
        return nil
    }

    static func accordingTo(at c: Int, sourceStart: Int, range: Range<Int>, doc: Document, table: EntityTable)
        -> ReportingClause?
    {
        let words = doc.words
        var start = sourceStart
        guard start < range.upperBound, words[start].gapBefore.isPlain else { return nil }
        var end = start
        while end < range.upperBound, end < start + 10, words[end].quote == nil,
            end == start || words[end].gapBefore.isPlain || words[end].gapBefore == .hyphen
                || words[end].gapBefore == .period
        {
            end += 1
        }
        guard end > start else { return nil }
        var speaker: SpeakerReference?
        if words[start].folded == "the" && end - start > 1 { start += 1 }
        let text = doc.string(words: start, through: end - 1)
        // "according to a statement from Nordic Rail spokesman Henrik Lund": a person closing the phrase is
        // the source whatever comes before.
        // "according to a spokesman for Gov. Rowan Ealey", "an aide to Senate Majority Leader Grant Okoye": the
        // spokesman's or aide's word, not the governor's.
        let forPerson =
            table.mention(endingAt: end - 1).map {
                $0.words.lowerBound - 2 >= start
                    && ["for", "of", "to"].contains(words[$0.words.lowerBound - 1].folded)
                    && (spokespersonNouns.contains(words[$0.words.lowerBound - 2].folded)
                        || staffNouns.contains(words[$0.words.lowerBound - 2].folded))
            } ?? false
        if let last = table.mention(endingAt: end - 1), last.words.lowerBound >= start, !last.isDemonym,
            table.entities[last.entity].kind == .person, !forPerson
        {
            speaker = .entity(last.entity)
        }
        // "according to his spokesperson, Ines Carvalho": a description, then the person it describes set off
        // by a comma and closing the clause.
        if speaker == nil, end < range.upperBound, words[end].gapBefore.contains(.comma),
            table.mention(startingAt: start).map({ table.entities[$0.entity].kind != .person }) ?? true,
            let named = table.mention(startingAt: end), !named.isDemonym,
            table.entities[named.entity].kind == .person,
            named.words.upperBound == range.upperBound || !words[named.words.upperBound].gapBefore.isPlain
        {
            speaker = .entity(named.entity)
            end = named.words.upperBound
        }
        for k in start..<end where speaker == nil && !forPerson {
            guard let mention = table.mention(startingAt: k), !mention.isDemonym else { continue }
            if mention.words.upperBound == end {
                speaker = .entity(mention.entity)
            } else if k == start, let kind = nominalKinds[words[end - 1].folded] {
                // "Chinese Customs data": a document of a named body.
                speaker = .nominal(text: text, kind: kind, entity: mention.entity)
            } else if k == start {
                speaker = .entity(mention.entity)
            }
            break
        }
        if speaker == nil {
            let head = words[end - 1].folded
            var kind = nominalKinds[head] ?? .other
            if head == "reports" || head == "sources" || head == "source" || head == "insiders" { kind = .anonymous }
            if head == "media" || head == "broadcaster" || head == "agency" { kind = .media }
            speaker = .nominal(text: text, kind: kind, entity: nil)
        }
        // Content: the sentence minus the "according to" phrase.
        let content: Range<Int>? =
            c > range.lowerBound + 2 ? range.lowerBound..<c : (end < range.upperBound ? end..<range.upperBound : nil)
        var clause = ReportingClause(
            speaker: speaker!, speakerWords: start..<end, cueWord: c, lemma: "according to",
            cueText: "according to", sentence: words[c].sentence, content: content)
        clause.isAccordingTo = true
        return clause
    }

    /// Content after a reporting verb: after "that" when it comes within 15 words with no comma before it,
    /// or right after the verb when a clause (not an adjunct) follows.
    static func contentAfter(_ start: Int, range: Range<Int>, doc: Document, requireThat: Bool) -> Range<Int>? {
        let words = doc.words
        guard start < range.upperBound else { return nil }
        let opening = words[start].gapBefore
        if opening.contains(.comma) || opening.contains(.terminator) { return nil }
        var from: Int?
        var k = start
        while k < range.upperBound && k < start + 15 {
            if k > start && (words[k].gapBefore.contains(.comma) || words[k].gapBefore.contains(.terminator)) { break }
            if words[k].folded == "that" && words[k].quote == nil {
                from = k + 1
                break
            }
            k += 1
        }
        if from == nil {
            if requireThat { return nil }
            let first = words[start]
            let gap = first.gapBefore
            if gap.contains(.comma) || gap.contains(.terminator) || gap.contains(.colon) && first.quote == nil {
                return nil
            }
            if adjunctStarts.contains(first.folded) || NameLexicon.calendarWords.contains(first.folded) { return nil }
            from = start
        }
        guard let begin = from, begin < range.upperBound else { return nil }
        // "lamented “painful losses” in the conflict": the quotation is the content, not a paraphrase.
        if words[begin].isQuoted && words[begin].quote == nil { return nil }
        var end = begin
        while end < range.upperBound {
            if end > begin, words[end].gapBefore.contains(.comma), words[end].quote == nil {
                let f = words[end].folded
                if f == "according" { break }
                if let form = ReportingVerbs.form(f), form.participle { break }
            }
            end += 1
        }
        return end - begin >= 2 ? begin..<end : nil
    }

    /// Content before the speaker: from the sentence start to the word before `speakerStart`, when a comma
    /// or a closing quotation mark separates them.
    static func before(_ speakerStart: Int, range: Range<Int>, doc: Document) -> Range<Int>? {
        var speakerStart = speakerStart
        // "…, the Interior Ministry said": the article belongs to the speaker.
        while speakerStart > range.lowerBound + 1 && doc.words[speakerStart].gapBefore.isPlain
            && ["the", "a", "an"].contains(doc.words[speakerStart - 1].folded)
        {
            speakerStart -= 1
        }
        guard speakerStart > range.lowerBound + 1 else { return nil }
        let gap = doc.words[speakerStart].gapBefore
        guard gap.contains(.comma) || gap.contains(.quote) || gap.contains(.dash) else { return nil }
        var start = range.lowerBound
        // Skip a leading "according to …," phrase.
        if doc.words[start].folded == "according" {
            var k = start
            while k < speakerStart && !doc.words[k].gapBefore.contains(.comma) || k == start { k += 1 }
            start = k
        }
        return speakerStart - start >= 2 ? start..<speakerStart : nil
    }

    /// The first person named as a sentence's subject before `limit` (not possessive, not after a preposition).
    static func sentenceSubject(_ range: Range<Int>, before limit: Int, doc: Document, table: EntityTable)
        -> MentionRef?
    {
        var k = range.lowerBound
        while k < limit {
            if let mention = table.mention(startingAt: k) {
                let entity = table.entities[mention.entity]
                let last = mention.words.upperBound - 1
                let previous = mention.words.lowerBound - 1
                // "earned a Golden Globe nomination": a name after "a" or "an" modifies a noun; no person
                // subject follows an indefinite article.
                let afterPreposition =
                    previous >= range.lowerBound
                    && (prepositions.contains(doc.words[previous].folded)
                        || ["a", "an"].contains(doc.words[previous].folded))
                    && doc.words[k].gapBefore.isPlain
                // Not inside quotation marks, short ones included: "Following “Black Water,” Simmons …" names
                // a song, not the subject.
                if entity.kind == .person && !doc.words[last].isPossessive && !afterPreposition
                    && !doc.words[k].isQuoted
                {
                    return mention
                }
                k = mention.words.upperBound
                continue
            }
            k += 1
        }
        return nil
    }

    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it"]
    /// Participles that continue a clause's speech ("…, saying that …", "…, calling him an “old friend”").
    static let participleLemmas: Set<String> = [
        "say", "add", "note", "stress", "warn", "insist", "call", "describe", "urge", "emphasize", "emphasise",
    ]
    /// Verbs whose complement can be a bare clause ("said the call showed …"); the others report speech only
    /// with "that" after them ("noted that …"), as their bare object is a noun phrase ("stressed the need").
    static let clauseLemmas: Set<String> = [
        "say", "add", "claim", "argue", "insist", "predict", "warn", "write", "reply", "respond", "explain",
        "suggest", "report", "believe", "counter", "retort", "concede", "contend", "quip",
    ]
    static let skippable: Set<String> = [
        "also", "further", "once", "again", "then", "later", "previously", "earlier", "has", "have", "had", "was",
        "is", "were", "are", "would", "will", "had", "reportedly", "recently", "already", "even", "both", "all",
        "repeatedly", "jointly", "once", "still", "just", "yesterday", "today", "separately", "in", "turn",
    ]
    static let prepositions: Set<String> = [
        "to", "with", "of", "for", "by", "from", "at", "on", "in", "about", "against", "toward", "towards", "than",
        "between", "among", "into", "like", "as", "under", "over",
    ]
    /// Words that open an adjunct after a reporting verb rather than the reported content.
    static let adjunctStarts: Set<String> = [
        "in", "on", "at", "during", "after", "before", "while", "when", "as", "via", "through", "from", "with",
        "late", "earlier", "later", "last", "this", "yesterday", "today", "tonight", "media", "reporters",
        "journalists", "press", "to", "afterwards", "upon", "following",
        "shortly", "recently", "also", "told", "adding", "noting", "saying", "ahead", "amid", "without", "by",
    ]
    /// Plural and collective nouns that speak without being entities, with their attribution kind.
    static let nominalKinds: [String: Attribution.Kind] = [
        "experts": .expert, "expert": .expert, "analysts": .expert, "analyst": .expert, "observers": .expert,
        "scholars": .expert, "researchers": .expert, "economists": .expert, "academics": .expert,
        "specialists": .expert, "officials": .official, "authorities": .official, "government": .official,
        "ministry": .official, "spokesperson": .official, "spokesman": .official, "spokeswoman": .official,
        "diplomats": .official, "side": .official, "sides": .official, "leaders": .official, "police": .official,
        "military": .official, "army": .official, "embassy": .official, "administration": .official,
        "parliament": .official, "ministries": .official, "countries": .official, "nations": .official,
        "sources": .anonymous, "source": .anonymous, "insiders": .anonymous, "statement": .data, "report": .data,
        "data": .data, "figures": .data, "document": .data, "survey": .data, "study": .data, "poll": .data,
        "communique": .data, "declaration": .data, "analysis": .data, "readout": .data, "statistics": .data,
        "media": .media, "reports": .media, "newspaper": .media, "television": .media, "radio": .media,
        "tv": .media, "broadcaster": .media, "agency": .media,
        "outlet": .media, "outlets": .media, "residents": .other, "witnesses": .other, "critics": .other,
        "activists": .other, "lawmakers": .official, "people": .other, "organizers": .other, "organisers": .other,
        "companies": .other, "firms": .other, "exporters": .other, "importers": .other, "workers": .other,
        "union": .other, "unions": .other, "farmers": .other, "traders": .other, "operators": .other,
        "engineers": .expert, "doctors": .expert, "scientists": .expert, "council": .official, "authority": .official,
        "service": .official, "association": .other, "prosecutors": .official, "investigators": .official,
        "rescuers": .official, "negotiators": .official, "delegates": .official, "commission": .official,
        "committee": .official, "office": .official, "agencies": .official, "company": .other, "group": .other,
        "aide": .official, "aides": .official, "adviser": .official, "advisers": .official, "airline": .other,
        "carrier": .other, "retailer": .other, "insurer": .other, "firm": .other, "automaker": .other,
        "manufacturer": .other, "charity": .other, "network": .media, "publisher": .other, "district": .official,
        "city": .official, "county": .official, "officer": .official, "officers": .official, "insider": .anonymous,
        "lawyers": .other, "attorneys": .other,
    ]
    /// Singular role nouns that, after "the", refer back to a person already named.
    static let anaphorHeads: Set<String> = [
        "representative", "official", "envoy", "minister", "president", "leader", "executive", "ceo", "chairman",
        "diplomat", "ambassador", "director", "professor", "researcher", "fellow", "scholar", "premier", "expert",
        "analyst", "counterpart", "senator", "governor", "mayor", "secretary", "chancellor", "congressman",
        "congresswoman", "lawmaker", "coach", "judge", "sheriff", "general", "commissioner", "attorney", "chief",
        "chairwoman", "chair", "superintendent", "mp", "manager", "treasurer", "speaker",
    ]
    static let npModifiers: Set<String> = [
        "the", "a", "an", "some", "many", "several", "two", "three", "both", "other", "most", "few", "state", "joint",
        "official", "senior", "local", "western", "foreign", "government", "business", "military", "industry",
        "independent", "top", "ministry", "defense", "defence", "security", "chinese", "russian", "news",
        "his", "her", "their", "its", "our", "this", "these", "those", "customs", "trade", "economic",
        "international", "regional", "unnamed", "anonymous", "informed", "diplomatic", "european", "health",
        "statistics", "national", "media", "all", "public", "latest", "the", "white", "house",
    ]
}
