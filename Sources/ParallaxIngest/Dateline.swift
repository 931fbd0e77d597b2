import ParallaxModel
import ParallaxText

/// The place (and agency) line that opens a news story: "BEIJING:", "BEIJING AFP -",
/// "MOSCOW, June 15 (Reuters) -", "Beijing, June 15 (Xinhua) --".
struct Dateline: Equatable {
    var place: String
    var agency: String?
    /// The date written between the place and the separator ("June 15", "Wednesday 11 March 2026"), if any.
    var date: String?
    /// Length in characters of the prefix to remove from the paragraph.
    var prefixLength: Int

    /// Recognises a dateline at the start of `paragraph`.
    ///
    /// The place is one to four capitalised words: all in capitals, or, when an agency in parentheses
    /// follows, in title case. An optional date (", June 15") and agency ("AFP", "(Reuters)") may follow, then
    /// a colon or a dash with a space after it. An all-capitals last word that the registry knows as an outlet
    /// is the agency ("BEIJING AFP -").
    static func parse(_ paragraph: String, registry: OutletRegistry) -> Dateline? {
        let characters = Array(paragraph.prefix(120))
        var index = 0
        var words: [String] = []
        var allCaps = true
        // Place words.
        while index < characters.count, words.count < 5 {
            var word = ""
            while index < characters.count,
                characters[index].isLetter || characters[index] == "." || characters[index] == "'"
                    || characters[index] == "-" && !word.isEmpty
            {
                word.append(characters[index])
                index += 1
            }
            guard !word.isEmpty, word.first!.isUppercase else { break }
            if word.contains(where: { $0.isLowercase }) { allCaps = false }
            words.append(word)
            guard index < characters.count, characters[index] == " " else { break }
            // Only continue if the next character starts another capitalised word.
            if index + 1 < characters.count, characters[index + 1].isUppercase, characters[index + 1].isLetter {
                index += 1
            } else {
                break
            }
        }
        guard !words.isEmpty, words.joined().count >= 3 else { return nil }
        var agency: String?
        var date: String?
        // ", June 15" style date.
        var probe = index
        if probe < characters.count, characters[probe] == "," {
            var j = probe + 1
            while j < characters.count, characters[j] != "(", characters[j] != ":", characters[j] != "-",
                characters[j] != "–", characters[j] != "—", j - probe < 36
            {
                j += 1
            }
            date = String(characters[(probe + 1)..<j]).trimmingWhitespace()
            probe = j
        }
        while probe < characters.count, characters[probe] == " " { probe += 1 }
        if probe < characters.count, characters[probe] == "(" {
            guard let close = characters[probe...].firstIndex(of: ")"), close - probe <= 30 else { return nil }
            agency = String(characters[(probe + 1)..<close])
            probe = close + 1
        } else if !allCaps {
            return nil
        }
        while probe < characters.count, characters[probe] == " " { probe += 1 }
        guard probe < characters.count else { return nil }
        let separator = characters[probe]
        var end = probe + 1
        if separator == ":" {
            // fine
        } else if separator == "-" || separator == "–" || separator == "—" {
            while end < characters.count, characters[end] == "-" { end += 1 }
        } else {
            return nil
        }
        guard end < characters.count, characters[end] == " " else { return nil }
        while end < characters.count, characters[end] == " " { end += 1 }
        if agency == nil, words.count >= 2, allCaps, let last = words.last, registry.outlet(named: last) != nil {
            agency = last
            words.removeLast()
        }
        // An all-caps sentence start ("THE PRESIDENT said:") is not a dateline: keep it to place-like words.
        if words.count > 1 && words.contains(where: { ["THE", "A", "AN", "WE", "I"].contains($0) }) { return nil }
        return Dateline(
            place: words.joined(separator: " "), agency: agency, date: date.flatMap { $0.isEmpty ? nil : $0 },
            prefixLength: end)
    }

    /// The dateline opening `body`'s first paragraph, with its agency resolved to the registry's name ("AFP" →
    /// "Agence France-Presse"). The body keeps it: for readers whose text is used as given (HTML, feeds, JSON).
    static func opening(_ body: String, registry: OutletRegistry) -> (place: String, agency: String?)? {
        guard let first = body.split(separator: "\n", maxSplits: 1).first,
            let found = parse(String(first), registry: registry)
        else { return nil }
        return (found.place, found.agency.map { registry.outlet(named: $0)?.name ?? $0 })
    }
}
