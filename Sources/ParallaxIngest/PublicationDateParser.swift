import ParallaxModel
import ParallaxText

/// Parses the publication dates that headers and datelines carry.
///
/// Accepted: ISO 8601 (`2022-06-15`, `2022-06-15T10:00:00Z`), compact `20220615`, `June 20, 2022`,
/// `20 June 2022`, `Jun 20 2022`, with an optional time before or after (`11:46, June 20, 2022`,
/// `June 20, 2022 11:46 AM`), RFC 822 as feeds write it (`Wed, 15 Jun 2022 10:00:00 GMT`), and `15/06/2022`
/// read day first (the order outside the United States; ambiguous ones with day ≤ 12 still read day first).
public enum PublicationDateParser {
    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]
    static let zones: [String: Int] = [
        "gmt": 0, "utc": 0, "z": 0, "est": -300, "edt": -240, "pst": -480, "pdt": -420, "cet": 60, "cest": 120,
        "bst": 60, "msk": 180, "ist": 330, "cst": -360, "sgt": 480, "hkt": 480, "jst": 540,
    ]

    /// The timestamp in `text`, or nil when it holds no recognisable date.
    public static func parse(_ text: String) -> Timestamp? {
        let trimmed = text.trimmingWhitespace()
        if let iso = Timestamp(iso: trimmed) { return iso }
        let words = split(trimmed)
        var year: Int?
        var month: Int?
        var day: Int?
        var minute: Int?
        var offset: Int?
        var pm: Bool?
        var index = 0
        while index < words.count {
            let word = words[index]
            let folded = word.lowercased()
            if let m = months[folded.hasSuffix(".") ? String(folded.dropLast()) : folded] {
                if month == nil { month = m }
            } else if let clock = clockMinutes(word) {
                if minute == nil { minute = clock }
            } else if folded == "am" || folded == "a.m." {
                pm = false
            } else if folded == "pm" || folded == "p.m." {
                pm = true
            } else if let zone = zones[folded] {
                offset = zone
            } else if let slash = slashDate(word) {
                (day, month, year) = slash
            } else if let number = Int(word.filter { $0 != "," }) {
                if word.count == 8, let compact = CivilDate(iso: word) {
                    (year, month, day) = (compact.year, compact.month, compact.day)
                } else if number >= 1000 && number <= 9999 {
                    year = number
                } else if number >= 1 && number <= 31 && day == nil {
                    day = number
                }
            } else if let ordinal = ordinalDay(folded) {
                if day == nil { day = ordinal }
            }
            index += 1
        }
        guard let y = year, let m = month, let d = day, let date = CivilDate(year: y, month: m, day: d) else {
            return nil
        }
        if var minutes = minute {
            if pm == true && minutes < 12 * 60 { minutes += 12 * 60 }
            if pm == false && minutes >= 12 * 60 { minutes -= 12 * 60 }
            return Timestamp(date: date, minuteOfDay: minutes, utcOffsetMinutes: offset)
        }
        return Timestamp(date: date)
    }

    private static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" || $0 == "\t" || $0 == "\u{00A0}" }).map(
            String.init)
    }

    private static func clockMinutes(_ word: String) -> Int? {
        let parts = word.split(separator: ":")
        // Both ranges are closed below: `Int` reads "-999999999999999999", and hours times 60 then overflows.
        guard parts.count >= 2, parts.count <= 3, let h = Int(parts[0]), let m = Int(parts[1].prefix(2)),
            (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        return h * 60 + m
    }

    private static func slashDate(_ word: String) -> (Int, Int, Int)? {
        let parts = word.split(separator: "/")
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]), c > 999 else {
            return nil
        }
        if b > 12 && a <= 12 { return (b, a, c) }  // month/day/year when the day is unmistakable
        return (a, b, c)
    }

    private static func ordinalDay(_ word: String) -> Int? {
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            if let n = Int(word.dropLast(2)), (1...31).contains(n) { return n }
        }
        return nil
    }
}

extension String {
    /// This string without leading and trailing white space (including no-break spaces).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace {
            end = scalars.index(before: end)
        }
        return String(scalars[start..<end])
    }
}
