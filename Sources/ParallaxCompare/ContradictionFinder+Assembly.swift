import ParallaxModel
import ParallaxText

/// Assembly: conflicting pairs of one slot joined into contradictions with sides.
extension ContradictionFinder {
    /// A claim's value for a quantity or date slot, for adding aligned claims to a side. For quantities, only a
    /// number that agrees with a value already on a side (`like`) and measures the same thing at the same
    /// moment: an aligned claim about the same river may give its level on another day, and a claim aligned
    /// on its other words may count something else ("missed four games after surgery" beside "will miss the
    /// final two games"); joined as a third value it put voices on two sides and discarded the contradiction.
    func value(of index: Int, slotKey: String, like: [Slot]) -> Value? {
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
    func gather(_ list: [Conflict]) -> [([Conflict], [Int: Value])] {
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

    func assemble(_ conflicts: [Conflict], groups: [[Int]], groupOf: [Int], groupIds: [String])
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
                var sides: [(Value, [Int])] = []
                let agreement = QuantityAgreement(options: options)
                for claim in values.keys.sorted() {
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
                guard sides.count >= 2,
                    let kept = consistentSides(sides, values: values, slot: slot, strongest: members[0])
                else { continue }
                let claims = kept.flatMap(\.1).sorted()
                sides = kept
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
        return Self.droppingRepeats(result)
    }

    /// The sides of a contradiction an outlet does not contradict itself on, or nil.
    ///
    /// An outlet cannot contradict itself: a voice on two sides states both values, so they are two different
    /// figures (a share of exports and a tariff cut, both "percent") or one figure at two moments, and the slot
    /// was conflated. Seen on summit-1, where all four voices gave 42 and 30 percent. That shows only that
    /// those two values are two figures: the two sides of the `strongest` conflict are still one figure told
    /// two ways when they alone are consistent ("five pirate boats" against "10 pirate boats" stands when a
    /// third side, "three boats" captured, is stated by the second outlet too).
    func consistentSides(_ sides: [(Value, [Int])], values: [Int: Value], slot: String, strongest: Conflict)
        -> [(Value, [Int])]?
    {
        if !selfContradicts(sides, values: values, slot: slot) { return sides }
        guard sides.count > 2,
            let x = sides.firstIndex(where: { $0.1.contains(strongest.a) }),
            let y = sides.firstIndex(where: { $0.1.contains(strongest.b) }), x != y
        else { return nil }
        let core = [sides[min(x, y)], sides[max(x, y)]]
        return selfContradicts(core, values: values, slot: slot) ? nil : core
    }

    /// Whether a voice is on two of `sides`, or states another side's value elsewhere (``statesBoth(_:values:key:)``).
    func selfContradicts(_ sides: [(Value, [Int])], values: [Int: Value], slot: String) -> Bool {
        var seenVoices = Set<String>()
        for side in sides {
            let voicesOfSide = Set(side.1.map { drafts[$0].claim.voiceId })
            if !seenVoices.isDisjoint(with: voicesOfSide) { return true }
            seenVoices.formUnion(voicesOfSide)
        }
        guard slot.hasPrefix("quantity:") else { return false }
        return statesBoth(sides, values: values, key: String(slot.dropFirst("quantity:".count)))
    }

    /// The contradictions without those whose claims all sit in another contradiction of the same slot: the
    /// same dispute told again from a subset of its claims ("10 total games" / "nine games" beside the same
    /// values with more articles).
    static func droppingRepeats(_ list: [Contradiction]) -> [Contradiction] {
        let claimSets = list.map { Set($0.sides.flatMap(\.claimIds)) }
        let kept = list.indices.filter { i in
            !list.indices.contains { j in
                j != i && list[j].slot == list[i].slot && list[j].kind == list[i].kind
                    && claimSets[i].isSubset(of: claimSets[j]) && (claimSets[i] != claimSets[j] || j < i)
            }
        }
        return kept.enumerated().map { n, i in
            var contradiction = list[i]
            contradiction.id = "x\(n + 1)"
            return contradiction
        }
    }

    /// Whether a voice of one side also states another side's value, elsewhere, for what is confidently the
    /// same figure (``ContradictionConfidence/figures(_:_:aligned:undated:)`` at the threshold): then the two
    /// values are two figures ("turnout reached 40 percent in the northern districts" and "55 percent in the
    /// southern districts", both stated by one outlet), not a disagreement. A voice's figure with other words
    /// around it ("missed four games after surgery" against "will miss the final two games") does not count,
    /// nor does a figure that is only compatible with the other value (``sameValue(_:_:)``), nor a count of other
    /// casualties (``sameCasualties(_:_:)``): "killed at least three people" does not state "4 women", so the
    /// outlet writing it may still dispute "two women" (ECB+ 8-plus, a count of the dead doubled in one copy).
    func statesBoth(_ sides: [(Value, [Int])], values: [Int: Value], key: String) -> Bool {
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
                                Self.sameValue(mine.reading, theirs.reading)
                                    && Self.sameCasualties(mine, theirs)
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

    /// Whether two readings give one number (within 1%), hedges aside: "at least three" allows four but does
    /// not state it.
    static func sameValue(_ x: QuantityAgreement.Reading, _ y: QuantityAgreement.Reading) -> Bool {
        abs(x.value - y.value) <= 0.01 * max(abs(x.value), abs(y.value))
    }

    func side(value: Value, claims: [Int]) -> Contradiction.Side {
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
    func subject(_ claims: [Int]) -> String {
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
