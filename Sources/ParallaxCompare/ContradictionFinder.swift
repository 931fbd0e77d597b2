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
    /// Per claim, every number it states (values and SI values of all its quantities): a figure the other
    /// claim also states is no disagreement ("about 32 million people tuning in, compared with 55.3 million a
    /// decade ago" against "55.3 million people tuned in").
    private let numbers: [Set<Double>]
    /// Per claim, its folded capitalised words after the first (names, as the text writes them).
    private let names: [Set<String>]
    /// Per claim, its runs of capitalised words ("halcyon air", "galaxy s4"), folded.
    private let runs: [[[String]]]
    /// Claims by voice id.
    private let claimsByVoice: [String: [Int]]
    /// Per claim, whether it dates itself to a month, season or year ("in February", "in December 2003").
    private let hasPeriod: [Bool]

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
        self.names = drafts.map { draft in
            let text = draft.claim.text
            return Set(
                Tokenizer.tokens(in: text).dropFirst().compactMap { token -> String? in
                    guard token.kind == .word, token.isCapitalized else { return nil }
                    let word = Folding.fold(text.substring(token.span))
                    guard !StopWords.contains(word), !QuantityContext.nonNames.contains(word),
                        MeasurementTime.weekdays[word] == nil, DateReader.months[word] == nil
                    else { return nil }
                    return word
                })
        }
        self.runs = drafts.map { Self.nameRuns(in: $0.claim.text) }
        var byVoice: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() { byVoice[draft.claim.voiceId, default: []].append(index) }
        self.claimsByVoice = byVoice
        self.numbers = drafts.map { draft in
            Set(draft.claim.quantities.flatMap { [$0.value] + ($0.normalizedValue.map { [$0] } ?? []) })
        }
        self.hasPeriod = drafts.map { draft in
            draft.claim.times.contains { time in
                guard time.kind != .duration, let value = time.value, let range = DateRange(timex: value) else {
                    return false
                }
                return !range.isDay
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
    struct Slot {
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
        /// ``ContradictionConfidence`` of this pair.
        var confidence: Double
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
        var checked = Set<Int>()
        func check(_ i: Int, _ j: Int) {
            let (a, b) = i < j ? (i, j) : (j, i)
            let aligned = groupOf[a] == groupOf[b]
            guard similarity.voices[a] != similarity.voices[b],
                hasSlots[a] && hasSlots[b] || hasDays[a] && hasDays[b] || hasActions[a] && hasActions[b]
                    || aligned && (hasNegation[a] || hasNegation[b])
            else { return }
            checked.insert(a * drafts.count + b)
            conflicts.append(contentsOf: compare(a, b, aligned: aligned))
        }
        for members in groups where members.count > 1 {
            for x in 0..<members.count { for y in (x + 1)..<members.count { check(members[x], members[y]) } }
        }
        for (i, j, s) in pairs where s >= options.contradictionPairThreshold && groupOf[i] != groupOf[j] {
            if comparable[i], comparable[j], similarity.sharedContentTermCount(i, j) >= 2 { check(i, j) }
        }
        conflicts += figurePairConflicts(skipping: checked)
        return assemble(conflicts, groups: groups, groupOf: groupOf, groupIds: groupIds)
    }

    // MARK: - Pairwise slots

    /// Quantity conflicts between claims that neither alignment nor subject overlap paired: the same figure is
    /// often reported in sentences that share little else ("the man who killed four people in a brazen
    /// courthouse escape was sentenced" / "a judge sentenced the man who killed four people in a brazen
    /// courthouse escape"). Claims of different voices that fill one slot key are compared on their figures
    /// only; what the figures are about (``QuantityContext``) decides the confidence.
    private func figurePairConflicts(skipping checked: Set<Int>) -> [Conflict] {
        var byKey: [String: [Int]] = [:]
        for (index, list) in slots.enumerated() {
            for key in Set(list.map(\.key)) { byKey[key, default: []].append(index) }
        }
        var seen = checked
        var result: [Conflict] = []
        for key in byKey.keys.sorted() {
            let members = byKey[key]!
            for x in 0..<members.count {
                for y in (x + 1)..<members.count {
                    let (a, b) = (members[x], members[y])
                    guard similarity.voices[a] != similarity.voices[b], seen.insert(a * drafts.count + b).inserted
                    else { continue }
                    result += quantityConflicts(a, b, aligned: false)
                }
            }
        }
        return result
    }

    private func compare(_ a: Int, _ b: Int, aligned: Bool) -> [Conflict] {
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

    /// Quantity slots of two claims with no agreeing value: the pair of figures most likely to be one figure
    /// (``ContradictionConfidence/figures(_:_:aligned:)``) that measures the same thing at the same moment and
    /// is not about different referents (``QuantityContext/differentReferent(from:)``).
    private func quantityConflicts(_ a: Int, _ b: Int, aligned: Bool) -> [Conflict] {
        var result: [Conflict] = []
        guard !datedApart(a, b), !periodsApart(a, b) else { return [] }
        let undated = hasPeriod[a] != hasPeriod[b]
        let namesApart = !names[a].isEmpty && !names[b].isEmpty && names[a].isDisjoint(with: names[b])
        guard !Self.variants(runs[a], runs[b]) else { return [] }
        let pairSimilarity = similarity.similarity(a, b)
        let publishedApart = publishedApart(a, b)
        let agreement = QuantityAgreement(options: options)
        let slotsA = slots[a]
        let slotsB = slots[b]
        let keys = Set(slotsA.map(\.key)).intersection(slotsB.map(\.key))
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
            // The pair most likely to be one figure, among those that measure the same thing at the same moment.
            var found: (Slot, Slot, Double)?
            for x in readingsA {
                for y in readingsB
                where Self.sameMeasure(x, y) && !x.context.differentReferent(from: y.context)
                    && !(publishedApart && (Self.evolves(x) || Self.evolves(y)))
                    && Self.sameCasualties(x, y) && !numbers[a].contains(y.reading.value)
                    && !numbers[b].contains(x.reading.value)
                {
                    let confidence = ContradictionConfidence.figures(
                        x, y, aligned: aligned, undated: undated, namesApart: namesApart, similarity: pairSimilarity)
                    if found == nil || confidence > found!.2 { found = (x, y, confidence) }
                }
            }
            guard let (x, y, confidence) = found else { continue }
            if key.hasPrefix("money:") { reportedMoney = true }
            result.append(
                Conflict(
                    slotKey: "quantity:" + key, kind: .quantity, label: x.label, a: a, b: b,
                    valueA: Value(
                        display: x.reading.text, number: x.reading.value, reading: x.reading, context: x.context),
                    valueB: Value(
                        display: y.reading.text, number: y.reading.value, reading: y.reading, context: y.context),
                    confidence: confidence))
        }
        return result
    }

    /// Whether two numbers of one slot key are one figure, so that different values disagree:
    /// - the words around them share a stem (``QuantityContext/sameHead(as:)``): "42 percent of grain exports"
    ///   and "tariffs … by 30 percent" are two percentages, "in more than three years" and "five hours of
    ///   talks" two durations. Counts of the dead and of the injured skip this: their key already is the head
    ///   ("Twelve people died" and "killed 17 people" share no word but count the same dead); so do figures
    ///   counting one specific noun or standing beside one name (``sameThing(_:_:)``);
    /// - they are not dated to different moments (``MeasurementTime/differs(from:)``): a river level early on
    ///   Monday and on Monday afternoon is an update, not a disagreement.
    private static func sameMeasure(_ x: Slot, _ y: Slot) -> Bool {
        let casualties = x.key == "count:dead" || x.key == "count:injured"
        if !casualties && !x.context.sameHead(as: y.context) && !sameThing(x, y) { return false }
        return !x.context.time.differs(from: y.context.time)
    }

    /// Whether two figures whose surrounding words differ still say what they are about in the same way, as a
    /// fact-checker matches a paraphrase: the same specific counted noun (``ContradictionConfidence/specificCount(_:_:)``:
    /// "400 stories on the Watergate affair" and "oversaw almost 400 stories", "the two departments will review"
    /// and "the two departments will decide": an event has one number of each), or the same name beside both
    /// figures ("The Hunger Games has brought in over $363 million" and "The Hunger Games is a hit with more than
    /// $363 million"). Different names beside them are still different referents
    /// (``QuantityContext/differentReferent(from:)``), checked apart.
    static func sameThing(_ x: Slot, _ y: Slot) -> Bool {
        ContradictionConfidence.specificCount(x, y) || !x.context.names.isDisjoint(with: y.context.names)
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

    /// Figures that change while a story runs: tolls of the dead and injured, counts of people moved, rescued,
    /// missing or arrested, and levels of water, rain or snow. A day between two reports excuses a difference in
    /// them. Other figures (a bridge's length, a player's points, a suspect's age, a count of children, money,
    /// percentages, durations) are fixed facts: on ECB+, whose outlets report an event over several days,
    /// excusing every count and measure published a day apart hid three quarters of the changed figures.
    static func evolves(_ slot: Slot) -> Bool {
        if slot.key == "count:dead" || slot.key == "count:injured" || slot.context.time.running { return true }
        return !slot.context.head.isDisjoint(with: runningStems)
    }

    /// Stems (``Stemmer``) of words next to a figure that runs: evacuations, rescues, arrests, the displaced,
    /// levels and amounts of water. Not "missing": its stem is the "miss" of "will miss two games".
    static let runningStems: Set<String> = Set(
        [
            "evacuated", "evacuation", "evacuees", "rescued", "arrested", "arrests", "detained", "displaced",
            "homeless", "stranded", "level", "levels", "river", "water", "rain", "rainfall", "snow", "flood",
            "floodwater", "gauge", "crest", "toll", "casualties", "hospitalized", "hospitalised",
        ].map { Stemmer.stem($0) })

    /// Whether both claims state periods or days (any TIME value with a calendar value) and none overlaps one
    /// of the other: "in February" and "in December 2003" are two happenings.
    private func periodsApart(_ a: Int, _ b: Int) -> Bool {
        guard !ranges[a].isEmpty, !ranges[b].isEmpty else { return false }
        return !ranges[a].contains { x in
            ranges[b].contains { y in x.range.first <= y.range.last && y.range.first <= x.range.last }
        }
    }

    /// Runs of two or more capitalised words or words with digits after the first token ("Halcyon Air",
    /// "Galaxy S4"), folded.
    static func nameRuns(in text: String) -> [[String]] {
        var result: [[String]] = []
        var run: [String] = []
        var previousEnd = -1
        for (n, token) in Tokenizer.tokens(in: text).enumerated() {
            let word = Folding.fold(text.substring(token.span))
            let adjacent = previousEnd >= 0 && text.slice(Span(start: previousEnd, end: token.span.start)) == " "
            let nameLike = n > 0 && (token.kind == .word && token.isCapitalized || !run.isEmpty && token.kind != .word)
            if nameLike && (run.isEmpty || adjacent) {
                run.append(word)
            } else {
                if run.count >= 2 { result.append(run) }
                run = nameLike ? [word] : []
            }
            previousEnd = token.span.end
        }
        if run.count >= 2 { result.append(run) }
        return result
    }

    /// Whether two claims name two variants of one thing: runs of names with the same first word and a
    /// different rest ("Halcyon Air" and "Halcyon Pro", "Galaxy S4" and "Galaxy S5"), neither claim naming the
    /// other's. Figures of two models are two facts.
    static func variants(_ a: [[String]], _ b: [[String]]) -> Bool {
        for x in a {
            for y in b where x.first == y.first && x != y {
                let shorter = x.count <= y.count ? x : y
                let longer = x.count <= y.count ? y : x
                if Array(longer.prefix(shorter.count)) == shorter { continue }
                if !a.contains(y) && !b.contains(x) { return true }
            }
        }
        return false
    }

    /// Counts of the dead or injured count the same people only when the nouns agree or one is generic:
    /// "four people" killed and "three jurors" who spared the killer are not one toll, and "two women and one
    /// man died" against "3 bank employees" are a part against the whole.
    static func sameCasualties(_ x: Slot, _ y: Slot) -> Bool {
        guard x.key == "count:dead" || x.key == "count:injured" else { return true }
        func noun(_ text: String) -> String? {
            guard let last = text.split(separator: " ").last else { return nil }
            let word = Folding.fold(String(last))
            guard word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return nil }
            return Stemmer.stem(word)
        }
        guard let a = noun(x.reading.text), let b = noun(y.reading.text) else { return true }
        return a == b || genericCasualties.contains(a) || genericCasualties.contains(b)
    }

    /// Nouns that may stand for any of the dead or injured.
    static let genericCasualties: Set<String> = Set(
        ["people", "persons", "person", "dead", "killed", "injured", "wounded", "victims", "others", "casualties"]
            .map { Stemmer.stem($0) })

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

    private func participantConflicts(_ a: Int, _ b: Int, confidence: Double) -> [Conflict] {
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
                            valueB: Value(display: entityNames[oy.0 ?? ""] ?? oy.1), confidence: confidence))
                    break
                }
            }
        }
        return result
    }

    // MARK: - Assembly

    /// A claim's value for a quantity or date slot, for adding aligned claims to a side. For quantities, only a
    /// number that agrees with a value already on a side (`like`) and measures the same thing at the same
    /// moment: an aligned claim about the same river may give its level on another day, and a claim aligned
    /// on its other words may count something else ("missed four games after surgery" beside "will miss the
    /// final two games"); joined as a third value it put voices on two sides and discarded the contradiction.
    private func value(of index: Int, slotKey: String, like: [Slot]) -> Value? {
        if slotKey.hasPrefix("quantity:") {
            let key = String(slotKey.dropFirst("quantity:".count))
            let agreement = QuantityAgreement(options: options)
            guard
                let slot = slots[index].first(where: { slot in
                    slot.key == key
                        && like.contains {
                            Self.sameMeasure($0, slot) && agreement.agree($0.reading, slot.reading)
                                && !$0.context.differentReferent(from: slot.context)
                        }
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

    /// The conflicts of one slot key gathered into contradictions, most confident first: a conflict joins a
    /// contradiction that already holds one of its claims when the other claim's value agrees with a value
    /// there (more support for a side), or when it is itself confident (a third value); otherwise it is
    /// dropped as a weaker reading of a figure already reported. Joining every conflict that shares a claim
    /// chained the points of five players of one game into one contradiction, which a voice on two sides
    /// then discarded whole, the true disagreement with it.
    /// - Returns: each contradiction's conflicts and its claims' values, ordered by first claim.
    private func gather(_ list: [Conflict]) -> [([Conflict], [Int: Value])] {
        let agreement = QuantityAgreement(options: options)
        func same(_ v: Value, _ w: Value) -> Bool {
            if let r1 = v.reading, let r2 = w.reading { return agreement.agree(r1, r2) }
            return v.display == w.display
        }
        let ordered = list.indices.sorted { (list[$0].confidence, -$0) > (list[$1].confidence, -$1) }.map { list[$0] }
        var built: [([Conflict], [Int: Value])] = []
        for c in ordered {
            guard let k = built.firstIndex(where: { $0.1[c.a] != nil || $0.1[c.b] != nil }) else {
                built.append(([c], [c.a: c.valueA, c.b: c.valueB]))
                continue
            }
            let (new, value) = built[k].1[c.a] != nil ? (c.b, c.valueB) : (c.a, c.valueA)
            if built[k].1[new] != nil {
                built[k].0.append(c)
            } else if built[k].1.keys.contains(where: { similarity.voices[$0] == similarity.voices[new] }) {
                // A voice already there with another figure of the key: this is a different figure of its.
                continue
            } else if built[k].1.values.contains(where: { same($0, value) })
                || c.confidence >= options.minimumContradictionConfidence
            {
                built[k].1[new] = value
                built[k].0.append(c)
            }
        }
        return built.sorted { ($0.1.keys.min() ?? 0) < ($1.1.keys.min() ?? 0) }
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
            for (members, found) in gather(bySlot[slot]!) {
                var values = found
                // Aligned claims of other voices stating a value for the slot join a side too.
                let like: [Slot] = values.values.compactMap { v in
                    guard let reading = v.reading, let context = v.context else { return nil }
                    return Slot(
                        key: String(slot.dropFirst("quantity:".count)), label: "", reading: reading, context: context)
                }
                for claim in Array(values.keys) where groupOf[claim] >= 0 {
                    for mate in groups[groupOf[claim]]
                    where values[mate] == nil
                        && (!slot.hasPrefix("quantity:")
                            || !values.keys.contains { similarity.voices[$0] == similarity.voices[mate] })
                    {
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
                if !selfContradicting, slot.hasPrefix("quantity:") {
                    selfContradicting = statesBoth(
                        sides, values: values, key: String(slot.dropFirst("quantity:".count)))
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
                        sides: sides.map { side(value: $0.0, claims: $0.1) },
                        confidence: members.map(\.confidence).max()))
            }
        }
        return result
    }

    /// Whether a voice of one side also states another side's value, elsewhere, for what is confidently the
    /// same figure (``ContradictionConfidence/figures(_:_:aligned:undated:)`` at the threshold): then the two
    /// values are two figures ("turnout reached 40 percent in the northern districts" and "55 percent in the
    /// southern districts", both stated by one outlet), not a disagreement. A voice's figure with other words
    /// around it ("missed four games after surgery" against "will miss the final two games") does not count.
    private func statesBoth(_ sides: [(Value, [Int])], values: [Int: Value], key: String) -> Bool {
        let agreement = QuantityAgreement(options: options)
        for (i, side) in sides.enumerated() {
            let opposing: [Slot] = side.1.compactMap { claim in
                guard let v = values[claim], let reading = v.reading, let context = v.context else { return nil }
                return Slot(key: key, label: "", reading: reading, context: context)
            }
            for (j, other) in sides.enumerated() where j != i {
                for voice in Set(other.1.map { drafts[$0].claim.voiceId }) {
                    for claim in claimsByVoice[voice, default: []] where !other.1.contains(claim) {
                        for mine in slots[claim] where mine.key == key {
                            if opposing.contains(where: { theirs in
                                agreement.agree(mine.reading, theirs.reading)
                                    && ContradictionConfidence.figures(mine, theirs, aligned: false)
                                        >= options.minimumContradictionConfidence
                            }) {
                                return true
                            }
                        }
                    }
                }
            }
        }
        return false
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
