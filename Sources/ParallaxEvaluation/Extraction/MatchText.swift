import ParallaxText

/// Text normalisation for matching gold against predictions made independently of it.
enum MatchText {
    /// Folded words: lowercase, every non-alphanumeric scalar a separator, possessive "'s" dropped, a leading
    /// "the" dropped ("The Russian Defense Ministry's" → ["russian", "defense", "ministry"]).
    static func words(_ text: String) -> [String] {
        let folded = Folding.fold(text)
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        words.removeAll { $0 == "s" }  // the possessive of "April's", "Russia’s"
        if words.first == "the" && words.count > 1 { words.removeFirst() }
        return words
    }

    /// The normalised form as one string.
    static func normalized(_ text: String) -> String { words(text).joined(separator: " ") }

    /// Whether `needle`'s words occur contiguously inside `haystack`'s words.
    static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }

    /// Names match when one's words occur contiguously in the other's ("Xi" ~ "Xi Jinping", "Xinhua" ~
    /// "Xinhua News Agency"), ignoring titles ("Mr", "President") that only one side may carry.
    static func namesMatch(_ a: String, _ b: String) -> Bool {
        let x = words(a).filter { !titles.contains($0) }
        let y = words(b).filter { !titles.contains($0) }
        guard !x.isEmpty, !y.isEmpty else { return false }
        return contains(x, y) || contains(y, x)
    }

    /// Honorifics and titles dropped before names are compared.
    /// Only honorifics and head-of-state titles: words like "minister" or "foreign" also name organisations
    /// ("Foreign Ministry"), and dropping them would make different bodies match.
    static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "president", "premier", "sir", "madam"]

    /// A light stem for counted nouns: "civilians" ~ "civilian".
    static func stem(_ word: String) -> String {
        let w = Folding.fold(word)
        if w.hasSuffix("ies") && w.utf8.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("s") && !w.hasSuffix("ss") && w.utf8.count > 3 { return String(w.dropLast()) }
        return w
    }
}
