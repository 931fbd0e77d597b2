import ParallaxModel
import ParallaxText

/// Numbers: years, decades, numeric dates and counted durations ("three days", "10 years").
extension TimeScanner {
    mutating func numeric(at j: Int, prefixed: Bool) -> Match? {
        let l = lex[j]
        let digits = l.text.utf8.count
        // "2022-06-15"
        if digits == 4, let y = year(j), j + 4 < lex.count, lex[j + 1].hyphenBefore, let mo = integer(j + 1),
            lex[j + 1].text.utf8.count == 2, lex[j + 2].hyphenBefore, let d = integer(j + 2),
            lex[j + 2].text.utf8.count == 2, let date = CivilDate(year: y, month: mo, day: d)
        {
            return Match(kind: .date, start: j, next: j + 3, value: date.description, day: date)
        }
        // "20220615"
        if digits == 8, !l.hyphenBefore, let date = CivilDate(iso: l.text), (1900...2099).contains(date.year) {
            return Match(kind: .date, start: j, next: j + 1, value: date.description, day: date)
        }
        if l.hyphenBefore && !(j > 0 && isWord(j - 1, "mid")) { return nil }
        // "15 June 2022", "the 15th of June"
        if let (day, afterDay) = dayNumber(j) {
            var k = afterDay
            if isWord(k, "of") { k += 1 }
            if k < lex.count, let month = MonthLexicon.month(lex[k]), lex[k].spaceBefore, !lex[k].newlineBefore,
                CivilDate(year: 2000, month: month, day: day) != nil
            {
                var next = k + 1
                var y: Int? = nil
                if let yy = year(next), lex[next].spaceBefore, !lex[next].newlineBefore {
                    y = yy
                    next += 1
                }
                return finishDay(start: j, next: next, year: y, month: month, day: day)?.match
            }
        }
        // Years and decades.
        if let y = year(j), !isMeasured(j) {
            if j + 1 < lex.count, lex[j + 1].glued, isWord(j + 1, "s") {
                return Match(kind: .partial, start: j, next: j + 2, value: String(y / 10))
            }
            if j + 1 < lex.count, lex[j + 1].glued, lex[j + 1].kind == .word { return nil }
            if j + 1 < lex.count, lex[j + 1].hyphenBefore { return nil }
            if j > 0, lex[j - 1].kind == .symbol, CurrencyLexicon.signs[lex[j - 1].text] != nil { return nil }
            return Match(kind: .partial, start: j, next: j + 1, value: RelativeDateResolver.yearValue(y))
        }
        // Durations and shifts: "three days", "two days later", "10 years ago".
        if let value = NumberParser.value(ofDigits: l.text), !QuantityExtractor.isExcludedNumber(lex, at: j) {
            return counted(value, numberAt: j, unitAt: j + 1)
        }
        return nil
    }

    /// Whether the number at `j` carries a unit, scale or sign (so it is no year: "2022 tonnes").
    func isMeasured(_ j: Int) -> Bool {
        let k = j + 1
        guard k < lex.count else { return false }
        if lex[k].isSymbol("%") { return true }
        if let w = word(k), NumberParser.scales[w] != nil { return true }
        if let w = word(k), lex[k].spaceBefore, UnitLexicon.single[w] != nil, w != "s" {
            let unit = UnitLexicon.single[w]!
            return unit.kind != .duration || QuantityExtractor.isPlural(w)
        }
        if let w = word(k), lex[k].spaceBefore, QuantityExtractor.isPlural(w), !lex[k].isCapitalized,
            !StopWords.contains(w)
        {
            return true  // "2000 troops"
        }
        return false
    }

    /// Calendar units as ``UnitLexicon`` symbols.
    static func calendarUnit(_ word: String) -> String? {
        switch word {
        case "second", "seconds": return "s"
        case "minute", "minutes": return "min"
        case "hour", "hours": return "h"
        case "day", "days": return "d"
        case "week", "weeks": return "wk"
        case "month", "months": return "mo"
        case "year", "years": return "yr"
        case "decade", "decades": return "decade"
        case "century", "centuries": return "century"
        default: return nil
        }
    }

    /// The largest count of units a date is moved by ("100,000 days ago", "100,000 decades later"): far past
    /// any date news reports, and small enough that the calendar arithmetic cannot overflow `Int`. Larger
    /// counts (a hostile "10^60 days ago") leave the expression without a value.
    static let maxShiftCount = 100_000.0

    static func tooFar(_ phrase: String) -> String { "'\(phrase)' is too far from any date to resolve" }

    /// "N units" followed by "ago"/"later"/"earlier" (a point) or not (a duration). `value` nil means "few".
    mutating func counted(_ value: Double?, numberAt j: Int, unitAt k: Int, start: Int? = nil, pointsOnly: Bool = false)
        -> Match?
    {
        guard k < lex.count, let w = word(k), lex[k].spaceBefore || lex[k].hyphenBefore,
            let unit = Self.calendarUnit(w)
        else { return nil }
        var next = k + 1
        if isWord(next, "old") { return nil }  // an age
        let start = start ?? j
        if let direction = word(next), lex[next].spaceBefore {
            // nil when the count is too large to move a date by ("10^60 days ago"); see maxShiftCount.
            let count = value.flatMap { abs($0) <= Self.maxShiftCount ? Int($0) : nil }
            switch direction {
            case "ago":
                var m = Match(kind: .relative, start: start, next: next + 1)
                guard value != nil else { return nil }
                if let pub = published, let count {
                    m.value = RelativeDateResolver.shifted(pub, by: -count, unit: unit)
                    if unit == "d" { m.day = CivilDate(iso: m.value!) }
                } else if published == nil {
                    m.reason = "no publication date to anchor '\(spanText(start, next + 1))'"
                } else {
                    m.reason = Self.tooFar(spanText(start, next + 1))
                }
                return m
            case "later", "earlier", "afterwards", "after", "before":
                guard value != nil else { return nil }
                let sign = direction == "earlier" || direction == "before" ? -1 : 1
                next += 1
                if direction == "after" || direction == "before", next < lex.count, lex[next].kind == .word {
                    // "two days after the summit": anchored to an event.
                    var m = Match(kind: .relative, start: start, next: next)
                    guard let count else {
                        m.reason = Self.tooFar(spanText(start, next))
                        return m
                    }
                    if let anchor = eventAnchor(clauseFrom: next, before: start) {
                        m.value = RelativeDateResolver.shifted(anchor, by: sign * count, unit: unit)
                        if unit == "d" { m.day = CivilDate(iso: m.value!) }
                    } else {
                        m.reason = "'\(spanText(start, next))' refers to an event with no date in the text"
                    }
                    return m
                }
                var m = Match(kind: .relative, start: start, next: next)
                guard let count else {
                    m.reason = Self.tooFar(spanText(start, next))
                    return m
                }
                if let anchor = days.last?.date {
                    m.value = RelativeDateResolver.shifted(anchor, by: sign * count, unit: unit)
                    if unit == "d" { m.day = CivilDate(iso: m.value!) }
                } else {
                    m.reason = "no earlier date in the text to anchor '\(spanText(start, next))'"
                }
                return m
            default: break
            }
        }
        if pointsOnly { return nil }
        return Match(
            kind: .duration, start: start, next: next,
            value: RelativeDateResolver.durationValue(count: value, unit: unit))
    }

    func spanText(_ start: Int, _ next: Int) -> String {
        text.slice(Span(start: lex[start].start, end: lex[next - 1].end))
    }
}
