import ParallaxText

/// Word lists that classify capitalised name phrases. All entries are folded (lowercase, `'` apostrophes).
///
/// The lists are general English news vocabulary, not fitted to any corpus: honorifics and office titles
/// that precede a person's name, head nouns that end organisation and event names, common given names and
/// Chinese surnames (the two cues that make a bare two-word name a person), and calendar words that are
/// capitalised but never entities.
enum NameLexicon {
    /// Words that end a title before a name ("Prime Minister", "Mr", "Foreign Minister").
    static let titleHeads: Set<String> = [
        "president", "premier", "chancellor", "minister", "manager", "secretary", "secretary-general", "spokesman",
        "spokeswoman", "spokesperson", "ambassador", "envoy", "senator", "sen", "rep", "congressman",
        "congresswoman", "governor", "gov", "mayor", "king", "queen", "prince", "princess", "emperor", "pope",
        "general", "gen", "admiral", "adm", "colonel", "col", "commander", "chairman", "chairwoman", "chair",
        "director", "professor", "prof", "dr", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "sheikh",
        "judge", "justice", "ceo", "ayatollah", "emir", "sultan", "patriarch", "marshal", "lieutenant", "lt",
        "captain", "capt", "sergeant", "president-elect", "vice-president", "vice-premier", "councillor",
        "counselor", "dean", "rabbi", "reverend", "rev", "father", "sister", "archbishop", "bishop", "cardinal",
        "leader", "chief", "officer", "attorney", "speaker", "representative", "delegate", "commissioner",
        "coach", "inspector", "detective", "superintendent", "sheriff", "trooper", "provost", "councilwoman",
        "councilman", "councilmember", "alderman", "alderwoman", "assemblyman", "assemblywoman", "assemblymember",
        "del", "comptroller", "treasurer", "auditor", "solicitor", "councilor", "baroness", "baron", "viscount",
        "countess", "duchess", "whip",
    ]

    /// Modifiers that may precede a title head inside a title ("Foreign Minister", "Vice Premier").
    static let titleModifiers: Set<String> = [
        "foreign", "defense", "defence", "prime", "vice", "deputy", "first", "acting", "former", "state", "general",
        "crown", "chief", "executive", "interior", "finance", "trade", "economy", "commerce", "health", "education",
        "culture", "agriculture", "energy", "justice", "home", "security", "national", "supreme", "senior",
        "assistant", "associate", "permanent", "special", "army", "navy", "air", "police", "opposition", "party",
        "majority", "minority", "house", "grand", "lieutenant", "major", "rear", "brigadier", "commerce",
        "industry", "labour", "labor", "transport", "environment", "emergency", "emergencies", "science",
    ]

    /// Honorifics that may be followed by a period ("Mr. Xi") without ending the name.
    static let abbreviatedTitles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "adm", "rev", "st",
    ]

    /// Lowercase role nouns that introduce a name ("his Russian counterpart Vladimir Putin",
    /// "Chinese leader Xi") and head appositives ("Zhang Hong, an associate research fellow at …").
    static let roleNouns: Set<String> = [
        "counterpart", "leader", "president", "premier", "minister", "spokesperson", "spokesman", "spokeswoman",
        "official", "diplomat", "ambassador", "envoy", "analyst", "expert", "professor", "researcher", "fellow",
        "scholar", "director", "head", "chief", "chairman", "chairwoman", "ceo", "founder", "secretary",
        "commander", "general", "journalist", "reporter", "correspondent", "editor", "author", "lawmaker",
        "senator", "governor", "mayor", "deputy", "adviser", "advisor", "economist", "representative",
        "negotiator", "colleague", "dean", "lecturer", "strategist", "executive", "manager", "president-elect",
        "chancellor", "king", "queen", "prince", "member", "partner", "owner", "vice-president", "vice-chairman",
        "columnist", "commentator", "observer", "activist", "lawyer", "judge", "prosecutor", "officer", "citizen",
        "resident", "student", "teacher", "doctor", "coordinator", "consultant", "specialist", "candidate",
        "nurse", "farmer", "firefighter", "pilot", "pastor", "veteran", "volunteer", "retiree", "shopkeeper", "actor",
        "actress", "singer", "songwriter", "comedian", "filmmaker", "rapper", "musician", "writer", "novelist", "poet",
        "playwright", "entrepreneur", "billionaire", "businessman", "businesswoman", "producer", "photographer",
        "quarterback", "striker", "goalkeeper", "astronaut", "historian", "physician", "surgeon", "scientist",
        "engineer", "architect", "chef", "neighbor", "neighbour",
    ]

    /// Head words of organisation names ("… Organisation", "… Ministry", "… News Agency").
    static let organizationHeads: Set<String> = [
        "organisation", "organization", "union", "ministry", "agency", "university", "company", "council", "bank",
        "institute", "academy", "party", "committee", "corporation", "group", "commission", "federation",
        "association", "department", "office", "administration", "authority", "board", "bureau", "center",
        "centre", "court", "parliament", "assembly", "congress", "senate", "army", "navy", "forces", "force",
        "guard", "police", "service", "services", "foundation", "fund", "society", "league", "alliance",
        "coalition", "movement", "club", "school", "college", "government", "cabinet", "kremlin", "customs",
        "chamber", "secretariat", "network", "times", "post", "news", "daily", "television", "radio",
        "broadcaster", "airlines", "airways", "inc", "ltd", "corp", "co", "holdings", "bloc", "nations",
        "studies", "mechanism", "exchange", "press", "tribune", "herald", "journal", "gazette", "telegraph",
        "observer", "review", "magazine", "channel", "institution", "command", "brigade", "division", "regiment",
        "fleet", "ministries", "duma", "politburo", "cooperation", "community", "secretariat", "reserve",
        "industries", "motors", "energy", "petroleum", "oil", "gas", "gazprom", "systems", "technologies",
        "laboratory", "hospital", "museum", "library", "embassy", "consulate", "mission", "team", "ledger",
        "courier", "chronicle", "record", "monitor", "dispatch", "standard", "mail", "star", "guardian", "trust",
        "rovers", "united", "wanderers", "athletic", "rangers", "fc", "endowment", "institutes", "directorate",
        "inspectorate", "tribunal", "observatory", "consortium", "federal",
        // Trade names end in what the business sells or is: "Larchmont Foods", "Helix Pharmaceuticals".
        "foods", "brands", "stores", "supermarkets", "pharmaceuticals", "partners", "entertainment",
        "communications", "telecom", "railways", "logistics", "shipping", "mining", "chemicals", "insurance",
        "bancorp", "securities", "ventures", "studios", "labs", "enterprises", "utilities", "airport",
    ]

    /// Head words of named events, initiatives and documents (kind `other`).
    static let otherHeads: Set<String> = [
        "initiative", "forum", "summit", "conference", "games", "olympics", "war", "charter", "treaty",
        "agreement", "accord", "declaration", "strategy", "plan", "program", "programme", "project", "pact",
        "partnership", "crisis", "expo", "festival", "cup", "convention", "act", "law", "doctrine", "vision",
        "dialogue", "talks", "era", "revolution", "protocol", "memorandum", "statement", "communique", "olympic",
        "championship", "exercise", "exercises", "operation", "award", "prize", "principle", "bridge", "pipeline",
        "route", "road", "belt",
    ]

    /// Calendar and other capitalised words that never name an entity on their own.
    static let nonEntities: Set<String> = Set(CalendarWords.months.keys).union(CalendarWords.weekdays.keys).union([
        "i", "i'm", "i've", "i'd", "ok", "okay", "a.m.", "p.m.", "bc", "ad", "gmt", "utc",
    ])

    /// Months and weekdays (a subset of `nonEntities`), used to skip time adjuncts.
    static var calendarWords: Set<String> { CalendarWords.calendarWords }

    /// Connectors allowed inside a name ("Bank of China", "Belt and Road", "Forum for International …").
    static let connectors: Set<String> = [
        "of", "and", "for", "on", "de", "la", "du", "von", "van", "der", "al", "bin", "the",
    ]

    /// Suffixes of Slavic and Baltic surnames; a capitalised pair ending in one is a person ("Alexey Maslov").
    static let slavicSurnameSuffixes: [String] = [
        "ov", "ev", "ova", "eva", "sky", "ski", "skiy", "skaya", "enko", "uk", "yuk", "vich", "vic", "ich", "ina",
        "yan", "ian", "idze", "shvili", "lov", "kov", "kin",
    ]

    /// Common given names across English, Slavic, Arabic, Latin and other news names.
    static let givenNames: Set<String> = [
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
        "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "noah", "ethan",
        "jeremy", "walter", "christian", "keith", "roger", "terry", "austin", "sean", "gerald", "carl", "harold",
        "dylan", "arthur", "lawrence", "jordan", "jesse", "bryan", "billy", "bruce", "gabriel", "joe", "logan",
        "albert", "willie", "alan", "eugene", "russell", "vincent", "philip", "bobby", "johnny", "bradley",
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
        "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
        "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha",
        "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane",
        "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan",
        "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa",
        "ann", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice", "judy", "sophia",
        "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana",
        "natalie", "brittany", "charlotte", "marie", "kayla", "alexis", "lori", "kamala", "hillary", "boris",
        "vladimir", "sergei", "sergey", "dmitry", "dmitri", "alexei", "alexey", "aleksey", "alexander",
        "aleksandr", "andrei", "andrey", "mikhail", "nikolai", "nikolay", "ivan", "igor", "yuri", "yury", "oleg",
        "viktor", "victor", "pavel", "anatoly", "arkady", "arkadiy", "maxim", "maksim", "konstantin", "yevgeny",
        "evgeny", "gennady", "valery", "valentina", "olga", "tatiana", "tatyana", "natalia", "natalya", "svetlana",
        "irina", "elena", "yelena", "ekaterina", "marina", "lyudmila", "volodymyr", "oleksandr", "olena",
        "dmytro", "petro", "vitali", "vitaly", "mykola", "andriy", "yulia", "ruslan", "denis", "roman", "vadim",
        "kirill", "ilya", "artem", "timur", "ramzan", "emmanuel", "angela", "olaf", "rishi", "narendra", "shinzo",
        "fumio", "yoon", "recep", "tayyip", "benjamin", "joe", "antony", "jake", "lloyd", "jens", "ursula",
        "charles", "justin", "jacinda", "anthony", "ali", "mohammed", "muhammad", "mohammad", "ahmed", "ahmad",
        "hassan", "hussein", "ibrahim", "abdullah", "omar", "mahmoud", "khalid", "salman", "bashar", "abdel",
        "recep", "jair", "luiz", "inacio", "lula", "andres", "manuel", "nicolas", "gustavo", "javier", "carlos",
        "juan", "luis", "miguel", "pedro", "jorge", "francisco", "antonio", "giorgia", "mario", "matteo",
        "pedro", "francois", "jean", "pierre", "marine", "friedrich", "karl", "hans", "wolfgang", "heinrich",
        "jurgen", "klaus", "annalena", "viktor", "andrzej", "mateusz", "donald", "kim", "moon", "lee", "park",
        "shigeru", "yoshihide", "taro", "hiroshi", "kenji", "akira", "jacob", "cyril", "nelson", "abiy", "paul",
        "kassym-jomart", "nursultan", "shavkat", "ilham", "nikol", "alexander", "ilham", "aung", "hun", "joko",
        "prabowo", "anwar", "lawrence", "ferdinand", "rodrigo", "imran", "shehbaz", "nawaz", "ashraf", "hamid",
        // More of the commonest given names in US, British, European, Latin American, Turkish, Arabic and
        // African news, so that a name opening a sentence ("Nadia Sorensen founded …") is read as one.
        "ken", "kenny", "greg", "jeff", "doug", "phil", "owen", "ian", "neil", "colin", "craig", "derek", "graham",
        "gordon", "keith", "marcus",
        "martin", "max", "oscar", "simon", "stuart", "tom", "tony", "nick", "rob", "bob", "bill", "jim", "tim",
        "dan", "ben", "sam", "matt", "mike", "steve", "dave", "chris", "pete", "ted", "ray", "ron", "rick",
        "mitch", "chuck", "dana", "nora", "edith", "ella", "ellen", "eva", "ingrid", "irene",
        "jane", "joanna", "julia", "kate", "katie", "leah", "lena", "lucy", "maya", "mia", "molly",
        "nadia", "naomi", "nina", "paula", "rosa", "sally", "sofia", "sonia", "stella", "susanna",
        "tara", "tina", "vera", "wendy", "yasmin", "zoe", "fatima", "aisha", "amina", "layla", "leila", "mariam",
        "miriam", "noura", "yusuf", "youssef", "tariq", "karim", "mustafa", "mehmet", "emre", "murat", "ayse",
        "elif", "tomas", "tomasz", "piotr", "marek", "pavol", "lars", "erik", "sven", "nils", "anders",
        "ingrid", "astrid", "marco", "luca", "giuseppe", "giovanni", "francesca", "chiara", "sergio", "diego",
        "alejandro", "fernando", "ricardo", "rafael", "ana", "lucia", "carmen", "isabel", "sofia", "gabriela",
        "mariana", "camila", "valentina", "chinedu", "ngozi", "kwame", "kofi", "amara", "tunde", "wanjiru",
        "priya", "raj", "rahul", "arjun", "anil", "sunil", "deepak", "ravi", "sanjay", "vijay", "dev", "neha",
        "pooja", "hiro", "yuki", "akiko", "haruto",
    ]

    /// Common Chinese (and Korean) surnames: a capitalised pair starting with one is a person ("Zhang Hong").
    static let chineseSurnames: Set<String> = [
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu",
        "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao",
        "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei",
        "su", "ding", "shen", "ren", "yao", "lu", "fu", "zhong", "cui", "tan", "liao", "fan", "jin", "shi", "qin",
        "kong", "bai", "fang", "hou", "xue", "lei", "long", "duan", "hao", "qian", "yin", "yan", "mao", "gu",
        "kang", "meng", "wen", "xing", "qi", "geng", "xi", "mo", "hua", "wan", "qiu", "lai", "zou", "xiong",
        "jia", "dai", "xia", "tao", "jiao", "bao", "shao", "niu", "zhan", "ouyang", "sima", "ji", "gong", "cong",
        "zhai", "chang", "le", "kim", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim",
    ]
}
