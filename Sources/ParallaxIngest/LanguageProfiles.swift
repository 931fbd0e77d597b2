import Foundation

/// Character n-gram log-probabilities per language, for the languages that share a script (Latin,
/// Cyrillic) and so need statistics to tell apart.
///
/// Loaded from `Resources/language-profiles.tsv`, which `Scripts/language_profiles.py` derives from the
/// profiles of the `langdetect` package (Apache License 2.0). A gram is up to three lowercased scalars
/// (a space marks a word boundary), packed into a `UInt64` key so that scoring does one hash lookup per
/// gram and allocates nothing.
struct LanguageProfiles: Sendable {
    /// The languages in the table, in column order.
    let languages: [String]
    /// The script each language is written in (same order as `languages`).
    let scripts: [WritingScript]
    /// For each gram, the row of its log-probabilities in `rows` (one value per language).
    let index: [UInt64: Int]
    /// Log-probabilities, `languages.count` per gram.
    let rows: ContiguousArray<Float>
    /// Per language and gram length, the score of a gram missing from that language's top list.
    let floors: ContiguousArray<Float>

    /// The table bundled with Parallax; empty if the resource is missing (identification then falls back
    /// to the script shortcuts).
    static let bundled: LanguageProfiles = {
        guard let url = Bundle.module.url(forResource: "language-profiles", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return LanguageProfiles(lines: []) }
        return LanguageProfiles(lines: text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init))
    }()

    /// Packs a gram of one to three scalars into one key, 21 bits per scalar. No scalar is zero, so grams
    /// of different lengths never collide; scoring keeps the same packing as a rolling window.
    static func key<Scalars: Sequence<UInt32>>(_ gram: Scalars) -> UInt64 {
        var key: UInt64 = 0
        for scalar in gram { key = key << 21 | UInt64(scalar) }
        return key
    }

    init(lines: [String]) {
        var languages: [String] = []
        var entries: [(gram: [UInt32], language: Int, logp: Float)] = []
        for line in lines where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let logp = Float(fields[2]) else { continue }
            let gram = fields[1].unicodeScalars.map { $0.value }
            guard (1...3).contains(gram.count) else { continue }
            let code = String(fields[0])
            if languages.last != code { languages.append(code) }
            entries.append((gram, languages.count - 1, logp))
        }
        let width = languages.count
        var floors = ContiguousArray<Float>(repeating: 0, count: width * 3)
        for entry in entries {
            let slot = entry.language * 3 + entry.gram.count - 1
            floors[slot] = min(floors[slot], entry.logp)
        }
        // A gram below a language's top list is rarer than its rarest listed gram: half as likely.
        for slot in floors.indices { floors[slot] -= 0.7 }
        var index: [UInt64: Int] = [:]
        var rows = ContiguousArray<Float>()
        for entry in entries {
            let key = Self.key(entry.gram)
            let row: Int
            if let existing = index[key] {
                row = existing
            } else {
                row = index.count
                index[key] = row
                for language in 0..<width { rows.append(floors[language * 3 + entry.gram.count - 1]) }
            }
            rows[row * width + entry.language] = entry.logp
        }
        self.languages = languages
        self.scripts = languages.map { WritingScript.usual(forLanguage: $0) ?? .latin }
        self.index = index
        self.rows = rows
        self.floors = floors
    }
}
