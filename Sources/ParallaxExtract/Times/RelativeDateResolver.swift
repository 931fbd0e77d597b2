import ParallaxModel

/// Calendar arithmetic that anchors relative expressions to a publication date, and TIMEX3 value strings.
enum RelativeDateResolver {
    /// How far (in days) past the publication date a past-tense month-day may fall before it is read as last
    /// year's: half a year. News reports "Feb 24" in June as this February; "December 20" in a January story is
    /// last December. Symmetrically, a future-tense date more than half a year before publication is next year's.
    static let yearRolloverDays = 183

    // MARK: Values

    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.utf8.count >= width ? s : String(repeating: "0", count: width - s.utf8.count) + s
    }

    /// "2022-06"
    static func monthValue(year: Int, month: Int) -> String { "\(pad(year, 4))-\(pad(month, 2))" }

    /// "2022"
    static func yearValue(_ year: Int) -> String { pad(year, 4) }

    /// ISO 8601 week-numbering year and week of a date (weeks start on Monday; week 1 holds the first Thursday).
    static func isoWeek(of date: CivilDate) -> (year: Int, week: Int) {
        let thursday = date.adding(days: 4 - date.weekday)
        // Counted without building January 1st: near the calendar's ends (a week after 9999-12-31) that date
        // is outside the years `CivilDate(year:month:day:)` accepts.
        var dayOfYear = thursday.day - 1
        for month in 1..<thursday.month { dayOfYear += CivilDate.daysIn(month: month, year: thursday.year) }
        return (thursday.year, dayOfYear / 7 + 1)
    }

    /// "2022-W23"
    static func weekValue(of date: CivilDate) -> String {
        let (year, week) = isoWeek(of: date)
        return "\(pad(year, 4))-W\(pad(week, 2))"
    }

    /// A TIMEX3 duration: "P10Y", "P3D", "PT2H", "PXY" for an unknown count.
    static func durationValue(count: Double?, unit: String) -> String {
        var n = count
        var letter: String
        var time = false
        switch unit {
        case "s": letter = "S"; time = true
        case "min": letter = "M"; time = true
        case "h": letter = "H"; time = true
        case "d": letter = "D"
        case "wk": letter = "W"
        case "mo": letter = "M"
        case "decade": letter = "Y"; n = n.map { $0 * 10 }
        case "century": letter = "Y"; n = n.map { $0 * 100 }
        default: letter = "Y"
        }
        let amount: String
        if let n {
            // Whole counts print as integers; `Int(n)` would trap past Int.max (a hostile "10^60 years").
            amount = n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        } else {
            amount = "X"
        }
        return (time ? "PT" : "P") + amount + letter
    }

    // MARK: Anchoring

    /// The weekday `weekday` nearest the publication date: on or before it for past reports, on or after it
    /// for future ones. `strict` excludes the publication day itself ("last Wednesday", "next Friday").
    static func resolve(weekday: Int, published: CivilDate, future: Bool, strict: Bool = false) -> CivilDate {
        if future {
            var delta = (weekday - published.weekday + 7) % 7
            if delta == 0 && strict { delta = 7 }
            return published.adding(days: delta)
        }
        var delta = (published.weekday - weekday + 7) % 7
        if delta == 0 && strict { delta = 7 }
        return published.adding(days: -delta)
    }

    /// The year of a month (and day) written without one: the publication year, unless that puts a past event
    /// more than ``yearRolloverDays`` after publication (then the year before) or a future one that far before
    /// it (then the year after).
    static func inferYear(month: Int, day: Int?, published: CivilDate, future: Bool) -> Int {
        let year = published.year
        let first =
            CivilDate(year: year, month: month, day: day ?? 1)
            ?? CivilDate(year: year, month: month, day: 1)!
        let last =
            CivilDate(year: year, month: month, day: day ?? CivilDate.daysIn(month: month, year: year))
            ?? first
        if !future && first.dayNumber - published.dayNumber > yearRolloverDays { return year - 1 }
        if future && published.dayNumber - last.dayNumber > yearRolloverDays { return year + 1 }
        return year
    }

    /// The year near publication in which `month`/`day` falls on `weekday` ("Wednesday June 15" → 2022), or nil
    /// when none of the three nearest years fits.
    static func year(month: Int, day: Int, weekday: Int, near published: CivilDate) -> Int? {
        var best: (year: Int, distance: Int)? = nil
        for year in (published.year - 1)...(published.year + 1) {
            guard let date = CivilDate(year: year, month: month, day: day), date.weekday == weekday else { continue }
            let distance = abs(date.dayNumber - published.dayNumber)
            if best == nil || distance < best!.distance { best = (year, distance) }
        }
        return best?.year
    }

    /// A date moved by a count of calendar units, as a TIMEX3 value at that unit's granularity
    /// ("two days later" → a day, "three weeks ago" → an ISO week, "a year ago" → a year).
    static func shifted(_ date: CivilDate, by count: Int, unit: String) -> String {
        switch unit {
        case "d": return date.adding(days: count).description
        case "wk": return weekValue(of: date.adding(days: 7 * count))
        case "mo":
            let total = date.year * 12 + (date.month - 1) + count
            return monthValue(year: total / 12, month: total % 12 + 1)
        case "yr": return yearValue(date.year + count)
        case "decade": return yearValue(date.year + 10 * count)
        case "century": return yearValue(date.year + 100 * count)
        // Clock units move the day only by whole days ("3 hours ago" is the publication day as far as a
        // date can tell; "36 hours ago" the day before).
        case "h": return date.adding(days: count / 24).description
        case "min": return date.adding(days: count / (24 * 60)).description
        case "s": return date.adding(days: count / (24 * 60 * 60)).description
        default: return date.adding(days: count).description
        }
    }
}
