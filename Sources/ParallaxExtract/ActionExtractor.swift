import ParallaxModel
import ParallaxText

/// Who did what to whom, from each sentence's verbs outside quotations.
///
/// For every verb form in ``ActionLexicon`` (outside quotations):
/// - Finite use only: past or third-person forms, or the plain form after a modal or "to" governed by a
///   control word ("refused to condemn", "ready to work"), or with a plural subject. A past form right
///   after a noun and before "by" is a reduced passive ("the initiative proposed by China") and skipped;
///   so are passives after "be" except "be opposed to".
/// - Actor: scanning left over auxiliaries, adverbs, negation and time adjuncts ("Xi Jinping on Wednesday
///   afternoon held"), a named entity (each conjunct of "Beijing and Moscow"), a pronoun resolved like
///   quote speakers, or a group noun phrase ("the two sides"); otherwise no action (no clear actor).
/// - Verbs after "and" with no subject of their own share the previous action's actor.
/// - Negation: "not"/"never"/"n't" before the verb, or a negative control verb ("refused to").
/// - Target: the first named entity after the verb in the same clause (skipping a nationality adjective
///   before a name), else the head noun phrase of the object.
/// - Category: phrasal verb ("call on"), else the object noun for light verbs ("held talks"), else the
///   verb's own.
enum ActionExtractor {
    static func actions(doc: Document, table: EntityTable, resolver: SpeakerResolver) -> [Action] {
        var result: [Action] = []
        let words = doc.words
        for sentence in 0..<doc.sentences.count {
            let range = doc.wordRange(ofSentence: sentence)
            var last = LastAction()
            for v in range {
                let word = words[v]
                guard word.quote == nil, !word.isCapitalized || word.startsSentence, !word.isPossessive,
                    let form = ActionLexicon.forms[word.folded]
                else { continue }
                // Speech verbs become statements through their reporting clauses (see `statements`), which
                // resolve appositives, inversions and relative clauses.
                if speechLemmas.contains(form.lemma) || form.lemma == "tell" { continue }
                guard var use = verbUse(at: v, form, range, doc, table, last),
                    let (lemma, particleCategory, objectStart) = particle(at: v, form, range, words)
                else { continue }
                // Actor.
                let subjectAnchor = use.controlWord ?? v
                var actors =
                    use.inherited ?? actorsBefore(subjectAnchor, range, doc, table, resolver, negated: &use.negated)
                if actors.isEmpty, let andIndex = previousNonSkippable(subjectAnchor, range, doc),
                    words[andIndex].folded == "and" || words[andIndex].folded == "but", last.end >= 0,
                    andIndex > last.end
                {
                    actors = last.actors
                }
                guard !actors.isEmpty else { continue }
                // Target and object.
                let (target, targetEntity, predicateEnd, objectNoun) = targetAfter(objectStart, range, doc, table)
                var category = particleCategory
                if ActionLexicon.lightVerbs.contains(form.lemma) || category == .other, let noun = objectNoun,
                    let objectCategory = ActionLexicon.objectCategories[noun]
                {
                    category = objectCategory
                }
                if form.lemma == "refuse" && use.controlWord == nil { category = .oppose }
                let predicateSpan = Span(start: words[v].span.start, end: words[max(v, predicateEnd)].span.end)
                let clauseStart = actors.first.flatMap { _ in actorStart(subjectAnchor, range, doc, table) } ?? v
                let clauseSpan = Span(start: words[clauseStart].span.start, end: predicateSpan.end)
                for actor in actors {
                    // Named actors and targets carry their entity's name, as quote speakers do.
                    result.append(
                        Action(
                            actor: actor.entity.flatMap { e in
                                table.entities[e].aliases.contains(actor.text) ? table.entities[e].name : nil
                            } ?? actor.text,
                            actorEntityId: actor.entity.map { table.entities[$0].id }, verb: lemma,
                            predicate: doc.string(predicateSpan),
                            target: targetEntity.map { table.entities[$0].name } ?? target,
                            targetEntityId: targetEntity.map { table.entities[$0].id }, category: category,
                            negated: use.negated,
                            span: clauseSpan))
                }
                last = LastAction(actors: actors, end: v)
            }
        }
        return result
    }

    /// An actor: the words naming it, and its entity when it is one.
    typealias Actor = (text: String, entity: Int?)

    /// The sentence's last action so far: its actors (which a following "and VERB" shares) and its verb.
    private struct LastAction {
        var actors: [Actor] = []
        var end = -1
    }

    /// How a verb form is used where it stands, when it is a finite action: the control word its subject comes
    /// before ("refused to condemn"), the actors it takes from the action before it, and whether it is negated
    /// so far.
    private struct VerbUse {
        var controlWord: Int?
        var inherited: [Actor]?
        var negated = false
    }

    /// The use of the verb at `v`, or nil when it is no finite action of its own: a gerund or plain form without
    /// a subject, a control verb whose infinitive carries the action, a passive or a reduced relative.
    private static func verbUse(
        at v: Int, _ form: ActionLexicon.Form, _ range: Range<Int>, _ doc: Document, _ table: EntityTable,
        _ last: LastAction
    ) -> VerbUse? {
        let words = doc.words
        let word = words[v]
        var use = VerbUse()
        if form.isGerund {
            // "would keep backing Moscow": the gerund is the action of keep's subject.
            if v > range.lowerBound, continuatives.contains(words[v - 1].folded) {
                use.controlWord = v - 1
            } else if word.gapBefore.contains(.comma), !last.actors.isEmpty {
                use.inherited = last.actors  // "…, calling on the two sides to …"
            } else if word.gapBefore.contains(.comma),
                let subject = ReportingClauseFinder.sentenceSubject(range, before: v, doc: doc, table: table)
            {
                use.inherited = [
                    (doc.string(words: subject.words.lowerBound, through: subject.words.upperBound - 1), subject.entity)
                ]
            } else {
                return nil
            }
        } else if v >= range.lowerBound + 2, words[v - 1].folded == "to",
            let negative = ActionLexicon.controlVerbs[words[v - 2].folded]
        {
            guard form.isBase else { return nil }
            use.controlWord = v - 2
            use.negated = negative
        } else if form.isBase {
            // After a modal, a plural subject, or "and" continuing the sentence's last action
            // ("Russia supports …, and oppose …").
            if v > range.lowerBound, words[v - 1].folded == "and", !last.actors.isEmpty, last.end < v {
                use.inherited = last.actors
            } else {
                guard v > range.lowerBound,
                    modals.contains(words[v - 1].folded) || pluralSubjectBefore(v, range, doc, table)
                else { return nil }
            }
        } else if ActionLexicon.controlVerbs[word.folded] != nil, v + 2 < range.upperBound,
            words[v + 1].folded == "to",
            ActionLexicon.forms[words[v + 2].folded]?.isBase == true, word.folded != "agreed"
        {
            return nil  // the infinitive carries the action
        }
        if form.isPast && v > range.lowerBound {
            let previous = words[v - 1].folded
            if beForms.contains(previous) {
                guard form.lemma == "oppose", v + 1 < range.upperBound, words[v + 1].folded == "to" else {
                    return nil
                }
            } else if v + 1 < range.upperBound, words[v + 1].folded == "by", !words[v + 1].gapBefore.contains(.comma) {
                return nil
            }
        }
        return use
    }

    /// The verb's lemma and category with its particle ("call on"), and where its object starts; nil for a verb
    /// that is an action only with a particle and has none.
    private static func particle(at v: Int, _ form: ActionLexicon.Form, _ range: Range<Int>, _ words: [Word])
        -> (lemma: String, category: ActionCategory, objectStart: Int)?
    {
        if let particles = ActionLexicon.phrasal[form.lemma], v + 1 < range.upperBound,
            let particleCategory = particles[words[v + 1].folded], words[v + 1].gapBefore.isPlain
        {
            return (form.lemma + " " + words[v + 1].folded, particleCategory, v + 2)
        }
        if ActionLexicon.needsParticle.contains(form.lemma) { return nil }
        return (form.lemma, form.category, v + 1)
    }

    /// One `statement` action per reporting clause whose speaker resolves ("Xi said", "…, Zhang Hong, an
    /// associate research fellow at …, told media"); "tell" takes the addressee as target when named.
    static func statements(doc: Document, table: EntityTable, clauses: [[ReportingClause]], resolver: SpeakerResolver)
        -> [Action]
    {
        var result: [Action] = []
        for sentenceClauses in clauses {
            for clause in sentenceClauses where !clause.isAccordingTo && !clause.isParticiple {
                guard speechLemmas.contains(clause.lemma) || clause.lemma == "tell",
                    let speaker = resolver.resolve(clause.speaker, words: clause.speakerWords)
                else { continue }
                let cue = doc.words[clause.cueWord]
                var target: String?
                var targetEntity: Int?
                if clause.lemma == "tell" {
                    let range = doc.wordRange(ofSentence: clause.sentence)
                    let found = targetAfter(clause.cueWord + 1, range, doc, table)
                    if let entity = found.1 {
                        targetEntity = entity
                        target = table.entities[entity].name
                    }
                }
                // "CCTV reported Mr Xi as saying": the medium makes a statement too.
                if let via = clause.via, let medium = resolver.resolve(via, words: clause.speakerWords),
                    case .entity(let e) = via
                {
                    result.append(
                        Action(
                            actor: medium.name, actorEntityId: table.entities[e].id, verb: "report",
                            predicate: doc.string(cue.span),
                            category: .statement, span: Span(start: cue.span.start, end: cue.span.end)))
                }
                let a = min(clause.speakerWords.lowerBound, clause.cueWord)
                let b = max(clause.speakerWords.upperBound - 1, clause.cueWord)
                result.append(
                    Action(
                        actor: speaker.name, actorEntityId: speaker.entity.map { table.entities[$0].id },
                        verb: clause.lemma,
                        // A round-up line's cue is its colon; the word before it is the outlet's name.
                        predicate: clause.cueText == ":" ? ":" : doc.string(cue.span), target: target,
                        targetEntityId: targetEntity.map { table.entities[$0].id }, category: .statement,
                        span: Span(start: doc.words[a].span.start, end: doc.words[b].span.end)))
            }
        }
        return result
    }

    /// Reporting verbs whose object is the reported content, not a target.
    static let speechLemmas: Set<String> = [
        "say", "add", "note", "stress", "reiterate", "point", "state", "announce", "declare", "emphasise", "emphasize",
        "confirm", "reaffirm", "claim", "lament", "estimate", "report", "reiterate", "describe",
    ]
    /// Verbs after which a gerund carries the action ("keep backing", "continue supporting").
    static let continuatives: Set<String> = [
        "keep", "keeps", "kept", "continue", "continues", "continued", "stop", "stopped", "start", "started", "began",
        "begin", "resumed", "resume",
    ]
    static let modals: Set<String> = [
        "would", "will", "can", "could", "should", "must", "may", "might", "shall", "not", "never", "also", "jointly",
        "firmly", "strongly", "resolutely", "always", "did", "does", "do",
    ]
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "get", "got"]
    static let negations: Set<String> = [
        "not", "never", "no", "didn't", "doesn't", "don't", "won't", "wouldn't", "cannot", "can't", "hasn't", "haven't",
        "isn't", "aren't", "wasn't", "weren't",
    ]
    /// Words skipped between an actor and its verb.
    static let skippable: Set<String> = [
        "also", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may", "might", "shall",
        "did", "does", "do", "not", "never", "always", "already", "still", "further", "jointly", "once", "again",
        "then", "later", "previously", "earlier", "reportedly", "is", "are", "was", "were", "be", "been", "now",
        "stands", "stood", "remains", "remained", "on", "last", "this", "next", "afternoon", "morning", "evening",
        "night", "week", "month", "year", "today", "yesterday", "tonight", "weekend", "ready", "willing",
        "refused", "refuses", "declined", "failed", "didn't", "doesn't", "don't", "won't", "wouldn't", "cannot",
        "hasn't", "haven't", "isn't", "aren't", "wasn't", "weren't", "both", "all", "in", "turn", "even", "just",
        "officially", "formally", "essentially", "fully", "continue", "continues", "continued", "vowed", "pledged",
        "agreed", "decided", "plans", "aims", "hopes", "wants", "intends", "prepared", "able",
    ]
    /// Group nouns accepted as actors without a name ("the two sides", "Ukrainian authorities").
    static let actorNouns: Set<String> = [
        "sides", "side", "leaders", "countries", "nations", "officials", "authorities", "government", "ministry",
        "forces", "troops", "army", "military", "parties", "members", "partners", "states", "experts", "analysts",
        "police", "administration", "president", "leader", "minister", "spokesperson", "spokesman", "envoy",
        "representative", "delegation", "delegations", "allies", "powers", "companies", "firms", "statement",
    ]

    /// The first word before `index` that is not skippable.
    private static func previousNonSkippable(_ index: Int, _ range: Range<Int>, _ doc: Document) -> Int? {
        var k = index - 1
        while k >= range.lowerBound, skippableWord(doc.words[k]) { k -= 1 }
        return k >= range.lowerBound ? k : nil
    }

    private static func skippableWord(_ word: Word) -> Bool {
        skippable.contains(word.folded) || NameLexicon.calendarWords.contains(word.folded) || word.isNumber
            || (word.folded.hasSuffix("ly") && !word.isCapitalized && word.folded.utf8.count > 4)
    }

    private static func pluralSubjectBefore(_ v: Int, _ range: Range<Int>, _ doc: Document, _ table: EntityTable)
        -> Bool
    {
        guard let k = previousNonSkippable(v, range, doc) else { return false }
        let f = doc.words[k].folded
        if f == "they" || f == "we" || f == "i" || f == "you" { return true }
        if table.mention(endingAt: k) != nil {
            // "China and Russia oppose".
            if let mention = table.mention(endingAt: k), mention.words.lowerBound > range.lowerBound,
                doc.words[mention.words.lowerBound - 1].folded == "and"
            {
                return true
            }
            return false
        }
        return actorNouns.contains(f) && f.hasSuffix("s")
    }

    private static func actorStart(_ anchor: Int, _ range: Range<Int>, _ doc: Document, _ table: EntityTable) -> Int? {
        guard let k = previousNonSkippable(anchor, range, doc) else { return nil }
        if let mention = table.mention(endingAt: k) { return mention.words.lowerBound }
        return k
    }

    /// The actors before a verb: named entities (all conjuncts), a resolved pronoun, or a group noun phrase.
    private static func actorsBefore(
        _ anchor: Int, _ range: Range<Int>, _ doc: Document, _ table: EntityTable, _ resolver: SpeakerResolver,
        negated: inout Bool
    ) -> [Actor] {
        let words = doc.words
        // "Alexey Maslov, director of …, said": the name before the appositive.
        if words[anchor].gapBefore.contains(.comma) {
            for start in table.appositiveStarts(endingAt: anchor) {
                if let mention = table.mention(startingAt: start), mention.words.lowerBound >= range.lowerBound {
                    return [
                        (
                            doc.string(words: mention.words.lowerBound, through: mention.words.upperBound - 1),
                            mention.entity
                        )
                    ]
                }
            }
        }
        var k = anchor - 1
        while k >= range.lowerBound, words[k + 1].gapBefore.isPlain || words[k + 1].gapBefore == .period,
            skippableWord(words[k])
        {
            if negations.contains(words[k].folded) || words[k].folded.hasSuffix("n't") { negated = true }
            if ["refused", "refuses", "declined", "failed"].contains(words[k].folded) { negated = true }
            k -= 1
        }
        guard k >= range.lowerBound, words[k + 1].gapBefore.isPlain || words[k + 1].gapBefore == .period,
            words[k].quote == nil
        else { return [] }
        if let mention = table.mention(endingAt: k) {
            return namedActors(ending: mention, at: k, range, doc, table)
        }
        return pronounOrGroupActor(at: k, range, doc, table, resolver)
    }

    /// The named subject ending at word `k` with its conjuncts ("Beijing and Moscow", "Brazil, Russia and
    /// India"); none when the name is a possessive or sits in a prepositional phrase.
    private static func namedActors(
        ending mention: MentionRef, at k: Int, _ range: Range<Int>, _ doc: Document, _ table: EntityTable
    ) -> [Actor] {
        let words = doc.words
        guard !words[k].isPossessive else { return [] }
        // A name inside a prepositional phrase ("the bridge … in Russia’s Far East opened") is not the subject.
        var head = mention.words.lowerBound - 1
        while head >= range.lowerBound, let previous = table.mention(endingAt: head),
            previous.isDemonym || words[head].isPossessive
        {
            head = previous.words.lowerBound - 1
        }
        if head >= range.lowerBound && ReportingClauseFinder.prepositions.contains(words[head].folded) { return [] }
        var actors: [Actor] = []
        var current: MentionRef? = mention
        // Conjuncts: "Beijing and Moscow", "Brazil, Russia and India".
        while let m = current {
            if !m.isDemonym || actors.isEmpty {
                actors.insert((doc.string(words: m.words.lowerBound, through: m.words.upperBound - 1), m.entity), at: 0)
            }
            var before = m.words.lowerBound - 1
            if before > range.lowerBound, words[before].folded == "the" { before -= 1 }
            if before >= range.lowerBound, let demonym = table.mention(endingAt: before), demonym.isDemonym,
                words[m.words.lowerBound].gapBefore.isPlain
            {
                before = demonym.words.lowerBound - 1
            }
            guard before > range.lowerBound, words[before].folded == "and", words[before + 1].gapBefore.isPlain
            else { break }
            current = table.mention(endingAt: before - 1).flatMap { $0.isDemonym ? nil : $0 }
            if actors.count >= 4 { break }
        }
        return actors
    }

    /// The actor word `k` stands for when it names nobody: a resolved "he"/"she"/"it", "his country", or a
    /// group noun phrase ("the two sides").
    private static func pronounOrGroupActor(
        at k: Int, _ range: Range<Int>, _ doc: Document, _ table: EntityTable, _ resolver: SpeakerResolver
    ) -> [Actor] {
        let words = doc.words
        let f = words[k].folded
        if f == "he" || f == "she" {
            guard let entity = resolver.antecedent(before: k) else { return [] }
            return [(table.entities[entity].name, entity)]
        }
        // "His country is opposed to …": the country of the person the possessive refers to.
        if f == "country" || f == "government", k > range.lowerBound, ["his", "her"].contains(words[k - 1].folded),
            let person = resolver.antecedent(before: k), let code = table.entities[person].country,
            let country = table.entities.firstIndex(where: { $0.kind == .country && $0.country == code })
        {
            return [(table.entities[country].name, country)]
        }
        // "Russia said that it would establish …": "it" is the nearest named non-person subject before it.
        if f == "it" {
            var j = k - 1
            while j >= range.lowerBound {
                if let mention = table.mention(endingAt: j), !mention.isDemonym, !words[j].isPossessive,
                    table.entities[mention.entity].kind != .person && table.entities[mention.entity].kind != .other
                {
                    let before = mention.words.lowerBound - 1
                    if before < range.lowerBound || !ReportingClauseFinder.prepositions.contains(words[before].folded) {
                        return [(table.entities[mention.entity].name, mention.entity)]
                    }
                }
                j -= 1
            }
            return []
        }
        guard actorNouns.contains(f), !words[k].isCapitalized || words[k].startsSentence else { return [] }
        if let (speaker, wordsRange) = ReportingClauseFinder.subject(
            before: k + 1, range: range, doc: doc, table: table, nounLike: false),
            case .nominal(let text, _, let entity) = speaker
        {
            _ = wordsRange
            return [(text, entity)]
        }
        if case .anaphor = ReportingClauseFinder.subject(
            before: k + 1, range: range, doc: doc, table: table, nounLike: false)?.speaker,
            let entity = resolver.antecedent(before: k)
        {
            return [(table.entities[entity].name, entity)]
        }
        return [(doc.string(words[k].span), nil)]
    }

    /// The first named entity after the verb in its clause, else the head of the object noun phrase.
    /// Returns the target text, entity, the last word of the predicate and the object's head noun.
    private static func targetAfter(_ start: Int, _ range: Range<Int>, _ doc: Document, _ table: EntityTable)
        -> (String?, Int?, Int, String?)
    {
        let words = doc.words
        let limit = min(range.upperBound, start + 8)
        if start < range.upperBound && words[start].folded == "to" && !words[start].isCapitalized {
            return (nil, nil, start - 1, nil)  // "agreed to contribute": the infinitive is its own action
        }
        // Clause end: punctuation, a subordinator or another finite verb.
        var end = start
        while end < limit {
            let word = words[end]
            if word.gapBefore.contains(.comma) || word.gapBefore.contains(.terminator)
                || word.gapBefore.contains(.colon)
            {
                break
            }
            if clauseBreakers.contains(word.folded) && !word.isCapitalized { break }
            if end > start, let verb = ActionLexicon.forms[word.folded], !verb.isBase, !verb.isGerund,
                !word.isCapitalized,
                ActionLexicon.objectCategories[word.folded] == nil
            {
                if !(verb.isPast && end > start && determiners.contains(words[end - 1].folded)) { break }
            }
            end += 1
        }
        var objectNoun: String?
        for k in start..<min(end, start + 5)
        where ActionLexicon.objectCategories[words[k].folded] != nil && !words[k].isCapitalized {
            objectNoun = words[k].folded
            break
        }
        // A named target.
        var k = start
        while k < end {
            guard let mention = table.mention(startingAt: k) else {
                k += 1
                continue
            }
            let next = mention.words.upperBound
            if mention.isDemonym
                && (table.mention(startingAt: next) != nil || (next < range.upperBound && !words[next].isCapitalized))
            {
                k = next  // "Russian President Putin", "Chinese actions": an adjective
                continue
            }
            // "sanctions unauthorized by the UN Security Council": an agent after "by" is not the target
            // when an object noun comes first.
            if mention.words.lowerBound > start,
                words[mention.words.lowerBound - 1].folded == "by"
                    || words[max(start, mention.words.lowerBound - 2)].folded == "by"
            {
                var hasNoun = false
                for j in start..<mention.words.lowerBound
                where !determiners.contains(words[j].folded)
                    && !prepositions.contains(words[j].folded) && !words[j].isCapitalized
                {
                    hasNoun = true
                }
                if hasNoun { break }
            }
            var predicateEnd = mention.words.lowerBound - 1
            if predicateEnd >= start, let demonym = table.mention(endingAt: predicateEnd), demonym.isDemonym {
                predicateEnd = demonym.words.lowerBound - 1
            }
            let text = doc.string(words: mention.words.lowerBound, through: mention.words.upperBound - 1)
            return (text, mention.entity, max(start - 1, predicateEnd), objectNoun)
        }
        // The object noun phrase: skip articles, possessives and leading prepositions; up to four words.
        var s = start
        while s < end && (determiners.contains(words[s].folded) || prepositions.contains(words[s].folded)) { s += 1 }
        guard s < end, !words[s].isNumber || s + 1 < end else { return (nil, nil, start - 1, objectNoun) }
        var e = s
        while e + 1 < end && e + 1 < s + 4 && !prepositions.contains(words[e + 1].folded)
            && words[e + 1].gapBefore.isPlain
        {
            e += 1
        }
        return (doc.string(words: s, through: e), nil, e, objectNoun ?? words[e].folded)
    }

    static let clauseBreakers: Set<String> = [
        "that", "which", "who", "while", "because", "but", "whereas", "although", "saying", "adding", "noting",
        "calling", "as", "when", "if", "since", "unless", "after", "before", "where",
    ]
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "any", "all", "some", "more", "further", "this",
        "these", "those", "no", "each", "every", "both", "other", "another",
    ]
    static let prepositions: Set<String> = [
        "with", "on", "for", "of", "to", "in", "at", "by", "from", "over", "about", "against", "into", "under",
        "between", "among", "during", "after", "before", "through", "toward", "towards", "as", "and", "or",
        "following", "regarding", "including", "amid", "despite", "concerning", "via", "within", "without",
    ]
}
