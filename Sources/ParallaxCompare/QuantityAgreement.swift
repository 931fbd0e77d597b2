import ParallaxModel
import ParallaxText

/// Decides whether two reported numbers are the same figure, and what slot a number fills.
///
/// Two numbers agree when their relative difference is within ``ComparisonOptions/numberTolerance`` (2%:
/// rounding, "1,284 m" against "1.3 km"), within ``ComparisonOptions/hedgedNumberTolerance`` (10%) when either
/// is hedged ("about 500" and "nearly 500" agree, and so do "about 500" and "480"), or when a bound admits the
/// other ("more than 30%" and "34%", but not "more than 50" and 100: ``ceiling(of:)``), or when they are the same digits a power of a thousand apart and the
/// smaller is written without a scale word (a scale word lost to mangled text, not a disagreement). "12 dead"
/// and "17 dead" do not agree: 29%.
struct QuantityAgreement {
    var options: ComparisonOptions

    static let approximate: Set<String> = [
        "about", "around", "nearly", "almost", "roughly", "approximately", "some", "estimated", "an estimated",
        "close to", "approx", "~", "circa", "just under", "just over",
    ]
    static let lowerBounds: Set<String> = [
        "more than", "at least", "upwards of", "above", "exceeding", "over", "in excess of",
    ]
    static let upperBounds: Set<String> = [
        "up to", "fewer than", "less than", "under", "at most", "below", "no more than",
    ]

    /// A number in a slot: the value compared, and how it reads.
    struct Reading: Hashable {
        var value: Double
        var qualifier: String?
        var text: String
        /// The unit the number was written in, for measures normalised to SI ("km", "mile"): figures written
        /// in different units are compared with the rounding of each as written.
        var unit: String? = nil
    }

    /// Whether `a` and `b` may be one figure. `rising` is for counts that only grow while a story runs (the dead
    /// and the injured): a floor there is a confirmed minimum, not a rounded figure, so "at least three people
    /// were killed" is true of ten dead.
    func agree(_ a: Reading, _ b: Reading, rising: Bool = false) -> Bool {
        // Two floors are compared as floors (below): "at least 70" and "at least 140" injured are two counts.
        if rising, Self.floorAdmits(a, b) || Self.floorAdmits(b, a) { return true }
        let scale = max(abs(a.value), abs(b.value))
        guard scale > 0 else { return true }
        if Self.vague(a, admits: b.value) || Self.vague(b, admits: a.value) { return true }
        let relative = abs(a.value - b.value) / scale
        if relative <= options.numberTolerance { return true }
        // A conversion rounds: "10 kilometers" and "six miles" (9.66 km) are one distance, each exact only to
        // half its last written digit (5% and 8%).
        if let ua = a.unit, let ub = b.unit, ua != ub,
            relative <= Self.roundingTolerance(a.text) + Self.roundingTolerance(b.text)
        {
            return true
        }

        // One number written with a unit and a shorter name of it ("13 nautical miles" and "some 13 miles"):
        // the unit was shortened, not the distance changed.
        if let ua = a.unit, let ub = b.unit, ua != ub, ua.hasSuffix(ub) || ub.hasSuffix(ua),
            let na = FigureScope.writtenNumbers(a.text).first, na == FigureScope.writtenNumbers(b.text).first
        {
            return true
        }
        let qa = a.qualifier.map { Folding.fold($0) }
        let qb = b.qualifier.map { Folding.fold($0) }
        func bound(_ q: String?, _ reading: Reading, admits other: Double) -> Bool? {
            guard let q else { return nil }
            let value = reading.value
            if Self.lowerBounds.contains(q) {
                return other >= value * (1 - options.numberTolerance) && other < ceiling(of: reading)
            }
            if Self.upperBounds.contains(q) { return other <= value * (1 + options.numberTolerance) }
            return nil
        }
        // A lost scale word ("US$4.2 billion" read as "US$4.2" from mangled text) is an extraction slip, not a
        // disagreement: the same digits a power of a thousand apart, the smaller written without a scale word.
        let ratio = max(abs(a.value), abs(b.value)) / max(min(abs(a.value), abs(b.value)), .leastNonzeroMagnitude)
        for power in [1e3, 1e6, 1e9, 1e12] where abs(ratio - power) / power <= options.numberTolerance {
            let smaller = abs(a.value) < abs(b.value) ? a.text : b.text
            let folded = Folding.fold(smaller)
            if !["thousand", "million", "billion", "trillion", "bn", "mn", "tn"].contains(where: { folded.contains($0) }
            ) {
                return true
            }
        }
        if let admits = bound(qa, a, admits: b.value), admits { return true }
        if let admits = bound(qb, b, admits: a.value), admits { return true }
        if let qa, let qb, Self.lowerBounds.contains(qa) && Self.lowerBounds.contains(qb) {
            return floorsMeet(a, b)
        }
        if let qa, let qb, Self.upperBounds.contains(qa) && Self.upperBounds.contains(qb) { return true }
        let hedged = qa.map(Self.approximate.contains) == true || qb.map(Self.approximate.contains) == true
        return hedged && relative <= options.hedgedNumberTolerance
    }

    /// Whether `reading` is a floor ("at least three", "more than 40") at or below `other`, a figure that is not a
    /// floor itself.
    static func floorAdmits(_ reading: Reading, _ other: Reading) -> Bool {
        func isFloor(_ r: Reading) -> Bool { r.qualifier.map { lowerBounds.contains(Folding.fold($0)) } == true }
        return isFloor(reading) && !isFloor(other) && other.value >= reading.value
    }

    /// Whether two floors may be written for one figure. Both are true of any figure above the higher one, so
    /// a round lower floor (one significant digit, or counted in dozens or scores) meets any higher floor below
    /// a whole step of the 1-2-5 ladder (twice the lower): "more than 40" and "more than 50" may be one figure
    /// told by two outlets, "more than 50" and "more than 100" are not. A precise lower floor ("at least $133
    /// million") is the figure rounded down to its last written digit, so the higher floor must lie below its
    /// ``ceiling(of:)-(Reading)``: "over $303 million" and "more than $363 million" are two figures, as a
    /// fact-checker reads them, though a box office of $370 million would make both true.
    func floorsMeet(_ a: Reading, _ b: Reading) -> Bool {
        let (low, high) = abs(a.value) <= abs(b.value) ? (a, b) : (b, a)
        if Self.isRound(low) { return abs(high.value) < 2 * abs(low.value) }
        return abs(high.value) < ceiling(of: low)
    }

    /// Whether a figure is written to one significant digit ("50", "$200 million", "3,000") or as a count of
    /// dozens or scores ("two dozen"): a figure rounded as far as writers round.
    static func isRound(_ reading: Reading) -> Bool {
        if countingUnit(reading) != nil { return true }
        let magnitude = abs(reading.value)
        guard magnitude > 0 else { return true }
        var place = 1.0
        while place * 10 <= magnitude { place *= 10 }
        while place > magnitude { place /= 10 }
        return abs(magnitude - (magnitude / place).rounded(.down) * place) <= 1e-9 * magnitude
    }

    /// The unit a count is written in when it is "two dozen" or "three score": 12 or 20.
    static func countingUnit(_ reading: Reading) -> Double? {
        let words = Folding.fold(reading.text).split(separator: " ")
        if words.contains("dozen") { return 12 }
        if words.contains("score") { return 20 }
        return nil
    }

    /// ``ceiling(of:)-(Double)`` of a floor as written: a floor counted in dozens or scores rounds at that unit,
    /// so "more than two dozen pieces" is written for fewer than three dozen (31 pieces agree with it).
    func ceiling(of reading: Reading) -> Double {
        if let unit = Self.countingUnit(reading), abs(reading.value) >= unit {
            return ((abs(reading.value) / unit).rounded(.down) + 1) * unit
        }
        return ceiling(of: reading.value)
    }

    /// The value below which "more than N" (or "at least", "over"…) is written: a writer rounds the figure
    /// down to a round number and says "more than", so the figure lies below the next round number. For a figure
    /// of one significant digit that is the next step of the 1-2-5 ladder news figures are rounded to ("more
    /// than 50 firefighters" are fewer than 100, "more than 200" fewer than 500); for a figure written more
    /// precisely ("more than $363 million") a tenth above it (``ComparisonOptions/hedgedNumberTolerance``, the
    /// slack of "about") or one unit of its last written digit, whichever is larger. "More than 50" for a
    /// hundred firefighters, or "more than 300" for 500, is then a different figure, as a fact-checker would
    /// read it; before, any larger figure agreed with a floor and a doubled count could never disagree.
    func ceiling(of value: Double) -> Double {
        let magnitude = abs(value)
        guard magnitude > 0 else { return 0 }
        var place = 1.0
        while place * 10 <= magnitude { place *= 10 }
        while place > magnitude { place /= 10 }
        let leading = (magnitude / place).rounded(.down)
        if abs(magnitude - leading * place) <= 1e-9 * magnitude {
            let next: Double = leading < 2 ? 2 : leading < 5 ? 5 : 10
            return next * place
        }
        // Precision of the written figure: the place of its last non-zero digit.
        var last = place
        while last > 1e-6 && abs((magnitude / last).rounded() * last - magnitude) > 1e-9 * magnitude { last /= 10 }
        return max(magnitude * (1 + options.hedgedNumberTolerance), magnitude + last)
    }

    /// Half a unit of the last digit written, relative to the number: 0.05 for "10 km", 0.083 for "six
    /// miles", 0.0004 for "1,284 metres". Zero when no number is read from the text.
    static func roundingTolerance(_ text: String) -> Double {
        let tokens = Tokenizer.tokens(in: text)
        for token in tokens {
            let word = String(text.substring(token.span))
            if token.kind == .number, let value = Double(word.filter { $0 != "," }), value > 0 {
                let decimals = word.split(separator: ".").count == 2 ? word.split(separator: ".")[1].count : 0
                var step = 0.5
                for _ in 0..<decimals { step /= 10 }
                return step / value
            }
            if let value = NumberReader.numberWord(Folding.fold(word)) { return 0.5 / value }
        }
        return 0
    }

    /// "Hundreds of people", "dozens", "scores", "thousands": a range, from two of the unit to ten (a count read
    /// as 100 from "hundreds" agrees with 612, "scores of languages" with "around 50 languages").
    static func vague(_ reading: Reading, admits other: Double) -> Bool {
        let folded = Folding.fold(reading.text)
        for (word, unit) in [
            ("dozens", 12.0), ("scores", 20), ("hundreds", 100), ("thousands", 1e3), ("millions", 1e6),
        ]
        where folded.contains(word) {
            return other >= 2 * unit && other < 10 * unit * (unit == 12 ? 10 : 1)
        }
        return false
    }

    /// Words that make a count a count of the dead or of the injured. Murder counts its dead as killing does:
    /// "charged with killing two young women" and "accused of murdering two women" count one toll.
    static let deadWords: Set<String> = [
        "dead", "killed", "kill", "killing", "killings", "death", "deaths", "fatalities", "fatality", "died", "die",
        "lives", "bodies", "perished", "toll", "murder", "murders", "murdered", "murdering", "slain", "slaying",
        "slayings",
    ]
    static let injuredWords: Set<String> = ["injured", "wounded", "injuries", "hurt", "hospitalised", "hospitalized"]

    /// Prepositions that make the count after them the object of a phrase ("father of two boys", "mother to
    /// three children", "a home with four children").
    static let prepositions: Set<String> = ["of", "to", "with", "for"]
    /// Words before a preposition that make the count after it the figure itself: "a total of 12 people
    /// died", "a toll of 40 people", "up to 30 people were injured".
    static let quantifierHeads: Set<String> = [
        "total", "number", "toll", "minimum", "maximum", "tally", "count", "up", "close", "upwards",
    ]
    /// Casualty verbs that are only finite ("died", never "people died in"): their subject is a whole noun phrase.
    static let finiteDeathVerbs: Set<String> = ["died", "dies", "die", "perished"]
    /// Verbs that start the predicate of the noun before a preposition ("the father of two boys was killed").
    static let auxiliaries: Set<String> = ["was", "were", "is", "are", "has", "have", "had", "been"]

    /// The slots a quantity fills in a claim, each with its key, label and reading. Money gives one slot per
    /// currency it is stated in (its value and each alternative), so "US$147 billion (S$205 billion)" and
    /// "S$205 billion" meet in the SGD slot.
    static func slots(of quantity: Quantity, in claim: Claim) -> [(key: String, label: String, reading: Reading)] {
        var quantity = quantity
        if let restored = FigureScope.restoredScale(quantity, in: claim) {
            quantity.value = restored.value
            quantity.qualifier = restored.qualifier
        }
        if let joined = FigureScope.joinedThousands(
            quantity.value, endingAt: quantity.span.end - claim.span.start, in: claim.text)
        {
            let factor = joined / quantity.value
            quantity.value = joined
            quantity.normalizedValue = quantity.normalizedValue.map { $0 * factor }
            quantity.alternatives = []
        }
        let unit = quantity.unit.map { Folding.fold($0) }
        switch quantity.kind {
        case .money:
            var result: [(String, String, Reading)] = []
            let currency = unit ?? "?"
            result.append(
                (
                    "money:" + currency, "amount (\(currency))",
                    Reading(value: quantity.value, qualifier: quantity.qualifier, text: quantity.text)
                ))
            for alternative in quantity.alternatives {
                let c = Folding.fold(alternative.unit)
                result.append(
                    (
                        "money:" + c, "amount (\(c))",
                        Reading(value: alternative.value, qualifier: quantity.qualifier, text: alternative.text)
                    ))
            }
            return result
        case .percent:
            return [
                (
                    "percent", "percentage",
                    Reading(value: quantity.value, qualifier: quantity.qualifier, text: quantity.text)
                )
            ]
        case .length, .area, .volume, .mass, .duration:
            let key = quantity.kind.rawValue
            if let normalized = quantity.normalizedValue {
                return [
                    (
                        key, key,
                        Reading(value: normalized, qualifier: quantity.qualifier, text: quantity.text, unit: unit)
                    )
                ]
            }
            let label = unit.map { "\(key) (\($0))" } ?? key
            return [
                (
                    key + ":" + (unit ?? ""), label,
                    Reading(value: quantity.value, qualifier: quantity.qualifier, text: quantity.text)
                )
            ]
        case .count:
            guard let noun = countedNoun(quantity, unit: unit, in: claim) else { return [] }
            return [
                (
                    "count:" + noun, "count of \(noun)",
                    Reading(value: quantity.value, qualifier: quantity.qualifier, text: quantity.text)
                )
            ]
        case .multiplier, .ordinal, .other:
            return []
        }
    }

    /// The counted noun, canonical: "dead" and "injured" when a casualty word is the unit, follows within four
    /// words ("12 people were killed") or comes just before ("killed twelve people", "toll stands at 12"), else
    /// the stem of the unit.
    static func countedNoun(_ quantity: Quantity, unit: String?, in claim: Claim) -> String? {
        if let unit {
            if deadWords.contains(unit) { return "dead" }
            if injuredWords.contains(unit) { return "injured" }
            // "Three counts of criminal vehicular homicide" counts charges, whatever crime they name.
            if chargeNouns.contains(unit) { return Stemmer.stem(unit) }
        }
        let after = claim.text.slice(
            Span(start: max(0, quantity.span.end - claim.span.start), end: claim.span.length)
        )
        if let unit, ContentTerms.holdsCJK(unit), let casualty = chineseCasualty(unit: unit, after: after) {
            return casualty
        }
        let before = claim.text.slice(Span(start: 0, end: max(0, quantity.span.start - claim.span.start)))
        let lead = Tokenizer.tokens(in: before).suffix(2).map { Folding.fold(before.substring($0.span)) }
        let governed =
            lead.count == 2 && prepositions.contains(lead[1]) && !quantifierHeads.contains(lead[0])
        var relative = false
        let following = Tokenizer.tokens(in: after).prefix(5).map { Folding.fold(after.substring($0.span)) }
        for (index, token) in Tokenizer.tokens(in: after).prefix(5).enumerated() {
            let word = following[index]
            if index > 0 && token.kind == .number { break }
            // "gunned down two women and wounded a man": a verb after "and" starts another predicate, whose
            // casualty word is about its own object.
            if coordinators.contains(word), index + 1 < following.count, startsPredicate(following[index + 1]) {
                break
            }
            // "The father of two boys died": a count after a preposition is not the subject of the verb that
            // follows; the noun before the preposition is. "One of three people killed" and "prayers for two
            // men who died" still count the dead.
            if ["who", "that", "which"].contains(word) { relative = true }
            if governed && !relative && (finiteDeathVerbs.contains(word) || auxiliaries.contains(word)) { break }
            if deadWords.contains(word) { return "dead" }
            if injuredWords.contains(word) { return "injured" }
        }
        for token in Tokenizer.tokens(in: before).suffix(3).reversed() {
            let word = Folding.fold(before.substring(token.span))
            // "charged with murder and three counts of …": a casualty word of another conjunct.
            if token.kind == .number || coordinators.contains(word) { break }
            if deadWords.contains(word) { return "dead" }
            if injuredWords.contains(word) { return "injured" }
        }
        guard let unit, !unit.isEmpty else { return nil }
        return Stemmer.stem(unit)
    }

    /// Nouns that count charges ("three counts of homicide", "two charges of murder"): the crime they name
    /// is what the accused is charged with, not how many died.
    static let chargeNouns: Set<String> = ["count", "counts", "charge", "charges"]

    /// Words that join two conjuncts.
    static let coordinators: Set<String> = ["and", "or", "but"]

    /// Whether a word right after "and" starts a predicate of its own: a verb in "-ing" or "-ed" ("and leaving
    /// a man wounded", "and wounded three others"), or a casualty word. A noun phrase ("and a man died", "and
    /// 41 injured") shares the count's predicate instead.
    static func startsPredicate(_ word: String) -> Bool {
        guard word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }), word.utf8.count > 4 else {
            return false
        }
        return word.hasSuffix("ing") || word.hasSuffix("ed") || deadWords.contains(word)
            || injuredWords.contains(word)
    }

    /// "dead" or "injured" for a Chinese count whose noun or next words say so (三人死亡, 两名伤者, 5人受伤): the
    /// casualty word in the counted noun, or within the four characters after the count before any punctuation or
    /// number (三人死亡、五人受伤 gives each count its own).
    static func chineseCasualty(unit: String, after: String) -> String? {
        var following = String.UnicodeScalarView()
        for scalar in after.unicodeScalars.prefix(4) {
            guard Script.isCJK(scalar), ChineseNumerals.digit(scalar) == nil else { break }
            following.append(scalar)
        }
        for text in [unit, String(following)] {
            if chineseDeadWords.contains(where: text.contains) { return "dead" }
            if chineseInjuredWords.contains(where: text.contains) { return "injured" }
        }
        return nil
    }

    static let chineseDeadWords = ["死", "遇难", "丧生", "罹难", "丧命", "身亡", "遇害"]
    static let chineseInjuredWords = ["伤"]
}
