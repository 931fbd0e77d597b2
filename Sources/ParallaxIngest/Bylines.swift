import Foundation

/// Author names from bylines and author fields.
enum Bylines {
    /// Words that mark a role rather than a name in a byline part.
    static let roleWords: Set<String> = [
        "staff", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "writer",
        "writers", "contributor", "bureau", "desk", "team", "agencies", "agency", "newsroom", "columnist",
        "analyst", "chief", "senior", "special", "our", "news", "report", "wire", "wires", "online",
    ]

    /// Whether a line is a byline: "By A in Beijing and B in Moscow", at most 20 words.
    static func isByline(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 2, words.count <= 20, words[0] == "By" || words[0] == "BY" || words[0] == "by" else {
            return false
        }
        return words[1].first?.isUppercase == true && !line.hasSuffix(".")
    }

    /// The names in a byline or author field: split at "and", "&" and commas; "in Place" and roles dropped.
    static func names(in text: String) -> [String] {
        var body = text.trimmingWhitespace()
        for prefix in ["By ", "BY ", "by "] where body.hasPrefix(prefix) { body.removeFirst(prefix.count) }
        let normalized = body.replacingAll(" & ", with: ",").replacingAll(" and ", with: ",").replacingAll(
            " AND ", with: ",")
        var names: [String] = []
        for part in normalized.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" }) {
            var name = String(part).trimmingWhitespace()
            for marker in [" in ", " from ", " for ", " at ", " - ", " — "] {
                if let range = name.range(of: marker) { name = String(name[..<range.lowerBound]) }
            }
            name = name.trimmingWhitespace()
            let words = name.split(separator: " ")
            guard !words.isEmpty, words.count <= 5,
                words.allSatisfy({ $0.first?.isUppercase == true || $0.count <= 3 }),
                !words.contains(where: { roleWords.contains($0.lowercased()) }),
                !HeaderKeys.placeholders.contains(name.lowercased())
            else { continue }
            names.append(name)
        }
        return names
    }
}
