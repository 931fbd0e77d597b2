import ParallaxModel

/// Attributions: every source an article cites, one per reporting clause.
///
/// Kinds: a person entity → `person`; a media organisation or "state media" → `media`; another
/// organisation, country or place, or officials/authorities/"the Chinese side" → `official`; documents and
/// statistics ("the joint statement", "Chinese Customs data") → `data`; experts and analysts → `expert`;
/// unnamed sources and "media reports" → `anonymous`; anything else → `other`. Pronouns resolve to their
/// person; unresolvable ones ("they") are skipped.
enum AttributionExtractor {
    static func attributions(doc: Document, table: EntityTable, clauses: [[ReportingClause]], resolver: SpeakerResolver)
        -> [Attribution]
    {
        var result: [Attribution] = []
        for sentenceClauses in clauses {
            for clause in sentenceClauses where !clause.isParticiple {
                if let via = clause.via, let medium = resolver.resolve(via, words: clause.speakerWords) {
                    if case .entity(let e) = via {
                        result.append(
                            Attribution(
                                kind: .media, source: medium.name, sourceEntityId: table.entities[e].id,
                                cue: "reported", span: clauseSpan(clause, doc)))
                    }
                }
                guard let speaker = resolver.resolve(clause.speaker, words: clause.speakerWords) else { continue }
                var kind = speaker.kind
                var source = speaker.name
                if source.lowercased().hasPrefix("the ") { source.removeFirst(4) }
                let folded = source.lowercased()
                if speaker.entity == nil {
                    if folded.hasSuffix("data") || folded.hasSuffix("statistics") || folded.hasSuffix("figures") {
                        kind = .data
                    }
                    if folded.hasSuffix("media") { kind = folded.hasPrefix("some") ? .anonymous : .media }
                    if folded == "media reports" || folded.hasSuffix("sources") { kind = .anonymous }
                }
                result.append(
                    Attribution(
                        kind: kind, source: source, sourceEntityId: speaker.entity.map { table.entities[$0].id },
                        cue: clause.cueText, span: clauseSpan(clause, doc)))
            }
        }
        return result
    }

    /// From the speaker or cue, whichever comes first, to the other.
    static func clauseSpan(_ clause: ReportingClause, _ doc: Document) -> Span {
        let a = min(clause.speakerWords.lowerBound, clause.cueWord)
        let b = max(clause.speakerWords.upperBound - 1, clause.cueWord)
        return Span(start: doc.words[a].span.start, end: QuoteExtractor.endWithPossessive(b, doc))
    }
}
