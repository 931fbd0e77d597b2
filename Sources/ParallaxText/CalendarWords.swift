/// Month and weekday names, folded, with their common abbreviations: words that are capitalised without naming
/// anyone or anything a story is about, and the words dates are written with.
///
/// English names are ``months`` and ``weekdays``. ``otherMonths`` adds the month names of the languages whose
/// datelines and dates the ingest reads (Russian, French, German, Spanish), in the forms dates use them:
/// Russian genitive ("15 июня") as well as nominative, and the abbreviations wire copy writes ("15 июн",
/// "15 jun", "févr."). They are kept apart from ``months`` because several are English words or names ("mars",
/// "mai", "ago") that must not leave an English text's vocabulary.
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

    /// Folded month names and abbreviations in Russian, French, German and Spanish, January = 1, accented and
    /// unaccented ("février", "fevrier"; "märz", "maerz"). Abbreviations are listed without their final period.
    public static let otherMonths: [String: Int] = {
        let forms: [[String]] = [
            // Russian: nominative, genitive, abbreviations.
            ["январь", "января", "янв"], ["февраль", "февраля", "фев", "февр"], ["март", "марта", "мар"],
            ["апрель", "апреля", "апр"], ["май", "мая"], ["июнь", "июня", "июн"], ["июль", "июля", "июл"],
            ["август", "августа", "авг"], ["сентябрь", "сентября", "сен", "сент"],
            ["октябрь", "октября", "окт"], ["ноябрь", "ноября", "ноя", "нояб"], ["декабрь", "декабря", "дек"],
            // French.
            ["janvier", "janv"], ["février", "fevrier", "févr", "fevr", "fév", "fev"], ["mars"],
            ["avril", "avr"], ["mai"], ["juin"], ["juillet", "juil"], ["août", "aout"],
            ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre", "déc"],
            // German (and Austrian "Jänner").
            ["januar", "jänner", "jaenner"], ["februar"], ["märz", "maerz", "marz", "mrz", "mär"], [], [],
            ["juni"], ["juli"], [], [], ["oktober", "okt"], [], ["dezember", "dez"],
            // Spanish.
            ["enero", "ene"], ["febrero"], ["marzo"], ["abril", "abr"], ["mayo"], ["junio"], ["julio"],
            ["agosto", "ago"], ["septiembre", "setiembre"], ["octubre"], ["noviembre"],
            ["diciembre", "dic"],
        ]
        var table: [String: Int] = [:]
        for (index, names) in forms.enumerated() {
            for name in names { table[name] = index % 12 + 1 }
        }
        return table
    }()

    /// The month a folded word names in any language this vocabulary holds (English first), January = 1.
    public static func month(_ folded: String) -> Int? { months[folded] ?? otherMonths[folded] }

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

    /// Folded weekday names in Russian, French, German and Spanish, Monday = 1, as a date line writes them
    /// ("mercredi 15 juin 2022", "Mittwoch, 15. Juni 2022", "miércoles, 15 de junio", "среда, 15 июня").
    public static let otherWeekdays: [String: Int] = {
        let forms: [[String]] = [
            ["понедельник", "lundi", "montag", "lunes"], ["вторник", "mardi", "dienstag", "martes"],
            ["среда", "mercredi", "mittwoch", "miércoles", "miercoles"], ["четверг", "jeudi", "donnerstag", "jueves"],
            ["пятница", "vendredi", "freitag", "viernes"], ["суббота", "samedi", "samstag", "sonnabend", "sábado"],
            ["воскресенье", "dimanche", "sonntag", "domingo"],
        ]
        var table: [String: Int] = [:]
        for (index, names) in forms.enumerated() {
            for name in names { table[name] = index + 1 }
        }
        return table
    }()

    /// Folded English weekday names without abbreviations, Monday = 1: "Sun" and "Wed" are also a newspaper and
    /// a word, so readers that date a sentence by its weekday take the full names only.
    public static let weekdayNames: [String: Int] = weekdays.filter { $0.key.count > 3 }

    /// Folded English months (names and abbreviations) and weekday names: words that date a clause rather than
    /// name an actor ("on Monday", "in March").
    public static let calendarWords: Set<String> = Set(months.keys).union(weekdayNames.keys)

    /// Whether a folded word names a month or a weekday.
    public static func contains(_ folded: String) -> Bool { months[folded] != nil || weekdays[folded] != nil }
}
