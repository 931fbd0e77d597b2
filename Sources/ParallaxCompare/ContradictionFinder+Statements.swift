import ParallaxModel
import ParallaxText

/// Pairs of claims compared on every slot: figures, dates, negation and participants.
extension ContradictionFinder {
    func compare(_ a: Int, _ b: Int, aligned: Bool) -> [Conflict] {
        var result = quantityConflicts(a, b, aligned: aligned)
        // Dates, between aligned claims only: sharing a subject is not enough to be the same happening.
        if aligned, !Self.datesACopy(drafts[a].claim.text), !Self.datesACopy(drafts[b].claim.text),
            let conflict = dateConflict(a, b)
        {
            result.append(
                Conflict(
                    slotKey: "date", kind: .date, label: "date", a: a, b: b, valueA: Value(display: conflict.0),
                    valueB: Value(display: conflict.1), confidence: ContradictionConfidence.date))
        }
        result += negationConflicts(a, b, aligned: aligned)
        result += participantConflicts(a, b, confidence: ContradictionConfidence.participant(aligned: aligned))
        return result
    }

    /// A verb one claim states and the other negates, from actions first, then (aligned claims) from the text.
    func negationConflicts(_ a: Int, _ b: Int, aligned: Bool) -> [Conflict] {
        let fa = drafts[a].features
        let fb = drafts[b].features
        var negatedVerbs = Set<String>()
        for x in actions[a] {
            for y in actions[b]
            where Stemmer.stem(Folding.fold(x.verb)) == Stemmer.stem(Folding.fold(y.verb))
                && x.negated != y.negated && sameParticipant(x.actorEntityId, x.actor, y.actorEntityId, y.actor)
            {
                negatedVerbs.insert(Stemmer.stem(Folding.fold(x.verb)))
            }
        }
        if aligned {
            // From the text only for aligned claims: "the river had not yet peaked" and "the river peaked" a
            // day apart are an update, not a denial.
            negatedVerbs.formUnion(fa.negatedVerbs.intersection(fb.verbs))
            negatedVerbs.formUnion(fb.negatedVerbs.intersection(fa.verbs))
        }
        // Only the same predicate at the same time: "had not yet peaked" is a state a later "peaked" updates,
        // and claims dated to different days are about different moments.
        negatedVerbs.subtract(fa.pendingVerbs)
        negatedVerbs.subtract(fb.pendingVerbs)
        if datedApart(a, b) || Self.negationMoved(fa, fb) { return [] }
        let confidence = ContradictionConfidence.statement(aligned: aligned, similarity: similarity.similarity(a, b))
        var result: [Conflict] = []
        for verb in negatedVerbs.sorted() {
            let aNegated =
                fa.negatedVerbs.contains(verb)
                || actions[a].contains { $0.negated && Stemmer.stem(Folding.fold($0.verb)) == verb }
            // The claim that states the verb must negate nothing: "no suspects have been taken into custody"
            // denies the taking without a "not", and "I feel we weren't executing" moved the "not" of "I
            // didn't feel we were executing" to another verb.
            let affirming = aNegated ? b : a
            if Self.statesANegation(drafts[affirming].claim.text) { continue }
            result.append(
                Conflict(
                    slotKey: "negation:" + verb, kind: .negation, label: "\(verb) (negated)", a: a, b: b,
                    valueA: Value(display: aNegated ? "not \(verb)" : verb),
                    valueB: Value(display: aNegated ? verb : "not \(verb)"), confidence: confidence))
        }
        return result
    }

    /// Whether a claim dates the copy rather than the event: "posted in Hit and Run Accidents on Friday,
    /// September 20", "updated 3:41 PM". Two outlets post on different days without disagreeing about anything.
    /// ("Published" is left out: a newspaper publishing a letter on a day is an event.)
    static func datesACopy(_ text: String) -> Bool {
        Tokenizer.tokens(in: text).contains { copyVerbs.contains(Folding.fold(text.substring($0.span))) }
    }

    /// Words that date a copy: ``datesACopy(_:)``.
    static let copyVerbs: Set<String> = ["posted", "updated"]

    /// Whether each claim negates a verb the other states: the negation moved between a verb of thinking and
    /// the clause it governs ("I feel we weren't executing" / "I didn't feel we were executing"), which a
    /// paraphrase or a second transcript of one quote does. The claims say the same thing.
    static func negationMoved(_ fa: ClaimFeatures, _ fb: ClaimFeatures) -> Bool {
        !fa.negatedVerbs.isDisjoint(with: fb.verbs) && !fb.negatedVerbs.isDisjoint(with: fa.verbs)
    }

    /// Whether `text` negates anything: "not", a contracted "n't", or a negative word
    /// (``FigureScope/negativeWords``: "no", "nobody", "never"…).
    static func statesANegation(_ text: String) -> Bool {
        let folded = Folding.fold(text)
        if folded.contains("n't") || folded.contains("n’t") { return true }
        return Tokenizer.tokens(in: text).contains { token in
            let word = Folding.fold(text.substring(token.span))
            return word == "not" || word == "cannot" || FigureScope.negativeWords.contains(word)
        }
    }

    /// Two aligned claims date the same happening to different days: each states an absolute calendar day
    /// ("March 3", "June 15, 2022"), none shared, and no period either states (a day, a week, "last week",
    /// "on Tuesday") holds a day of the other. Days resolved from weekdays never accuse on their own: a
    /// sentence often dates two things ("visits on Wednesday" / "sent condolences on Tuesday night").
    func dateConflict(_ a: Int, _ b: Int) -> (String, String)? {
        let ra = ranges[a]
        let rb = ranges[b]
        guard let firstA = ra.first(where: { $0.absolute && $0.range.isDay }),
            let firstB = rb.first(where: { $0.absolute && $0.range.isDay })
        else { return nil }
        for x in ra where x.range.isDay { if rb.contains(where: { $0.range.contains(x.range.first) }) { return nil } }
        for y in rb where y.range.isDay { if ra.contains(where: { $0.range.contains(y.range.first) }) { return nil } }
        return (firstA.value, firstB.value)
    }
}
