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
    let actions: [[Action]]
    /// Per claim, computed once: its quantity slots, and its TIME values as day ranges (with the TIMEX value).
    let slots: [[Slot]]
    let ranges: [[(range: DateRange, value: String, absolute: Bool)]]
    /// Per claim, every number it states (values and SI values of all its quantities): a figure the other
    /// claim also states is no disagreement ("about 32 million people tuning in, compared with 55.3 million a
    /// decade ago" against "55.3 million people tuned in"), and so is the part of a partitive ("three of his
    /// eight children" against "he had three children"), and the whole of counts joined by "and" ("12 Somali and
    /// 11 Yemeni pirates" against "23 pirates", ``FigureScope/coordinatedSums(in:)``).
    let numbers: [Set<Double>]
    /// Per claim, its folded capitalised words after the first (names, as the text writes them).
    let names: [Set<String>]
    /// Per claim, the ranges it writes ("25 to 35 cents"): a figure of another claim inside one disputes neither
    /// end.
    let writtenRanges: [[ClosedRange<Double>]]
    /// Per claim, its runs of capitalised words ("halcyon air", "galaxy s4"), folded.
    let runs: [[[String]]]
    /// Claims by voice id.
    let claimsByVoice: [String: [Int]]
    /// Per claim, the spans of the months, seasons or years it writes ("in February", "in December 2003").
    let periods: [[Span]]
    /// Per claim, the names of the polls it cites (``FigureScope/pollsters(in:)``).
    let pollsters: [Set<String>]

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
        let knownNames = drafts.map { draft in
            Set(
                draft.claim.entityIds.compactMap { entityNames[$0] }.flatMap {
                    Folding.fold($0).split(separator: " ").map(String.init)
                })
        }
        self.slots = drafts.indices.map { index in
            let draft = drafts[index]
            // A piece of a number split by text extraction ("500" of "1, 500 kilometres") is no figure.
            return draft.claim.quantities.filter {
                !FigureScope.isFragment(at: $0.span.start - draft.claim.span.start, in: draft.claim.text)
            }.flatMap { quantity in
                let context = QuantityContext.read(quantity.span, in: draft.claim, knownNames: knownNames[index])
                return QuantityAgreement.slots(of: quantity, in: draft.claim).map {
                    Slot(key: $0.key, label: $0.label, reading: $0.reading, context: context, span: quantity.span)
                }
            }
        }
        self.names = drafts.indices.map { Self.names(in: drafts[$0].claim.text, knownNames: knownNames[$0]) }
        self.runs = drafts.map { Self.nameRuns(in: $0.claim.text) }
        self.writtenRanges = drafts.map { FigureScope.writtenRanges(in: $0.claim.text) }
        self.pollsters = drafts.map { FigureScope.pollsters(in: $0.claim.text) }
        var byVoice: [String: [Int]] = [:]
        for (index, draft) in drafts.enumerated() { byVoice[draft.claim.voiceId, default: []].append(index) }
        self.claimsByVoice = byVoice
        self.numbers = drafts.map { draft in
            Set(
                // An ordinal ranks ("third-degree murder", "his second term"): it states no amount.
                draft.claim.quantities.filter { $0.kind != .ordinal }.flatMap {
                    [$0.value] + ($0.normalizedValue.map { [$0] } ?? [])
                }
                    + FigureScope.partitiveNumbers(in: draft.claim.text)
                    + FigureScope.coordinatedSums(in: draft.claim.text))
        }
        self.periods = drafts.map { draft in
            draft.claim.times.compactMap { time in
                guard time.kind != .duration, let value = time.value, let range = DateRange(timex: value),
                    !range.isDay
                else { return nil }
                return time.span
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

    /// The folded capitalised words of a claim (names, as the text writes them): not the outlet or agency a
    /// figure is credited to (``FigureScope/sourceNameIndices(_:in:)``), and the sentence's first word only when
    /// it is one of the claim's entities (`knownNames`).
    static func names(in text: String, knownNames: Set<String>) -> Set<String> {
        let tokens = Tokenizer.tokens(in: text)
        let sources = FigureScope.sourceNameIndices(tokens, in: text)
        return Set(
            tokens.enumerated().compactMap { n, token -> String? in
                guard token.kind == .word, token.isCapitalized, !sources.contains(n) else { return nil }
                var word = Folding.fold(text.substring(token.span))
                // "Teixeira's agent" names Teixeira, and "Friday's game" no one.
                if word.hasSuffix("'s") || word.hasSuffix("’s") { word = String(word.dropLast(2)) }
                guard n > 0 || knownNames.contains(word) else { return nil }
                guard !StopWords.contains(word), !QuantityContext.nonNames.contains(word),
                    MeasurementTime.weekdays[word] == nil, DateReader.months[word] == nil
                else { return nil }
                return word
            })
    }

    /// A quantity slot a claim fills, with what the number measures and when.
    struct Slot {
        var key: String
        var label: String
        var reading: QuantityAgreement.Reading
        var context: QuantityContext
        /// Where the number is written (article offsets), when the slot was read from a claim.
        var span: Span? = nil
    }

    /// A value one claim gives for a slot.
    struct Value {
        var display: String
        var number: Double?
        var reading: QuantityAgreement.Reading?
        var context: QuantityContext?
    }

    struct Conflict {
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
}
