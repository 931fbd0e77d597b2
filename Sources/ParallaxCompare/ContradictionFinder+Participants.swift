import ParallaxModel
import ParallaxText

/// Participants: the same action with one participant shared and the other different.
extension ContradictionFinder {
    func key(_ entityId: String?, _ name: String?) -> String? {
        if let entityId { return entityId }
        return name.map { Folding.fold($0) }
    }

    /// Same entity id, or (without ids) the same name, or a surname that is the last word of the other name
    /// ("Varga" and "Ilse Varga"; "Lind" in "Osei and Lind").
    func sameParticipant(_ idA: String?, _ nameA: String, _ idB: String?, _ nameB: String) -> Bool {
        if let idA, let idB { return idA == idB }
        let a = Folding.fold(nameA).split(separator: " ")
        let b = Folding.fold(nameB).split(separator: " ")
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count == 1, let word = short.first else { return false }
        return long.contains(word)
    }

    /// Whether a claim involves a participant in the disputed action: it has an action with this verb in which
    /// the participant takes part ("met Osei and Lind"), or it names the participant other than as the actor of
    /// a different action ("Russia supports China on the Global Security Initiative" involves the initiative;
    /// "talks with Abelard after Varga pulled out" does not involve Varga in the talks).
    func involves(_ index: Int, verb: String, id: String, name: String) -> Bool {
        let claim = drafts[index].claim
        let stem = Stemmer.stem(verb)
        var actsElsewhere = false
        for action in actions[index] {
            let sameVerb = Stemmer.stem(Folding.fold(action.verb)) == stem
            let asActor = sameParticipant(action.actorEntityId, action.actor, id, name)
            let asTarget = action.target.map { sameParticipant(action.targetEntityId, $0, id, name) } == true
            if sameVerb && (asActor || asTarget) { return true }
            if !sameVerb && asActor { actsElsewhere = true }
        }
        if actsElsewhere { return false }
        if Self.namedOnlyInSubordinateClause(id, in: drafts[index]) { return false }
        if claim.entityIds.contains(id) { return true }
        let last = Folding.fold(name).split(separator: " ").last.map(String.init) ?? ""
        return !last.isEmpty && Folding.fold(claim.text).contains(last)
    }

    /// Whether an action takes many participants of a role in one event, so that two of them are no dispute:
    /// a speaker tells, says to or writes to several people and outlets ("told NY1" / "told the New York
    /// Times"; "told CNN" / "told Vanity Fair"), all reported on ECB+ as contradictions and all false; and a
    /// light verb ("make", "have") says nothing of its own.
    static func manyParticipants(_ action: Action) -> Bool {
        action.category == .statement || communicationVerbs.contains(Stemmer.stem(Folding.fold(action.verb)))
    }

    /// Verbs of saying (stems), whatever category extraction gave them, and light verbs whose object carries
    /// the meaning ("the Nationals made Teixeira an offer" / "the Red Sox made an offer to Teixeira": two
    /// offers).
    static let communicationVerbs: Set<String> = Set(
        [
            "tell", "told", "say", "said", "speak", "spoke", "write", "wrote", "explain", "inform", "announce", "add",
            "make", "made", "have", "had", "get", "got", "do", "did",
        ].map { Stemmer.stem($0) })

    /// Whether the entity is a place or a country.
    static func isPlace(_ id: String?, kinds: [String: EntityKind]) -> Bool {
        guard let id, let kind = kinds[id] else { return false }
        return kind == .place || kind == .country
    }

    /// Words that open a subordinate clause: a participant named after one takes part in that clause, not in
    /// the main one ("held talks with Abelard after President Ilse Varga pulled out of the meeting").
    static let subordinators: Set<String> = [
        "after", "before", "when", "while", "because", "although", "though", "since", "once", "until", "unless",
        "whereas", "following", "amid", "despite",
    ]

    /// The counterpart of a meeting whose extracted action has none: the first person (else organisation or
    /// other non-place entity) named after "with" that follows the action's start, before a subordinate clause
    /// starts. Extraction reads "Oyelaran held nearly five hours of talks on Thursday with Valdoria's foreign
    /// minister, Corin Abelard" as holding "nearly five hours"; the meeting's other party is in the "with"
    /// phrase (Examples `summit-1`, C3).
    static func counterpart(of action: Action, in draft: ClaimDraft, kinds: [String: EntityKind]) -> Mention? {
        let claim = draft.claim
        let text = claim.text
        let tokens = Tokenizer.tokens(in: text)
        let from = max(0, action.span.start - claim.span.start)
        var withEnd: Int?
        var stop = text.utf8.count
        for token in tokens where token.span.start >= from {
            let word = Folding.fold(text.substring(token.span))
            if withEnd == nil {
                if subordinators.contains(word) { return nil }
                if word == "with" { withEnd = token.span.end }
            } else if subordinators.contains(word) {
                stop = token.span.start
                break
            }
        }
        guard let withEnd else { return nil }
        let candidates = draft.mentions.filter {
            let start = $0.span.start - claim.span.start
            return start >= withEnd && start < stop && $0.entityId != action.actorEntityId
        }
        if let person = candidates.first(where: { kinds[$0.entityId] == .person }) { return person }
        return candidates.first { kinds[$0.entityId] == .organization }
    }

    /// Whether every mention of the entity in the claim comes after a subordinating word: it acts in that
    /// clause, not in the claim's main action. Without mentions (no extraction), false.
    static func namedOnlyInSubordinateClause(_ id: String, in draft: ClaimDraft) -> Bool {
        let mentions = draft.mentions.filter { $0.entityId == id }
        guard let first = mentions.first else { return false }
        let claim = draft.claim
        let text = claim.text
        for token in Tokenizer.tokens(in: text) {
            guard token.span.start + claim.span.start < first.span.start else { break }
            if subordinators.contains(Folding.fold(text.substring(token.span))) { return true }
        }
        return false
    }

    func participantConflicts(_ a: Int, _ b: Int, confidence: Double) -> [Conflict] {
        var result: [Conflict] = []
        for x in actions[a] {
            guard let xt = x.target else { continue }
            for y in actions[b] {
                guard let yt = y.target, x.negated == y.negated,
                    Stemmer.stem(Folding.fold(x.verb)) == Stemmer.stem(Folding.fold(y.verb)),
                    !Self.manyParticipants(x)
                else { continue }
                let verb = Folding.fold(x.verb)
                let px: [(String?, String)] = [(x.actorEntityId, x.actor), (x.targetEntityId, xt)]
                let py: [(String?, String)] = [(y.actorEntityId, y.actor), (y.targetEntityId, yt)]
                let symmetric = x.category == .consult || x.category == .cooperate
                // Positions to compare: same roles; for symmetric actions also crossed roles.
                var arrangements: [(Int, Int)] = [(0, 0), (1, 1)]
                if symmetric { arrangements += [(0, 1), (1, 0)] }
                for (sx, sy) in arrangements {
                    guard sameParticipant(px[sx].0, px[sx].1, py[sy].0, py[sy].1) else { continue }
                    let ox = px[1 - sx]
                    let oy = py[1 - sy]
                    // Only named participants (entities), and only when the other claim does not also name
                    // this one, except as the actor of something else ("after Varga pulled out").
                    // A place shared is where, not whom: "shot his father in a hunting accident in Canada"
                    // read as killing Canada names no participant both claims share.
                    guard px[sx].0 != nil, !Self.isPlace(px[sx].0, kinds: entityKinds), let idX = ox.0, let idY = oy.0,
                        idX != idY,
                        !involves(a, verb: verb, id: idY, name: oy.1), !involves(b, verb: verb, id: idX, name: ox.1)
                    else { continue }
                    let shared = entityNames[px[sx].0 ?? ""] ?? px[sx].1
                    let role = symmetric ? "counterpart" : (sx == 0 ? "target" : "actor")
                    result.append(
                        Conflict(
                            slotKey: "participant:\(verb):\(key(px[sx].0, px[sx].1) ?? "")", kind: .participant,
                            label: "\(verb): \(role) of \(shared)", a: a, b: b,
                            valueA: Value(display: entityNames[ox.0 ?? ""] ?? ox.1),
                            valueB: Value(display: entityNames[oy.0 ?? ""] ?? oy.1), confidence: confidence))
                    break
                }
            }
        }
        return result
    }
}
