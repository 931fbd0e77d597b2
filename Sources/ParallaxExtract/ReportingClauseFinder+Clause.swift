import ParallaxModel
import ParallaxText

extension ReportingClauseFinder {
    /// The reporting clause cued at word `c`, if any: "according to X", a sourcing phrase ("in the view of
    /// X"), or a reporting verb with its speaker. `previous` is the clause found last in the sentence.
    static func clause(
        at c: Int, sentence: Int, range: Range<Int>, doc: Document, table: EntityTable, previous: ReportingClause?
    ) -> ReportingClause? {
        let words = doc.words
        let word = words[c]
        guard word.quote == nil, !word.isCapitalized || word.startsSentence && word.folded == "according" else {
            return nil
        }
        if word.folded == "according", c + 1 < range.upperBound, words[c + 1].folded == "to" {
            return accordingTo(at: c, sourceStart: c + 2, range: range, doc: doc, table: table)
        }
        let first = word.folded
        if first == "in" || first == "as" || first == "citing",
            let length = sourcingPhraseLength(at: c, range: range, doc: doc)
        {
            guard var clause = accordingTo(at: c, sourceStart: c + length, range: range, doc: doc, table: table)
            else { return nil }
            clause.cueText = doc.string(words: c, through: c + length - 1).lowercased()
            return clause
        }
        guard let form = ReportingVerbs.form(word.folded) else { return nil }
        var cueEnd = c + 1
        // A quotation soon after the verb makes "called the plan ‘…’", "described it as “…”" speech.
        var quotationFollows = false
        for k in cueEnd..<min(range.upperBound, cueEnd + 6) where words[k].isQuoted {
            quotationFollows = true
            break
        }
        if let particles = ReportingVerbs.requiredParticle[form.lemma] {
            if cueEnd < range.upperBound, particles.contains(words[cueEnd].folded) {
                cueEnd += 1
            } else if !quotationFollows {
                return nil
            }
        }
        let cue = VerbCue(word: c, end: cueEnd, form: form, quotationFollows: quotationFollows)
        if form.participle {
            return participleClause(cue, sentence: sentence, range: range, doc: doc, table: table, previous: previous)
        }
        if form.lemma == "report" || form.lemma == "quote",
            let clause = relayedClause(cue, sentence: sentence, range: range, doc: doc, table: table)
        {
            return clause
        }
        // "X was quoted by Interfax as saying …": the passive puts the speaker first, the medium after "by".
        if form.lemma == "quote", let clause = passiveQuoted(at: c, range: range, doc: doc, table: table) {
            return clause
        }
        return verbClause(cue, sentence: sentence, range: range, doc: doc, table: table)
    }

    /// A reporting verb and the particle it needs ("pointed out"): words `word..<end`.
    struct VerbCue {
        var word: Int
        var end: Int
        var form: ReportingVerbs.Form
        /// A quotation starts within six words after the verb.
        var quotationFollows: Bool
    }

    /// "…, saying that …": the speaker is the previous clause's or the sentence subject's.
    static func participleClause(
        _ cue: VerbCue, sentence: Int, range: Range<Int>, doc: Document, table: EntityTable,
        previous: ReportingClause?
    ) -> ReportingClause? {
        let c = cue.word
        let word = doc.words[c]
        let form = cue.form
        guard word.gapBefore.contains(.comma), participleLemmas.contains(form.lemma) else { return nil }
        let speaker: SpeakerReference
        let speakerWords: Range<Int>
        if let previous, !previous.isAccordingTo {
            speaker = previous.speaker
            speakerWords = previous.speakerWords
        } else if let subject = sentenceSubject(range, before: c, doc: doc, table: table) {
            speaker = .entity(subject.entity)
            speakerWords = subject.words
        } else {
            return nil
        }
        let content = contentAfter(
            cue.end, range: range, doc: doc, requireThat: !clauseLemmas.contains(form.lemma))
        var clause = ReportingClause(
            speaker: speaker, speakerWords: speakerWords, cueWord: c, lemma: form.lemma,
            cueText: word.folded, sentence: sentence, content: content)
        clause.isParticiple = true
        return clause
    }

    /// "X reported/quoted Y as saying": Y speaks, relayed by X.
    static func relayedClause(
        _ cue: VerbCue, sentence: Int, range: Range<Int>, doc: Document, table: EntityTable
    ) -> ReportingClause? {
        let words = doc.words
        let c = cue.word
        var k = cue.end
        if k < range.upperBound && words[k].folded == "the" { k += 1 }
        guard let mention = table.mention(startingAt: k), mention.words.upperBound + 1 < range.upperBound,
            words[mention.words.upperBound].folded == "as",
            words[mention.words.upperBound + 1].folded == "saying"
        else { return nil }
        let medium = subject(before: c, range: range, doc: doc, table: table, nounLike: false)
        var clause = ReportingClause(
            speaker: .entity(mention.entity), speakerWords: mention.words, cueWord: c,
            lemma: "say", cueText: words[c].folded + " as saying", sentence: sentence,
            content: before(medium?.words.lowerBound ?? c, range: range, doc: doc))
        clause.via = medium?.speaker
        return clause
    }

    /// A reporting verb with its speaker before it (or after it, inverted after a comma or quotation) and
    /// its content after it ("that …") or else before the speaker.
    static func verbClause(
        _ cue: VerbCue, sentence: Int, range: Range<Int>, doc: Document, table: EntityTable
    ) -> ReportingClause? {
        let words = doc.words
        let c = cue.word
        let cueEnd = cue.end
        let word = words[c]
        let form = cue.form
        // A noun-like form followed by "that" is a verb ("authorities estimate that …").
        let nounLike = form.nounLike && !(cueEnd < range.upperBound && words[cueEnd].folded == "that")
        var found = subject(before: c, range: range, doc: doc, table: table, nounLike: nounLike)
        var inverted = false
        if found == nil, word.gapBefore.contains(.comma) || word.gapBefore.contains(.quote) {
            // Inversion: "…, said Mr Xi", "…, said spokesman Tom Reyes".
            if let mention = invertedSpeaker(after: cueEnd, range: range, doc: doc, table: table) {
                found = (.entity(mention.entity), mention.words)
                inverted = true
            }
        }
        // "“…,” said the actor.": an inverted role with no name after it.
        if found == nil, word.gapBefore.contains(.comma) || word.gapBefore.contains(.quote),
            let role = invertedRole(after: cueEnd, range: range, doc: doc)
        {
            found = role
            inverted = true
        }
        if found == nil, QuoteExtractor.plainSpeechLemmas.contains(form.lemma) {
            found = coordinatedSubject(before: c, range: range, doc: doc, table: table)
        }
        guard let (speaker, speakerWords) = found else { return nil }
        // "“…,” Pluznick recalled.": right after a quotation and ending the clause, the verb reports it.
        // "“…,” Matthesen recalled in an email.": an adjunct may follow the verb.
        let reportsQuotationBefore =
            words[speakerWords.lowerBound].gapBefore.contains(.quote) && speakerWords.lowerBound < c
            && (cueEnd >= range.upperBound || !words[cueEnd].gapBefore.isPlain
                || adjunctStarts.contains(words[cueEnd].folded) && words[cueEnd].folded != "that")
        if ReportingVerbs.needsThat.contains(form.lemma) && !cue.quotationFollows && !reportsQuotationBefore {
            guard cueEnd < range.upperBound, words[cueEnd].folded == "that" else { return nil }
        }
        var content =
            inverted
            ? nil : contentAfter(cueEnd, range: range, doc: doc, requireThat: !clauseLemmas.contains(form.lemma))
        if content == nil {
            content = before(inverted ? c : speakerWords.lowerBound, range: range, doc: doc)
        }
        return ReportingClause(
            speaker: speaker, speakerWords: speakerWords, cueWord: c, lemma: form.lemma,
            cueText: cueEnd - c > 1 ? doc.string(words: c, through: cueEnd - 1).lowercased() : word.folded,
            sentence: sentence, content: content)
    }

    /// "DeGeneres made the announcement on Twitter and said: “…”": a plain speech verb right after "and",
    /// introducing a quotation or a "that" clause, shares the subject of the verb before it, the sentence's
    /// subject (a person opening the sentence, or "he"/"she").
    static func coordinatedSubject(before c: Int, range: Range<Int>, doc: Document, table: EntityTable)
        -> FoundSpeaker?
    {
        let words = doc.words
        // The verb must introduce speech ("and said: “…”", "and said that …"); "and added six assists" does not.
        guard c - 1 > range.lowerBound, c + 1 < range.upperBound, words[c - 1].folded == "and",
            words[c - 1].gapBefore.isPlain, words[c].gapBefore.isPlain, words[c - 1].quote == nil,
            words[c + 1].folded == "that" || words[c + 1].gapBefore.contains(.colon)
                || words[c + 1].gapBefore.contains(.comma) && words[c + 1].gapBefore.contains(.quote)
        else { return nil }
        let first = range.lowerBound
        if ["he", "she"].contains(words[first].folded), words[first].quote == nil, !words[first].isQuoted {
            return (.anaphor(text: words[first].folded), first..<(first + 1))
        }
        guard let subject = sentenceSubject(range, before: c - 1, doc: doc, table: table),
            subject.words.lowerBound == first || words[first].folded == "the" && subject.words.lowerBound == first + 1
        else { return nil }
        return (.entity(subject.entity), subject.words)
    }

    /// "…, Putin said …, TASS reported": the medium relays the earlier clause.
    static func absorbRelays(_ result: inout [ReportingClause], table: EntityTable) {
        guard result.count >= 2 else { return }
        for index in 1..<result.count where result[index].lemma == "report" && !result[index].isAccordingTo {
            if case .entity(let e) = result[index].speaker,
                table.entities[e].isMedia || table.entities[e].kind == .organization
            {
                if result[index - 1].via == nil && !result[index - 1].isAccordingTo {
                    result[index - 1].via = result[index].speaker
                    result[index].absorbed = true
                }
            }
        }
    }
}
