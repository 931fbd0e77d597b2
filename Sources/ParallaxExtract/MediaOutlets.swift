/// News organisations that articles cite as sources ("according to Xinhua", "TASS reported").
///
/// Folded name → canonical name. A media entity is an organisation; attributions to it are `media`.
enum MediaOutlets {
    static let canonicalByName: [String: String] = [
        "xinhua": "Xinhua News Agency", "xinhua news agency": "Xinhua News Agency", "tass": "TASS",
        "itar-tass": "TASS", "tass news agency": "TASS", "ria novosti": "RIA Novosti", "ria": "RIA Novosti",
        "interfax": "Interfax", "sputnik": "Sputnik", "rt": "RT", "cctv": "CCTV", "china central television": "CCTV",
        "cgtn": "CGTN", "china daily": "China Daily", "global times": "Global Times",
        "people's daily": "People's Daily",
        "reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
        "ap": "Associated Press", "associated press": "Associated Press", "the associated press": "Associated Press",
        "bloomberg": "Bloomberg", "bbc": "BBC", "cnn": "CNN", "fox news": "Fox News", "nbc": "NBC", "cbs": "CBS",
        "al jazeera": "Al Jazeera", "new york times": "The New York Times", "the new york times": "The New York Times",
        "washington post": "The Washington Post", "wall street journal": "The Wall Street Journal",
        "financial times": "Financial Times", "the guardian": "The Guardian", "straits times": "The Straits Times",
        "the straits times": "The Straits Times", "south china morning post": "South China Morning Post",
        "scmp": "South China Morning Post", "kyodo": "Kyodo News", "kyodo news": "Kyodo News", "yonhap": "Yonhap",
        "nhk": "NHK", "dpa": "DPA", "ansa": "ANSA", "efe": "EFE", "anadolu": "Anadolu Agency",
        "anadolu agency": "Anadolu Agency", "irna": "IRNA", "pti": "PTI", "kcna": "KCNA", "ukrinform": "Ukrinform",
        "izvestia": "Izvestia", "kommersant": "Kommersant", "pravda": "Pravda", "rossiya": "Rossiya",
        "channel one": "Channel One", "ria-novosti": "RIA Novosti", "politico": "Politico", "axios": "Axios",
        "the economist": "The Economist", "le monde": "Le Monde", "der spiegel": "Der Spiegel",
        "spiegel": "Der Spiegel",
        "nikkei": "Nikkei", "arab news": "Arab News", "the hindu": "The Hindu",
    ]

    /// Lowercase nouns that mark the following name as a media organisation ("state broadcaster CCTV").
    static let cueNouns: Set<String> = [
        "broadcaster", "agency", "newspaper", "daily", "tabloid", "outlet", "channel", "network", "television",
        "tv", "radio", "magazine", "paper", "wire", "website", "portal",
    ]
}
