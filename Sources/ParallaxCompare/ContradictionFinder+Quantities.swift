import ParallaxModel
import ParallaxText

/// Figures: quantity slots of two claims that disagree, and what makes two figures one figure.
extension ContradictionFinder {
    /// Quantity conflicts between claims that neither alignment nor subject overlap paired: the same figure is
    /// often reported in sentences that share little else ("the man who killed four people in a brazen
    /// courthouse escape was sentenced" / "a judge sentenced the man who killed four people in a brazen
    /// courthouse escape"). Claims of different voices that fill one slot key are compared on their figures
    /// only; what the figures are about (``QuantityContext``) decides the confidence.
    func figurePairConflicts(skipping checked: Set<Int>) -> [Conflict] {
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

    /// Quantity slots of two claims with no agreeing value: the pair of figures most likely to be one figure
    /// (``ContradictionConfidence/figures(_:_:aligned:)``) that measures the same thing at the same moment and
    /// is not about different referents (``QuantityContext/differentReferent(from:)``).
    func quantityConflicts(_ a: Int, _ b: Int, aligned: Bool) -> [Conflict] {
        var result: [Conflict] = []
        guard !datedApart(a, b), !periodsApart(a, b) else { return [] }
        // Two named polls are two measurements (``FigureScope/pollsters(in:)``).
        if !pollsters[a].isEmpty && !pollsters[b].isEmpty && pollsters[a].isDisjoint(with: pollsters[b]) { return [] }
        let namesApart = !names[a].isEmpty && !names[b].isEmpty && names[a].isDisjoint(with: names[b])
        let namesShared = !names[a].isDisjoint(with: names[b])
        let sameSubject = Self.sameSubject(drafts[a].claim.text, drafts[b].claim.text, names: names[a])
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
            let rising = key == "count:dead" || key == "count:injured"
            // A figure that agrees with one of the other claim is told by both; the rest may still disagree:
            // "$184 million, or $23 million a season" against "$184 million, or a $19 million average annual
            // value" agree on the total and not on the season.
            let unmatchedA = readingsA.filter { x in
                !readingsB.contains { y in agreement.agree(x.reading, y.reading, rising: rising) }
            }
            let unmatchedB = readingsB.filter { y in
                !readingsA.contains { x in agreement.agree(x.reading, y.reading, rising: rising) }
            }
            let anyAgree = unmatchedA.count < readingsA.count
            if key.hasPrefix("money:") {
                // Other currencies of the same amounts are not separate slots.
                if reportedMoney { continue }
                if anyAgree { reportedMoney = true }
            }
            guard !unmatchedA.isEmpty, !unmatchedB.isEmpty else { continue }
            // The pair most likely to be one figure, among those that measure the same thing at the same moment.
            var found: (Slot, Slot, Double)?
            for x in unmatchedA {
                for y in unmatchedB
                where Self.sameMeasure(x, y) && !x.context.differentReferent(from: y.context)
                    && !(publishedApart && (Self.evolves(x) || Self.evolves(y)))
                    && !((x.context.elapsed || y.context.elapsed) && key.hasPrefix("duration") && !sameDay(a, b))
                    && Self.sameCasualties(x, y) && !numbers[a].contains(y.reading.value)
                    && !numbers[b].contains(x.reading.value) && !Self.withinRange(y, of: x, writtenRanges[a])
                    && !Self.withinRange(x, of: y, writtenRanges[b])
                {
                    let confidence = ContradictionConfidence.figures(
                        x, y, aligned: aligned, undated: dated(x, in: a) != dated(y, in: b), namesApart: namesApart,
                        namesShared: namesShared, sameSubject: sameSubject,
                        sharedFigures: sharedOtherFigures(
                            a, b, key: key,
                            besides: [x.reading.value, y.reading.value] + FigureScope.writtenNumbers(x.reading.text)
                                + FigureScope.writtenNumbers(y.reading.text)),
                        similarity: pairSimilarity)
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

    /// Whether a month, season or year claim `index` writes dates the figure of `slot`: nothing between them
    /// starts another clause (``QuantityContext/boundaryWords`` but the "than" of "more than", a semicolon). "In February, a quake killed 612"
    /// dates the toll; in "a draft choice in 1978 and played for 11 seasons" the year dates the draft, not the
    /// seasons, and a figure no period dates is not another happening's.
    func dated(_ slot: Slot, in index: Int) -> Bool {
        guard let span = slot.span else { return !periods[index].isEmpty }
        let claim = drafts[index].claim
        return periods[index].contains { period in
            let from = min(period.end, span.end) - claim.span.start
            let to = max(period.start, span.start) - claim.span.start
            guard from < to else { return true }
            let between = claim.text.slice(Span(start: max(0, from), end: min(to, claim.text.utf8.count)))
            if between.contains(";") { return false }
            return !Tokenizer.tokens(in: between).contains {
                let word = Folding.fold(between.substring($0.span))
                return $0.kind == .word && word != "than" && QuantityContext.boundaryWords.contains(word)
            }
        }
    }

    /// Whether two claims open with the same name, one of the claim's names (``names(in:knownNames:)``): both
    /// sentences are about one person or thing ("Cheeks, who played for the Sixers for 11 seasons, …" and
    /// "Cheeks was a draft choice … and played for 11 seasons"). A pronoun or a common word opening either
    /// says nothing.
    static func sameSubject(_ a: String, _ b: String, names: Set<String>) -> Bool {
        func first(_ text: String) -> String? {
            guard let token = Tokenizer.tokens(in: text).first, token.kind == .word, token.isCapitalized else {
                return nil
            }
            return Folding.fold(text.substring(token.span))
        }
        guard let x = first(a), x == first(b) else { return false }
        return names.contains(x)
    }

    /// Whether `end` is an end of a range its claim writes ("25 to 35 cents", ``FigureScope/writtenRanges(in:)``)
    /// and `other` lies inside it: "around 30 cents" is within "25 to 35 cents" and disputes neither end.
    static func withinRange(_ other: Slot, of end: Slot, _ ranges: [ClosedRange<Double>]) -> Bool {
        guard let written = FigureScope.writtenNumbers(end.reading.text).first else { return false }
        let values =
            [other.reading.value, digits(other.reading.value)]
            + FigureScope.writtenNumbers(other.reading.text).prefix(1)
        return ranges.contains { range in
            (range.lowerBound == written || range.upperBound == written) && values.contains(where: range.contains)
        }
    }

    /// How many other figures two claims state in common besides the disputed ones, counting those of two
    /// digits or more and those with a decimal part (".308", "5.4"): "59 catches for 1,098 yards and seven
    /// touchdowns" against "59 receptions for 1,098 yards and 14 touchdowns" tell one record, and one copy
    /// changed a figure of it. A single whole digit ("nine rebounds") is shared by chance too often. A figure
    /// read with and without its scale ("$184 million" as 184 and 184,000,000) counts once, and a figure of the
    /// disputed slot `key` not at all: two lists of offers ("$140-150 million" for one team, "$160 million" for
    /// another) share amounts because they list the same offers, not because they tell one record.
    func sharedOtherFigures(_ a: Int, _ b: Int, key: String, besides disputed: [Double]) -> Int {
        let sameKey = Set(
            (slots[a] + slots[b]).filter { $0.key == key }.map { Self.digits($0.reading.value) }
                + disputed.map(Self.digits))
        let shared = numbers[a].intersection(numbers[b]).filter { $0 >= 10 || $0 != $0.rounded() }
        return Set(shared.map(Self.digits)).subtracting(sameKey).count
    }

    /// A number without its powers of a thousand: 184 for 184,000,000 and for 184.
    static func digits(_ value: Double) -> Double {
        var v = abs(value)
        while v >= 1000 && (v / 1000).rounded() * 1000 == v { v /= 1000 }
        return v
    }

    /// Whether two numbers of one slot key are one figure, so that different values disagree:
    /// - the words around them share a stem (``QuantityContext/sameHead(as:)``): "42 percent of grain exports"
    ///   and "tariffs … by 30 percent" are two percentages, "in more than three years" and "five hours of
    ///   talks" two durations. Counts of the dead and of the injured skip this: their key already is the head
    ///   ("Twelve people died" and "killed 17 people" share no word but count the same dead); so do figures
    ///   counting one specific noun or standing beside one name (``sameThing(_:_:)``);
    /// - they cover the same scope (``QuantityContext/sameScope(as:)``): not a part against the whole ("the other
    ///   three men" against "four men"), nor figures qualifying different nouns ("a 480-nautical-mile corridor"
    ///   against "150 nautical miles off Aden");
    /// - they are not dated to different moments (``MeasurementTime/differs(from:)``): a river level early on
    ///   Monday and on Monday afternoon is an update, not a disagreement.
    static func sameMeasure(_ x: Slot, _ y: Slot) -> Bool {
        let casualties = x.key == "count:dead" || x.key == "count:injured"
        guard x.context.sameScope(as: y.context) else { return false }
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

    /// Whether two claims' articles were both published on one known day: then times elapsed "so far" were
    /// counted at the same moment and may be compared.
    func sameDay(_ a: Int, _ b: Int) -> Bool {
        guard let (pa, pb) = publicationDays(a, b) else { return false }
        return pa == pb
    }

    /// The publication days of two claims' articles, when both are known.
    func publicationDays(_ a: Int, _ b: Int) -> (CivilDate, CivilDate)? {
        guard let pa = published[drafts[a].articlePosition], let pb = published[drafts[b].articlePosition] else {
            return nil
        }
        return (pa, pb)
    }

    /// Whether two claims' articles were published on different days. Then a figure that evolves
    /// (``evolves(_:)``) may differ because time passed, not because the outlets disagree: a river level on
    /// Monday and below five metres on Wednesday; 500 evacuated overnight, 1,100 two days later. Measured on the
    /// Examples floods event, whose four days of updates must not read as contradictions; the bridge death toll
    /// (12 vs 17, both published on the 19th) still does, and later reports of 12 join its side through their
    /// claim group. The cost: a count disputed only by an outlet publishing a day later is not reported. An
    /// unknown publication day says nothing (the times next to the numbers still can, ``MeasurementTime``).
    func publishedApart(_ a: Int, _ b: Int) -> Bool {
        guard let (pa, pb) = publicationDays(a, b) else { return false }
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
    func periodsApart(_ a: Int, _ b: Int) -> Bool {
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
    func datedApart(_ a: Int, _ b: Int) -> Bool {
        let daysA = Set(ranges[a].filter(\.range.isDay).map(\.range.first))
        let daysB = Set(ranges[b].filter(\.range.isDay).map(\.range.first))
        return !daysA.isEmpty && !daysB.isEmpty && daysA.isDisjoint(with: daysB)
    }
}
