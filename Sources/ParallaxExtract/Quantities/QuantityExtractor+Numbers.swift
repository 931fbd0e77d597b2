import ParallaxModel
import ParallaxText

/// Reading the number of a quantity ("1,284", "3.5", "twenty-one", "a dozen") and telling apart the digits
/// that are not amounts (dates, times, years, codes, ranges).
extension QuantityExtractor {
    struct NumberRead {
        var value: Double
        var next: Int
        var kind: NumberKind
        var vague: String? = nil
        var percentHalf = false
    }

    /// The number at lexeme `j`: digits, a number word, "a dozen", "half a", an ordinal.
    static func readNumber(_ lex: [Lexeme], at j: Int) -> NumberRead? {
        let n = lex.count
        let l = lex[j]
        if l.kind == .number {
            guard let value = NumberParser.value(ofDigits: l.text) else { return nil }
            if j + 1 < n, lex[j + 1].glued, lex[j + 1].kind == .word,
                NumberParser.ordinalSuffixes.contains(lex[j + 1].text)
            {
                return NumberRead(value: value, next: j + 2, kind: .ordinal)
            }
            return NumberRead(value: value, next: j + 1, kind: .digits)
        }
        guard l.kind == .word else { return nil }
        // Capitalised number words inside a sentence are names ("First Lady", "Group of Seven").
        if l.isCapitalized && !opensSentence(lex, j) { return nil }
        let w = l.text
        if let tens = NumberParser.cardinals[w] {
            var value = tens
            var next = j + 1
            if tens >= 20, tens.truncatingRemainder(dividingBy: 10) == 0, next < n, lex[next].hyphenBefore {
                if let unit = NumberParser.cardinals[lex[next].text], unit < 10 {
                    value += unit
                    next += 1
                } else if let unit = NumberParser.ordinals[lex[next].text], unit < 10 {
                    return NumberRead(value: value + unit, next: next + 1, kind: .ordinal)
                }
            }
            return NumberRead(value: value, next: next, kind: w == "one" ? .one : .word)
        }
        if let value = NumberParser.ordinals[w] {
            if w == "second", j + 1 < n, lex[j + 1].isSymbol(",") { return nil }
            return NumberRead(value: value, next: j + 1, kind: .ordinal)
        }
        if let value = NumberParser.multiplierWords[w] {
            return NumberRead(value: value, next: j + 1, kind: .multiplierWord)
        }
        if let value = NumberParser.vaguePlurals[w], j + 1 < n, lex[j + 1].isWord("of") {
            return NumberRead(value: value, next: j + 1, kind: .vague, vague: w)
        }
        if w == "several" || w == "few" {
            // "several hundred protesters", "a few thousand": "several" is read as three, the least it means.
            guard j + 1 < n, let s = NumberParser.scales[lex[j + 1].text], s >= 100, lex[j + 1].text.utf8.count > 3
            else { return nil }
            return NumberRead(value: w == "few" ? 2 : 3, next: j + 1, kind: .word, vague: w)
        }
        if w == "a" || w == "an" { return readArticle(lex, at: j) }
        if w == "half" { return readHalf(lex, at: j) }
        return nil
    }

    /// "a dozen", "a million", "a fifth of", "less than an hour": the number an article stands for.
    private static func readArticle(_ lex: [Lexeme], at j: Int) -> NumberRead? {
        let n = lex.count
        // "a dozen", "a million", "a hundred"
        guard j + 1 < n, lex[j + 1].kind == .word else { return nil }
        let next = lex[j + 1].text
        if next == "dozen" { return NumberRead(value: 12, next: j + 2, kind: .word) }
        // "almost a fifth", "a quarter of": a fraction, as a percentage; "a third flood" is an ordinal.
        if let denominator = NumberParser.fractions[next],
            j + 2 >= n || lex[j + 2].isWord("of") || headNoun(lex, from: j + 2) == nil
        {
            return NumberRead(value: 100 / denominator, next: j + 2, kind: .half, percentHalf: true)
        }
        if let s = NumberParser.scales[next], s >= 100, next.utf8.count > 3 {
            return NumberRead(value: 1, next: j + 1, kind: .word)
        }
        // "less than an hour", "at least a week", "about a metre": one unit, after a hedge or preposition
        // (not "38,000 vehicles a day", a rate).
        if j > 0, let before = lex[j - 1].kind == .word ? lex[j - 1].text : nil,
            Self.singleUnitLeads.contains(before),
            let unit = UnitLexicon.single[next], unit.kind != .percent, unit.kind != .multiplier,
            next.utf8.count > 2, !isPlural(next), next != "second"
        {
            return NumberRead(value: 1, next: j + 1, kind: .word)
        }
        return nil
    }

    /// "half of" (50 percent), "half a" (0.5).
    private static func readHalf(_ lex: [Lexeme], at j: Int) -> NumberRead? {
        let n = lex.count
        guard j + 1 < n, lex[j + 1].kind == .word else { return nil }
        if lex[j + 1].text == "of" {
            return NumberRead(value: 50, next: j + 1, kind: .half, percentHalf: true)
        }
        if lex[j + 1].text == "a" || lex[j + 1].text == "an" {
            return NumberRead(value: 0.5, next: j + 2, kind: .half)
        }
        return nil
    }

    /// Words after which "a"/"an" before a unit means one of it.
    static let singleUnitLeads: Set<String> = [
        "than", "least", "about", "around", "nearly", "almost", "under", "over", "within", "for", "only", "just",
        "roughly", "some", "after", "most",
    ]

    /// Whether lexeme `j` opens a sentence (text start, a line start, or after `.`, `!`, `?`, or an opening quote).
    static func opensSentence(_ lex: [Lexeme], _ j: Int) -> Bool {
        if j == 0 || lex[j].newlineBefore { return true }
        let p = lex[j - 1]
        guard p.kind == .symbol else { return false }
        switch p.text {
        case ".", "!", "?", "\"", "“", "‘", "'", "(", ":", "—", "–", "-": return true
        default: return false
        }
    }

    /// Digits that are part of a date, a time, a year, a code or a range rather than an amount.
    static func isExcludedNumber(_ lex: [Lexeme], at j: Int) -> Bool {
        let n = lex.count
        let l = lex[j]
        let digits = l.text
        let plain = !digits.utf8.contains(0x2C) && !digits.utf8.contains(0x2E)
        let length = digits.utf8.count
        if plain && length > 1 && digits.utf8.first == 0x30 { return true }  // "06", "007"
        if plain && length == 8 { return true }  // "20220615"
        // Hyphen runs and codes: "2022-06-15", "COVID-19", "mid-2023", "10-15".
        if l.hyphenBefore { return true }
        if j + 1 < n, lex[j + 1].hyphenBefore, lex[j + 1].kind == .number { return true }
        // Times of day and fractions: "11:46", "3/4", "24/7".
        if j + 2 < n, lex[j + 1].glued, lex[j + 1].isSymbol(":") || lex[j + 1].isSymbol("/"),
            lex[j + 2].glued, lex[j + 2].kind == .number
        {
            return true
        }
        if j >= 2, l.glued, lex[j - 1].isSymbol(":") || lex[j - 1].isSymbol("/"), lex[j - 2].kind == .number {
            return true
        }
        if j + 1 < n, lex[j + 1].kind == .word, timeOfDayWords.contains(lex[j + 1].text) { return true }
        if j + 2 < n, lex[j + 1].kind == .word, lex[j + 1].text == "a" || lex[j + 1].text == "p",
            lex[j + 2].isSymbol(".")
        {
            return true
        }
        // Beside a month: "June 15", "Feb. 24", "15 June", "the 15th of June".
        if j >= 1, MonthLexicon.month(lex[j - 1]) != nil, !l.newlineBefore { return true }
        if j >= 2, lex[j - 1].isSymbol("."), MonthLexicon.month(lex[j - 2]) != nil { return true }
        if j + 1 < n, MonthLexicon.month(lex[j + 1]) != nil, lex[j + 1].spaceBefore, !lex[j + 1].newlineBefore {
            return true
        }
        if j + 3 < n, lex[j + 1].kind == .word, NumberParser.ordinalSuffixes.contains(lex[j + 1].text),
            lex[j + 2].isWord("of"), MonthLexicon.month(lex[j + 3]) != nil
        {
            return true
        }
        // Digit groups: phone numbers and codes ("0400 555 010").
        if j >= 1, lex[j - 1].kind == .number, l.spaceBefore { return true }
        if j + 1 < n, lex[j + 1].kind == .number, lex[j + 1].spaceBefore { return true }
        if j >= 1, lex[j - 1].kind == .word, labelWords.contains(lex[j - 1].text), l.spaceBefore { return true }
        // "No. 1"
        if j >= 2, lex[j - 1].isSymbol("."), lex[j - 2].isWord("no") { return true }
        // Years: four plain digits 1800–2100 with no unit, scale or sign after them.
        if plain && length == 4, let value = NumberParser.value(ofDigits: digits), value >= 1800, value <= 2100 {
            if j + 1 < n, lex[j + 1].glued, lex[j + 1].isWord("s") { return true }  // "1990s"
            if j + 1 < n, lex[j + 1].isSymbol("%") { return false }
            if j + 1 < n, UnitLexicon.match(lex, at: j + 1) != nil || NumberParser.scales[lex[j + 1].text] != nil {
                return false
            }
            return true
        }
        return false
    }

    /// Words after a duration that make it a point in time.
    static let relativeDirections: Set<String> = ["ago", "later", "earlier", "after", "before", "afterwards", "since"]

    static let timeOfDayWords: Set<String> = [
        "am", "pm", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "hrs", "o'clock", "ist", "msk", "bjt",
    ]
}
