import ParallaxModel
import ParallaxText

/// Finds claims of different voices that give incompatible values for the same slot.
///
/// Claims are compared when they are in one claim group, or when their similarity reaches
/// ``ComparisonOptions/contradictionPairThreshold`` and they share at least two entities or content words
/// (a strong subject overlap). Slots:
/// - quantities with the same slot key (``QuantityAgreement/slots(of:in:)``) whose values have no agreeing
///   pair across the two claims;
/// - dates (aligned claims only): both state absolute days, none shared, and none falls inside a period the
///   other states ("June 10" sits inside "last week");
/// - negation: a verb one claim states and the other negates ("attended" / "did not attend"), from actions or
///   from the text;
/// - participants: the same action with one participant in common and the other different, when neither
///   claim has that action with the other's participant too ("met Osei" / "met Lind"; "met Osei and Lind"
///   contradicts neither).
/// Conflicting pairs on one slot are joined into one contradiction whose sides gather the agreeing claims.
struct ContradictionFinder {
    var options: ComparisonOptions
    var drafts: [ClaimDraft]
    var similarity: ClaimSimilarity
    var voices: VoiceMap
    /// Entity names by id, for readable subjects and participants.
    var entityNames: [String: String]
    /// Publication day of each input article (by position), when known.
    var published: [CivilDate?]
    /// Per claim, computed once: its quantity slots, and its TIME values as day ranges (with the TIMEX value).
    private let slots: [[(key: String, label: String, reading: QuantityAgreement.Reading)]]
    private let ranges: [[(range: DateRange, value: String, absolute: Bool)]]

    init(
        options: ComparisonOptions, drafts: [ClaimDraft], similarity: ClaimSimilarity, voices: VoiceMap,
        entityNames: [String: String], published: [CivilDate?]
    ) {
        self.options = options
        self.drafts = drafts
        self.similarity = similarity
        self.voices = voices
        self.entityNames = entityNames
        self.published = published
        self.slots = drafts.map { draft in
            draft.claim.quantities.flatMap { QuantityAgreement.slots(of: $0, in: draft.claim) }
        }
        self.ranges = drafts.map { draft in
            draft.claim.times.compactMap { time in
                guard time.modifier == nil, time.kind != .duration, let value = time.value,
                    let range = DateRange(timex: value)
                else { return nil }
                return (range, value, time.kind == .date || time.kind == .partial)
            }
        }
    }

    /// A value one claim gives for a slot.
    private struct Value {
        var display: String
        var number: Double?
        var reading: QuantityAgreement.Reading?
    }

    private struct Conflict {
        var slotKey: String
        var kind: Contradiction.Kind
        var label: String
        var a: Int
        var b: Int
        var valueA: Value
        var valueB: Value
    }

    func find(groups: [[Int]], groupIds: [String], pairs: [(Int, Int, Double)]) -> [Contradiction] {
        var groupOf = [Int](repeating: -1, count: drafts.count)
        for (g, members) in groups.enumerated() { for m in members { groupOf[m] = g } }
        var conflicts: [Conflict] = []
        // What each claim could disagree about, so most pairs are dismissed without looking at them.
        let hasSlots = slots.map { !$0.isEmpty }
        let hasDays = ranges.map { !$0.isEmpty }
        let hasActions = drafts.map { !$0.claim.actions.isEmpty }
        let hasNegation = drafts.map {
            !$0.features.negatedVerbs.isEmpty || $0.claim.actions.contains(where: \.negated)
        }
        let comparable = drafts.indices.map { hasSlots[$0] || hasDays[$0] || hasActions[$0] || hasNegation[$0] }
        // Same-group pairs come from the groups, other pairs from the candidate list: no pair is seen twice.
        func check(_ i: Int, _ j: Int) {
            let (a, b) = i < j ? (i, j) : (j, i)
            let aligned = groupOf[a] == groupOf[b]
            guard similarity.voices[a] != similarity.voices[b],
                hasSlots[a] && hasSlots[b] || hasDays[a] && hasDays[b] || hasActions[a] && hasActions[b]
                    || aligned && (hasNegation[a] || hasNegation[b])
            else { return }
            conflicts.append(contentsOf: compare(a, b, aligned: aligned))
        }
        for members in groups where members.count > 1 {
            for x in 0..<members.count { for y in (x + 1)..<members.count { check(members[x], members[y]) } }
        }
        for (i, j, s) in pairs where s >= options.contradictionPairThreshold && groupOf[i] != groupOf[j] {
            if comparable[i], comparable[j], similarity.sharedContentTermCount(i, j) >= 2 { check(i, j) }
        }
        return assemble(conflicts, groups: groups, groupOf: groupOf, groupIds: groupIds)
    }

    // MARK: - Pairwise slots

    private func compare(_ a: Int, _ b: Int, aligned: Bool) -> [Conflict] {
        var result: [Conflict] = []
        let ca = drafts[a].claim
        let cb = drafts[b].claim
        let fa = drafts[a].features
        let fb = drafts[b].features
        let updates = isLikelyUpdate(a, b)
        let agreement = QuantityAgreement(options: options)
        // Quantities.
        let slotsA = slots[a]
        let slotsB = slots[b]
        let keys = updates ? [] : Set(slotsA.map(\.key)).intersection(slotsB.map(\.key))
        // A currency stated on both sides decides money; other currencies of the same amounts are not separate
        // slots, so report a money conflict once.
        var reportedMoney = false
        for key in keys.sorted() {
            let readingsA = slotsA.filter { $0.key == key }
            let readingsB = slotsB.filter { $0.key == key }
            let anyAgree = readingsA.contains { x in readingsB.contains { y in agreement.agree(x.reading, y.reading) } }
            if key.hasPrefix("money:") {
                if anyAgree { reportedMoney = true }
                if reportedMoney { continue }
            }
            guard !anyAgree, let x = readingsA.first, let y = readingsB.first else { continue }
            if key.hasPrefix("money:") { reportedMoney = true }
            result.append(
                Conflict(
                    slotKey: "quantity:" + key, kind: .quantity, label: x.label, a: a, b: b,
                    valueA: Value(display: x.reading.text, number: x.reading.value, reading: x.reading),
                    valueB: Value(display: y.reading.text, number: y.reading.value, reading: y.reading)))
        }
        // Dates, between aligned claims only: sharing a subject is not enough to be the same happening.
        if aligned, let conflict = dateConflict(a, b) {
            result.append(
                Conflict(
                    slotKey: "date", kind: .date, label: "date", a: a, b: b, valueA: Value(display: conflict.0),
                    valueB: Value(display: conflict.1)))
        }
        // Negation, from actions first, then from the text.
        var negatedVerbs = Set<String>()
        for x in ca.actions {
            for y in cb.actions
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
        for verb in negatedVerbs.sorted() {
            let aNegated =
                fa.negatedVerbs.contains(verb)
                || ca.actions.contains { $0.negated && Stemmer.stem(Folding.fold($0.verb)) == verb }
            result.append(
                Conflict(
                    slotKey: "negation:" + verb, kind: .negation, label: "\(verb) (negated)", a: a, b: b,
                    valueA: Value(display: aNegated ? "not \(verb)" : verb),
                    valueB: Value(display: aNegated ? verb : "not \(verb)")))
        }
        // Participants.
        result.append(contentsOf: participantConflicts(a, b))
        return result
    }

    /// Whether two claims' numbers may differ because time passed, not because the outlets disagree: they state
    /// different days, or their articles were published on different days (a river level on Monday and below
    /// five metres on Wednesday; 500 evacuated overnight, 1,100 two days later). Measured on the Examples floods
    /// event, whose four days of updates must not read as contradictions; the bridge death toll (12 vs 17, both
    /// published on the 19th) still does, and later reports of 12 join its side through their claim group. The
    /// cost: a figure disputed only by an outlet publishing a day later is not reported.
    private func isLikelyUpdate(_ a: Int, _ b: Int) -> Bool {
        let daysA = Set(ranges[a].filter(\.range.isDay).map(\.range.first))
        let daysB = Set(ranges[b].filter(\.range.isDay).map(\.range.first))
        if !daysA.isEmpty && !daysB.isEmpty && daysA.isDisjoint(with: daysB) { return true }
        if let pa = published[drafts[a].articlePosition], let pb = published[drafts[b].articlePosition], pa != pb {
            return true
        }
        return false
    }

    /// Two aligned claims date the same happening to different days: each states an absolute calendar day
    /// ("March 3", "June 15, 2022"), none shared, and no period either states (a day, a week, "last week",
    /// "on Tuesday") holds a day of the other. Days resolved from weekdays never accuse on their own: a
    /// sentence often dates two things ("visits on Wednesday" / "sent condolences on Tuesday night").
    private func dateConflict(_ a: Int, _ b: Int) -> (String, String)? {
        let ra = ranges[a]
        let rb = ranges[b]
        guard let firstA = ra.first(where: { $0.absolute && $0.range.isDay }),
            let firstB = rb.first(where: { $0.absolute && $0.range.isDay })
        else { return nil }
        for x in ra where x.range.isDay { if rb.contains(where: { $0.range.contains(x.range.first) }) { return nil } }
        for y in rb where y.range.isDay { if ra.contains(where: { $0.range.contains(y.range.first) }) { return nil } }
        return (firstA.value, firstB.value)
    }

    private func key(_ entityId: String?, _ name: String?) -> String? {
        if let entityId { return entityId }
        return name.map { Folding.fold($0) }
    }

    /// Same entity id, or (without ids) the same name, or a surname that is the last word of the other name
    /// ("Varga" and "Ilse Varga"; "Lind" in "Osei and Lind").
    private func sameParticipant(_ idA: String?, _ nameA: String, _ idB: String?, _ nameB: String) -> Bool {
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
    private func involves(_ claim: Claim, verb: String, id: String, name: String) -> Bool {
        let stem = Stemmer.stem(verb)
        var actsElsewhere = false
        for action in claim.actions {
            let sameVerb = Stemmer.stem(Folding.fold(action.verb)) == stem
            let asActor = sameParticipant(action.actorEntityId, action.actor, id, name)
            let asTarget = action.target.map { sameParticipant(action.targetEntityId, $0, id, name) } == true
            if sameVerb && (asActor || asTarget) { return true }
            if !sameVerb && asActor { actsElsewhere = true }
        }
        if actsElsewhere { return false }
        if claim.entityIds.contains(id) { return true }
        let last = Folding.fold(name).split(separator: " ").last.map(String.init) ?? ""
        return !last.isEmpty && Folding.fold(claim.text).contains(last)
    }

    private func participantConflicts(_ a: Int, _ b: Int) -> [Conflict] {
        let ca = drafts[a].claim
        let cb = drafts[b].claim
        var result: [Conflict] = []
        for x in ca.actions {
            guard let xt = x.target else { continue }
            for y in cb.actions {
                guard let yt = y.target, x.negated == y.negated,
                    Stemmer.stem(Folding.fold(x.verb)) == Stemmer.stem(Folding.fold(y.verb))
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
                    guard px[sx].0 != nil, let idX = ox.0, let idY = oy.0, idX != idY,
                        !involves(ca, verb: verb, id: idY, name: oy.1), !involves(cb, verb: verb, id: idX, name: ox.1)
                    else { continue }
                    let shared = entityNames[px[sx].0 ?? ""] ?? px[sx].1
                    let role = symmetric ? "counterpart" : (sx == 0 ? "target" : "actor")
                    result.append(
                        Conflict(
                            slotKey: "participant:\(verb):\(key(px[sx].0, px[sx].1) ?? "")", kind: .participant,
                            label: "\(verb): \(role) of \(shared)", a: a, b: b,
                            valueA: Value(display: entityNames[ox.0 ?? ""] ?? ox.1),
                            valueB: Value(display: entityNames[oy.0 ?? ""] ?? oy.1)))
                    break
                }
            }
        }
        return result
    }

    // MARK: - Assembly

    /// A claim's value for a quantity or date slot, for adding aligned claims to a side.
    private func value(of index: Int, slotKey: String) -> Value? {
        if slotKey.hasPrefix("quantity:") {
            let key = String(slotKey.dropFirst("quantity:".count))
            guard let slot = slots[index].first(where: { $0.key == key }) else { return nil }
            return Value(display: slot.reading.text, number: slot.reading.value, reading: slot.reading)
        }
        if slotKey == "date" {
            guard let day = ranges[index].first(where: { $0.absolute && $0.range.isDay }) else { return nil }
            return Value(display: day.value)
        }
        return nil
    }

    private func assemble(_ conflicts: [Conflict], groups: [[Int]], groupOf: [Int], groupIds: [String])
        -> [Contradiction]
    {
        // Components of conflicting claims per slot key.
        var bySlot: [String: [Conflict]] = [:]
        var slotOrder: [String] = []
        for conflict in conflicts {
            if bySlot[conflict.slotKey] == nil { slotOrder.append(conflict.slotKey) }
            bySlot[conflict.slotKey, default: []].append(conflict)
        }
        var result: [Contradiction] = []
        for slot in slotOrder {
            let list = bySlot[slot]!
            var parent: [Int: Int] = [:]
            func find(_ x: Int) -> Int {
                var x = x
                while let p = parent[x], p != x { x = p }
                return x
            }
            for c in list {
                if parent[c.a] == nil { parent[c.a] = c.a }
                if parent[c.b] == nil { parent[c.b] = c.b }
                let ra = find(c.a)
                let rb = find(c.b)
                if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
            }
            var components: [Int: [Conflict]] = [:]
            for c in list { components[find(c.a), default: []].append(c) }
            for root in components.keys.sorted() {
                let members = components[root]!
                var values: [Int: Value] = [:]
                for c in members {
                    if values[c.a] == nil { values[c.a] = c.valueA }
                    if values[c.b] == nil { values[c.b] = c.valueB }
                }
                // Aligned claims of other voices stating a value for the slot join a side too.
                for claim in Array(values.keys) where groupOf[claim] >= 0 {
                    for mate in groups[groupOf[claim]] where values[mate] == nil {
                        if let v = value(of: mate, slotKey: slot) { values[mate] = v }
                    }
                }
                let claims = values.keys.sorted()
                var sides: [(Value, [Int])] = []
                let agreement = QuantityAgreement(options: options)
                for claim in claims {
                    let value = values[claim]!
                    if let at = sides.firstIndex(where: { side in
                        if let r1 = side.0.reading, let r2 = value.reading { return agreement.agree(r1, r2) }
                        return side.0.display == value.display
                    }) {
                        sides[at].1.append(claim)
                    } else {
                        sides.append((value, [claim]))
                    }
                }
                guard sides.count >= 2 else { continue }
                let first = members[0]
                let groupA = groupOf[first.a]
                let groupId =
                    members.allSatisfy({ groupOf[$0.a] == groupA && groupOf[$0.b] == groupA }) ? groupIds[groupA] : nil
                result.append(
                    Contradiction(
                        id: "x\(result.count + 1)", kind: first.kind, slot: first.label,
                        subject: subject(claims), groupId: groupId,
                        sides: sides.map { side(value: $0.0, claims: $0.1) }))
            }
        }
        return result
    }

    private func side(value: Value, claims: [Int]) -> Contradiction.Side {
        var outlets = Set<String>()
        var articleIds: [String] = []
        for index in claims {
            let claim = drafts[index].claim
            if let v = voices.index[claim.voiceId] {
                outlets.formUnion(voices.voices[v].outlets)
            } else {
                outlets.insert(claim.outlet)
            }
            if !articleIds.contains(claim.articleId) { articleIds.append(claim.articleId) }
        }
        return Contradiction.Side(
            value: value.display, normalizedValue: value.number, outlets: outlets.sorted(), articleIds: articleIds,
            claimIds: claims.map { drafts[$0].claim.id },
            spans: claims.map {
                ArticleSpan(
                    articleId: drafts[$0].claim.articleId, span: drafts[$0].claim.span, text: drafts[$0].claim.text)
            })
    }

    /// Shared entity names, else up to three shared words of the first two claims: capitalised ones (names the
    /// text did not link) first, then the rarest.
    private func subject(_ claims: [Int]) -> String {
        guard claims.count >= 2 else { return "" }
        let shared = similarity.sharedTerms(claims[0], claims[1])
        let entities = shared.filter { $0.hasPrefix("e:") }.map { String($0.dropFirst(2)) }
        if !entities.isEmpty { return entities.prefix(3).map { entityNames[$0] ?? $0 }.joined(separator: ", ") }
        let text = drafts[claims[0]].claim.text
        var surface: [String: String] = [:]
        var capitalised = Set<String>()
        for token in Tokenizer.tokens(in: text) where token.kind == .word {
            let word = String(text.substring(token.span))
            let folded = Folding.fold(word)
            let stem = Stemmer.stem(folded)
            let name = token.isCapitalized && token.span.start > 0 && DateReader.months[folded] == nil
            if name && !capitalised.contains(stem) {
                capitalised.insert(stem)
                surface[stem] = word
            } else if surface[stem] == nil {
                surface[stem] = folded
            }
        }
        let words = shared.filter { $0.hasPrefix("w:") }.map { String($0.dropFirst(2)) }
        let ordered = words.filter { capitalised.contains($0) } + words.filter { !capitalised.contains($0) }
        return ordered.prefix(3).map { surface[$0] ?? $0 }.joined(separator: ", ")
    }
}
