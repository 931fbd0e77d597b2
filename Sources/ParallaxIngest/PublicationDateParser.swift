import ParallaxModel
import ParallaxText

/// Parses the publication dates that headers and datelines carry.
///
/// Accepted: ISO 8601 (`2022-06-15`, `2022-06-15T10:00:00Z`), compact `20220615`, `June 20, 2022`,
/// `20 June 2022`, `Jun 20 2022`, with an optional time before or after (`11:46, June 20, 2022`,
/// `June 20, 2022 11:46 AM`), RFC 822 as feeds write it (`Wed, 15 Jun 2022 10:00:00 GMT`), and `15/06/2022`
/// or `15.06.2022` read day first (the order outside the United States; ambiguous ones with day ≤ 12 still read
/// day first).
///
/// Month names are those of ``CalendarWords`` in every language it holds, so the same rules read
/// `15 июня 2022 года`, `15 juin 2022 à 10h30`, `15. Juni 2022, 10:30 Uhr` and `15 de junio de 2022`: words
/// that are neither numbers nor calendar words ("года", "de", "à", "Uhr") are skipped. Chinese and Japanese
/// dates (`2022年6月15日`, full-width digits too) are read by their 年/月/日 markers.
public enum PublicationDateParser {
    /// Folded month names of every language ``CalendarWords`` holds, English first where they collide.
    static let months: [String: Int] = CalendarWords.months.merging(CalendarWords.otherMonths) { english, _ in
        english
    }
    static let zones: [String: Int] = [
        "gmt": 0, "utc": 0, "z": 0, "est": -300, "edt": -240, "pst": -480, "pdt": -420, "cet": 60, "cest": 120,
        "bst": 60, "msk": 180, "мск": 180, "ist": 330, "cst": -360, "sgt": 480, "hkt": 480, "jst": 540,
        "mez": 60, "mesz": 120,
    ]

    /// The parts of a date text, each nil when the text does not give it.
    struct Fields {
        var year: Int?
        var month: Int?
        var day: Int?
        var minute: Int?
        var offset: Int?
        var pm: Bool?
    }

    /// The timestamp in `text`, or nil when it holds no recognisable date.
    public static func parse(_ text: String) -> Timestamp? {
        let trimmed = text.trimmingWhitespace()
        if let iso = Timestamp(iso: trimmed) { return iso }
        let fields = scan(trimmed)
        guard let y = fields.year, let m = fields.month, let d = fields.day,
            let date = CivilDate(year: y, month: m, day: d)
        else {
            return nil
        }
        if var minutes = fields.minute {
            if fields.pm == true && minutes < 12 * 60 { minutes += 12 * 60 }
            if fields.pm == false && minutes >= 12 * 60 { minutes -= 12 * 60 }
            return Timestamp(date: date, minuteOfDay: minutes, utcOffsetMinutes: fields.offset)
        }
        return Timestamp(date: date)
    }

    /// The day and month, and the year when given, of a date as a dateline writes it ("June 15", "15 июня",
    /// "15 jun", "6月15日", "15 juin 2022"); nil without both a day and a month, or for a day the month never has.
    static func writtenDate(_ text: String) -> WrittenDate? {
        let fields = scan(text.trimmingWhitespace())
        guard let month = fields.month, let day = fields.day else { return nil }
        // 2000 is a leap year: "February 29" without a year is a possible date.
        guard day <= CivilDate.daysIn(month: month, year: fields.year ?? 2000) else { return nil }
        return WrittenDate(year: fields.year, month: month, day: day)
    }

    /// Reads the words of a date text into its parts; the first month and day found win.
    static func scan(_ text: String) -> Fields {
        var fields = Fields()
        for word in split(halfWidthDigits(text)) {
            let folded = word.lowercased()
            let bare = folded.hasSuffix(".") ? String(folded.dropLast()) : folded
            if let m = months[bare] {
                if fields.month == nil { fields.month = m }
            } else if let clock = clockMinutes(folded) {
                if fields.minute == nil { fields.minute = clock }
            } else if folded == "am" || folded == "a.m." {
                fields.pm = false
            } else if folded == "pm" || folded == "p.m." {
                fields.pm = true
            } else if let zone = zones[folded] {
                fields.offset = zone
            } else if let numeric = numericDate(word) {
                (fields.day, fields.month, fields.year) = numeric
            } else if let cjk = cjkDate(word) {
                (fields.year, fields.month, fields.day) = (cjk.year ?? fields.year, cjk.month, cjk.day)
            } else if let number = Int(word.filter { $0 != "," }) ?? dottedDay(word) {
                if word.count == 8, let compact = CivilDate(iso: word) {
                    (fields.year, fields.month, fields.day) = (compact.year, compact.month, compact.day)
                } else if number >= 1000 && number <= 9999 {
                    fields.year = number
                } else if number >= 1 && number <= 31 && fields.day == nil {
                    fields.day = number
                }
            } else if let ordinal = ordinalDay(folded) {
                if fields.day == nil { fields.day = ordinal }
            }
        }
        return fields
    }

    private static func split(_ text: String) -> [String] {
        text.split(whereSeparator: {
            $0 == " " || $0 == "," || $0 == "|" || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\u{3000}" || $0 == "，"
        }).map(String.init)
    }

    /// `text` with full-width digits (U+FF10…U+FF19, "２０２２年") as ASCII digits.
    private static func halfWidthDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            out.append((0xFF10...0xFF19).contains(value) ? Unicode.Scalar(value - 0xFF10 + 0x30)! : scalar)
        }
        return String(out)
    }

    /// Minutes after midnight of a clock time: `10:30`, `10:30:00`, and the French `10h30`, `10h`.
    static func clockMinutes(_ word: String) -> Int? {
        let parts = word.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 1, let h = word.firstIndex(of: "h"), h != word.startIndex {
            let hours = word[..<h]
            let minutes = word[word.index(after: h)...]
            guard hours.count <= 2, minutes.count == 2 || minutes.isEmpty, let hour = Int(hours),
                let minute = minutes.isEmpty ? 0 : Int(minutes), (0..<24).contains(hour), (0..<60).contains(minute)
            else { return nil }
            return hour * 60 + minute
        }
        // Both ranges are closed below: `Int` reads "-999999999999999999", and hours times 60 then overflows.
        guard parts.count >= 2, parts.count <= 3, let h = Int(parts[0]), let m = Int(parts[1].prefix(2)),
            (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        return h * 60 + m
    }

    /// `15/06/2022` or `15.06.2022`: day, month and year.
    private static func numericDate(_ word: String) -> (Int, Int, Int)? {
        var parts = word.split(separator: "/")
        if parts.count != 3 { parts = word.split(separator: ".") }
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]), c > 999 else {
            return nil
        }
        if b > 12 && a <= 12 { return (b, a, c) }  // month/day/year when the day is unmistakable
        return (a, b, c)
    }

    /// A Chinese or Japanese date, `2022年6月15日` or `6月15日` (`号` for `日` too), at the start of `word` or
    /// after a short lead ("于2022年6月15日"); what follows the day is ignored ("15日电", "15日10时"). Each part may
    /// be written in Chinese numerals instead of digits (`二〇二二年六月十五日`, `六月三十日`, ``ChineseNumerals``),
    /// but not mixed within one part.
    static func cjkDate(_ word: String) -> (year: Int?, month: Int, day: Int)? {
        guard word.contains("月") else { return nil }
        var numbers: [Int] = []
        var markers: [Character] = []
        var digits = 0
        var sawDigit = false
        var numerals = String.UnicodeScalarView()
        for character in word {
            if character.isDateDigit, let value = character.wholeNumberValue {
                guard numerals.isEmpty else { return nil }
                digits = digits * 10 + value
                sawDigit = true
                guard digits < 10_000 else { return nil }
            } else if !sawDigit, let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                ChineseNumerals.isNumeral(scalar), numerals.count < 5
            {
                numerals.append(scalar)
            } else if sawDigit || !numerals.isEmpty, "年月日号".contains(character) {
                if !numerals.isEmpty {
                    guard let value = ChineseNumerals.value(numerals), value < 10_000 else { return nil }
                    digits = Int(value)
                }
                numbers.append(digits)
                markers.append(character)
                (digits, sawDigit, numerals) = (0, false, String.UnicodeScalarView())
                if character == "日" || character == "号" { break }
            } else if !markers.isEmpty || sawDigit || !numerals.isEmpty {
                return nil
            }
        }
        let shape = String(markers)
        if shape == "年月日" || shape == "年月号" { return (numbers[0], numbers[1], numbers[2]) }
        if shape == "月日" || shape == "月号" { return (nil, numbers[0], numbers[1]) }
        return nil
    }

    /// The German day with its period, `15.`.
    private static func dottedDay(_ word: String) -> Int? {
        guard word.count >= 2, word.count <= 3, word.hasSuffix(".") else { return nil }
        return Int(word.dropLast())
    }

    private static func ordinalDay(_ word: String) -> Int? {
        // English "15th", French "1er".
        for suffix in ["st", "nd", "rd", "th", "er"] where word.hasSuffix(suffix) {
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
