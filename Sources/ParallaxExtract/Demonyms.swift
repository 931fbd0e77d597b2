/// Nationality adjectives and plural nouns mapped to ISO 3166-1 alpha-2 codes ("Chinese" → CN).
///
/// Used for country mentions ("Chinese experts"), for the country of a titled person ("Russian President
/// Vladimir Putin" → RU) and of organisations ("Russian Defense Ministry"). Plural nouns ("Russians") are
/// listed too. Multi-word demonyms ("South Korean") are looked up as folded phrases.
enum Demonyms {
    /// Folded demonym → ISO code.
    static let codeByDemonym: [String: String] = {
        var table: [String: String] = [:]
        let pairs: [(String, String)] = [
            ("chinese", "CN"), ("russian", "RU"), ("american", "US"), ("british", "GB"), ("ukrainian", "UA"),
            ("french", "FR"), ("german", "DE"), ("japanese", "JP"), ("south korean", "KR"), ("korean", "KR"),
            ("north korean", "KP"), ("indian", "IN"), ("pakistani", "PK"), ("iranian", "IR"), ("iraqi", "IQ"),
            ("israeli", "IL"), ("palestinian", "PS"), ("syrian", "SY"), ("turkish", "TR"), ("saudi", "SA"),
            ("egyptian", "EG"), ("afghan", "AF"), ("kazakh", "KZ"), ("kazakhstani", "KZ"), ("uzbek", "UZ"),
            ("kyrgyz", "KG"), ("tajik", "TJ"), ("turkmen", "TM"), ("mongolian", "MN"), ("belarusian", "BY"),
            ("polish", "PL"), ("italian", "IT"), ("spanish", "ES"), ("portuguese", "PT"), ("dutch", "NL"),
            ("belgian", "BE"), ("swiss", "CH"), ("austrian", "AT"), ("swedish", "SE"), ("norwegian", "NO"),
            ("finnish", "FI"), ("danish", "DK"), ("greek", "GR"), ("hungarian", "HU"), ("czech", "CZ"),
            ("slovak", "SK"), ("romanian", "RO"), ("bulgarian", "BG"), ("serbian", "RS"), ("croatian", "HR"),
            ("georgian", "GE"), ("armenian", "AM"), ("azerbaijani", "AZ"), ("canadian", "CA"), ("mexican", "MX"),
            ("brazilian", "BR"), ("argentine", "AR"), ("argentinian", "AR"), ("chilean", "CL"),
            ("colombian", "CO"), ("venezuelan", "VE"), ("cuban", "CU"), ("australian", "AU"),
            ("indonesian", "ID"), ("malaysian", "MY"), ("singaporean", "SG"), ("thai", "TH"),
            ("vietnamese", "VN"), ("filipino", "PH"), ("philippine", "PH"), ("burmese", "MM"),
            ("bangladeshi", "BD"), ("sri lankan", "LK"), ("nepalese", "NP"), ("nigerian", "NG"),
            ("south african", "ZA"), ("kenyan", "KE"), ("ethiopian", "ET"), ("lebanese", "LB"),
            ("jordanian", "JO"), ("qatari", "QA"), ("emirati", "AE"), ("yemeni", "YE"), ("libyan", "LY"),
            ("tunisian", "TN"), ("algerian", "DZ"), ("moroccan", "MA"), ("sudanese", "SD"), ("taiwanese", "TW"),
            ("irish", "IE"), ("scottish", "GB"), ("welsh", "GB"), ("lithuanian", "LT"), ("latvian", "LV"),
            ("estonian", "EE"), ("moldovan", "MD"), ("slovenian", "SI"), ("cypriot", "CY"), ("maltese", "MT"),
            ("icelandic", "IS"), ("kuwaiti", "KW"), ("omani", "OM"), ("bahraini", "BH"), ("new zealand", "NZ"),
            ("peruvian", "PE"), ("bolivian", "BO"), ("ecuadorian", "EC"), ("uruguayan", "UY"),
            ("paraguayan", "PY"), ("nicaraguan", "NI"), ("cambodian", "KH"), ("laotian", "LA"),
            ("ghanaian", "GH"), ("senegalese", "SN"), ("congolese", "CD"), ("somali", "SO"), ("rwandan", "RW"),
            ("ugandan", "UG"), ("tanzanian", "TZ"), ("zimbabwean", "ZW"), ("angolan", "AO"), ("malian", "ML"),
            ("nigerien", "NE"), ("chadian", "TD"), ("eritrean", "ER"), ("hongkonger", "HK"), ("macanese", "MO"),
        ]
        for (adjective, code) in pairs {
            table[adjective] = code
            // Plural nouns: "Russians", "Chinese" (unchanged), "Swiss".
            if !adjective.hasSuffix("ese") && !adjective.hasSuffix("sh") && !adjective.hasSuffix("ch")
                && !adjective.hasSuffix("ss") && !adjective.contains(" ")
            {
                table[adjective + "s"] = code
            }
        }
        table["englishman"] = "GB"
        table["frenchman"] = "FR"
        return table
    }()

    /// The ISO code of a folded demonym, or nil.
    static func code(of folded: String) -> String? { codeByDemonym[folded] }
}
