import ParallaxModel
import ParallaxText

/// Finds amounts, measures, percentages, counts, multipliers and ordinals in a text, normalised.
///
/// Chinese numerals and measure words are read by ``ChineseQuantityScanner``; the rest of this comment is the
/// English reading.
///
/// Rule-based over ``Lexeme``s (one pass, no regular expressions). What it reads:
/// - numbers in digits ("1,284", "14.5", "14,5") or words ("two" … "ninety", "twenty-five", "a dozen",
///   "half a million"), with scale words ("million", "bn", glued "m"/"k" after a currency sign);
/// - money with a sign, a code or a name ("US$147 billion", "€3bn", "RMB 5 billion", "5 billion yuan",
///   "300 roubles"); two amounts back to back or one in brackets are one ``Quantity`` whose second amount is an
///   ``Quantity/Alternative`` ("US$147 billion S$205 billion", "US$4.2 billion (€3.9 billion)");
/// - measures (``UnitLexicon``), with `normalizedValue` in SI base units ("14.5 centimetres" → 0.145 m);
/// - percentages ("80 percent", "30 per cent", "42%"; "percentage points" as unit "pp");
/// - multipliers ("42 times", "twice"), ordinals ("69th birthday", "third BRF": unit is the noun after);
/// - counts, whose unit is the counted noun: the last word of a run of up to three words after the number
///   that ends at the first plural ("500 displaced civilians" → "civilians", "eight Chinese ports" → "ports"),
///   folded, plural kept; ages ("69 years old", "69-year-old") are counts with unit "years old".
///
/// Also: fractions after "a" as percentages ("almost a fifth" → 20 %, "half of" → 50 %), "several hundred" (300,
/// qualifier "several"), "dozens of" (24, qualifier "dozens": the least the word means), and one unit after a
/// hedge or preposition ("less than an hour", "at least a week"; not the rate in "38,000 vehicles a day").
///
/// What it leaves out: years (four digits 1800–2100 with no unit: `TimeExtractor` reads them), day numbers
/// beside a month ("June 15", "15 June"), times of day ("11:46", "3 pm"), compact dates ("20220615"), codes
/// ("G20", "COVID-19", "Su-35", "5G"), hyphenated number runs ("2022-06-15", "10-15"), labels ("No. 1",
/// "Category 1", "the number 14 route"), digit groups ("0400 555 010"), durations that are points in time
/// ("two days later", "five months ago": `TimeExtractor` reads them), and number words with nothing counted
/// after them ("the two", "one of"). "one" counts only before a scale or a unit. A count above one needs a
/// plural or an invariant noun ("people", "dead", "injured"), so "nine remain" gives no unit noun.
public enum QuantityExtractor {
    /// All quantities in `text`, in order, with UTF-8 spans: those written the English way, and in text holding
    /// Han characters those written the Chinese way (``ChineseQuantityScanner``: 七项协议, 1.2万人, 3亿元), which win
    /// where the two overlap.
    public static func extract(from text: String) -> [Quantity] {
        let latin = extractLatin(from: text)
        guard ChineseQuantityScanner.mayHold(text) else { return latin }
        let chinese = ChineseQuantityScanner.quantities(in: text)
        guard !chinese.isEmpty else { return latin }
        let kept = latin.filter { quantity in !chinese.contains { $0.span.overlaps(quantity.span) } }
        return (kept + chinese).sorted { $0.span < $1.span }
    }

    /// The quantities written the English way.
    static func extractLatin(from text: String) -> [Quantity] {
        let lex = Lexer.lexemes(in: text)
        var result: [Quantity] = []
        var i = 0
        while i < lex.count {
            // Cheap gate: only numbers, number words, currency signs and codes can start an amount.
            let candidate: Bool
            switch lex[i].kind {
            case .number: candidate = true
            case .symbol:
                candidate =
                    lex[i].end - lex[i].start == 1 ? lex[i].text == "$" : CurrencyLexicon.signs[lex[i].text] != nil
            case .word: candidate = lex[i].tags.contains(.quantityStart) || lex[i].isAllCaps
            }
            if candidate, let found = quantity(lex, at: i, text: text) {
                result.append(found.quantity)
                i = found.next
            } else {
                i += 1
            }
        }
        return result
    }

    /// Words that can open an amount.
    static let startWords: Set<String> = {
        var words = Set(NumberParser.cardinals.keys)
        words.formUnion(NumberParser.ordinals.keys)
        words.formUnion(NumberParser.vaguePlurals.keys)
        words.formUnion(NumberParser.multiplierWords.keys)
        words.formUnion(CurrencyLexicon.dollarPrefixes.keys)
        words.formUnion(["a", "an", "half", "several", "few", "rs"])
        return words
    }()

    /// The parsed core of an amount: sign or code, number, scale, unit.
    struct Core {
        var start: Int
        var next: Int
        var value: Double
        var kind: Quantity.Kind
        var unit: String?
        var normalized: Double?
        /// What the number was: digits, a word, an ordinal or a vague plural.
        var numberKind: NumberKind
        var vague: String?
    }

    enum NumberKind { case digits, word, one, ordinal, multiplierWord, vague, half }

    // MARK: - One quantity

    static func quantity(_ lex: [Lexeme], at i: Int, text: String) -> (quantity: Quantity, next: Int)? {
        guard var core = core(lex, at: i) else { return nil }
        var end = core.next  // lexeme index after the quantity
        // Counted noun, for plain numbers and ordinals.
        if core.unit == nil && core.kind == .count || core.kind == .ordinal {
            if core.numberKind == .vague {
                // "dozens of civilians"
                guard end < lex.count, lex[end].isWord("of"), let head = headNoun(lex, from: end + 1) else {
                    return nil
                }
                core.unit = head.noun
                end = head.next
            } else if let head = headNoun(lex, from: end),
                core.kind == .ordinal || core.value <= 1 || lex[end].hyphenBefore || isPlural(head.noun)
                    || invariantCounts.contains(head.noun) || lex[head.next - 1].isCapitalized
            {
                core.unit = head.noun
                end = head.next
            } else if core.kind == .ordinal, core.start > 0,
                ["the", "its", "their"].contains(lex[core.start - 1].text),
                end < lex.count, lex[end].kind == .word, ["to", "in", "since", "this", "of"].contains(lex[end].text)
            {
                // "the third to hit the valley this year": the counted noun is elided.
            } else if core.kind == .count, core.numberKind == .word, core.value >= 2, end + 1 < lex.count,
                lex[end].isWord("of"), ["them", "whom", "those", "these", "us"].contains(lex[end + 1].text)
            {
                // "nine of them": a count of something named before.
            } else if core.numberKind != .digits {
                return nil  // "the two", "at first", "one of"
            }
        }
        if core.numberKind == .one && core.kind == .count { return nil }
        // Alternatives: "US$147 billion S$205 billion", "US$4.2 billion (€3.9 billion)", "5 km (3 miles)".
        var alternatives: [Quantity.Alternative] = []
        if core.kind != .count && core.kind != .ordinal, end < lex.count {
            var k = end
            let bracket = lex[k].isSymbol("(") || lex[k].isSymbol("[")
            var orForm = false
            if bracket {
                k += 1
                if k < lex.count, lex[k].kind == .word, bracketHedges.contains(lex[k].text) { k += 1 }
            } else if lex[k].isSymbol("/") {
                k += 1
            } else if lex[k].isSymbol(","), k + 1 < lex.count, lex[k + 1].isWord("or") {
                // "US$4.2 billion, or about 19.3 billion Kestrian marks"
                k += 2
                if k < lex.count, lex[k].kind == .word, bracketHedges.contains(lex[k].text) { k += 1 }
                orForm = true
            }
            if k < lex.count, bracket || core.kind == .money, bracket || orForm || startsWithCurrency(lex, k),
                let alt = Self.core(lex, at: k), alt.kind == core.kind
            {
                var altEnd = alt.next
                let closed = altEnd < lex.count && (lex[altEnd].isSymbol(")") || lex[altEnd].isSymbol("]"))
                if closed { altEnd += 1 }
                if (!bracket || closed) && !(orForm && alt.unit == core.unit) {
                    let span = Span(start: lex[alt.start].start, end: lex[alt.next - 1].end)
                    alternatives.append(.init(value: alt.value, unit: alt.unit ?? "", text: text.slice(span)))
                    end = altEnd
                }
            }
        }
        var start = core.start
        var qualifier = core.vague
        if let q = QualifierLexicon.match(lex, before: core.start), q.start >= 0 {
            // "some" and "over" must touch the number: "over the past" is no hedge, nor "some of".
            qualifier = q.phrase
            start = q.start
        }
        let span = Span(start: lex[start].start, end: lex[end - 1].end)
        let quantity = Quantity(
            kind: core.kind, text: text.slice(span), span: span, value: core.value, unit: core.unit,
            alternatives: alternatives, qualifier: qualifier, normalizedValue: core.normalized)
        return (quantity, end)
    }

    /// Hedges allowed right inside a bracketed alternative ("(about €3.9 billion)").
    static let bracketHedges: Set<String> = ["about", "around", "roughly", "some", "approximately", "nearly", "or"]

    static func startsWithCurrency(_ lex: [Lexeme], _ i: Int) -> Bool {
        if lex[i].kind == .symbol { return CurrencyLexicon.signs[lex[i].text] != nil }
        if lex[i].kind == .word {
            if i + 1 < lex.count, lex[i + 1].isSymbol("$"), lex[i + 1].glued { return true }
            return lex[i].isAllCaps && CurrencyLexicon.codes[lex[i].text] != nil
        }
        return false
    }

    // MARK: - Core: currency, number, scale, unit

    static func core(_ lex: [Lexeme], at i: Int) -> Core? {
        let n = lex.count
        let (currency, j) = currencyBefore(lex, at: i)
        guard j < n else { return nil }
        if currency != nil && j > i && lex[j].kind != .number { return nil }
        guard var number = readNumber(lex, at: j) else { return nil }
        if currency != nil && number.kind != .digits { return nil }
        if number.kind == .digits && currency == nil && isExcludedNumber(lex, at: j) { return nil }
        if number.kind == .digits, j == i, j > 0, lex[j].glued, lex[j - 1].kind == .word { return nil }  // "G20"
        var (k, scaled) = readScales(lex, &number, currency: currency)
        if (number.kind == .one || number.kind == .half && !number.percentHalf) && scaled { number.kind = .word }
        var core = Core(
            start: i, next: k, value: number.value, kind: .count, unit: nil, normalized: nil, numberKind: number.kind,
            vague: number.vague)
        if number.kind == .ordinal {
            core.kind = .ordinal
            return core
        }
        if number.kind == .multiplierWord {
            core.kind = .multiplier
            core.unit = "times"
            return core
        }
        if number.kind == .half && number.percentHalf {
            core.kind = .percent
            core.unit = "%"
            return core
        }
        if let code = currency {
            // Optional trailing name ("US$5 billion dollars" is rare, but "¥5 billion yen" occurs).
            if k < n, lex[k].kind == .word, CurrencyLexicon.names[lex[k].text] == code { k += 1 }
            core.kind = .money
            core.unit = code
            core.next = k
            return core
        }
        if let money = moneyAfter(core, lex, at: k, scaled: scaled) { return money }
        if k < n, lex[k].spaceBefore || lex[k].glued || lex[k].hyphenBefore,
            let (unit, after) = UnitLexicon.match(lex, at: k)
        {
            return measure(core, number, unit: unit, lex, from: k, to: after)
        }
        if number.kind == .half { return nil }
        // A bare number right after a capitalised word is a label: "Category 1", "Article 5", "Resolution 2231".
        if j == i, j > 0, lex[j - 1].kind == .word, lex[j - 1].isCapitalized, lex[j].spaceBefore,
            number.kind == .digits, !StopWords.contains(lex[j - 1].text),
            QualifierLexicon.match(lex, before: j) == nil
        {
            let nounNext = headNoun(lex, from: k) != nil
            if !nounNext { return nil }
        }
        // Digits glued to a word that is no unit: a code or model name ("5G", "3D", "4x4").
        if k < n, lex[k].kind == .word, lex[k].glued { return nil }
        return core
    }

    /// A currency before the number at `i` ("$", "US$", "EUR 5", "Rs. 300"), and where the number starts.
    private static func currencyBefore(_ lex: [Lexeme], at i: Int) -> (code: String?, number: Int) {
        let n = lex.count
        let l = lex[i]
        if l.kind == .symbol, let code = CurrencyLexicon.signs[l.text] {
            return (code, i + 1)
        } else if l.kind == .word, l.isCapitalized, i + 1 < n, lex[i + 1].isSymbol("$"), lex[i + 1].glued,
            let code = CurrencyLexicon.dollarPrefixes[l.text]
        {
            return (code, i + 2)
        } else if l.kind == .word, l.isAllCaps || l.text == "rs", let code = CurrencyLexicon.codes[l.text],
            i + 1 < n, lex[i + 1].kind == .number || lex[i + 1].isSymbol(".")
        {
            var j = i + 1
            if j < n, lex[j].isSymbol(".") { j += 1 }
            return (code, j)
        }
        return (nil, i)
    }

    /// Multiplies `number` by the scale words after it ("2.4 million", "£2.4m", "300k"); returns the index after
    /// them and whether there was one.
    private static func readScales(_ lex: [Lexeme], _ number: inout NumberRead, currency: String?) -> (Int, Bool) {
        let n = lex.count
        var k = number.next
        var scaled = false
        while k < n {
            let w = lex[k]
            guard w.kind == .word else { break }
            if w.glued, let s = NumberParser.gluedScales[w.text] {
                // "£2.4m", "300k": a scale after a currency, or before a counted noun; else a unit ("5m" metres).
                // "2.4m people" is millions; "the 340m bridge" is metres: only a plural noun after makes it a scale.
                let nounNext =
                    k + 1 < n && lex[k + 1].kind == .word && lex[k + 1].spaceBefore
                    && UnitLexicon.single[lex[k + 1].text] == nil
                    && (isPlural(lex[k + 1].text) || invariantCounts.contains(lex[k + 1].text))
                guard currency != nil || (w.text != "m" || nounNext) else { break }
                number.value *= s
            } else if let s = NumberParser.scales[w.text], w.spaceBefore || w.glued || w.hyphenBefore {
                if w.text == "hundred" && number.kind == .digits { break }
                number.value *= s
            } else {
                break
            }
            scaled = true
            k += 1
        }
        return (k, scaled)
    }

    /// A currency after the number at `k` ("5 billion USD", "300 Hong Kong dollars", "2 million pounds"), or nil.
    private static func moneyAfter(_ core: Core, _ lex: [Lexeme], at k: Int, scaled: Bool) -> Core? {
        let n = lex.count
        guard k < n, lex[k].kind == .word, lex[k].spaceBefore || lex[k].glued else { return nil }
        let w = lex[k]
        if w.isAllCaps, let code = CurrencyLexicon.codes[w.text], w.text != "rs" {
            return money(core, code, k + 1)
        }
        if let q = CurrencyLexicon.dollarQualifiers[w.text], k + 1 < n,
            lex[k + 1].isWord("dollars") || lex[k + 1].isWord("dollar")
        {
            return money(core, q, k + 2)
        }
        if w.isCapitalized, k + 1 < n, lex[k + 1].spaceBefore, lex[k + 1].kind == .word,
            CurrencyLexicon.nationalNouns.contains(lex[k + 1].text),
            CurrencyLexicon.dollarQualifiers[w.text] == nil
        {
            let pair = w.text + " " + lex[k + 1].text
            let plural = pair.hasSuffix("s") ? pair : pair + "s"
            return money(core, CurrencyLexicon.nationalCurrencies[plural] ?? pair, k + 2)
        }
        if w.text == "hong", k + 2 < n, lex[k + 1].isWord("kong"), lex[k + 2].isWord("dollars") {
            return money(core, "HKD", k + 3)
        }
        if w.text == "pounds" || w.text == "pound" {
            if scaled || k + 1 < n && lex[k + 1].isWord("sterling") {
                let after = k + 1 < n && lex[k + 1].isWord("sterling") ? k + 2 : k + 1
                return money(core, "GBP", after)
            }
        } else if let code = CurrencyLexicon.names[w.text] {
            if !CurrencyLexicon.ambiguousNames.contains(w.text) || scaled { return money(core, code, k + 1) }
        }
        return nil
    }

    /// The number with the unit of measure `lex[k..<after]` names, or nil when the unit word is not one here
    /// ("one day he…", "two days later").
    private static func measure(
        _ core: Core, _ number: NumberRead, unit: MeasureUnit, _ lex: [Lexeme], from k: Int, to after: Int
    ) -> Core? {
        var core = core
        let n = lex.count
        let w = lex[k]
        let singleLetter = w.kind == .word && w.text.utf8.count == 1
        // "5 t" and "5G" are no tonnes or grams: single-letter units other than "m" must be glued and lowercase.
        if singleLetter && (w.isCapitalized || w.text != "m" && !w.glued) {
            return number.kind == .digits && !w.glued ? core : nil
        }
        // "69 years old", "69-year-old": an age.
        if unit.kind == .duration, unit.symbol == "yr", after < n, lex[after].isWord("old") {
            core.unit = "years old"
            core.next = after + 1
            return core
        }
        if number.kind == .one && unit.kind == .duration { return nil }  // "one day he…"
        // "two days later", "five months ago", "five days before it fell": a point in time, which
        // `TimeExtractor` reports, not an amount.
        if unit.kind == .duration, after < n, lex[after].kind == .word, lex[after].spaceBefore,
            relativeDirections.contains(lex[after].text)
        {
            return nil
        }
        if unit.kind == .multiplier && number.kind == .word && lex[k].text == "fold" && !lex[k].hyphenBefore {
            return nil
        }
        core.kind = unit.kind
        core.unit = unit.symbol
        core.value = number.value * unit.impliedScale
        core.normalized = unit.toSI.map { core.value * $0 }
        core.next = after
        if number.kind == .one { core.numberKind = .word }
        return core
    }

    private static func money(_ core: Core, _ code: String, _ next: Int) -> Core {
        var core = core
        core.kind = .money
        core.unit = code
        core.next = next
        if core.numberKind == .one { core.numberKind = .word }
        return core
    }
}
