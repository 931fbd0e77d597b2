import ParallaxModel
import ParallaxText

/// Relative words: "yesterday", "last week", "the past three years", "the end of the month".
extension TimeScanner {
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
        case "past", "last", "next", "coming", "previous", "following": return theWindow(at: j, w1)
        case "day": return theDayBeforeOrAfter(at: j)
        case "spring", "summer", "autumn", "fall", "winter": return theSeason(at: j, w1, prefixed: prefixed)
        case "year", "month", "week": return thePublicationPeriod(at: j, w1, prefixed: prefixed)
        default:
            // "the 1990s", "the 15th of June" are handled from their numbers.
            return nil
        }
    }

    /// "the past decade", "the last three years", "the next few months", "the following day".
    private func theWindow(at j: Int, _ w1: String) -> Match? {
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
    }

    /// "the day after", "the day before", "the day before yesterday", "the day after the vote".
    private func theDayBeforeOrAfter(at j: Int) -> Match? {
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
        // "the day after the vote": the day of the event the clause names; else the story's latest date.
        let anchor: CivilDate?
        if j + 3 < lex.count, lex[j + 3].kind == .word, !Self.clauseEnders.contains(lex[j + 3].text) {
            anchor = eventAnchor(clauseFrom: j + 3, before: j)
            if anchor == nil { m.reason = "'\(spanText(j, j + 3))' refers to an event with no date in the text" }
        } else {
            anchor = days.last?.date
            if anchor == nil { m.reason = "no earlier date in the text to anchor '\(spanText(j, j + 3))'" }
        }
        if let anchor {
            let day = anchor.adding(days: sign)
            m.value = day.description
            m.day = day
        }
        return m
    }

    /// "in the spring", "by the summer", "through the winter": the nearest such season, ahead in a future
    /// clause, else the latest one begun by publication.
    private func theSeason(at j: Int, _ w1: String, prefixed: Bool) -> Match? {
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
    }

    /// "the year", "the month", "the week", only after a prefix: "the start of the year" is this year.
    private func thePublicationPeriod(at j: Int, _ w1: String, prefixed: Bool) -> Match? {
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
    }

    static let clauseEnders: Set<String> = ["and", "or", "but", "when", "while", "as", "that", "which", "with"]
}
