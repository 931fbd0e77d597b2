import ParallaxModel
import ParallaxText

/// Finds claims of different voices that give incompatible values for the same slot.
///
/// Claims are compared when they are in one claim group, or when their similarity reaches
/// ``ComparisonOptions/contradictionPairThreshold`` and they share at least two entities or content words
/// (a strong subject overlap). Slots:
/// - quantities with the same slot key (``QuantityAgreement/slots(of:in:)``) whose values have no agreeing
///   pair across the two claims, and a pair that measures the same thing at the same moment: the words around
///   the numbers share a stem and no time written next to them differs (``QuantityContext``); claims dated to
///   different days, or figures that evolve published on different days, are updates;
/// - dates (aligned claims only): both state absolute days, none shared, and none falls inside a period the
///   other states ("June 10" sits inside "last week");
/// - negation: a verb one claim states and the other negates ("attended" / "did not attend"), from actions or
///   from the text, unless the negation is a "not yet" or the claims are dated to different days;
/// - participants: the same action with one participant in common and the other different, when neither
///   claim has that action with the other's participant too ("met Osei" / "met Lind"; "met Osei and Lind"
///   contradicts neither). A meeting with no counterpart from extraction takes the person of its "with"
///   phrase (``counterpart(of:in:kinds:)``).
/// Conflicting pairs on one slot are joined into one contradiction whose sides gather the agreeing claims. A
/// contradiction needs sides with disjoint voices: a voice on two sides states both values, so they are not
/// one figure.
struct ContradictionFinder {
    var options: ComparisonOptions
    var drafts: [ClaimDraft]
    var similarity: ClaimSimilarity
    var voices: VoiceMap
    /// Entity names by id, for readable subjects and participants.
    var entityNames: [String: String]
    /// Entity kinds by id, to prefer a person as the counterpart of a meeting.
    var entityKinds: [String: EntityKind]
    /// Publication day of each input article (by position), when known.
    var published: [CivilDate?]
    /// Per claim, its actions, a meeting's counterpart filled in from the text when extraction gave none
    /// (``counterpart(of:in:)``).
    private let actions: [[Action]]
    /// Per claim, computed once: its quantity slots, and its TIME values as day ranges (with the TIMEX value).
    private let slots: [[Slot]]
    private let ranges: [[(range: DateRange, value: String, absolute: Bool)]]

    init(
        options: ComparisonOptions, drafts: [ClaimDraft], similarity: ClaimSimilarity, voices: VoiceMap,
        entityNames: [String: String], entityKinds: [String: EntityKind] = [:], published: [CivilDate?]
    ) {
        self.options = options
        self.drafts = drafts
        self.similarity = similarity
        self.voices = voices
        self.entityNames = entityNames
        self.published = published
        self.entityKinds = entityKinds
        self.actions = drafts.map { draft in
            draft.claim.actions.map { action in
                guard action.category == .consult, action.targetEntityId == nil,
                    let found = Self.counterpart(of: action, in: draft, kinds: entityKinds)
                else { return action }
                var filled = action
                filled.target = found.text
                filled.targetEntityId = found.entityId
                return filled
            }
        }
        self.slots = drafts.map { draft in
            draft.claim.quantities.flatMap { quantity in
                let context = QuantityContext.read(quantity.span, in: draft.claim)
                return QuantityAgreement.slots(of: quantity, in: draft.claim).map {
                    Slot(key: $0.key, label: $0.label, reading: $0.reading, context: context)
                }
            }
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

    /// A quantity slot a claim fills, with what the number measures and when.
    private struct Slot {
        var key: String
        var label: String
        var reading: QuantityAgreement.Reading
        var context: QuantityContext
    }

    /// A value one claim gives for a slot.
    private struct Value {
        var display: String
        var number: Double?
        var reading: QuantityAgreement.Reading?
        var context: QuantityContext?
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
        let hasActions = actions.map { !$0.isEmpty }
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
        let fa = drafts[a].features
        let fb = drafts[b].features
        let apart = datedApart(a, b)
        let publishedApart = publishedApart(a, b)
        let agreement = QuantityAgreement(options: options)
        // Quantities.
        let slotsA = slots[a]
        let slotsB = slots[b]
        let keys = Set(slotsA.map(\.key)).intersection(slotsB.map(\.key)).filter { key in
            !apart && !(publishedApart && Self.evolves(key))
        }
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
            guard !anyAgree else { continue }
            // The first pair that measures the same thing at the same moment.
            var found: (Slot, Slot)?
            search: for x in readingsA {
                for y in readingsB where Self.sameMeasure(x, y) {
                    found = (x, y)
                    break search
                }
            }
            guard let (x, y) = found else { continue }
            if key.hasPrefix("money:") { reportedMoney = true }
            result.append(
                Conflict(
                    slotKey: "quantity:" + key, kind: .quantity, label: x.label, a: a, b: b,
                    valueA: Value(
                        display: x.reading.text, number: x.reading.value, reading: x.reading, context: x.context),
                    valueB: Value(
                        display: y.reading.text, number: y.reading.value, reading: y.reading, context: y.context)))
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
                    valueB: Value(display: aNegated ? verb : "not \(verb)")))
        }
        // Participants.
        result.append(contentsOf: participantConflicts(a, b))
        return result
    }

    /// Whether two numbers of one slot key are one figure, so that different values disagree:
    /// - the words around them share a stem (``QuantityContext/sameHead(as:)``): "42 percent of grain exports"
    ///   and "tariffs … by 30 percent" are two percentages, "in more than three years" and "five hours of
    ///   talks" two durations. Counts of the dead and of the injured skip this: their key already is the head
    ///   ("Twelve people died" and "killed 17 people" share no word but count the same dead);
    /// - they are not dated to different moments (``MeasurementTime/differs(from:)``): a river level early on
    ///   Monday and on Monday afternoon is an update, not a disagreement.
    private static func sameMeasure(_ x: Slot, _ y: Slot) -> Bool {
        let casualties = x.key == "count:dead" || x.key == "count:injured"
        if !casualties && !x.context.sameHead(as: y.context) { return false }
        return !x.context.time.differs(from: y.context.time)
    }

    /// Whether two claims' articles were published on different days. Then a figure that evolves
    /// (``evolves(_:)``) may differ because time passed, not because the outlets disagree: a river level on
    /// Monday and below five metres on Wednesday; 500 evacuated overnight, 1,100 two days later. Measured on the
    /// Examples floods event, whose four days of updates must not read as contradictions; the bridge death toll
    /// (12 vs 17, both published on the 19th) still does, and later reports of 12 join its side through their
    /// claim group. The cost: a count disputed only by an outlet publishing a day later is not reported. An
    /// unknown publication day says nothing (the times next to the numbers still can, ``MeasurementTime``).
    private func publishedApart(_ a: Int, _ b: Int) -> Bool {
        guard let pa = published[drafts[a].articlePosition], let pb = published[drafts[b].articlePosition] else {
            return false
        }
        return pa != pb
    }

    /// Slot kinds whose figure changes while a story runs: counts (dead, evacuated, homes) grow, and levels
    /// and amounts of water, rain or debris (length, area, volume, mass) rise and fall. Money, percentages and
    /// durations in news are mostly fixed facts (a trade total, a share of exports, how long talks lasted), so
    /// a day between two reports does not excuse a difference in them.
    private static func evolves(_ key: String) -> Bool {
        !(key.hasPrefix("money:") || key == "percent" || key.hasPrefix("duration"))
    }

    /// Whether both claims state days and share none: they speak of different moments.
    private func datedApart(_ a: Int, _ b: Int) -> Bool {
        let daysA = Set(ranges[a].filter(\.range.isDay).map(\.range.first))
        let daysB = Set(ranges[b].filter(\.range.isDay).map(\.range.first))
        return !daysA.isEmpty && !daysB.isEmpty && daysA.isDisjoint(with: daysB)
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
    private func involves(_ index: Int, verb: String, id: String, name: String) -> Bool {
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

    private func participantConflicts(_ a: Int, _ b: Int) -> [Conflict] {
        var result: [Conflict] = []
        for x in actions[a] {
            guard let xt = x.target else { continue }
            for y in actions[b] {
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
                        !involves(a, verb: verb, id: idY, name: oy.1), !involves(b, verb: verb, id: idX, name: ox.1)
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

    /// A claim's value for a quantity or date slot, for adding aligned claims to a side. For quantities, only a
    /// number that measures the same thing at the same moment as one already on a side (`like`): an aligned
    /// claim about the same river may give its level on another day.
    private func value(of index: Int, slotKey: String, like: [Slot]) -> Value? {
        if slotKey.hasPrefix("quantity:") {
            let key = String(slotKey.dropFirst("quantity:".count))
            guard
                let slot = slots[index].first(where: { slot in
                    slot.key == key && like.contains { Self.sameMeasure($0, slot) }
                })
            else { return nil }
            return Value(
                display: slot.reading.text, number: slot.reading.value, reading: slot.reading, context: slot.context)
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
                let like: [Slot] = values.values.compactMap { v in
                    guard let reading = v.reading, let context = v.context else { return nil }
                    return Slot(
                        key: String(slot.dropFirst("quantity:".count)), label: "", reading: reading, context: context)
                }
                for claim in Array(values.keys) where groupOf[claim] >= 0 {
                    for mate in groups[groupOf[claim]] where values[mate] == nil {
                        if let v = value(of: mate, slotKey: slot, like: like) { values[mate] = v }
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
                // An outlet cannot contradict itself: a voice on two sides states both values, so they are two
                // different figures (a share of exports and a tariff cut, both "percent") or one figure at two
                // moments, and the slot was conflated. Seen on summit-1, where all four voices gave 42 and 30
                // percent.
                let sideVoices = sides.map { Set($0.1.map { drafts[$0].claim.voiceId }) }
                var seenVoices = Set<String>()
                var selfContradicting = false
                for voicesOfSide in sideVoices {
                    if !seenVoices.isDisjoint(with: voicesOfSide) { selfContradicting = true }
                    seenVoices.formUnion(voicesOfSide)
                }
                if selfContradicting { continue }
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
