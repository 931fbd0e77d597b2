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
    ///
    /// In text holding Han characters, the dates written the Chinese way (``ChineseDateScanner``: 2022年6月15日,
    /// 六月十五日, 15日) and its relative dates (``ChineseRelativeDateScanner``: 昨天, 周三) are added, and win where an
    /// expression read the English way overlaps one.
    public static func extract(from text: String, published: CivilDate?) -> [TimeExpression] {
        var scanner = TimeScanner(text: text, published: published)
        let latin = scanner.run()
        guard ChineseQuantityScanner.mayHold(text) else { return latin }
        let chinese =
            (ChineseDateScanner.dates(in: text, published: published)
            + ChineseRelativeDateScanner.dates(in: text, published: published)).sorted { $0.span < $1.span }
        guard !chinese.isEmpty else { return latin }
        let kept = latin.filter { time in !chinese.contains { $0.span.overlaps(time.span) } }
        return (kept + chinese).sorted { $0.span < $1.span }
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
        var modifier: TimeExpression.Modifier? = nil
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
    func prefix(at k: Int) -> (modifier: TimeExpression.Modifier, next: Int)? {
        guard let w = word(k) else { return nil }
        switch w {
        case "early", "late":
            // "early on Monday", "late on Thursday"
            let next = isWord(k + 1, "on") ? k + 2 : k + 1
            return (w == "early" ? .start : .end, next)
        case "mid": return (.mid, k + 1)
        case "by", "before", "until", "till", "through": return (.before, k + 1)
        case "since", "after": return (.after, k + 1)
        case "around", "circa": return (.approx, k + 1)
        case "the":
            return prefix(at: k + 1).flatMap { p in
                [.start, .end, .mid].contains(p.modifier) && isWord(p.next - 1, "of") ? p : nil
            }
        case "beginning", "start":
            return isWord(k + 1, "of") ? (.start, k + 2) : nil
        case "end":
            return isWord(k + 1, "of") ? (.end, k + 2) : nil
        case "middle":
            return isWord(k + 1, "of") ? (.mid, k + 2) : nil
        default: return nil
        }
    }

    mutating func matchWithPrefix(at i: Int) -> Match? {
        var j = i
        var modifier: TimeExpression.Modifier? = nil
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
}
