import ParallaxModel
import ParallaxText

/// Finds dates and time references and normalises them TIMEX3-style against the publication date.
///
/// Values: a day "2022-06-15", a month "2022-02", a year "2030", a decade "199", an ISO week "2022-W23", a
/// weekend "2022-W23-WE", a duration "P10Y"/"P3D"/"PT2H". Modifiers: START ("early", "the beginning of"),
/// MID ("mid-2023"), END ("late", "the end of"), BEFORE ("by 2030", "until", "through", "before"), AFTER
/// ("since 2013", "after"), APPROX ("around 2019"); with two prefixes the one nearer the date wins ("since the
/// beginning of this year" → START).
///
/// Resolution rules, each chosen for news text:
/// - A bare weekday ("on Wednesday", "Wednesday's call") is the most recent such day on or before publication
///   when its clause is past ("held", "said", any "-ed" verb), since news reports the past; when the clause is
///   future ("will meet on Friday", "is due to visit on Tuesday", "said the strike would continue until
///   Thursday") it is the next such day on or after publication; with no tense cue either way ("Varga returns
///   on Friday") it is the nearer of the two. "last"/"next" exclude the publication day itself. The clause is
///   the sentence cut at "that", ";", ":" and quotation marks, so "said on Wednesday that China will…" stays
///   past.
/// - A month-day without a year ("June 10", "Feb. 24") takes the publication year, except that a past event
///   more than half a year after publication is last year's (and a future one half a year before, next
///   year's): see ``RelativeDateResolver/yearRolloverDays``. With a weekday ("Wednesday June 15") the year
///   whose calendar fits the weekday wins.
/// - "the next day", "two days later" anchor to the latest full date earlier in the text; "the day after
///   Russia launched its invasion" anchors to the earlier sentence with a date that shares at least two content
///   words with the clause ("Putin launched his invasion of Ukraine on Feb 24"); otherwise they stay unresolved
///   with a reason.
/// - Without a publication date, anything relative keeps `value` nil and says why in `unresolvedReason`;
///   dates that carry their year still resolve.
///
/// Times of day are skipped, not reported. Lowercase "may"/"march" are never months; capitalised "May" and
/// "March" (and abbreviations) need a day or year after them or a preposition before them.
public enum TimeExtractor {
    /// All time expressions in `text`, in order.
    /// - Parameters:
    ///   - text: The article body.
    ///   - published: The publication date that relative expressions are anchored to, when known.
    public static func extract(from text: String, published: CivilDate?) -> [TimeExpression] {
        var scanner = TimeScanner(text: text, published: published)
        return scanner.run()
    }
}

/// One pass over an article's lexemes.
struct TimeScanner {
    let text: String
    let published: CivilDate?
    let lex: [Lexeme]
    var results: [TimeExpression] = []
    /// Resolved day-level dates in text order with the lexeme where each starts, for "the next day".
    var days: [(index: Int, date: CivilDate)] = []

    init(text: String, published: CivilDate?) {
        self.text = text
        self.published = published
        self.lex = Lexer.lexemes(in: text)
    }

    /// A matched expression before it becomes a ``TimeExpression``.
    struct Match {
        var kind: TimeExpression.Kind
        var start: Int
        var next: Int
        var value: String? = nil
        var modifier: String? = nil
        var reason: String? = nil
        var day: CivilDate? = nil
    }

    /// Words that can open an expression (besides capitalised month and weekday names): one set lookup per word.
    static let gateWords: Set<String> = triggers.union(NumberParser.cardinals.keys)

    /// Words after "the"/"a"/"an" that can make a time expression.
    static let afterArticleWords: Set<String> = [
        "past", "last", "next", "coming", "previous", "following", "day", "days", "beginning", "start", "end",
        "middle", "spring", "summer", "autumn", "fall", "winter", "year", "month", "week", "weekend", "decade",
        "hour", "minute", "second", "century", "few", "couple",
    ]

    static let triggers: Set<String> = [
        "early", "late", "mid", "by", "before", "until", "till", "through", "since", "after", "around", "circa",
        "the", "beginning", "start", "end", "middle", "last", "next", "this", "coming", "past", "earlier", "later",
        "yesterday", "today", "tomorrow", "tonight", "a", "an", "for", "over", "few", "several", "within",
    ]

    mutating func run() -> [TimeExpression] {
        var i = 0
        let n = lex.count
        while i < n {
            let l = lex[i]
            let gate: Bool
            switch l.kind {
            case .number: gate = true
            case .symbol: gate = false
            case .word:
                gate =
                    Self.triggers.contains(l.text) || NumberParser.cardinals[l.text] != nil
                    || (l.isCapitalized && (MonthLexicon.month(l) != nil || MonthLexicon.weekday(l) != nil))
            }
            if gate, let m = matchWithPrefix(at: i) {
                emit(m)
                i = m.next
            } else {
                i += 1
            }
        }
        return results
    }

    mutating func emit(_ m: Match) {
        let span = Span(start: lex[m.start].start, end: lex[m.next - 1].end)
        results.append(
            TimeExpression(
                kind: m.kind, text: text.slice(span), span: span, value: m.value, modifier: m.modifier,
                unresolvedReason: m.value == nil ? (m.reason ?? "could not resolve") : nil))
        if let day = m.day { days.append((m.start, day)) }
    }

    // MARK: - Lexeme helpers

    func word(_ k: Int) -> String? { k >= 0 && k < lex.count && lex[k].kind == .word ? lex[k].text : nil }
    func isWord(_ k: Int, _ w: String) -> Bool { word(k) == w }

    /// A plain integer at `k` ("15", not "1,284" or "14.5").
    func integer(_ k: Int) -> Int? {
        guard k < lex.count, lex[k].kind == .number, lex[k].text.utf8.count <= 8 else { return nil }
        var v = 0
        for b in lex[k].text.utf8 {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            v = v * 10 + Int(b - 0x30)
        }
        return v
    }

    /// A day of month at `k`, with an optional glued ordinal suffix: the day and the index after it.
    func dayNumber(_ k: Int) -> (day: Int, next: Int)? {
        guard let d = integer(k), (1...31).contains(d), lex[k].text.utf8.count <= 2 else { return nil }
        if k + 1 < lex.count, lex[k + 1].glued, let w = word(k + 1), NumberParser.ordinalSuffixes.contains(w) {
            return (d, k + 2)
        }
        if k + 1 < lex.count, lex[k + 1].glued, lex[k + 1].kind == .word { return nil }
        return (d, k + 1)
    }

    /// A four-digit year 1900–2099 at `k`.
    func year(_ k: Int) -> Int? {
        guard k < lex.count, lex[k].text.utf8.count == 4, let y = integer(k), (1900...2099).contains(y) else {
            return nil
        }
        return y
    }

    // MARK: - Prefixes

    /// A modifier phrase at `k`: its TIMEX3 modifier and the index after it.
    func prefix(at k: Int) -> (modifier: String, next: Int)? {
        guard let w = word(k) else { return nil }
        switch w {
        case "early", "late":
            // "early on Monday", "late on Thursday"
            let next = isWord(k + 1, "on") ? k + 2 : k + 1
            return (w == "early" ? "START" : "END", next)
        case "mid": return ("MID", k + 1)
        case "by", "before", "until", "till", "through": return ("BEFORE", k + 1)
        case "since", "after": return ("AFTER", k + 1)
        case "around", "circa": return ("APPROX", k + 1)
        case "the":
            return prefix(at: k + 1).flatMap { p in
                ["START", "END", "MID"].contains(p.modifier) && isWord(p.next - 1, "of") ? p : nil
            }
        case "beginning", "start":
            return isWord(k + 1, "of") ? ("START", k + 2) : nil
        case "end":
            return isWord(k + 1, "of") ? ("END", k + 2) : nil
        case "middle":
            return isWord(k + 1, "of") ? ("MID", k + 2) : nil
        default: return nil
        }
    }

    mutating func matchWithPrefix(at i: Int) -> Match? {
        var j = i
        var modifier: String? = nil
        for _ in 0..<2 {
            guard let p = prefix(at: j) else { break }
            modifier = p.modifier
            j = p.next
        }
        if j > i, j < lex.count, var m = core(at: j, prefixed: true), m.kind != .duration {
            m.start = i
            if m.modifier == nil { m.modifier = modifier }
            return m
        }
        return core(at: i, prefixed: false)
    }

    // MARK: - Cores

    mutating func core(at j: Int, prefixed: Bool) -> Match? {
        guard j < lex.count else { return nil }
        let l = lex[j]
        if l.kind == .number { return numeric(at: j, prefixed: prefixed) }
        guard l.kind == .word else { return nil }
        let tags = l.tags
        if tags.contains(.weekday) || (j + 1 < lex.count && lex[j + 1].tags.contains(.weekday)) {
            if let m = weekdayExpression(at: j) { return m }
        }
        if tags.contains(.month), let month = MonthLexicon.month(l),
            let m = monthExpression(at: j, month: month, prefixed: prefixed)
        {
            return m
        }
        return relative(at: j, prefixed: prefixed)
    }

    // MARK: Weekdays

    func weekdayExpression(at j: Int) -> Match? {
        var k = j
        var which: String? = nil
        if let w = word(j), w == "last" || w == "next" || w == "this" || w == "coming" {
            which = w
            k += 1
        }
        guard k < lex.count, let weekday = MonthLexicon.weekday(lex[k]) else { return nil }
        k += 1
        // "Wednesday June 15", "Wednesday, June 15, 2022"
        var d = k
        if d < lex.count, lex[d].isSymbol(",") { d += 1 }
        if which == nil, d < lex.count, let month = MonthLexicon.month(lex[d]),
            let date = monthDay(at: d, month: month)
        {
            var m = date.match
            m.start = j
            if !date.explicitYear, let pub = published,
                let y = RelativeDateResolver.year(month: month, day: date.dayOfMonth, weekday: weekday, near: pub),
                let day = CivilDate(year: y, month: month, day: date.dayOfMonth)
            {
                m.value = day.description
                m.day = day
            }
            return m
        }
        if k < lex.count, let w = word(k), Self.dayParts.contains(w), lex[k].spaceBefore { k += 1 }
        var m = Match(kind: .relative, start: j, next: k)
        guard let pub = published else {
            m.reason = "no publication date to anchor '\(text.slice(lex[j].span))'"
            return m
        }
        let day: CivilDate
        switch which {
        case "next", "coming":
            day = RelativeDateResolver.resolve(weekday: weekday, published: pub, future: true, strict: true)
        case "last":
            day = RelativeDateResolver.resolve(weekday: weekday, published: pub, future: false, strict: true)
        default:
            switch tense(at: j) {
            case .future: day = RelativeDateResolver.resolve(weekday: weekday, published: pub, future: true)
            case .past: day = RelativeDateResolver.resolve(weekday: weekday, published: pub, future: false)
            case .unmarked:
                // No tense either way ("Varga returns to Vardenholm on Friday"): the nearer occurrence.
                let back = RelativeDateResolver.resolve(weekday: weekday, published: pub, future: false)
                let ahead = RelativeDateResolver.resolve(weekday: weekday, published: pub, future: true)
                day = ahead.dayNumber - pub.dayNumber < pub.dayNumber - back.dayNumber ? ahead : back
            }
        }
        m.value = day.description
        m.day = day
        return m
    }

    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night"]

    // MARK: Months

    /// A month-day date with what the weekday logic needs.
    struct MonthDay {
        var match: Match
        var dayOfMonth: Int
        var explicitYear: Bool
    }

    /// "June 15", "June 15, 2022", "Feb. 24", "June 15th" starting at the month at `j`.
    func monthDay(at j: Int, month: Int) -> MonthDay? {
        var k = j + 1
        if k < lex.count, lex[k].isSymbol("."), lex[k].glued { k += 1 }
        guard k < lex.count, lex[k].spaceBefore, !lex[k].newlineBefore, let (day, afterDay) = dayNumber(k) else {
            return nil
        }
        guard CivilDate(year: 2000, month: month, day: day) != nil else { return nil }  // 2000 is a leap year
        var next = afterDay
        var y: Int? = nil
        var c = next
        if c < lex.count, lex[c].isSymbol(",") { c += 1 }
        if let yy = year(c), !lex[c].newlineBefore, !(c + 1 < lex.count && lex[c + 1].glued && lex[c + 1].kind == .word)
        {
            y = yy
            next = c + 1
        }
        return finishDay(start: j, next: next, year: y, month: month, day: day)
    }

    func finishDay(start: Int, next: Int, year y: Int?, month: Int, day: Int) -> MonthDay? {
        var m = Match(kind: y == nil ? .partial : .date, start: start, next: next)
        if let y {
            guard let date = CivilDate(year: y, month: month, day: day) else { return nil }
            m.value = date.description
            m.day = date
        } else if let pub = published {
            let year = RelativeDateResolver.inferYear(
                month: month, day: day, published: pub, future: isFuture(at: start))
            if let date = CivilDate(year: year, month: month, day: day) {
                m.value = date.description
                m.day = date
            }
        } else {
            m.reason =
                "no publication date to anchor the year of '\(text.slice(Span(start: lex[start].start, end: lex[next - 1].end)))'"
        }
        return MonthDay(match: m, dayOfMonth: day, explicitYear: y != nil)
    }

    /// Prepositions and modifiers that make a bare capitalised month name a month ("in May", "since March").
    static let monthLeads: Set<String> = [
        "in", "since", "by", "until", "till", "early", "late", "mid", "of", "from", "during", "through", "last",
        "next", "this", "before", "after", "throughout", "between", "and", "to", "or", "on",
    ]

    func monthExpression(at j: Int, month: Int, prefixed: Bool) -> Match? {
        if let md = monthDay(at: j, month: month) { return md.match }
        let name = lex[j].text
        let full =
            name.utf8.count >= 3
            && !["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].contains(name)
            || name == "may"
        // "June 2022"
        var k = j + 1
        if k < lex.count, lex[k].isSymbol(".") { k += 1 }
        if let y = year(k), lex[k].spaceBefore, !lex[k].newlineBefore {
            return Match(
                kind: .partial, start: j, next: k + 1, value: RelativeDateResolver.monthValue(year: y, month: month))
        }
        guard full else { return nil }
        let lead = j > 0 ? word(j - 1) : nil
        let hasLead = prefixed || lead.map { Self.monthLeads.contains($0) } ?? false
        if MonthLexicon.ambiguousMonths.contains(name) && !hasLead { return nil }
        if !hasLead && !(lex[j].hyphenBefore) {
            // A bare month name mid-sentence without a preposition is usually a name ("June Smith").
            if j + 1 < lex.count, lex[j + 1].kind == .word, lex[j + 1].isCapitalized { return nil }
        }
        var m = Match(kind: .partial, start: j, next: j + 1)
        if let pub = published {
            let future = isFuture(at: j)
            let y: Int
            if lead == "last" {
                y = month < pub.month ? pub.year : pub.year - 1
            } else if lead == "next" {
                y = month > pub.month ? pub.year : pub.year + 1
            } else {
                y = RelativeDateResolver.inferYear(month: month, day: nil, published: pub, future: future)
            }
            m.value = RelativeDateResolver.monthValue(year: y, month: month)
        } else {
            m.reason = "no publication date to anchor the year of '\(text.slice(lex[j].span))'"
        }
        return m
    }

    // MARK: Numbers

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

    // MARK: Relative words

    mutating func relative(at j: Int, prefixed: Bool) -> Match? {
        guard let w = word(j) else { return nil }
        switch w {
        case "yesterday", "today", "tomorrow", "tonight":
            var m = Match(kind: .relative, start: j, next: j + 1)
            if let pub = published {
                let day = pub.adding(days: w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0)
                m.value = day.description
                m.day = day
            } else {
                m.reason = "no publication date to anchor '\(w)'"
            }
            return m
        case "last", "this", "next", "coming":
            return calendarRelative(at: j, which: w, start: j)
        case "earlier", "later":
            // "earlier this year", "later this month"
            if isWord(j + 1, "this") { return calendarRelative(at: j + 1, which: "this", start: j) }
            return nil
        case "the":
            return theExpression(at: j, prefixed: prefixed)
        case "a", "an":
            // "a week ago", "a day later"; a duration only after a hedge or preposition ("for at least a month",
            // "less than an hour"): "a year" alone is too often no time reference, or a rate ("tonnes a year").
            let lead = j > 0 ? word(j - 1) : nil
            if isWord(j + 1, "second") { return nil }  // "for a second time"
            return counted(
                1, numberAt: j, unitAt: j + 1,
                pointsOnly: !(lead.map { QuantityExtractor.singleUnitLeads.contains($0) } ?? false))
        case "for", "over", "within":
            // "for two hours", "over three days"
            if let v = NumberParser.cardinals[word(j + 1) ?? ""], v > 1 {
                return counted(v, numberAt: j + 1, unitAt: j + 2, start: j + 1)
            }
            return nil
        default:
            if let v = NumberParser.cardinals[w], w != "one" || isWord(j + 2, "ago") || isWord(j + 2, "later") {
                if lex[j].isCapitalized && !QuantityExtractor.opensSentence(lex, j) { return nil }
                return counted(v, numberAt: j, unitAt: j + 1)
            }
            return nil
        }
    }

    /// "last week", "this year", "next month", "last weekend" at `j` ("last"/"this"/"next"/"coming").
    func calendarRelative(at j: Int, which: String, start: Int) -> Match? {
        guard let unitWord = word(j + 1), lex[j + 1].spaceBefore else { return nil }
        let offset = which == "last" ? -1 : which == "next" || which == "coming" ? 1 : 0
        var m = Match(kind: .relative, start: start, next: j + 2)
        let phrase = spanText(start, j + 2)
        if let season = MonthLexicon.seasons[unitWord] {
            guard let pub = published else {
                m.reason = "no publication date to anchor '\(phrase)'"
                return m
            }
            // The season's start in the publication year; "last" is the latest one already over.
            let startThisYear = CivilDate(year: pub.year, month: season.startMonth, day: 1)!
            let endedThisYear = startThisYear.dayNumber + 91 <= pub.dayNumber
            let year: Int
            switch offset {
            case -1: year = endedThisYear ? pub.year : pub.year - 1
            case 1: year = startThisYear > pub ? pub.year : pub.year + 1
            default: year = season.startMonth == 12 && pub.month <= 2 ? pub.year - 1 : pub.year
            }
            m.value = RelativeDateResolver.yearValue(year) + "-" + season.code
            return m
        }
        switch unitWord {
        case "week", "weekend", "month", "year", "decade":
            guard let pub = published else {
                m.reason = "no publication date to anchor '\(phrase)'"
                return m
            }
            switch unitWord {
            case "week":
                m.value = RelativeDateResolver.weekValue(of: pub.adding(days: 7 * offset))
            case "weekend":
                m.value = RelativeDateResolver.weekValue(of: pub.adding(days: 7 * offset)) + "-WE"
            case "month":
                m.value = RelativeDateResolver.shifted(pub, by: offset, unit: "mo")
            case "decade":
                m.value = String(pub.year / 10 + offset)
            default:
                m.value = RelativeDateResolver.yearValue(pub.year + offset)
            }
            return m
        default:
            return nil
        }
    }

    /// Expressions opening with "the": "the past decade", "the last three years", "the day after", "the next
    /// day", "the following week", and after a prefix "the year"/"the month" ("the start of the year").
    mutating func theExpression(at j: Int, prefixed: Bool) -> Match? {
        guard let w1 = word(j + 1) else { return nil }
        switch w1 {
        case "past", "last", "next", "coming", "previous", "following":
            // "the past decade", "the last three years", "the next few months", "the following day"
            let k = j + 2
            guard let w2 = word(k) else { return nil }
            // Singular: "the past decade", "the following day"; not "at the last minute".
            if let unit = Self.calendarUnit(w2), !QuantityExtractor.isPlural(w2), w2 != "minute", w2 != "second",
                w2 != "hour" || w1 == "past"
            {
                if w1 == "next" || w1 == "following" || w1 == "previous" {
                    // A point relative to the story's latest date: "the next day", "the previous week".
                    let sign = w1 == "previous" ? -1 : 1
                    var m = Match(kind: .relative, start: j, next: k + 1)
                    if let anchor = days.last?.date {
                        m.value = RelativeDateResolver.shifted(anchor, by: sign, unit: unit)
                        if unit == "d" { m.day = CivilDate(iso: m.value!) }
                    } else {
                        m.reason = "no earlier date in the text to anchor '\(spanText(j, k + 1))'"
                    }
                    return m
                }
                return Match(
                    kind: .duration, start: j, next: k + 1,
                    value: RelativeDateResolver.durationValue(count: 1, unit: unit))
            }
            var count: Double?? = nil
            if let v = NumberParser.cardinals[w2] {
                count = .some(v)
            } else if w2 == "few" || w2 == "several" {
                count = .some(nil)
            } else if k < lex.count, lex[k].kind == .number, let v = NumberParser.value(ofDigits: lex[k].text) {
                count = .some(v)
            }
            guard let c = count, let w3 = word(k + 1), let unit = Self.calendarUnit(w3) else { return nil }
            return Match(
                kind: .duration, start: j, next: k + 2, value: RelativeDateResolver.durationValue(count: c, unit: unit))
        case "day":
            // "the day after", "the day before", "the day before yesterday"
            guard let w2 = word(j + 2), w2 == "after" || w2 == "before" else { return nil }
            let sign = w2 == "after" ? 1 : -1
            if isWord(j + 3, "yesterday") || isWord(j + 3, "tomorrow") {
                var m = Match(kind: .relative, start: j, next: j + 4)
                if let pub = published {
                    let day = pub.adding(days: isWord(j + 3, "yesterday") ? -2 : 2)
                    m.value = day.description
                    m.day = day
                } else {
                    m.reason = "no publication date to anchor '\(spanText(j, j + 4))'"
                }
                return m
            }
            var m = Match(kind: .relative, start: j, next: j + 3)
            if j + 3 < lex.count, lex[j + 3].kind == .word, !Self.clauseEnders.contains(lex[j + 3].text) {
                if let anchor = eventAnchor(clauseFrom: j + 3, before: j) {
                    let day = anchor.adding(days: sign)
                    m.value = day.description
                    m.day = day
                } else {
                    m.reason = "'\(spanText(j, j + 3))' refers to an event with no date in the text"
                }
                return m
            }
            if let anchor = days.last?.date {
                let day = anchor.adding(days: sign)
                m.value = day.description
                m.day = day
            } else {
                m.reason = "no earlier date in the text to anchor '\(spanText(j, j + 3))'"
            }
            return m
        case "spring", "summer", "autumn", "fall", "winter":
            // "in the spring", "by the summer", "through the winter": the nearest such season, ahead in a future
            // clause, else the latest one begun by publication.
            guard w1 != "fall" || prefixed, let season = MonthLexicon.seasons[w1] else { return nil }
            var m = Match(kind: .relative, start: j, next: j + 2)
            guard let pub = published else {
                m.reason = "no publication date to anchor '\(spanText(j, j + 2))'"
                return m
            }
            let start = CivilDate(year: pub.year, month: season.startMonth, day: 1)!
            let year: Int
            if isFuture(at: j) {
                year = start.dayNumber + 91 <= pub.dayNumber ? pub.year + 1 : pub.year
            } else {
                year = start <= pub ? pub.year : pub.year - 1
            }
            m.value = RelativeDateResolver.yearValue(year) + "-" + season.code
            return m
        case "year", "month", "week":
            // Only after a prefix: "the start of the year" is this year.
            guard prefixed, let pub = published else {
                if prefixed {
                    var m = Match(kind: .relative, start: j, next: j + 2)
                    m.reason = "no publication date to anchor '\(spanText(j, j + 2))'"
                    return m
                }
                return nil
            }
            var m = Match(kind: .relative, start: j, next: j + 2)
            switch w1 {
            case "year": m.value = RelativeDateResolver.yearValue(pub.year)
            case "month": m.value = RelativeDateResolver.monthValue(year: pub.year, month: pub.month)
            default: m.value = RelativeDateResolver.weekValue(of: pub)
            }
            return m
        default:
            // "the 1990s", "the 15th of June" are handled from their numbers.
            return nil
        }
    }

    static let clauseEnders: Set<String> = ["and", "or", "but", "when", "while", "as", "that", "which", "with"]

    // MARK: - Event anchoring

    /// The date of the event that the clause at `k` names, found as the latest earlier date whose sentence
    /// shares at least two content words with the clause. Two, because one shared word is usually a name that
    /// every sentence of the story repeats ("Russia"); two (a name and a verb, "launched invasion") pick out a
    /// specific event.
    func eventAnchor(clauseFrom k: Int, before limit: Int) -> CivilDate? {
        var clause = Set<String>()
        var c = k
        while c < lex.count, c < k + 10 {
            let l = lex[c]
            if l.kind == .symbol && (l.text == "," || l.text == "." || l.text == ";") { break }
            if l.kind == .word, l.text.utf8.count > 2, !StopWords.contains(l.text) { clause.insert(Self.stem(l.text)) }
            c += 1
        }
        guard clause.count >= 2 else { return nil }
        for candidate in days.reversed() where candidate.index < limit {
            let sentence = sentenceRange(around: candidate.index)
            var shared = 0
            var seen = Set<String>()
            for q in sentence where q < limit && lex[q].kind == .word {
                let s = Self.stem(lex[q].text)
                if clause.contains(s), seen.insert(s).inserted { shared += 1 }
            }
            if shared >= 2 { return candidate.date }
        }
        return nil
    }

    /// A crude stem for overlap: drops a possessive and a plural "s".
    static func stem(_ word: String) -> String {
        var w = Substring(word)
        if w.hasSuffix("'s") { w = w.dropLast(2) }
        if w.utf8.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss") { w = w.dropLast() }
        return String(w)
    }

    // MARK: - Tense

    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep", "gov", "prof", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "cu", "sq", "vs", "approx", "inc", "ltd", "co",
    ]

    /// Whether a sentence ends right after lexeme `k`: a line break, or ".", "!", "?" (and any closing quote)
    /// before white space and a capital, a digit or a quotation mark, not after an abbreviation or an initial.
    /// Cheaper than full sentence splitting, and enough to bound a clause.
    func endsSentence(after k: Int) -> Bool {
        guard k + 1 < lex.count else { return true }
        let next = lex[k + 1]
        if next.newlineBefore { return true }
        var t = k
        if lex[t].kind == .symbol, ["\"", "”", "’", "'", ")"].contains(lex[t].text), t > 0 { t -= 1 }
        let l = lex[t]
        guard l.kind == .symbol, l.text == "." || l.text == "!" || l.text == "?", next.spaceBefore else { return false }
        if l.text == ".", t > 0, lex[t - 1].kind == .word {
            let previous = lex[t - 1].text
            if previous.utf8.count == 1 || Self.abbreviations.contains(previous) { return false }
        }
        return next.isCapitalized || next.kind == .number || next.kind == .symbol
    }

    /// The lexeme range of the sentence around lexeme `j`, at most 80 lexemes either way.
    func sentenceRange(around j: Int) -> Range<Int> {
        var start = j
        while start > 0, j - start < 80, !endsSentence(after: start - 1) { start -= 1 }
        var end = j
        while end < lex.count - 1, end - j < 80, !endsSentence(after: end) { end += 1 }
        return start..<(end + 1)
    }

    /// Words that mark a clause as about the future. "would" and "could" count: in reported speech they put the
    /// event after the report ("said the stoppage would continue until Thursday", "said an agreement could be
    /// ready by the summer"), and reports are written close to publication.
    static let futureWords: Set<String> = [
        "will", "shall", "would", "could", "upcoming", "scheduled", "forthcoming", "expected", "forecast", "plans",
    ]
    /// Words that, followed by "to", mark the future ("is to visit", "is set to", "going to").
    static let futureBeforeTo: Set<String> = ["is", "are", "set", "going", "slated", "planning", "aims"]
    /// Copulas that make "due" a schedule ("is due to visit", "was due in Kestra") rather than a cause ("closed
    /// due to rain").
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been"]
    /// Past-tense forms that mark a clause as a report of the past; with regular "-ed" verbs.
    static let pastWords: Set<String> = [
        "said", "was", "were", "had", "did", "met", "held", "told", "took", "came", "went", "made", "gave", "saw",
        "spoke", "began", "left", "fell", "rose", "won", "lost", "sent", "got", "flew", "ran", "brought",
        "thought", "found", "kept", "led", "paid", "struck", "stood", "sought", "wrote", "chose", "drew", "grew",
        "knew", "shot", "became", "felt", "heard", "meant", "sat", "spent", "swept", "taught", "threw", "wore",
        "ago", "yesterday", "last",
    ]
    /// Regular-looking words that are no past tense.
    static let notPast: Set<String> = [
        "need", "speed", "feed", "seed", "indeed", "red", "bed", "shed", "bleed", "breed", "greed", "proceed",
        "succeed", "exceed", "hundred", "united", "based", "expected", "scheduled", "planned",
    ]

    /// The tense of a clause.
    enum Tense { case past, future, unmarked }

    /// Whether the clause around lexeme `j` speaks of the future.
    func isFuture(at j: Int) -> Bool { tense(at: j) == .future }

    /// The tense of the clause around lexeme `j`: future when a future cue is in it, past when a past-tense verb
    /// is, unmarked otherwise. The clause is the sentence cut at "that", ";", ":" and quotation marks.
    func tense(at j: Int) -> Tense {
        let sentence = sentenceRange(around: j)
        func cue(_ k: Int) -> Bool {
            guard lex[k].kind == .word else { return false }
            if lex[k].tags.contains(.futureCue) { return true }
            guard k + 1 < lex.count, lex[k + 1].kind == .word else { return false }
            let l = lex[k]
            if Self.futureBeforeTo.contains(l.text), isWord(k + 1, "to") {
                // "is to visit", not "is to blame"
                return k + 2 < lex.count && lex[k + 2].kind == .word && !StopWords.contains(lex[k + 2].text)
            }
            if l.text == "due", k > 0, let before = word(k - 1), Self.copulas.contains(before) { return true }
            return false
        }
        func past(_ k: Int) -> Bool {
            lex[k].kind == .word && !lex[k].isCapitalized && lex[k].tags.contains(.pastCue)
        }
        func boundary(_ k: Int) -> Bool {
            let l = lex[k]
            return l.isWord("that") || l.isSymbol(";") || l.isSymbol(":") || l.isSymbol("“") || l.isSymbol("”")
                || l.isSymbol("\"")
        }
        var sawPast = false
        var k = j - 1
        var steps = 0
        while k >= sentence.lowerBound, steps < 30, !boundary(k) {
            if cue(k) { return .future }
            if past(k) { sawPast = true }
            k -= 1
            steps += 1
        }
        k = j + 1
        steps = 0
        while k < sentence.upperBound, steps < 30, !boundary(k) {
            if cue(k) { return .future }
            if past(k) { sawPast = true }
            k += 1
            steps += 1
        }
        return sawPast ? .past : .unmarked
    }
}
