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
/// Indirect quotes are the content of reporting clauses ("Xi said that …", "…, Putin stressed") that is
/// not itself mostly a quotation. A medium relaying the speech ("CCTV reported Mr Xi as saying",
/// "according to CCTV, Mr Xi praised …", "…, Putin said, TASS reported") becomes `via`.
enum QuoteExtractor {
    static func quotes(doc: Document, table: EntityTable, clauses: [[ReportingClause]], resolver: SpeakerResolver)
        -> [Quote]
    {
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
            // 3./4. Neighbouring sentences when the quotation stands alone.
            let standsAlone = doc.wordRange(ofSentence: openSentence).lowerBound == firstWord
            if chosen == nil, standsAlone {
                if let previous = previousSpeaker, previous.sentence >= openSentence - 1,
                    sameParagraph(previous.sentence, openSentence, doc)
                {
                    result.append(makeDirect(region, doc, previous.speaker, previous.clause, table, resolver, clauses))
                    continue
                }
                if openSentence > 0, sameParagraph(openSentence - 1, openSentence, doc) {
                    chosen = clauses[openSentence - 1].last { !$0.absorbed && !$0.isAccordingTo }
                }
                if chosen == nil, closeSentence + 1 < doc.sentences.count,
                    sameParagraph(closeSentence, closeSentence + 1, doc)
                {
                    chosen = clauses[closeSentence + 1].first { !$0.absorbed && !$0.isAccordingTo }
                }
            }
            // An "according to" source speaks when nobody else does.
            if chosen == nil {
                chosen =
                    clauses[closeSentence].first { $0.isAccordingTo }
                    ?? clauses[openSentence].first { $0.isAccordingTo }
            }
            guard let clause = chosen, let speaker = resolver.resolve(clause.speaker, words: clause.speakerWords) else {
                result.append(Quote(kind: .direct, text: doc.string(region.content), span: region.content))
                previousSpeaker = nil
                continue
            }
            result.append(makeDirect(region, doc, speaker, clause, table, resolver, clauses))
            previousSpeaker = (speaker, clause, closeSentence)
        }

        // Short quotations claimed by a reporting clause in their sentence.
        for region in doc.shortQuotes {
            let sentence = doc.words[region.words.lowerBound].sentence
            let candidates = clauses[sentence].filter { !$0.absorbed && !$0.isAccordingTo }
            guard let clause = candidates.last(where: { $0.cueWord < region.words.lowerBound }) ?? candidates.first,
                let speaker = resolver.resolve(clause.speaker, words: clause.speakerWords)
            else { continue }
            result.append(makeDirect(region, doc, speaker, clause, table, resolver, clauses))
        }

        // Indirect speech.
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
                result.append(
                    Quote(
                        kind: .indirect, text: doc.string(span), span: span, speaker: speaker.name,
                        speakerEntityId: speaker.entity.map { table.entities[$0].id }, speakerSpan: speaker.span,
                        cue: clause.lemma,
                        via: via(for: clause, speaker: speaker, table: table, resolver: resolver, clauses: clauses)))
            }
        }
        result.sort { $0.span < $1.span }
        return result
    }

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
        Quote(
            kind: .direct, text: doc.string(region.content), span: region.content, speaker: speaker.name,
            speakerEntityId: speaker.entity.map { table.entities[$0].id }, speakerSpan: speaker.span, cue: clause.lemma,
            via: via(for: clause, speaker: speaker, table: table, resolver: resolver, clauses: clauses))
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

    private static func isInsideOtherQuote(_ clause: ReportingClause, _ index: Int, _ doc: Document) -> Bool {
        if let q = doc.words[clause.cueWord].quote, q != index { return true }
        return false
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
