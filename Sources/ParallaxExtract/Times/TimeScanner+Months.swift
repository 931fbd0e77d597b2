import ParallaxModel
import ParallaxText

/// Month names: "June 15", "June 15, 2022", "in June", "June 2022".
extension TimeScanner {
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
}
