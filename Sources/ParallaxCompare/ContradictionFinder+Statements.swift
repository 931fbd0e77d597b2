import ParallaxModel
import ParallaxText

/// Pairs of claims compared on every slot: figures, dates, negation and participants.
extension ContradictionFinder {
    func compare(_ a: Int, _ b: Int, aligned: Bool) -> [Conflict] {
        var result = quantityConflicts(a, b, aligned: aligned)
        let fa = drafts[a].features
        let fb = drafts[b].features
        let apart = datedApart(a, b)
        let sideConfidence = ContradictionConfidence.statement(
            aligned: aligned, similarity: similarity.similarity(a, b))
        // Dates, between aligned claims only: sharing a subject is not enough to be the same happening.
        if aligned, let conflict = dateConflict(a, b) {
            result.append(
                Conflict(
                    slotKey: "date", kind: .date, label: "date", a: a, b: b, valueA: Value(display: conflict.0),
                    valueB: Value(display: conflict.1), confidence: ContradictionConfidence.date))
        }
        // Negation, from actions first, then from the text.
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
        if apart { negatedVerbs.removeAll() }
        for verb in negatedVerbs.sorted() {
            let aNegated =
                fa.negatedVerbs.contains(verb)
                || actions[a].contains { $0.negated && Stemmer.stem(Folding.fold($0.verb)) == verb }
            result.append(
                Conflict(
                    slotKey: "negation:" + verb, kind: .negation, label: "\(verb) (negated)", a: a, b: b,
                    valueA: Value(display: aNegated ? "not \(verb)" : verb),
                    valueB: Value(display: aNegated ? verb : "not \(verb)"), confidence: sideConfidence))
        }
        // Participants.
        result.append(
            contentsOf: participantConflicts(a, b, confidence: ContradictionConfidence.participant(aligned: aligned)))
        return result
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
