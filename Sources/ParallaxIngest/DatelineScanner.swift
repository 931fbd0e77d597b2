import ParallaxModel

/// Reads the parts of an alphabetic dateline in order: place words, date, agency marker, separator, and an
/// agency credited after the separator. Each step advances ``index`` past what it read, or leaves it.
struct DatelineScanner {
    let characters: [Character]
    /// The first character not yet read.
    var index = 0

    var current: Character? { index < characters.count ? characters[index] : nil }

    private func at(_ position: Int) -> Character? { position < characters.count ? characters[position] : nil }

    /// The first character after the spaces that follow ``current``.
    func peekPastSpaces() -> Character? {
        var probe = index
        while at(probe) == " " { probe += 1 }
        return at(probe)
    }

    private mutating func skipSpaces() {
        while current == " " { index += 1 }
    }

    /// A slash between two places ("Berlin/Paris (dpa) -"), not one that opens an agency ("МОСКВА /ТАСС/").
    private var isJoiningSlash: Bool { at(index + 1)?.isUppercase == true }

    /// One to five capitalised words separated by single spaces, and whether all are in capitals.
    mutating func placeWords() -> (words: [String], allCaps: Bool) {
        var words: [String] = []
        var allCaps = true
        while index < characters.count, words.count < 5 {
            var word = ""
            while let c = current,
                c.isLetter || c == "." || c == "'" || (c == "-" || c == "/" && isJoiningSlash) && !word.isEmpty
            {
                word.append(c)
                index += 1
            }
            guard let first = word.first, first.isUppercase else { break }
            if word.contains(where: { $0.isLowercase }) { allCaps = false }
            words.append(word)
            guard current == " " else { break }
            // Only continue if the next character starts another capitalised word.
            guard let next = at(index + 1), next.isUppercase, next.isLetter else { break }
            index += 1
        }
        return (words, allCaps)
    }

    /// The date after the place's comma (or period), up to an agency marker or a separator: "June 15",
    /// "15 июня", "15 juin 2022". A period ends it when an agency follows ("15 июня. /ТАСС/", "15 июня.
    /// INTERFAX.RU"), not in an abbreviation ("Jan. 5").
    mutating func date() -> String {
        let start = index + 1
        var end = start
        while let c = at(end), end - index < 36, !"(:/-–—".contains(c) {
            if c == ".", at(end + 1) == " ", let next = at(end + 2), next == "/" || next.isUppercase { break }
            end += 1
        }
        index = end
        return String(characters[start..<end]).trimmingWhitespace()
    }

    /// An agency marker: "(Reuters)", "/ТАСС/", or after a date a bare name or domain the registry knows
    /// ("INTERFAX.RU", resolved to the registry's name since a domain is not how an agency is called). A period
    /// closing the date before the marker is read with it.
    mutating func agencyMarker(afterDate: Bool, registry: OutletRegistry) -> String? {
        let start = index
        skipSpaces()
        if afterDate, current == ".", at(index + 1) == " " {
            index += 1
            skipSpaces()
        }
        if let opener = current, opener == "(" || opener == "/" {
            let closer: Character = opener == "(" ? ")" : "/"
            if let close = characters[(index + 1)...].prefix(30).firstIndex(of: closer), close > index + 1 {
                let agency = String(characters[(index + 1)..<close]).trimmingWhitespace()
                index = close + 1
                return agency
            }
        } else if afterDate {
            var end = index
            while let c = at(end), c != " " { end += 1 }
            let token = String(characters[index..<end])
            if let outlet = registry.outlet(named: token)
                ?? (OutletRegistry.isBareDomain(token) ? registry.outlet(forURL: token) : nil)
            {
                index = end
                return OutletRegistry.isBareDomain(token) ? outlet.name : token
            }
        }
        index = start
        return nil
    }

    /// A colon, one or more hyphens, an en or em dash, or after an agency a period (".-", "/ТАСС/."), then the
    /// spaces before the text. False (and nothing read) when none is there.
    mutating func separator(afterAgency: Bool) -> Bool {
        let start = index
        skipSpaces()
        if afterAgency, current == "." {
            index += 1
            if current == " " {
                skipSpaces()
                return index < characters.count
            }
        }
        guard let c = current, c == ":" || c == "-" || c == "–" || c == "—" else {
            index = start
            return false
        }
        index += 1
        if c == "-" { while current == "-" { index += 1 } }
        guard current == " " else {
            index = start
            return false
        }
        skipSpaces()
        return index < characters.count
    }

    /// An agency the registry knows credited right after the separator and closed by a period: "— РИА
    /// Новости. …", or by a comma and the correspondent's name: "— РИА Новости, Анна Петрова. …".
    mutating func trailingAgency(registry: OutletRegistry) -> String? {
        guard let stop = characters[index...].prefix(32).firstIndex(where: { $0 == "." || $0 == "," }) else {
            return nil
        }
        let name = String(characters[index..<stop]).trimmingWhitespace()
        guard !name.isEmpty, registry.outlet(named: name) != nil else { return nil }
        var end = stop + 1
        if characters[stop] == "," {
            guard let period = characters[end...].prefix(40).firstIndex(of: ".") else { return nil }
            let credit = characters[end..<period].split(separator: " ")
            guard credit.count <= 4, credit.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            end = period + 1
        }
        guard end < characters.count, characters[end] == " " else { return nil }
        index = end
        skipSpaces()
        return name
    }
}
