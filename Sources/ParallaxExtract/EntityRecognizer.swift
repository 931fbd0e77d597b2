import ParallaxModel
import ParallaxText

/// An entity while an article is being read: every name seen for it, merged by key.
struct EntityDraft {
    var kind: EntityKind
    /// Matching key: kind plus spelling-insensitive name.
    var key: String
    var name: String
    var nameWords: Int
    var aliases: [String] = []
    var roles: [String] = []
    var country: String?
    var isMedia = false
    var mentionCount = 0
    var id = ""
}

/// One resolved occurrence of an entity, located by words.
struct MentionRef {
    var entity: Int
    /// Title and name words ("President Xi Jinping"); a peeled demonym is its own mention.
    var words: Range<Int>
    /// The name without title.
    var core: Range<Int>
    /// A nationality adjective standing for its country ("Chinese").
    var isDemonym: Bool
}

/// Entities and mentions of one article, with per-word lookup tables for the clause extractors.
struct EntityTable {
    var entities: [EntityDraft] = []
    var mentions: [MentionRef] = []
    /// Per word: index of the mention that ends at it, or -1.
    var mentionEndingAt: [Int32] = []
    /// Per word: index of the mention that starts at it, or -1.
    var mentionStartingAt: [Int32] = []
    /// Per word: index of the mention covering it, or -1.
    var mentionCovering: [Int32] = []
    /// First word of a person mention → appositive words after it ("…, an associate research fellow at …,").
    var appositives: [Int: Range<Int>] = [:]

    /// The first words of the mentions whose appositive ends right before word `index`, first in the text
    /// first: in "Omar Lamrani, an analyst at Stratfor, the Texas-based firm, told" the first is the subject,
    /// later ones sit inside its description. (The dictionary's own order changes from run to run.)
    func appositiveStarts(endingAt index: Int) -> [Int] {
        appositives.filter { $0.value.upperBound == index }.keys.sorted()
    }

    /// The mention ending at word `index`, if any.
    func mention(endingAt index: Int) -> MentionRef? {
        guard index >= 0 && index < mentionEndingAt.count, mentionEndingAt[index] >= 0 else { return nil }
        return mentions[Int(mentionEndingAt[index])]
    }

    /// The mention starting at word `index`, if any.
    func mention(startingAt index: Int) -> MentionRef? {
        guard index >= 0 && index < mentionStartingAt.count, mentionStartingAt[index] >= 0 else { return nil }
        return mentions[Int(mentionStartingAt[index])]
    }
}

/// Finds people, organisations, countries, places and named things in an article and resolves every form
/// of a name to one entity.
///
/// The pipeline, all rule-based:
/// 1. ``NameChunker`` groups capitalised words into name phrases (sentence-initial words only when
///    they look like names elsewhere).
/// 2. ``NameClassifier`` peels nationality adjectives and titles and assigns a kind from gazetteers
///    (countries, places, media), head words, name patterns and context cues.
/// 3. Resolution: single-word names join the person whose surname they are ("Xi" → "Xi Jinping");
///    acronyms join the name they abbreviate, defined in parentheses or matching its initials.
enum EntityRecognizer {
    static func recognize(_ doc: Document) -> EntityTable {
        let phrases = NameChunker.phrases(in: doc)
        var classified = phrases.map { NameClassifier.classify($0, in: doc) }
        var table = EntityTable()
        var byKey: [String: Int] = [:]
        let n = doc.words.count
        table.mentionEndingAt = Array(repeating: -1, count: n)
        table.mentionStartingAt = Array(repeating: -1, count: n)
        table.mentionCovering = Array(repeating: -1, count: n)

        func draft(kind: EntityKind, name: String, words: Int, key: String? = nil) -> Int {
            let fullKey = kind.rawValue + "|" + (key ?? Slug.matchKey(name))
            if let index = byKey[fullKey] {
                let current = table.entities[index].name
                let shouting = current.utf8.count > 3 && current == current.uppercased() && name != name.uppercased()
                if words > table.entities[index].nameWords || (words == table.entities[index].nameWords && shouting) {
                    table.entities[index].name = name
                    table.entities[index].nameWords = words
                }
                return index
            }
            table.entities.append(EntityDraft(kind: kind, key: fullKey, name: name, nameWords: words))
            byKey[fullKey] = table.entities.count - 1
            return table.entities.count - 1
        }
        func country(_ code: String) -> Int {
            if code.hasPrefix("name:") {
                // A country known only from this article ("Kestria", named through "Kestrian").
                let name = String(code.dropFirst(5))
                return draft(kind: .country, name: name, words: 9, key: "name:" + Slug.matchKey(name))
            }
            let index = draft(kind: .country, name: Countries.name(ofCode: code), words: 9, key: code)
            table.entities[index].country = code
            return index
        }

        var resolved: [(phrase: ClassifiedPhrase, entity: Int)] = []
        // Pass 1: names that stand on their own.
        var deferred: [Int] = []
        for (index, phrase) in classified.enumerated() {
            guard let kind = phrase.kind else {
                deferred.append(index)
                continue
            }
            let coreCount = phrase.core.count
            if (kind == .person && isOneName(phrase.core, doc)) || (kind == .organization && phrase.isAcronym) {
                deferred.append(index)
                continue
            }
            let entity: Int
            switch kind {
            case .country: entity = country(phrase.countryCode ?? "")
            case .organization where phrase.isMedia:
                entity = draft(kind: .organization, name: phrase.canonical ?? phrase.coreText, words: 9)
                table.entities[entity].isMedia = true
            default:
                entity = draft(kind: kind, name: phrase.canonical ?? phrase.coreText, words: coreCount)
            }
            resolved.append((phrase, entity))
        }

        // Surnames of multi-word person names; a surname shared by two people is ambiguous (-1).
        var surnames: [String: Int] = [:]
        for (phrase, entity) in resolved where phrase.kind == .person && phrase.core.count >= 2 {
            let first = doc.words[phrase.core.lowerBound].folded
            let last = surnameKey(phrase.core, doc)
            var keys = [last]
            if NameLexicon.chineseSurnames.contains(first) && phrase.core.count <= 3 { keys.append(first) }
            for key in keys {
                if let existing = surnames[key], existing != entity {
                    surnames[key] = -1
                } else {
                    surnames[key] = entity
                }
            }
        }
        // Where each multi-word person is named, by surname: a surname two people share goes to the one
        // named last before it ("Maria Santos said … Santos said … Her husband, Jorge Santos").
        var namedBySurname: [String: [(start: Int, entity: Int)]] = [:]
        for (phrase, entity) in resolved where phrase.kind == .person && phrase.core.count >= 2 {
            namedBySurname[surnameKey(phrase.core, doc), default: []].append((phrase.words.lowerBound, entity))
        }

        // Unknown two-to-four-word names ("Sofia Albright-Nunez", whose first word is also a city) keyed by
        // surname: a lone surname used as a person later ("Albright-Nunez said") shows they are a person.
        var unknownNames: [String: Int] = [:]
        for (phrase, entity) in resolved where phrase.kind == .other && (2...4).contains(phrase.core.count) {
            let core = phrase.core
            guard core.allSatisfy({ doc.words[$0].isCapitalized && !doc.words[$0].isAllCaps }),
                !NameLexicon.organizationHeads.contains(NameClassifier.headWord(core, doc)),
                !NameLexicon.otherHeads.contains(NameClassifier.headWord(core, doc)), !isOneName(core, doc)
            else { continue }
            let key = surnameKey(core, doc)
            unknownNames[key] = unknownNames[key] == nil ? entity : -1
        }

        // Acronyms: "(BRF)" after a name defines it; otherwise initials of a multi-word name.
        var acronyms: [String: Int] = [:]
        var initials: [String: Int] = [:]
        for (phrase, entity) in resolved where phrase.kind == .organization || phrase.kind == .other {
            let after = phrase.words.upperBound
            if after + 1 <= n, after < n, doc.words[after].gapBefore.contains(.openParen), doc.words[after].isAllCaps,
                after + 1 == n || doc.words[after + 1].gapBefore.contains(.closeParen)
            {
                acronyms[doc.words[after].folded] = entity
            }
            if phrase.core.count >= 2 {
                var letters = ""
                for k in phrase.core where doc.words[k].isCapitalized {
                    if let first = doc.words[k].folded.first { letters.append(first) }
                }
                if letters.count >= 2 { initials[letters] = initials[letters] == nil ? entity : -1 }
            }
        }
        for (key, entity) in initials where entity >= 0 && acronyms[key] == nil { acronyms[key] = entity }

        // Single unknown words take the kind their clearest occurrence shows: a place cue anywhere ("in
        // Kestra") beats a person cue ("Kestra said" is a capital speaking for its government).
        var votes: [String: EntityKind] = [:]
        // A word classified elsewhere in the article ("KESTRA" in the dateline) lends its kind.
        for (phrase, entity) in resolved where phrase.core.count == 1 && table.entities[entity].kind == .place {
            votes[doc.words[phrase.core.lowerBound].folded] = .place
        }
        for index in deferred where classified[index].kind == nil && isOneName(classified[index].core, doc) {
            let folded = surnameKey(classified[index].core, doc)
            guard let cued = NameClassifier.contextKind(for: classified[index], in: doc) else { continue }
            if votes[folded] != .place { votes[folded] = cued }
        }

        // Pass 2: single names and acronyms.
        for index in deferred {
            var phrase = classified[index]
            let folded = doc.words[phrase.core.lowerBound].folded
            if isOneName(phrase.core, doc), let person = surnames[surnameKey(phrase.core, doc)], person >= 0,
                phrase.kind == nil || phrase.kind == .person
            {
                resolved.append((phrase, person))
                continue
            }
            if isOneName(phrase.core, doc), surnames[surnameKey(phrase.core, doc)] == -1,
                phrase.kind == nil || phrase.kind == .person,
                let named = namedBySurname[surnameKey(phrase.core, doc)]?.filter({
                    $0.start < phrase.words.lowerBound
                }).max(by: { $0.start < $1.start })
            {
                resolved.append((phrase, named.entity))
                continue
            }
            if isOneName(phrase.core, doc), surnames[surnameKey(phrase.core, doc)] == nil,
                let named = unknownNames[surnameKey(phrase.core, doc)], named >= 0,
                phrase.kind == .person || phrase.kind == nil && votes[surnameKey(phrase.core, doc)] == .person
            {
                table.entities[named].kind = .person
                resolved.append((phrase, named))
                continue
            }
            if phrase.isAcronym, let entity = acronyms[folded] {
                resolved.append((phrase, entity))
                continue
            }
            if phrase.kind == nil {
                guard
                    let cued = isOneName(phrase.core, doc)
                        ? votes[surnameKey(phrase.core, doc)] : NameClassifier.contextKind(for: phrase, in: doc)
                else { continue }
                phrase.kind = cued
                classified[index] = phrase
            }
            let entity = draft(kind: phrase.kind!, name: phrase.coreText, words: phrase.core.count)
            resolved.append((phrase, entity))
        }

        // Mentions, aliases, roles and countries.
        for (phrase, entity) in resolved {
            if let demonym = phrase.demonym {
                let c = country(demonym.code)
                addMention(
                    &table, MentionRef(entity: c, words: demonym.words, core: demonym.words, isDemonym: true), doc)
                if table.entities[entity].country == nil && table.entities[entity].kind != .country
                    && !demonym.code.hasPrefix("name:")
                {
                    table.entities[entity].country = demonym.code
                }
            }
            let words = (phrase.title?.lowerBound ?? phrase.core.lowerBound)..<phrase.core.upperBound
            addMention(
                &table, MentionRef(entity: entity, words: words, core: phrase.core, isDemonym: phrase.isDemonym), doc)
            if let title = phrase.title, !honorifics.contains(doc.words[title.lowerBound].folded) {
                appendUnique(
                    &table.entities[entity].roles, doc.string(words: title.lowerBound, through: title.upperBound - 1))
            }
            if let role = phrase.roleNoun { appendUnique(&table.entities[entity].roles, role) }
            if let code = phrase.countryCode, !code.hasPrefix("name:"), table.entities[entity].country == nil {
                table.entities[entity].country = code
            }
            if table.entities[entity].kind == .person,
                let appositive = NameClassifier.appositive(after: phrase.words.upperBound - 1, in: doc)
            {
                table.appositives[words.lowerBound] = appositive
                var role = doc.string(words: appositive.lowerBound, through: appositive.upperBound - 1)
                for article in ["an ", "a "] where role.hasPrefix(article) { role.removeFirst(article.count) }
                appendUnique(&table.entities[entity].roles, role)
            }
        }
        table.mentions.sort { $0.words.lowerBound < $1.words.lowerBound }
        for (index, mention) in table.mentions.enumerated() {
            table.mentionStartingAt[mention.words.lowerBound] = Int32(index)
            table.mentionEndingAt[mention.words.upperBound - 1] = Int32(index)
            for k in mention.words { table.mentionCovering[k] = Int32(index) }
        }
        // Aliases and ids.
        var used: Set<String> = []
        for index in table.entities.indices {
            let id = table.entities[index].kind.rawValue + ":" + Slug.make(table.entities[index].name)
            var unique = id
            var suffix = 2
            while used.contains(unique) {
                unique = id + "-\(suffix)"
                suffix += 1
            }
            used.insert(unique)
            table.entities[index].id = unique
        }
        for mention in table.mentions {
            let text = doc.string(words: mention.words.lowerBound, through: mention.words.upperBound - 1)
            if text != table.entities[mention.entity].name {
                appendUnique(&table.entities[mention.entity].aliases, text)
            }
            table.entities[mention.entity].mentionCount += 1
        }
        for index in table.entities.indices
        where table.entities[index].kind == .place && table.entities[index].country == nil {
            let folded = Countries.foldName(table.entities[index].name)
            let first = String(folded.split(separator: " ").first ?? "")
            let code = Places.countryByPlace[folded] ?? Places.countryByPlace[first]
            table.entities[index].country = code.flatMap { $0.isEmpty ? nil : $0 }
        }
        return table
    }

    private static func addMention(_ table: inout EntityTable, _ mention: MentionRef, _ doc: Document) {
        // Overlapping phrases cannot happen by construction except a demonym inside a kept name; skip those.
        for k in mention.words where table.mentionCovering[k] >= 0 { return }
        for k in mention.words { table.mentionCovering[k] = Int32(table.mentions.count) }
        table.mentions.append(mention)
    }

    /// The surname of a person's name as a key: its last word, with the words hyphenated to it
    /// ("ruiz-baptiste" in "Ana Ruiz-Baptiste"), so that a later "Ruiz-Baptiste said" finds her.
    static func surnameKey(_ core: Range<Int>, _ doc: Document) -> String {
        var start = core.upperBound - 1
        while start > core.lowerBound && doc.words[start].gapBefore == .hyphen { start -= 1 }
        if start == core.upperBound - 1 { return doc.words[start].folded }
        return (start..<core.upperBound).map { doc.words[$0].folded }.joined(separator: "-")
    }

    /// Whether a name is one written word: a single word or words joined by hyphens ("Ruiz-Baptiste").
    static func isOneName(_ core: Range<Int>, _ doc: Document) -> Bool {
        for k in core where k > core.lowerBound && doc.words[k].gapBefore != .hyphen { return false }
        return true
    }

    /// Titles that are forms of address, not roles.
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "sir", "dame", "madam", "mme", "m"]

    static func appendUnique(_ list: inout [String], _ value: String) {
        if !value.isEmpty && !list.contains(value) { list.append(value) }
    }
}
