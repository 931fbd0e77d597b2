/// The grammatical gender a pronoun needs of its antecedent, read from how the article names a person.
///
/// Evidence, strongest first: a form of address ("Mr Aksoy", "Ms Ortiz"), a gendered role ("spokeswoman",
/// "congressman"), then the first name when it is one of the common, rarely unisex given names below.
/// Names that are often unisex ("Dana", "Jordan", "Alexis", "Jean") are in neither list: an unknown gender
/// agrees with every pronoun, so a missing name only costs the tie-break, never a wrong answer.
enum NameGender {
    case female
    case male

    /// The gender of a person entity, or nil when the article does not show it.
    static func of(_ entity: EntityDraft) -> NameGender? {
        for alias in entity.aliases + [entity.name] {
            let first = alias.split(separator: " ").first.map { $0.lowercased() } ?? ""
            let address = first.hasSuffix(".") ? String(first.dropLast()) : first
            if ["mr", "sir", "lord"].contains(address) { return .male }
            if ["ms", "mrs", "miss", "madam", "dame", "lady"].contains(address) { return .female }
        }
        for role in entity.roles {
            for word in role.lowercased().split(separator: " ") {
                if word.hasSuffix("woman") || femaleRoles.contains(String(word)) { return .female }
                if maleRoles.contains(String(word)) { return .male }
            }
        }
        let first = entity.name.split(separator: " ").first.map { $0.lowercased() } ?? ""
        if femaleNames.contains(first) { return .female }
        if maleNames.contains(first) { return .male }
        return nil
    }

    /// The gender a personal pronoun asks for ("he", "she"), nil for others.
    static func of(pronoun: String) -> NameGender? {
        switch pronoun {
        case "he": return .male
        case "she": return .female
        default: return nil
        }
    }

    /// The gender a description's words say ("a spokeswoman for the ministry", "the boy's father"), nil when
    /// none does or they disagree.
    static func of(noun phrase: String) -> NameGender? {
        var said: Set<NameGender> = []
        for word in phrase.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) {
            if word.hasSuffix("woman") || word.hasSuffix("women") || femaleRoles.contains(word) {
                said.insert(.female)
            } else if word == "man" || word == "men" || maleRoles.contains(word) {
                said.insert(.male)
            }
        }
        return said.count == 1 ? said.first : nil
    }

    /// Roles that say a person's gender ("spokesman", "congresswoman"); "-woman" words are caught by suffix.
    static let maleRoles: Set<String> = [
        "spokesman", "congressman", "chairman", "councilman", "assemblyman", "alderman", "businessman",
        "policeman", "statesman", "king", "prince", "father", "husband", "son", "brother", "sheikh", "emir",
    ]
    static let femaleRoles: Set<String> = [
        "queen", "princess", "mother", "wife", "daughter", "sister", "widow", "actress", "duchess",
    ]

    static let femaleNames: Set<String> = [
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
        "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol",
        "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen",
        "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine",
        "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth",
        "julie", "olivia", "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan", "evelyn",
        "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "sara",
        "frances", "kathryn", "janice", "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris",
        "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte",
        "marie", "kayla", "lori", "kamala", "hillary", "valentina", "olga", "tatiana", "tatyana", "natalia",
        "natalya", "svetlana", "irina", "elena", "yelena", "ekaterina", "marina", "lyudmila", "olena", "yulia",
        "ursula", "jacinda", "giorgia", "annalena", "nora", "edith", "ella", "ellen", "eva", "ingrid", "irene",
        "jane", "joanna", "julia", "kate", "katie", "leah", "lena", "lucy", "maya", "mia", "molly", "nadia",
        "naomi", "nina", "paula", "rosa", "sally", "sofia", "sonia", "stella", "susanna", "tara", "tina", "vera",
        "wendy", "yasmin", "zoe", "fatima", "aisha", "amina", "layla", "leila", "mariam", "miriam", "noura",
        "ayse", "elif", "astrid", "francesca", "chiara", "ana", "lucia", "carmen", "isabel", "gabriela", "mariana",
        "camila", "ngozi", "amara", "wanjiru", "priya", "neha", "pooja", "akiko", "carla", "lorraine", "marian",
        "rachelle", "monica", "veronica", "tamara", "claire", "clara", "sylvia", "joanne", "louise", "eleanor",
        "lorena", "yvette", "camille", "beatrice", "loretta", "maeve", "della", "corinne", "anita", "marisol", "imogen",
        "gwendolyn", "harriet", "rosalind", "bernadette", "colleen", "kathy", "peggy", "tammy", "gina", "gail", "jill",
        "rita", "rose", "lillian", "lucille", "mildred", "norma", "phyllis", "valerie", "vanessa", "yolanda", "erica",
        "kristen", "kristin", "krista", "melanie", "meredith", "miranda", "penelope", "priscilla", "regina", "roberta",
        "sabrina", "sheila", "tanya", "tiffany", "wilma", "agnes", "alma", "bonnie", "cecilia", "constance", "darlene",
        "dolores", "eileen", "elaine", "elise", "eloise", "esther", "florence", "geraldine", "gertrude", "hazel",
        "jeanette", "josephine", "juanita", "kristina", "lois", "lucinda", "mabel", "madeline", "marcia", "marjorie",
        "maxine", "muriel", "nadine", "pauline", "rhonda", "rosemary", "ruby", "suzanne", "thelma", "vivian", "yvonne",
        "alicia", "adriana", "alejandra", "beth", "brooke", "caroline", "cassandra", "claudia", "deirdre", "felicia",
        "gabrielle", "jasmine", "jocelyn", "karina", "katrina", "lindsey", "lydia", "marcy", "melinda", "nikki",
        "rebekah", "renee", "rochelle", "sonya", "stacy", "stacey", "tonya", "vicki", "elisa",
    ]

    static let maleNames: Set<String> = [
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler",
        "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "noah", "ethan",
        "jeremy", "walter", "keith", "roger", "terry", "austin", "sean", "gerald", "carl", "harold", "dylan",
        "arthur", "lawrence", "jesse", "bryan", "billy", "bruce", "gabriel", "joe", "logan", "albert", "willie",
        "alan", "eugene", "russell", "vincent", "philip", "bobby", "johnny", "bradley", "boris", "vladimir",
        "sergei", "sergey", "dmitry", "dmitri", "alexei", "alexey", "andrei", "mikhail", "nikolai", "ivan", "igor",
        "yuri", "oleg", "viktor", "victor", "pavel", "volodymyr", "oleksandr", "emmanuel", "olaf", "rishi",
        "narendra", "recep", "antony", "lloyd", "jens", "mohammed", "muhammad", "mohammad", "ahmed", "ahmad",
        "hassan", "hussein", "ibrahim", "abdullah", "omar", "mahmoud", "khalid", "salman", "bashar", "carlos",
        "juan", "luis", "miguel", "pedro", "jorge", "francisco", "antonio", "mario", "matteo", "francois",
        "pierre", "friedrich", "karl", "hans", "wolfgang", "klaus", "ken", "greg", "jeff", "doug", "phil", "owen",
        "ian", "neil", "colin", "craig", "derek", "graham", "gordon", "marcus", "martin", "max", "oscar", "simon",
        "stuart", "tom", "tony", "nick", "rob", "bob", "bill", "jim", "tim", "dan", "ben", "sam", "matt", "mike",
        "steve", "dave", "pete", "ted", "ray", "ron", "rick", "mitch", "chuck", "yusuf", "youssef", "tariq",
        "karim", "mustafa", "mehmet", "emre", "murat", "tomas", "tomasz", "piotr", "marek", "lars", "erik", "sven",
        "nils", "anders", "marco", "luca", "giuseppe", "giovanni", "sergio", "diego", "alejandro", "fernando",
        "ricardo", "rafael", "kwame", "kofi", "tunde", "raj", "rahul", "arjun", "anil", "sunil", "deepak", "ravi",
        "sanjay", "vijay", "duane", "devin", "frederick", "trent", "dwight", "calvin", "miles", "edwin", "grant",
        "hector", "leland", "amos", "wallace", "tobias", "rory", "basil", "mitchell", "bernie", "abraham", "alfred",
        "allen", "alvin", "andre", "barry", "bernard", "brett", "byron", "cecil", "chad", "clarence", "clifford",
        "clyde", "curtis", "darrell", "darren", "desmond", "dick", "don", "earl", "eddie", "edgar", "elijah", "elliot",
        "ernest", "everett", "felix", "floyd", "fred", "glenn", "hank", "harvey", "herbert", "herman", "howard", "hugh",
        "isaac", "jake", "jared", "jerome", "jimmy", "joel", "jon", "julian", "kurt", "lance", "leon", "leonard",
        "leroy", "lewis", "lucas", "luther", "malcolm", "manuel", "marvin", "melvin", "milton", "morris", "nelson",
        "norman", "oliver", "otis", "perry", "ralph", "randy", "reginald", "rodney", "roland", "ross", "roy", "rudy",
        "seth", "sheldon", "stanley", "terrence", "theodore", "todd", "travis", "troy", "vernon", "wade", "warren",
        "wayne", "wesley", "wilbur", "woodrow", "xavier",
    ]
}
