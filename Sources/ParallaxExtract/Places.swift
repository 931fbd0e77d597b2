/// Cities, regions and other places that news names without a cue, with the country they are in.
///
/// Capitals and the largest or most reported cities and regions; places outside the list are still
/// recognised from context cues ("the city of X", "in X", "X region", "X-based").
enum Places {
    /// Folded place name → ISO country code ("" for supranational regions).
    static let countryByPlace: [String: String] = {
        let table: [(String, [String])] = [
            (
                "CN",
                [
                    "beijing", "shanghai", "shenzhen", "guangzhou", "wuhan", "chongqing", "tianjin", "chengdu",
                    "hangzhou", "nanjing", "xi'an", "harbin", "heihe", "xinjiang", "tibet", "xizang", "inner mongolia",
                    "guangdong", "fujian", "yunnan", "sichuan", "zhejiang", "jiangsu", "hainan", "urumqi", "lhasa",
                    "dalian", "qingdao", "xiamen", "kunming", "shandong", "hubei", "hunan", "henan", "hebei",
                ]
            ),
            (
                "RU",
                [
                    "moscow", "st petersburg", "saint petersburg", "st. petersburg", "vladivostok", "novosibirsk",
                    "kazan", "sochi", "kaliningrad", "blagoveshchensk", "siberia", "chechnya", "yekaterinburg",
                    "murmansk", "belgorod", "kursk", "rostov", "crimea", "khabarovsk", "irkutsk", "dagestan",
                ]
            ),
            (
                "UA",
                [
                    "kyiv", "kiev", "kharkiv", "kharkov", "odesa", "odessa", "lviv", "donetsk", "luhansk", "lugansk",
                    "mariupol", "zaporizhzhia", "kherson", "donbas", "donbass", "severodonetsk", "sievierodonetsk",
                    "lysychansk", "bakhmut", "dnipro", "mykolaiv", "svatovo", "avdiivka", "azovstal",
                ]
            ),
            (
                "US",
                [
                    "washington", "new york", "los angeles", "chicago", "san francisco", "houston", "miami",
                    "boston", "seattle", "texas", "california", "florida", "hawaii", "alaska", "pentagon",
                ]
            ),
            ("GB", ["london", "manchester", "edinburgh", "scotland", "wales", "england", "northern ireland"]),
            ("FR", ["paris", "marseille", "lyon", "strasbourg"]),
            ("DE", ["berlin", "munich", "frankfurt", "hamburg", "bonn"]),
            ("JP", ["tokyo", "osaka", "okinawa", "hiroshima", "kyoto"]), ("KR", ["seoul", "busan"]),
            ("KP", ["pyongyang"]), ("IN", ["new delhi", "delhi", "mumbai", "kolkata", "bangalore", "kashmir"]),
            ("PK", ["islamabad", "karachi", "lahore"]), ("IR", ["tehran"]), ("TR", ["ankara", "istanbul"]),
            ("BE", ["brussels"]), ("TW", ["taipei", "kaohsiung"]), ("BY", ["minsk"]), ("GE", ["tbilisi"]),
            ("AZ", ["baku"]), ("AM", ["yerevan"]), ("KZ", ["astana", "almaty", "nur-sultan"]),
            ("UZ", ["tashkent", "samarkand"]),
            ("KG", ["bishkek"]), ("TJ", ["dushanbe"]), ("TM", ["ashgabat"]), ("MN", ["ulaanbaatar", "ulan bator"]),
            ("VN", ["hanoi", "ho chi minh city"]), ("TH", ["bangkok"]), ("ID", ["jakarta", "bali"]),
            ("PH", ["manila"]), ("MY", ["kuala lumpur"]), ("AU", ["canberra", "sydney", "melbourne"]),
            ("CA", ["ottawa", "toronto", "montreal", "vancouver"]), ("MX", ["mexico city"]),
            ("BR", ["brasilia", "rio de janeiro", "sao paulo"]), ("AR", ["buenos aires"]), ("EG", ["cairo"]),
            ("SA", ["riyadh", "jeddah"]), ("IL", ["jerusalem", "tel aviv"]), ("PS", ["gaza", "west bank", "ramallah"]),
            ("SY", ["damascus", "aleppo"]), ("IQ", ["baghdad"]), ("AF", ["kabul"]), ("IT", ["rome", "milan"]),
            ("ES", ["madrid", "barcelona"]), ("PL", ["warsaw"]), ("HU", ["budapest"]), ("CZ", ["prague"]),
            ("AT", ["vienna"]), ("CH", ["bern", "geneva", "davos", "zurich"]), ("SE", ["stockholm"]),
            ("NO", ["oslo"]), ("FI", ["helsinki"]), ("DK", ["copenhagen"]), ("NL", ["amsterdam", "the hague"]),
            ("PT", ["lisbon"]), ("GR", ["athens"]), ("RS", ["belgrade"]), ("RO", ["bucharest"]), ("BG", ["sofia"]),
            ("AE", ["dubai", "abu dhabi"]), ("QA", ["doha"]), ("ZA", ["johannesburg", "pretoria", "cape town"]),
            ("KE", ["nairobi"]), ("ET", ["addis ababa"]), ("NG", ["lagos", "abuja"]), ("LB", ["beirut"]),
            ("JO", ["amman"]), ("YE", ["sanaa"]), ("LK", ["colombo"]), ("BD", ["dhaka"]), ("NP", ["kathmandu"]),
            ("MM", ["yangon", "naypyidaw"]), ("KH", ["phnom penh"]), ("LA", ["vientiane"]), ("CU", ["havana"]),
            ("VE", ["caracas"]), ("CL", ["santiago"]), ("PE", ["lima"]), ("CO", ["bogota"]), ("IE", ["dublin"]),
            ("LT", ["vilnius"]), ("LV", ["riga"]), ("EE", ["tallinn"]), ("MD", ["chisinau", "transnistria"]),
            (
                "",
                [
                    "europe", "asia", "africa", "central asia", "east asia", "south asia", "southeast asia",
                    "middle east", "far east", "latin america", "south america", "north america", "eurasia",
                    "asia-pacific", "indo-pacific", "arctic", "antarctica", "pacific", "atlantic", "balkans",
                    "caucasus", "scandinavia", "global south", "the west", "south china sea", "east china sea",
                    "taiwan strait", "black sea", "baltic", "mediterranean", "persian gulf", "gulf", "sahel",
                    "central europe", "eastern europe", "western europe", "oceania", "caribbean", "horn of africa",
                    "red sea", "korean peninsula",
                ]
            ),
        ]
        var result: [String: String] = Countries.placeTerritories
        for (code, names) in table {
            for name in names { result[name] = code }
        }
        return result
    }()

    /// Lowercase nouns that follow a place name ("Lugansk region", "Xinjiang Uygur autonomous region").
    static let placeHeadsAfter: Set<String> = [
        "region", "province", "city", "oblast", "county", "district", "state", "prefecture", "territory",
        "republic", "island", "islands", "peninsula", "river", "valley", "mountains", "sea", "strait", "village",
        "town", "port", "area", "autonomous", "municipality", "governorate", "border", "airport", "capital",
        "corridor", "bridge", "road", "street", "square", "palace", "waterfront", "dam", "estuary", "delta",
    ]

    /// Lowercase nouns that introduce a place through "of" ("the city of Svatovo", "the region of Lugansk").
    static let placeHeadsBefore: Set<String> = [
        "city", "region", "province", "town", "village", "port", "capital", "state", "island", "oblast",
        "district", "county", "republic", "area", "outskirts", "suburbs",
    ]
}
