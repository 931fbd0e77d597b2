/// The fifty US states by name, with the abbreviations wire copy writes them with: AP style in party-state
/// tags ("D-Calif.", "R-Texas") and the postal codes some outlets use instead ("D-CA").
enum USStates {
    /// Full names, lowercased.
    static let names: Set<String> = Set(byTag.values)

    /// The state of a party-state tag's letters without periods ("calif", "nm", "texas", "ca").
    static func state(ofTag letters: String) -> String? {
        byTag[letters] ?? (names.contains(letters) ? letters : nil)
    }

    /// The state named by the capitalised words from `start` ("Oregon", "New Mexico"), lowercased.
    static func state(named doc: Document, from start: Int, limit: Int) -> String? {
        var text = ""
        var k = start
        while k < limit, k < start + 3, doc.words[k].isCapitalized, k == start || doc.words[k].gapBefore.isPlain {
            text += (text.isEmpty ? "" : " ") + doc.words[k].folded
            if names.contains(text) { return text }
            k += 1
        }
        return nil
    }

    /// AP abbreviations and postal codes, letters only, to full names; states AP never abbreviates map from
    /// their own names.
    static let byTag: [String: String] = {
        let states: [(String, [String])] = [
            ("alabama", ["ala", "al"]), ("alaska", ["ak"]), ("arizona", ["ariz", "az"]), ("arkansas", ["ark", "ar"]),
            ("california", ["calif", "ca"]), ("colorado", ["colo", "co"]), ("connecticut", ["conn", "ct"]),
            ("delaware", ["del", "de"]), ("florida", ["fla", "fl"]), ("georgia", ["ga"]), ("hawaii", ["hi"]),
            ("idaho", ["id"]), ("illinois", ["ill", "il"]), ("indiana", ["ind", "in"]), ("iowa", ["ia"]),
            ("kansas", ["kan", "ks"]), ("kentucky", ["ky"]), ("louisiana", ["la"]), ("maine", ["me"]),
            ("maryland", ["md"]), ("massachusetts", ["mass", "ma"]), ("michigan", ["mich", "mi"]),
            ("minnesota", ["minn", "mn"]), ("mississippi", ["miss", "ms"]), ("missouri", ["mo"]),
            ("montana", ["mont", "mt"]), ("nebraska", ["neb", "ne"]), ("nevada", ["nev", "nv"]),
            ("new hampshire", ["nh"]), ("new jersey", ["nj"]), ("new mexico", ["nm"]), ("new york", ["ny"]),
            ("north carolina", ["nc"]), ("north dakota", ["nd"]), ("ohio", ["oh"]), ("oklahoma", ["okla", "ok"]),
            ("oregon", ["ore", "or"]), ("pennsylvania", ["pa"]), ("rhode island", ["ri"]),
            ("south carolina", ["sc"]), ("south dakota", ["sd"]), ("tennessee", ["tenn", "tn"]), ("texas", ["tx"]),
            ("utah", ["ut"]), ("vermont", ["vt"]), ("virginia", ["va"]), ("washington", ["wash", "wa"]),
            ("west virginia", ["wva", "wv"]), ("wisconsin", ["wis", "wi"]), ("wyoming", ["wyo", "wy"]),
        ]
        var table: [String: String] = [:]
        for (name, tags) in states {
            table[String(name.filter { $0 != " " })] = name
            for tag in tags { table[tag] = name }
        }
        return table
    }()
}
