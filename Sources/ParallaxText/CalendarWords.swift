/// English month and weekday names, folded, with their common abbreviations: words that are capitalised
/// without naming anyone or anything a story is about.
public enum CalendarWords {
    /// Folded month names and abbreviations, January = 1.
    public static let months: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// Folded weekday names and abbreviations, Monday = 1 (ISO 8601).
    public static let weekdays: [String: Int] = {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        return table
    }()

    /// Whether a folded word names a month or a weekday.
    public static func contains(_ folded: String) -> Bool { months[folded] != nil || weekdays[folded] != nil }
}
