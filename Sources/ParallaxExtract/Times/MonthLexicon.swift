import ParallaxText

/// Month and weekday names.
///
/// Names count only when capitalised: lowercase "may" is the modal verb and "march" the verb. "May" and
/// "March" capitalised are months only next to a day or year number or after a preposition that takes a
/// month ("in", "since", "early", "mid"…); `TimeExtractor` checks that.
enum MonthLexicon {
    /// Folded month names and abbreviations (without the period) → month number.
    static var months: [String: Int] { CalendarWords.months }

    /// Month names that are also common English words, so need a number or a preposition beside them.
    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "jan", "jun", "sat", "sun", "dec"]

    /// Folded weekday names → ISO weekday (1 = Monday).
    static var weekdays: [String: Int] { CalendarWords.weekdayNames }

    /// The month a lexeme names, if it is a capitalised month word ("June", "Feb", "April's").
    static func month(_ lexeme: Lexeme) -> Int? {
        guard lexeme.kind == .word, lexeme.isCapitalized else { return nil }
        if let month = months[lexeme.text] { return month }
        if lexeme.text.hasSuffix("'s"), let month = months[String(lexeme.text.dropLast(2))], month != 5 {
            return month
        }
        return nil
    }

    /// Seasons → TIMEX3 code and the month each starts (northern hemisphere, meteorological).
    static let seasons: [String: (code: String, startMonth: Int)] = [
        "spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12),
    ]

    /// The ISO weekday a capitalised lexeme names ("Wednesday", "Wednesday's").
    static func weekday(_ lexeme: Lexeme) -> Int? {
        guard lexeme.kind == .word, lexeme.isCapitalized else { return nil }
        if let day = weekdays[lexeme.text] { return day }
        if lexeme.text.hasSuffix("'s") || lexeme.text.hasSuffix("’s") {
            return weekdays[String(lexeme.text.dropLast(2))]
        }
        return nil
    }
}
