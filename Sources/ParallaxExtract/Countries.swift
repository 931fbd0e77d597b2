import Foundation

/// Country and territory names keyed by folded surface form, built once from Foundation's region list.
///
/// `Locale.Region.isoRegions` with English display names (checked on Linux with swift-corelibs-foundation:
/// 261 two-letter regions) gives the long tail; `overrides` fixes display names that are not what news
/// writes ("China mainland" → "China"), and `aliases` adds the short and formal forms ("U.S.", "Britain",
/// "Russian Federation").
enum Countries {
    /// Canonical English name per ISO 3166-1 alpha-2 code.
    static let nameByCode: [String: String] = {
        var names: [String: String] = [:]
        let english = Locale(identifier: "en")
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.utf8.count == 2, code.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
                let name = english.localizedString(forRegionCode: code)
            else { continue }
            names[code] = name
        }
        for (code, name) in overrides { names[code] = name }
        return names
    }()

    /// Display names that differ from news usage.
    static let overrides: [String: String] = [
        "CN": "China", "US": "United States", "GB": "United Kingdom", "RU": "Russia", "KR": "South Korea",
        "KP": "North Korea", "TW": "Taiwan", "HK": "Hong Kong", "MO": "Macao", "PS": "Palestine", "IR": "Iran",
        "SY": "Syria", "VN": "Vietnam", "LA": "Laos", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania",
        "MD": "Moldova", "CZ": "Czech Republic", "CI": "Ivory Coast", "CD": "Democratic Republic of the Congo",
        "CG": "Republic of the Congo", "MM": "Myanmar", "TR": "Turkey", "VA": "Vatican", "FM": "Micronesia",
        "BN": "Brunei", "CV": "Cape Verde", "SZ": "Eswatini", "MK": "North Macedonia", "TL": "Timor-Leste",
    ]

    /// Other names for countries, folded.
    static let aliases: [String: String] = [
        "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US", "united states of america": "US",
        "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "russian federation": "RU",
        "prc": "CN", "people's republic of china": "CN", "mainland china": "CN", "china mainland": "CN",
        "dprk": "KP", "democratic people's republic of korea": "KP", "rok": "KR", "republic of korea": "KR",
        "korea": "KR", "uae": "AE", "czechia": "CZ", "turkiye": "TR", "türkiye": "TR", "burma": "MM",
        "holland": "NL", "the netherlands": "NL", "cote d'ivoire": "CI", "côte d'ivoire": "CI",
        "islamic republic of iran": "IR", "kingdom of saudi arabia": "SA", "ksa": "SA", "macau": "MO",
        "vatican city": "VA", "holy see": "VA", "east timor": "TL", "palestinian territories": "PS",
        "gaza strip": "PS", "republic of china": "TW", "swaziland": "SZ", "macedonia": "MK",
    ]

    /// Territories news treats as places of another country (special administrative regions), with that
    /// country's code.
    static let placeTerritories: [String: String] = ["hong kong": "CN", "macao": "CN", "macau": "CN"]

    /// ISO code for a folded country name or alias, or nil.
    static let codeByFoldedName: [String: String] = {
        var codes: [String: String] = [:]
        for (code, name) in nameByCode { codes[foldName(name)] = code }
        for (alias, code) in aliases { codes[alias] = code }
        // Region names that are not countries in news usage.
        for excluded in [
            "world", "europe", "outlying oceania", "latin america", "unknown region", "eurozone",
            "european union", "united nations", "antarctica",
        ] {
            codes[excluded] = nil
        }
        for territory in placeTerritories.keys { codes[territory] = nil }
        return codes
    }()

    /// The canonical name of an ISO code ("CN" → "China").
    static func name(ofCode code: String) -> String { nameByCode[code] ?? code }

    /// Lowercases and folds typographic apostrophes, as the word lists store names.
    static func foldName(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        for scalar in name.lowercased().unicodeScalars {
            out.unicodeScalars.append(scalar == "\u{2019}" ? "'" : scalar)
        }
        return out
    }
}
