/// Currency signs, codes and names, mapped to ISO 4217 codes.
enum CurrencyLexicon {
    /// Signs written before the amount. "$" alone is taken as US dollars, the reading of most English news;
    /// "¥" alone as yen (Chinese outlets write "yuan" or "RMB").
    static let signs: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY",
        "₴": "UAH", "₸": "KZT", "₦": "NGN", "₱": "PHP", "₪": "ILS",
    ]

    /// Prefixes glued to "$" (folded): "US$", "S$", "HK$", "A$", "C$", "NZ$", "NT$", "R$", "MX$".
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "s": "SGD", "sg": "SGD", "hk": "HKD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD",
        "can": "CAD", "nz": "NZD", "nt": "TWD", "r": "BRL", "mx": "MXN",
    ]

    /// ISO codes and common abbreviations written before or after the amount ("RMB 5 billion", "5 billion USD").
    /// Folded; the extractor requires them to be written in capitals (except "Rs") so "won" or "try" as
    /// words never match.
    static let codes: [String: String] = [
        "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "rub": "RUB",
        "inr": "INR", "sgd": "SGD", "hkd": "HKD", "aud": "AUD", "cad": "CAD", "chf": "CHF", "krw": "KRW",
        "twd": "TWD", "brl": "BRL", "zar": "ZAR", "aed": "AED", "sar": "SAR", "uah": "UAH", "kzt": "KZT",
        "pkr": "PKR", "rs": "INR", "idr": "IDR", "myr": "MYR", "thb": "THB", "vnd": "VND", "mxn": "MXN",
        "nzd": "NZD", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN", "huf": "HUF", "czk": "CZK",
        "egp": "EGP", "ngn": "NGN", "irr": "IRR", "ils": "ILS",
    ]

    /// Currency names written after the amount ("5 billion yuan", "300 roubles").
    static let names: [String: String] = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yuan": "CNY", "renminbi": "CNY",
        "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "yen": "JPY", "rupee": "INR",
        "rupees": "INR", "won": "KRW", "lira": "TRY", "liras": "TRY", "reais": "BRL", "real": "BRL",
        "peso": "MXN", "pesos": "MXN", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB", "franc": "CHF",
        "francs": "CHF", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "hryvnia": "UAH",
        "hryvnias": "UAH", "hryvnia's": "UAH", "tenge": "KZT", "rand": "ZAR", "naira": "NGN", "dong": "VND",
        "shekel": "ILS", "shekels": "ILS", "sterling": "GBP",
    ]

    /// Names that are currencies only after a number with a scale or a sign: "pounds" is also a weight and
    /// "won" a verb, "real" an adjective.
    static let ambiguousNames: Set<String> = ["won", "real", "rand", "dong", "pound", "pounds"]

    /// Currency nouns that a nationality adjective names: "Czech crowns", "Kestrian marks", "Swiss francs".
    /// Alone, "marks" and "crowns" are ordinary words, so the extractor takes them only after a capitalised
    /// adjective; a pair it does not know becomes the unit as written, folded ("valdorian crowns").
    static let nationalNouns: Set<String> = [
        "crowns", "crown", "marks", "mark", "dollars", "dollar", "pounds", "pound", "francs", "franc", "dinars",
        "dinar", "pesos", "peso", "rupees", "rupee", "kronor", "krona", "kroner", "krone", "shillings",
        "shilling", "lei", "leu", "euros", "yuan", "rubles", "roubles", "riyals", "dirhams",
    ]

    /// Known nationality + noun pairs.
    static let nationalCurrencies: [String: String] = [
        "czech crowns": "CZK", "swedish crowns": "SEK", "swedish kronor": "SEK", "danish crowns": "DKK",
        "danish kroner": "DKK", "norwegian crowns": "NOK", "norwegian kroner": "NOK", "icelandic crowns": "ISK",
        "swiss francs": "CHF", "german marks": "DEM", "deutsche marks": "DEM", "egyptian pounds": "EGP",
        "lebanese pounds": "LBP", "syrian pounds": "SYP", "british pounds": "GBP", "mexican pesos": "MXN",
        "argentine pesos": "ARS", "philippine pesos": "PHP", "indian rupees": "INR", "pakistani rupees": "PKR",
        "kenyan shillings": "KES", "romanian lei": "RON", "chinese yuan": "CNY", "russian rubles": "RUB",
        "russian roubles": "RUB", "saudi riyals": "SAR", "emirati dirhams": "AED", "moroccan dirhams": "MAD",
        "serbian dinars": "RSD", "algerian dinars": "DZD", "iraqi dinars": "IQD", "jordanian dinars": "JOD",
    ]

    /// Words that qualify "dollars" ("Singapore dollars", "US dollars", "Hong Kong dollars").
    static let dollarQualifiers: [String: String] = [
        "us": "USD", "u.s.": "USD", "american": "USD", "singapore": "SGD", "singaporean": "SGD", "hk": "HKD",
        "kong": "HKD", "australian": "AUD", "canadian": "CAD", "taiwan": "TWD", "zealand": "NZD",
    ]
}
