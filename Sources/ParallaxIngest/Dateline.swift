import ParallaxModel
import ParallaxText

/// The place (and agency) line that opens a news story: "BEIJING:", "BEIJING AFP -",
/// "MOSCOW, June 15 (Reuters) -", "Beijing, June 15 (Xinhua) --", and the agencies' own-language forms:
/// "МОСКВА, 15 июня. /ТАСС/.", "МОСКВА, 15 июн — РИА Новости.", "Москва. 15 июня. INTERFAX.RU -",
/// "PARIS, 15 juin 2022 (AFP) -", "Madrid, 15 jun (EFE).-", "新华社北京6月15日电", "【北京共同】".
struct Dateline: Equatable {
    var place: String
    var agency: String?
    /// The date written between the place and the separator ("June 15", "Wednesday 11 March 2026", "15 июня",
    /// "6月15日"), if any.
    var date: String?
    /// Length in characters of the prefix to remove from the paragraph.
    var prefixLength: Int

    /// The day and month (and year, when written) of ``date``.
    var writtenDate: WrittenDate? { date.flatMap(PublicationDateParser.writtenDate) }

    /// Recognises a dateline at the start of `paragraph`.
    ///
    /// Three shapes, each a place, an optional date in the story's language and an optional agency marker:
    /// - Alphabetic (Latin or Cyrillic; see ``alphabetic(_:registry:)``): "PLACE, date (Agency) -".
    /// - A Chinese agency telegram: "新华社北京6月15日电（记者 …）", agency, place, date, then 电 ("cabled").
    /// - A Japanese bracket: "【北京共同】", place then agency, or "【北京＝…】", place then the reporter.
    static func parse(_ paragraph: String, registry: OutletRegistry) -> Dateline? {
        let characters = Array(paragraph.prefix(120))
        guard let first = characters.first else { return nil }
        if first == "【" || first == "［" || first == "[" && characters.count > 1 && characters[1].isIdeograph {
            return bracketed(characters, registry: registry)
        }
        if first.isIdeograph { return telegram(characters, registry: registry) }
        return alphabetic(characters, registry: registry)
    }

    /// The dateline opening `body`'s first paragraph, with its agency resolved to the registry's name ("AFP" →
    /// "Agence France-Presse") and its date resolved against `published` (see ``WrittenDate/resolved(publishedOn:)``).
    /// The body keeps it: for readers whose text is used as given (HTML, feeds, JSON).
    static func opening(_ body: String, registry: OutletRegistry, published: Timestamp? = nil) -> (
        place: String, agency: String?, date: CivilDate?
    )? {
        guard let first = body.split(separator: "\n", maxSplits: 1).first,
            let found = parse(String(first), registry: registry)
        else { return nil }
        return (
            found.place, found.agency.map { registry.outlet(named: $0)?.name ?? $0 },
            found.writtenDate?.resolved(publishedOn: published?.date)
        )
    }

    /// "ZARAGOZA, Spain, June 2 (CPS) -", "Paris (AFP) -", "МОСКВА, 15 июня. /ТАСС/.", "Москва. 15 июня.
    /// INTERFAX.RU -", "МОСКВА, 15 июн — РИА Новости.".
    ///
    /// The place is one to four capitalised words: all in capitals, or, when an agency is named, in title case. A
    /// date may follow after a comma (", June 15") or a period (". 15 июня"); then an agency marker: in
    /// parentheses ("(Reuters)"), between slashes ("/ТАСС/"), or a bare name or domain the registry knows
    /// ("INTERFAX.RU"); then a colon, a dash or, after an agency, a period (".-", "/ТАСС/."), with a space after
    /// it. An agency the registry knows may instead follow the dash ("— РИА Новости."). An all-capitals last
    /// place word that the registry knows as an outlet is the agency ("BEIJING AFP -").
    static func alphabetic(_ characters: [Character], registry: OutletRegistry) -> Dateline? {
        var scanner = DatelineScanner(characters: characters)
        let (placeWords, allCaps) = scanner.placeWords()
        var words = placeWords
        guard !words.isEmpty, words.joined().count >= 3 else { return nil }
        // "Москва. 15 июня": the period that closes the place opens the date.
        var dateOpens = scanner.current == ","
        if !dateOpens, let last = words.last, last.count > 3, last.hasSuffix("."),
            scanner.peekPastSpaces()?.isNumber == true
        {
            words[words.count - 1].removeLast()
            dateOpens = true
        }
        let date = dateOpens ? scanner.date() : nil
        var agency = scanner.agencyMarker(afterDate: date != nil, registry: registry)
        guard scanner.separator(afterAgency: agency != nil) else { return nil }
        if agency == nil { agency = scanner.trailingAgency(registry: registry) }
        if agency == nil, words.count >= 2, allCaps, let last = words.last, registry.outlet(named: last) != nil {
            agency = last
            words.removeLast()
        }
        if agency == nil && !allCaps { return nil }
        // An all-caps sentence start ("THE PRESIDENT said:") is not a dateline: keep it to place-like words.
        if words.count > 1 && words.contains(where: { ["THE", "A", "AN", "WE", "I"].contains($0) }) { return nil }
        return Dateline(
            place: words.joined(separator: " "), agency: agency, date: date.flatMap { $0.isEmpty ? nil : $0 },
            prefixLength: scanner.index)
    }

    /// "新华社北京6月15日电", "中新社上海6月15日电（记者 …）", "本报北京6月15日电": an agency the registry knows
    /// (or 本报, "this paper"), a place, a date in 年/月/日 and 电, then an optional reporter credit in parentheses.
    static func telegram(_ characters: [Character], registry: OutletRegistry) -> Dateline? {
        guard let (digit, end) = telegramDate(characters), digit >= 2, characters[..<digit].allSatisfy(\.isLetter)
        else { return nil }
        let date = String(characters[digit..<end])
        guard PublicationDateParser.cjkDate(date) != nil else { return nil }
        var index = end + 1
        if index < characters.count, characters[index] == "（" || characters[index] == "(",
            let close = characters[index...].prefix(40).firstIndex(where: { $0 == "）" || $0 == ")" })
        {
            index = close + 1
        }
        while index < characters.count, characters[index] == " " || characters[index] == "\u{3000}" { index += 1 }
        let lead = String(characters[..<digit])
        let (agency, place) = leadingAgency(lead, registry: registry)
        guard !place.isEmpty else { return nil }
        return Dateline(place: place, agency: agency, date: date, prefixLength: index)
    }

    /// Where the date of a telegram lead runs ("6月15日" or "六月十五日" before 电): from the first date digit, or,
    /// when the date is written in Chinese numerals (letters, like the place before them), back from 电 over
    /// numerals and 年/月/日 to the first character that is neither ("新华社北京六月十五日电": 北京 | 六月十五日).
    private static func telegramDate(_ characters: [Character]) -> (start: Int, end: Int)? {
        if let digit = characters.prefix(20).firstIndex(where: \.isDateDigit) {
            var end = digit
            while end < characters.count, end - digit < 16,
                characters[end].isDateDigit || "年月日号".contains(characters[end])
            {
                end += 1
            }
            if end < characters.count, characters[end] == "电", "日号".contains(characters[end - 1]) {
                return (digit, end)
            }
        }
        guard let cable = characters.prefix(32).firstIndex(of: "电"), cable > 3, "日号".contains(characters[cable - 1])
        else { return nil }
        var start = cable - 1
        while start > 0, cable - start < 16, characters[start - 1].isChineseDateCharacter { start -= 1 }
        let date = characters[start..<cable]
        guard date.contains("月"), date.first.map({ !"年月日号".contains($0) }) == true else { return nil }
        return (start, cable)
    }

    /// "【北京共同】" (place, then an agency the registry knows), "【北京＝田中一郎】" (place, then the reporter).
    static func bracketed(_ characters: [Character], registry: OutletRegistry) -> Dateline? {
        let closer: Character = characters[0] == "【" ? "】" : characters[0] == "［" ? "］" : "]"
        guard let close = characters.prefix(30).firstIndex(of: closer), close >= 3 else { return nil }
        let inner = String(characters[1..<close])
        var place: String
        var agency: String?
        if let equals = inner.firstIndex(where: { $0 == "＝" || $0 == "=" }) {
            place = String(inner[..<equals])
        } else {
            guard let (known, rest) = trailingAgency(inner, registry: registry) else { return nil }
            (agency, place) = (known, rest)
        }
        place = place.trimmingWhitespace()
        guard !place.isEmpty, place.allSatisfy({ $0.isLetter || $0 == "・" }) else { return nil }
        var index = close + 1
        while index < characters.count, characters[index] == " " || characters[index] == "\u{3000}" { index += 1 }
        return Dateline(place: place, agency: agency, date: nil, prefixLength: index)
    }

    /// Splits "新华社北京" into the longest leading name the registry knows and the rest; "本报" (this paper's
    /// own correspondent) names no agency.
    private static func leadingAgency(_ lead: String, registry: OutletRegistry) -> (String?, String) {
        for length in stride(from: min(8, lead.count - 1), through: 2, by: -1) {
            let prefix = String(lead.prefix(length))
            if registry.outlet(named: prefix) != nil { return (prefix, String(lead.dropFirst(length))) }
        }
        for own in ["本报", "本刊", "本台", "本網", "本网"] where lead.hasPrefix(own) {
            return (nil, String(lead.dropFirst(own.count)))
        }
        return (nil, lead)
    }

    /// Splits "北京共同" into the place and the longest trailing name the registry knows.
    private static func trailingAgency(_ text: String, registry: OutletRegistry) -> (String, String)? {
        guard text.count >= 3 else { return nil }
        for length in stride(from: min(10, text.count - 1), through: 2, by: -1) {
            let suffix = String(text.suffix(length))
            if registry.outlet(named: suffix) != nil { return (suffix, String(text.dropLast(length))) }
        }
        return nil
    }
}
