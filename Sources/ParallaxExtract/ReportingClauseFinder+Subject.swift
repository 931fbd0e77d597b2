import ParallaxModel
import ParallaxText

extension ReportingClauseFinder {
    /// A speaker and the words that name them.
    typealias FoundSpeaker = (speaker: SpeakerReference, words: Range<Int>)

    /// The speaker before a reporting verb, skipping adverbs and auxiliaries and an appositive.
    static func subject(
        before cue: Int, range: Range<Int>, doc: Document, table: EntityTable, nounLike: Bool,
        interrupted: Bool = false
    )
        -> (speaker: SpeakerReference, words: Range<Int>)?
    {
        if !interrupted, let reread = rereadPoint(before: cue, range: range, doc: doc) {
            return subject(
                before: reread.cue, range: range, doc: doc, table: table, nounLike: nounLike,
                interrupted: reread.interrupted)
        }
        // Appositive ending right before the verb.
        if doc.words[cue].gapBefore.contains(.comma) && !interrupted {
            return subjectBeforeComma(cue, range: range, doc: doc, table: table, nounLike: nounLike)
        }
        guard let k = subjectEnd(before: cue, range: range, doc: doc, interrupted: interrupted) else { return nil }
        if let mention = table.mention(endingAt: k) {
            return mentionSubject(mention, endingAt: k, range: range, doc: doc, table: table)
        }
        return nominalSubject(endingAt: k, cue: cue, range: range, doc: doc, table: table, nounLike: nounLike)
    }

    /// Where the subject is read from instead of the verb when something stands between them: an auxiliary
    /// after an appositive, or a parenthesis (read as an interruption).
    static func rereadPoint(before cue: Int, range: Range<Int>, doc: Document) -> (cue: Int, interrupted: Bool)? {
        let words = doc.words
        let k = cue - 1
        // "Walter Pinsky, a senior fellow at …, has written": an auxiliary after an appositive stands where the
        // verb would, so the appositive is read from it.
        if k > range.lowerBound, ["has", "have", "had", "also"].contains(words[k].folded),
            words[cue].gapBefore.isPlain, words[k].gapBefore.contains(.comma), words[k].quote == nil
        {
            return (k, false)
        }
        // "Sen. Mark Devereux (R-Fla.) said": a parenthesis between subject and verb is read past.
        if words[cue].gapBefore.contains(.closeParen) {
            var open = cue - 1
            while open > range.lowerBound, open > cue - 8 {
                if words[open].gapBefore.contains(.openParen) { return (open, true) }
                if words[open].quote != nil { break }
                open -= 1
            }
        }
        return nil
    }

    /// The subject of a verb after a comma: the person an appositive describes, the subject before a
    /// participle phrase, or the antecedent of a relative clause.
    static func subjectBeforeComma(
        _ cue: Int, range: Range<Int>, doc: Document, table: EntityTable, nounLike: Bool
    ) -> FoundSpeaker? {
        let words = doc.words
        for start in table.appositiveStarts(endingAt: cue) {
            if let mention = table.mention(startingAt: start), mention.words.lowerBound >= range.lowerBound {
                return (.entity(mention.entity), mention.words)
            }
        }
        if let mention = appositiveSpeaker(before: cue, range: range, doc: doc, table: table) {
            return (.entity(mention.entity), mention.words)
        }
        // "The prime minister, speaking in Ottawa, said": the subject is before the participle phrase.
        if let start = interrupterStart(before: cue, range: range, doc: doc) {
            return subject(
                before: start, range: range, doc: doc, table: table, nounLike: nounLike, interrupted: true)
        }
        // A relative clause: "Varga, who received Oyelaran at …, told reporters …".
        var j = cue - 1
        while j > range.lowerBound && j > cue - 30 {
            if words[j].gapBefore.contains(.comma) && (words[j].folded == "who" || words[j].folded == "whose") {
                // "Rep. Nick Rahall (D-W.Va.), who …, called": the party-state parenthesis is read past.
                var end = j - 1
                if words[j].gapBefore.contains(.closeParen) {
                    while end > range.lowerBound, end > j - 6, !words[end].gapBefore.contains(.openParen) { end -= 1 }
                    if words[end].gapBefore.contains(.openParen) { end -= 1 }
                }
                if let mention = table.mention(endingAt: end), !mention.isDemonym,
                    table.entities[mention.entity].kind == .person
                {
                    return (.entity(mention.entity), mention.words)
                }
                return nil
            }
            if words[j].gapBefore.contains(.terminator) || words[j].quote != nil { return nil }
            j -= 1
        }
        return nil
    }

    /// The last word of the subject: the word before the verb past adverbs and auxiliaries ("Xi also said",
    /// "Putin has stressed"); nil when punctuation or a quotation comes first.
    static func subjectEnd(before cue: Int, range: Range<Int>, doc: Document, interrupted: Bool) -> Int? {
        let words = doc.words
        var k = cue - 1
        // After an interrupting phrase the verb's stand-in (the phrase's first word) follows a comma.
        func plainBefore(_ i: Int) -> Bool { words[i].gapBefore.isPlain || interrupted && i == cue }
        while k >= range.lowerBound, k > cue - 5, plainBefore(k + 1), words[k].quote == nil,
            skippable.contains(words[k].folded)
                || (words[k].folded.hasSuffix("ly") && !words[k].isCapitalized && words[k].folded.utf8.count > 4)
        {
            k -= 1
        }
        guard k >= range.lowerBound, plainBefore(k + 1) || words[k + 1].gapBefore == .period, words[k].quote == nil
        else { return nil }
        return k
    }

    /// The subject when a recognised name ends right before the verb: not after a preposition (then the
    /// body a spokesperson speaks for, or a post-modified speaker), the first conjunct of "X and Y".
    static func mentionSubject(
        _ mention: MentionRef, endingAt k: Int, range: Range<Int>, doc: Document, table: EntityTable
    ) -> FoundSpeaker? {
        let words = doc.words
        if mention.isDemonym { return nil }
        // "engineers who spoke to The Harbour Post said": a name after a preposition is not the subject.
        // Only a preposition right before the name counts, not the last word of a quotation ("“… to
        // take over,” Mr Aksoy said").
        let previous = mention.words.lowerBound - 1
        if previous >= range.lowerBound && prepositions.contains(words[previous].folded)
            && words[previous].folded != "as" && words[mention.words.lowerBound].gapBefore.isPlain
            && words[previous].quote == nil
        {
            // "Democratic Sen. Marian Holcombe of Oregon said": a person identified by a place speaks.
            if words[previous].folded == "of",
                [.place, .country].contains(table.entities[mention.entity].kind)
                    || USStates.names.contains(table.entities[mention.entity].name.lowercased()),
                words[previous].gapBefore.isPlain, let person = table.mention(endingAt: previous - 1),
                table.entities[person.entity].kind == .person, !person.isDemonym
            {
                return (.entity(person.entity), person.words)
            }
            // "a spokesperson for Larkspur Airlines said": a spokesperson's words are the body's.
            if let body = spokespersonBody(mention, preposition: previous, range: range, doc: doc, table: table) {
                return body
            }
            return postmodifiedSpeaker(endingAt: k, range: range, doc: doc)
        }
        // "The European Union and the United States have warned": the first conjunct speaks for both.
        var first = mention
        var before = mention.words.lowerBound - 1
        while before > range.lowerBound, doc.words[before].folded == "the" { before -= 1 }
        if before > range.lowerBound, doc.words[before].folded == "and", doc.words[before + 1].gapBefore.isPlain {
            var end = before - 1
            if let demonym = table.mention(endingAt: end), demonym.isDemonym { end = demonym.words.lowerBound - 1 }
            if let previous = table.mention(endingAt: end), !previous.isDemonym {
                first = previous
            }
        }
        return (.entity(first.entity), first.words.lowerBound..<mention.words.upperBound)
    }

    /// The subject when no name ends before the verb: a pronoun, a relative pronoun's antecedent, or a noun
    /// phrase with a speaker head ("Chinese experts", "the club").
    static func nominalSubject(
        endingAt k: Int, cue: Int, range: Range<Int>, doc: Document, table: EntityTable, nounLike: Bool
    ) -> FoundSpeaker? {
        let words = doc.words
        let f = words[k].folded
        if pronouns.contains(f) { return (.anaphor(text: f), k..<(k + 1)) }
        // "Mr Xi, who has described …": the relative pronoun's antecedent.
        if f == "who", words[k].gapBefore.contains(.comma), let mention = table.mention(endingAt: k - 1),
            !mention.isDemonym
        {
            return (.entity(mention.entity), mention.words)
        }
        guard !nounLike, !words[k].isCapitalized || words[k].startsSentence || words[k].isAllCaps else { return nil }
        // "The club said", "the bank said": an organisation by its head word speaks like a named one.
        let organizationHead =
            NameLexicon.organizationHeads.contains(f) && k > range.lowerBound && words[k - 1].folded == "the"
        guard
            let kind = nominalKinds[f] ?? (anaphorHeads.contains(f) ? .person : nil)
                ?? (organizationHead ? .other : nil)
        else {
            return postmodifiedSpeaker(endingAt: k, range: range, doc: doc)
                ?? describedRole(endingAt: k, cue: cue, range: range, doc: doc)
        }
        let start = nounPhraseStart(endingAt: k, range: range, doc: doc, table: table)
        // "Robert McFarlane, an assistant attorney general said": an indefinite role whose closing comma is
        // missing still describes the person before it ("…, a source said" is no role).
        if ["a", "an"].contains(words[start].folded), words[start].gapBefore.contains(.comma),
            NameLexicon.roleNouns.contains(f) || NameLexicon.titleHeads.contains(f),
            let person = table.mention(endingAt: start - 1), !person.isDemonym,
            table.entities[person.entity].kind == .person
        {
            return (.entity(person.entity), person.words)
        }
        if start > range.lowerBound,
            postmodifierStarts.contains(words[start - 1].folded) || prepositions.contains(words[start - 1].folded),
            let phrase = postmodifiedSpeaker(endingAt: k, range: range, doc: doc)
        {
            return phrase
        }
        return nounPhraseSpeaker(start, through: k, kind: kind, doc: doc, table: table)
    }

    /// The first word of a speaker noun phrase ending at `k`: extends left over determiners, adjectives and
    /// names ("some Chinese experts", "the joint statement").
    static func nounPhraseStart(endingAt k: Int, range: Range<Int>, doc: Document, table: EntityTable) -> Int {
        let words = doc.words
        let f = words[k].folded
        var start = k
        while start > range.lowerBound, start > k - 5, words[start].gapBefore.isPlain, words[start - 1].quote == nil {
            let p = words[start - 1]
            if npModifiers.contains(p.folded) || table.mentionCovering[start - 1] >= 0
                || anaphorHeads.contains(f) && NameLexicon.titleModifiers.contains(p.folded)
                // "the attorney general", "the press secretary": a role of two role words.
                || anaphorHeads.contains(f) && !p.isCapitalized && NameLexicon.titleHeads.contains(p.folded)
                || p.isPossessive && !p.isCapitalized  // "the prosecutor’s office"
                || (!p.isCapitalized && p.folded.hasSuffix("ese"))
                || nominalKinds[p.folded] != nil && p.folded != "statement"
                // "a Treasury source", "a White House aide": a capitalised word names the body.
                || p.isCapitalized && !p.isPossessive && !p.startsSentence && start - 1 > range.lowerBound
            {
                start -= 1
            } else {
                break
            }
        }
        return start
    }

    /// The speaker a noun phrase from `start` through its head `k` stands for: the body named before an
    /// unnamed spokesperson, a role named earlier ("the minister"), an organisation named earlier by its head
    /// word, else a nominal of `kind` (an official tied to the country named inside the phrase).
    static func nounPhraseSpeaker(
        _ start: Int, through k: Int, kind: Attribution.Kind, doc: Document, table: EntityTable
    ) -> FoundSpeaker {
        let words = doc.words
        let f = words[k].folded
        let text = doc.string(words: start, through: k)
        // "A Downing Street spokesman said": the body named before an unnamed spokesperson speaks.
        if spokespersonNouns.contains(f) {
            for w in (start..<k).reversed() where table.mentionCovering[w] >= 0 {
                let mention = table.mentions[Int(table.mentionCovering[w])]
                if !mention.isDemonym, table.entities[mention.entity].kind != .person {
                    return (.entity(mention.entity), start..<(k + 1))
                }
                break
            }
        }
        if anaphorHeads.contains(f), words[start].folded == "the" { return (.anaphor(text: text), start..<(k + 1)) }
        // "the authority said", "the council said": an organisation named earlier by that head word.
        if words[start].folded == "the" && k == start + 1 && !f.hasSuffix("s")
            || f == "ministry" && words[start].folded == "the"
        {
            var m = table.mentions.count - 1
            while m >= 0 {
                let mention = table.mentions[m]
                if mention.words.upperBound <= start,
                    table.entities[mention.entity].kind == .organization,
                    doc.words[mention.core.upperBound - 1].folded == f
                        || NameClassifier.headWord(mention.core, doc) == f
                {
                    return (.entity(mention.entity), start..<(k + 1))
                }
                m -= 1
            }
        }
        var country: Int?
        for w in start...k where table.mentionCovering[w] >= 0 {
            let entity = table.mentions[Int(table.mentionCovering[w])].entity
            if table.entities[entity].kind == .country { country = entity }
        }
        var resolvedKind = kind
        if kind == .person { resolvedKind = .other }
        if f == "reports" && start < k && words[k - 1].folded == "media" { resolvedKind = .anonymous }
        return (
            .nominal(text: text, kind: resolvedKind, entity: resolvedKind == .official ? country : nil), start..<(k + 1)
        )
    }
}
