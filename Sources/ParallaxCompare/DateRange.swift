import ParallaxModel

/// The calendar days a TIMEX3 value covers: a day, an ISO week (`2022-W23`), a month or a year.
struct DateRange: Hashable {
    var first: Int
    var last: Int
    /// Whether it is one day.
    var isDay: Bool { first == last }

    init?(timex value: String) {
        let parts = value.split(separator: "-")
        guard let yearText = parts.first, yearText.utf8.count == 4, let year = Int(yearText) else { return nil }
        if parts.count == 1 {
            guard let start = CivilDate(year: year, month: 1, day: 1),
                let end = CivilDate(year: year, month: 12, day: 31)
            else { return nil }
            (first, last) = (start.dayNumber, end.dayNumber)
        } else if parts.count == 2, parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()) {
            // ISO week 1 holds January 4th.
            guard let jan4 = CivilDate(year: year, month: 1, day: 4) else { return nil }
            let monday = jan4.dayNumber - (jan4.weekday - 1) + (week - 1) * 7
            (first, last) = (monday, monday + 6)
        } else if parts.count == 2, let month = Int(parts[1]) {
            guard let start = CivilDate(year: year, month: month, day: 1) else { return nil }
            (first, last) = (start.dayNumber, start.dayNumber + CivilDate.daysIn(month: month, year: year) - 1)
        } else if parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2].prefix(2)),
            let date = CivilDate(year: year, month: month, day: day)
        {
            (first, last) = (date.dayNumber, date.dayNumber)
        } else {
            return nil
        }
    }

    func contains(_ day: Int) -> Bool { first <= day && day <= last }
}
