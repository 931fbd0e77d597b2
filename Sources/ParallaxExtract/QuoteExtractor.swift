import ParallaxModel

/// Direct and indirect quotes with their speakers.
///
/// Direct quotes are the quotations ``QuoteMarkScanner`` found (three words or more; shorter ones are scare
/// quotes). A quote's speaker comes from the nearest reporting clause, searched in this order:
/// 1. after the quotation in the sentence where it closes ("“…,” Cui said");
/// 2. before it in the sentence where it opens ("Mr Xi praised the “…”");
/// 3. the previous sentence, when the quotation opens its own sentence and that sentence has no clause
///    ("Korostelev said … . “We are …”"), or the previous quote when it was in the same paragraph;
/// 4. the next sentence ("“…” That was Zhang’s view, Zhang said").
///
/// A paragraph that opens with a quotation mark right after a paragraph whose quotation was left open
/// continues that quotation and its speaker. A quotation inside a sentence with no speaker, and any title in
/// quotation marks ("the film “American Pie”"), is not a quote: reported speech needs a speaker and a cue
/// (a verb, "according to", or the colon of a round-up line, found by ``ReportingClauseFinder``). When the
/// chosen clause is itself the content of another ("The Kremlin said Xi had acknowledged “…”"), the outer
/// speaker becomes `reportedBy`.
///
/// Indirect quotes are the content of reporting clauses ("Xi said that …", "…, Putin stressed") that is
/// not itself mostly a quotation. A medium relaying the speech ("CCTV reported Mr Xi as saying",
/// "according to CCTV, Mr Xi praised …", "…, Putin said, TASS reported") becomes `via`.
enum QuoteExtractor {
    static func quotes(doc: Document, table: EntityTable, clauses: [[ReportingClause]], resolver: SpeakerResolver)
        -> [Quote]
    {
        var result = directQuotes(doc: doc, table: table, clauses: clauses, resolver: resolver)
        result += claimedShortQuotes(doc: doc, table: table, clauses: clauses, resolver: resolver)
        result += indirectQuotes(doc: doc, table: table, clauses: clauses, resolver: resolver)
        result.sort { $0.span < $1.span }
        return result
    }

    /// Quotations of ``Document/minimumQuoteWords`` words or more, with the speaker of the nearest clause.
    private static func directQuotes(
        doc: Document, table: EntityTable, clauses: [[ReportingClause]], resolver: SpeakerResolver
    ) -> [Quote] {
        var result: [Quote] = []
        var previousSpeaker: (speaker: ResolvedSpeaker, clause: ReportingClause, sentence: Int)?
        for (index, region) in doc.quotes.enumerated() {
            let firstWord = region.words.lowerBound
            let lastWord = region.words.upperBound - 1
            let openSentence = doc.words[firstWord].sentence
            let closeSentence = doc.words[lastWord].sentence
            var chosen: ReportingClause?
            // 1. After the quotation, same sentence.
            chosen = clauses[closeSentence].first {
                $0.cueWord > lastWord && !$0.absorbed && !$0.isAccordingTo && !isInsideOtherQuote($0, index, doc)
            }
            // 2. Before it, same sentence (nearest).
            if chosen == nil {
                chosen = clauses[openSentence].last { $0.cueWord < firstWord && !$0.absorbed && !$0.isAccordingTo }
            }
            // A paragraph opening with a quotation mark continues the previous paragraph's unclosed quotation.
            if chosen == nil, let previous = previousSpeaker, index > 0,
                continuesQuotation(doc.quotes[index - 1], with: region, doc)
            {
                result.append(makeDirect(region, doc, previous.speaker, previous.clause, table, resolver, clauses))
                previousSpeaker?.sentence = closeSentence
                continue
            }
            // 3./4. Neighbouring sentences when the quotation stands alone.
            let standsAlone = doc.wordRange(ofSentence: openSentence).lowerBound == firstWord
            if chosen == nil, standsAlone {
                switch standaloneSource(
                    open: openSentence, close: closeSentence, previous: previousSpeaker?.sentence, clauses, doc, table)
                {
                case .continuing?:
                    result.append(
                        makeDirect(
                            region, doc, previousSpeaker!.speaker, previousSpeaker!.clause, table, resolver, clauses))
                    previousSpeaker?.sentence = closeSentence
                    continue
                case .clause(let clause)?: chosen = clause
                case nil: break
                }
            }
            // "Jackson released a statement through the team. / “Yesterday I was …”": a quotation opening its
            // sentence right after a sentence that announces a statement is the statement's text.
            if chosen == nil, standsAlone, openSentence > 0 {
                chosen = statementAnnouncement(sentence: openSentence - 1, doc: doc, table: table, clauses: clauses)
            }
            // An "according to" source speaks when nobody else does.
            if chosen == nil {
                chosen =
                    clauses[closeSentence].first { $0.isAccordingTo }
                    ?? clauses[openSentence].first { $0.isAccordingTo }
            }
            // A role nobody named holds speaks a quotation standing as its own sentence ("“…,” the president
            // said"); inside a sentence ("The governor has promised a “return to normal”") it may be a scare quote.
            // "A spokeswoman for the ministry said … “…,” she said": the narration's described speaker.
            guard let (clause, speaker) = chosen.flatMap({ speaking($0, openSentence, clauses, resolver) }),
                !speaker.isBareRole || standsAlone, !isTitle(region, doc), !isName(region, doc)
            else {
                // Words quoted inside a sentence with no one saying them are scare quotes or titles; a
                // quotation standing as its own sentence is speech even when its speaker is out of reach.
                if (standsAlone || hasSpeechVerb(before: firstWord, sentence: openSentence, doc))
                    && !isTitle(region, doc) && !isName(region, doc)
                {
                    result.append(Quote(kind: .direct, text: doc.string(region.content), span: region.content))
                }
                previousSpeaker = nil
                continue
            }
            result.append(makeDirect(region, doc, speaker, clause, table, resolver, clauses))
            previousSpeaker = (speaker, clause, closeSentence)
        }
        return result
    }

    /// The clause's speaker, resolved once; a pronoun no one answers speaks for the narration's described
    /// speaker (``unnamedSpeaker(before:_:_:_:)``), with that clause.
    private static func speaking(
        _ clause: ReportingClause, _ sentence: Int, _ clauses: [[ReportingClause]], _ resolver: SpeakerResolver
    ) -> (ReportingClause, ResolvedSpeaker)? {
        if let speaker = resolver.resolve(clause.speaker, words: clause.speakerWords) { return (clause, speaker) }
        return unnamedSpeaker(before: sentence, clause, clauses, resolver)
    }

    /// The reporting clause of the two sentences before `sentence` whose speaker is described, not named (an
    /// unnamed person, or the organisation a spokesperson speaks for), of the pronoun's gender or of none said:
    /// "a spokeswoman for the ministry" for "she", not "a spokesman". A named person the pronoun's gender did
    /// not fit is never taken. Nil for a reference that is not "he" or "she".
    private static func unnamedSpeaker(
        before sentence: Int, _ pronoun: ReportingClause, _ clauses: [[ReportingClause]], _ resolver: SpeakerResolver
    ) -> (ReportingClause, ResolvedSpeaker)? {
        guard case .anaphor(let text) = pronoun.speaker, let gender = NameGender.of(pronoun: text) else { return nil }
        for earlier in stride(from: sentence - 1, through: max(0, sentence - 2), by: -1) {
            for clause in clauses[earlier].reversed() where !clause.isAccordingTo {
                if case .anaphor = clause.speaker { continue }  // another pronoun: not a description
                guard let speaker = resolver.resolve(clause.speaker, words: clause.speakerWords),
                    speaker.entity == nil || speaker.kind != .person, speaker.kind != .data
                else { continue }
                let said = NameGender.of(noun: speaker.name)
                if said == nil || said == gender { return (clause, speaker) }
            }
        }
        return nil
    }

    /// Short quotations claimed by a reporting clause right next to them ("lamented “painful losses”",
    /// "called the plan ‘a trap’", "“a trap,” Varga said") or inside the speech it reports ("Putin said the
    /// plan could serve as a “basis” for …"). A fragment elsewhere is a scare quote ("After the “no limits”
    /// summit, Dahl said that …").
    private static func claimedShortQuotes(
        doc: Document, table: EntityTable, clauses: [[ReportingClause]], resolver: SpeakerResolver
    ) -> [Quote] {
        var result: [Quote] = []
        for region in doc.shortQuotes where !isTitle(region, doc) && !isName(region, doc) {
            let sentence = doc.words[region.words.lowerBound].sentence
            let candidates = clauses[sentence].filter { !$0.absorbed && !$0.isAccordingTo }
            let first = region.words.lowerBound
            let end = region.words.upperBound
            guard
                let clause = candidates.last(where: { $0.cueWord < first && first - $0.cueWord <= shortQuoteReach })
                    ?? (isCapitalizedName(region, doc)
                        ? nil
                        : candidates.last(where: {
                            $0.content.map { $0.contains(first) && $0.contains(end - 1) } ?? false
                        }))
                        ?? candidates.first(where: {
                            $0.cueWord >= end && min($0.cueWord, $0.speakerWords.lowerBound) - end <= 1
                                && !clauseConjunctions.contains(doc.words[end].folded)
                        }),
                let speaker = resolver.resolve(clause.speaker, words: clause.speakerWords), !speaker.isBareRole
            else { continue }
            result.append(makeDirect(region, doc, speaker, clause, table, resolver, clauses))
        }

        return result
    }

    /// Whether every word of a short quotation is capitalised mid-sentence ("his current film, the epic
    /// “Australia,”"): a name or a title inside reported content, not a fragment of the speaker's words,
    /// which paraphrase quotes in their own case ("could serve as a “basis” for").
    private static func isCapitalizedName(_ region: QuoteRegion, _ doc: Document) -> Bool {
        let sentenceStart = doc.wordRange(ofSentence: doc.words[region.words.lowerBound].sentence).lowerBound
        return region.words.lowerBound > sentenceStart && region.words.allSatisfy { doc.words[$0].isCapitalized }
    }

    /// Indirect speech: the content of reporting clauses that is not mostly a quotation.
    private static func indirectQuotes(
        doc: Document, table: EntityTable, clauses: [[ReportingClause]], resolver: SpeakerResolver
    ) -> [Quote] {
        var result: [Quote] = []
        for sentenceClauses in clauses {
            // One paraphrase per reporting act: a participle ("…, saying that …") counts only when the
            // clause it continues gave none ("He called on …, saying that …").
            var previousEmitted = false
            for clause in sentenceClauses where !clause.absorbed {
                let emittedBefore = previousEmitted
                previousEmitted = false
                if clause.isParticiple && emittedBefore { continue }
                guard let content = clause.content, content.count >= 3 else { continue }
                if clause.isAccordingTo && !speaksForItself(clause) { continue }
                if nonSpeechLemmas.contains(clause.lemma) { continue }
                var quoted = 0
                for k in content where doc.words[k].isQuoted { quoted += 1 }
                previousEmitted = true  // a direct quotation is this clause's report too
                if quoted * 2 >= content.count { continue }
                guard let speaker = resolver.resolve(clause.speaker, words: clause.speakerWords) else {
                    let span = span(of: content, doc)
                    result.append(Quote(kind: .indirect, text: doc.string(span), span: span, cue: clause.lemma))
                    continue
                }
                let span = span(of: content, doc)
                let medium = via(for: clause, speaker: speaker, table: table, resolver: resolver, clauses: clauses)
                let reporter = reporter(of: clause, speaker: speaker, resolver: resolver, clauses: clauses)
                result.append(
                    Quote(
                        kind: .indirect, text: doc.string(span), span: span, speaker: speaker.name,
                        speakerEntityId: speaker.entity.map { table.entities[$0].id }, speakerSpan: speaker.span,
                        cue: clause.lemma, via: medium, reportedBy: reporter?.name ?? medium,
                        reportedBySpan: reporter?.span))
            }
        }
        return result
    }

    /// Conjunctions that open a new clause: a speaker after one ("… as “highly prejudicial,” though Judge
    /// Bodiford said …") did not say the quotation before it.
    static let clauseConjunctions: Set<String> = [
        "though", "although", "but", "while", "whereas", "and", "as", "because", "when", "after", "before",
    ]

    /// How many words after its cue a short quotation may start and still be the cue's object ("described
    /// the talks as “very productive”": four).
    static let shortQuoteReach = 6

    /// Cue verbs that attribute an appeal, a judgement or a belief rather than reported content: their
    /// clauses name a speaker (for quotes and attributions) but are not indirect quotes themselves.
    static let nonSpeechLemmas: Set<String> = [
        "urge", "call", "praise", "hail", "describe", "believe", "welcome", "ask",
    ]

    /// "according to the joint statement": documents that state positions speak for themselves; news
    /// agencies, data and reports only source facts.
    private static func speaksForItself(_ clause: ReportingClause) -> Bool {
        guard case .nominal(let text, _, _) = clause.speaker else { return false }
        let head = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["statement", "declaration", "communique", "communiqué", "resolution", "readout", "document"].contains(
            head)
    }

    private static func makeDirect(
        _ region: QuoteRegion, _ doc: Document, _ speaker: ResolvedSpeaker, _ clause: ReportingClause,
        _ table: EntityTable, _ resolver: SpeakerResolver, _ clauses: [[ReportingClause]]
    ) -> Quote {
        let medium = via(for: clause, speaker: speaker, table: table, resolver: resolver, clauses: clauses)
        let reporter = reporter(of: clause, speaker: speaker, resolver: resolver, clauses: clauses)
        return Quote(
            kind: .direct, text: doc.string(region.content), span: region.content, speaker: speaker.name,
            speakerEntityId: speaker.entity.map { table.entities[$0].id }, speakerSpan: speaker.span, cue: clause.lemma,
            via: medium, reportedBy: reporter?.name ?? medium, reportedBySpan: reporter?.span)
    }

    /// The source relaying a nested report: the clause whose content holds `clause`'s speaker and verb
    /// ("The Kremlin said [Xi had acknowledged “…”]", "Reuters reported that [Hollis had said …]"). The
    /// words are the inner speaker's; the outer one only vouches for them, so it is the reporter, not the
    /// speaker.
    static func reporter(
        of clause: ReportingClause, speaker: ResolvedSpeaker, resolver: SpeakerResolver,
        clauses: [[ReportingClause]]
    ) -> ResolvedSpeaker? {
        for outer in clauses[clause.sentence]
        where !outer.isAccordingTo && outer.cueWord < clause.speakerWords.lowerBound && outer.content != nil {
            let holds =
                outer.content!.contains(clause.speakerWords.lowerBound) && outer.content!.contains(clause.cueWord)
            guard holds || followsDirectly(clause.speakerWords.lowerBound, cue: outer.cueWord, resolver.doc),
                let source = resolver.resolve(outer.speaker, words: outer.speakerWords), source.name != speaker.name
            else { continue }
            return source
        }
        return nil
    }

    /// Whether the inner speaker at `start` is the object clause of the verb at `cue`: only "that" (or
    /// nothing) and no punctuation between them ("said [that] Secretary Bingham had told …").
    private static func followsDirectly(_ start: Int, cue: Int, _ doc: Document) -> Bool {
        guard start > cue, start - cue <= 2 else { return false }
        for k in (cue + 1)...start where !doc.words[k].gapBefore.isPlain { return false }
        return start == cue + 1 || doc.words[cue + 1].folded == "that"
    }

    /// The medium relaying a clause: its own `via`, else an "according to" source in the same sentence
    /// that is not the speaker.
    private static func via(
        for clause: ReportingClause, speaker: ResolvedSpeaker, table: EntityTable, resolver: SpeakerResolver,
        clauses: [[ReportingClause]]
    ) -> String? {
        if let via = clause.via, let resolved = resolver.resolve(via, words: clause.speakerWords) {
            return resolved.name
        }
        guard !clause.isAccordingTo else { return nil }
        for other in clauses[clause.sentence] where other.isAccordingTo {
            if let source = resolver.resolve(other.speaker, words: other.speakerWords), source.name != speaker.name {
                return source.name
            }
        }
        return nil
    }

    /// Verbs that report words and nothing else; "promised a “return to normal”" or "called it a “…”"
    /// take the quotation as a noun phrase, which may be a scare quote.
    static let plainSpeechLemmas: Set<String> = ["say", "tell", "add", "write", "reply", "explain", "insist"]

    /// Whether a finite reporting verb ("said", "told", not "stressing" or the noun-like "statement")
    /// precedes `word` in its sentence outside quotations: the quotation is reported speech whose speaker
    /// the clause finder could not name ("The prime minister, speaking in Ottawa, said Canada would “…”").
    static func hasSpeechVerb(before word: Int, sentence: Int, _ doc: Document) -> Bool {
        for k in doc.wordRange(ofSentence: sentence) where k < word && !doc.words[k].isQuoted {
            if let form = ReportingVerbs.form(doc.words[k].folded), !form.participle, !form.nounLike,
                !doc.words[k].isCapitalized, plainSpeechLemmas.contains(form.lemma),
                doc.words[k].folded != "written"  // "learned who had written it": authorship, not speech
            {
                return true
            }
        }
        return false
    }

    /// A title in quotation marks ("the film “American Pie”", "the headline “Miners Strike Back”"): every
    /// word capitalised except short function words, and no sentence punctuation inside. Reported speech
    /// is written in sentence case, titles of works and headlines in title case.
    static func isTitle(_ region: QuoteRegion, _ doc: Document) -> Bool {
        guard region.words.count <= 12, doc.words[region.words.lowerBound].isCapitalized else { return false }
        var capitalised = 0
        for k in region.words {
            let word = doc.words[k]
            if k > region.words.lowerBound && (word.gapBefore.contains(.terminator) || word.gapBefore.contains(.comma))
            {
                return false
            }
            if word.isCapitalized {
                capitalised += 1
            } else if !titleFunctionWords.contains(word.folded) {
                return false
            }
        }
        // A lone capitalised word or "I" is as likely speech as a title.
        return capitalised >= 2
    }

    /// Where a quotation standing as its own sentence finds its speaker when no clause of its own sentence
    /// gives one.
    private enum StandaloneSource {
        /// The speaker of the quotation before goes on.
        case continuing
        case clause(ReportingClause)
    }

    /// The source of a quotation that opens sentence `open` and closes `close`: the speaker going on when the
    /// quotation before ended in the sentence before within the paragraph; else a clause of the sentence
    /// before or after within the paragraph; else, for a paragraph of bare quotation with no reporting clause
    /// (AP style), the clause that closed the paragraph before, or the speaker going on when that paragraph
    /// was itself a quotation credited from further back (a statement announced before it).
    private static func standaloneSource(
        open: Int, close: Int, previous: Int?, _ clauses: [[ReportingClause]], _ doc: Document, _ table: EntityTable
    ) -> StandaloneSource? {
        if let previous, previous >= open - 1, sameParagraph(previous, open, doc) { return .continuing }
        // "“It is time,” said Rep. Carraway. She paused. “It is past time.”": one sentence of narration that
        // brings in no one else, between two quotations of a paragraph, does not change the speaker.
        if let previous, previous == open - 2, sameParagraph(previous, open - 1, doc),
            sameParagraph(open - 1, open, doc), isNarrativeBeat(open - 1, clauses, doc, table)
        {
            return .continuing
        }
        var chosen: ReportingClause?
        if open > 0, sameParagraph(open - 1, open, doc) {
            chosen = clauses[open - 1].last { speaksOn($0, table) }
        }
        if chosen == nil, close + 1 < doc.sentences.count, sameParagraph(close, close + 1, doc) {
            chosen = clauses[close + 1].first { !$0.absorbed && !$0.isAccordingTo }
        }
        if chosen == nil, open > 0, !sameParagraph(open - 1, open, doc),
            paragraphHasNoClause(from: open, clauses, doc)
        {
            chosen = clauses[open - 1].last { speaksOn($0, table) }
            if chosen == nil, previous == open - 1 { return .continuing }
        }
        return chosen.map { .clause($0) }
    }

    /// Whether a clause of the sentence before may speak a quotation standing alone after it: any reporting
    /// clause, and "according to" a person ("…, according to Wolfgang Kandek, chief technology officer of
    /// Qualys. / “It might not affect you.”"), who is a source quoted; an "according to" document or agency only
    /// sources facts.
    private static func speaksOn(_ clause: ReportingClause, _ table: EntityTable) -> Bool {
        guard !clause.absorbed else { return false }
        guard clause.isAccordingTo else { return true }
        if case .entity(let e) = clause.speaker { return table.entities[e].kind == .person }
        return false
    }

    /// Whether sentence `sentence` only narrates: no reporting clause, no quotation and no person named.
    private static func isNarrativeBeat(
        _ sentence: Int, _ clauses: [[ReportingClause]], _ doc: Document, _ table: EntityTable
    ) -> Bool {
        guard clauses[sentence].isEmpty else { return false }
        for k in doc.wordRange(ofSentence: sentence) {
            let word = doc.words[k]
            if word.quote != nil || word.isQuoted || word.gapBefore.contains(.quote) { return false }
            let m = table.mentionCovering[k]
            if m >= 0, table.entities[table.mentions[Int(m)].entity].kind == .person { return false }
        }
        return true
    }

    /// A sentence announcing a statement without quoting or reporting it ("Jackson released a statement through
    /// the team on Tuesday.", "The ministry issued a statement."), as a clause whose speaker is the sentence's
    /// subject (a person, or an organisation opening it) and whose cue is the document noun; nil otherwise.
    static func statementAnnouncement(
        sentence: Int, doc: Document, table: EntityTable, clauses: [[ReportingClause]]
    ) -> ReportingClause? {
        guard clauses[sentence].isEmpty else { return nil }
        let range = doc.wordRange(ofSentence: sentence)
        guard !range.contains(where: { doc.words[$0].quote != nil || doc.words[$0].isQuoted }),
            let noun = range.first(where: { ReportingClauseFinder.issuedDocumentNouns.contains(doc.words[$0].folded) }),
            (max(range.lowerBound, noun - 3)..<noun).contains(where: {
                statementVerbs.contains(doc.words[$0].folded)
            })
        else { return nil }
        guard
            let subject = ReportingClauseFinder.sentenceSubject(range, before: noun, doc: doc, table: table)
                ?? SpeakerResolver.organizationSubject(range, doc: doc, table: table)
        else { return nil }
        return ReportingClause(
            speaker: .entity(subject.entity), speakerWords: subject.words, cueWord: noun, lemma: "state",
            cueText: doc.words[noun].folded, sentence: sentence)
    }

    /// Verbs that put out a statement ("released a statement", "issued a statement").
    static let statementVerbs: Set<String> = [
        "released", "issued", "published", "posted", "sent", "distributed", "releases", "issues", "posts",
    ]

    /// A name or term in quotation marks right after a word that introduces one ("goes by the nickname
    /// “Shapow”", "a gang dubbed “the Night Crew”", "known as “Deep Throat”", "the so-called “freedom caucus”"):
    /// words named, not words said, even inside a reported sentence.
    static func isName(_ region: QuoteRegion, _ doc: Document) -> Bool {
        let first = region.words.lowerBound
        guard region.words.count <= 5, first > 0 else { return false }
        let previous = doc.words[first - 1].folded
        if nameIntroducers.contains(previous) { return true }
        if first > 1 && doc.words[first - 2].folded == "known" && previous == "as" { return true }
        return isCalled(before: first, doc)
    }

    /// "what is called the old “Matanuska Maid block”", "a bill titled “…”", "commonly known as the “genius
    /// grant”": a passive naming verb ("is called", "was named"), "titled"/"entitled" or "known as", then at
    /// most two words ("the old"), before the quotation.
    /// The passive names a thing; it never reports what someone said.
    private static func isCalled(before first: Int, _ doc: Document) -> Bool {
        guard !doc.words[first].gapBefore.contains(.terminator) else { return false }
        var k = first - 1
        while k > 0, k >= first - 3, doc.words[k].sentence == doc.words[first].sentence {
            let word = doc.words[k]
            guard word.quote == nil, !word.isQuoted, word.gapBefore.isPlain || k == first - 1 else { return false }
            if ["titled", "entitled", "headlined"].contains(word.folded) { return true }
            if word.folded == "as" && doc.words[k - 1].folded == "known" { return true }  // "known as the “…”"
            if ["called", "named", "labeled", "labelled", "branded"].contains(word.folded) {
                return ["is", "was", "are", "were", "be", "been", "being"].contains(doc.words[k - 1].folded)
            }
            k -= 1
        }
        return false
    }

    /// Words after which a quotation is a name or a term ("nickname", "dubbed", "so-called").
    static let nameIntroducers: Set<String> = [
        "nickname", "nicknamed", "dubbed", "alias", "aka", "moniker", "monicker", "so-called", "codenamed",
        "code-named", "codename",
    ]

    /// Words that stay lowercase inside titles (Chicago and AP headline style).
    static let titleFunctionWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by", "with", "from", "as", "but", "nor",
    ]

    /// Whether `next` continues `previous` over a paragraph break: `previous` runs to the end of its
    /// paragraph without a closing mark and `next` opens the following paragraph. News style repeats the
    /// opening mark on each paragraph of a long quotation and closes only the last.
    static func continuesQuotation(_ previous: QuoteRegion, with next: QuoteRegion, _ doc: Document) -> Bool {
        let bytes = doc.bytes
        var i = previous.content.end
        var newlines = 0
        while i < next.outer.start {
            switch bytes[i] {
            case 0x0A: newlines += 1
            case 0x20, 0x0D, 0x09: break
            case 0x2E, 0x2C, 0x21, 0x3F: if newlines > 0 { return false }  // punctuation before the break only
            default: return false  // a closing mark or more text
            }
            i += 1
        }
        return newlines >= 1
    }

    private static func isInsideOtherQuote(_ clause: ReportingClause, _ index: Int, _ doc: Document) -> Bool {
        if let q = doc.words[clause.cueWord].quote, q != index { return true }
        return false
    }

    /// Whether the paragraph opening at `sentence` has no reporting clause in any of its sentences, nor any
    /// reporting verb outside its quotations: "“…,” the patient wrote", "“…,” Schiff asked" name a speaker
    /// the clause finder may not know, who is not the previous paragraph's (seen on real news).
    private static func paragraphHasNoClause(from sentence: Int, _ clauses: [[ReportingClause]], _ doc: Document)
        -> Bool
    {
        var k = sentence
        while k < doc.sentences.count {
            if !clauses[k].isEmpty { return false }
            for w in doc.wordRange(ofSentence: k) where doc.words[w].quote == nil && !doc.words[w].isCapitalized {
                if ReportingVerbs.form(doc.words[w].folded) != nil { return false }
            }
            guard k + 1 < doc.sentences.count, sameParagraph(k, k + 1, doc) else { break }
            k += 1
        }
        return true
    }

    /// Whether no paragraph break separates two sentences.
    private static func sameParagraph(_ a: Int, _ b: Int, _ doc: Document) -> Bool {
        let low = min(a, b)
        let high = max(a, b)
        guard low >= 0, high < doc.sentences.count else { return false }
        let gapStart = doc.sentences[low].end
        let gapEnd = doc.sentences[high].start
        var newlines = 0
        var i = gapStart
        while i < gapEnd {
            if doc.bytes[i] == 0x0A { newlines += 1 }
            i += 1
        }
        return newlines < 2 && (high - low) <= 1
    }

    static func span(of words: Range<Int>, _ doc: Document) -> Span {
        Span(start: doc.words[words.lowerBound].span.start, end: endWithPossessive(words.upperBound - 1, doc))
    }

    /// End of a word including a stripped possessive.
    static func endWithPossessive(_ index: Int, _ doc: Document) -> Int {
        let word = doc.words[index]
        guard word.isPossessive else { return word.span.end }
        return word.span.end + (doc.bytes[word.span.end] == 0x27 ? 2 : 4)
    }
}
