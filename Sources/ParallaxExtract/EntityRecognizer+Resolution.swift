import ParallaxModel
import ParallaxText

/// A classified name phrase and the entity it was resolved to.
typealias ResolvedPhrase = (phrase: ClassifiedPhrase, entity: Int)

/// The entity table while it is being built, with the key index that merges the names of one entity.
struct EntityTableBuilder {
    var table = EntityTable()
    var byKey: [String: Int] = [:]

    init(wordCount n: Int) {
        table.mentionEndingAt = Array(repeating: -1, count: n)
        table.mentionStartingAt = Array(repeating: -1, count: n)
        table.mentionCovering = Array(repeating: -1, count: n)
    }

    /// The entity of `kind` keyed by `key` (else by `name`), created if new; a longer name (or the same length
    /// not in capitals where the current one is) replaces the entity's name.
    mutating func draft(kind: EntityKind, name: String, words: Int, key: String? = nil) -> Int {
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

    /// The country entity for an ISO code, or for a `name:` code of a country known only from this article.
    mutating func country(_ code: String) -> Int {
        if code.hasPrefix("name:") {
            // A country known only from this article ("Kestria", named through "Kestrian").
            let name = String(code.dropFirst(5))
            return draft(kind: .country, name: name, words: 9, key: "name:" + Slug.matchKey(name))
        }
        let index = draft(kind: .country, name: Countries.name(ofCode: code), words: 9, key: code)
        table.entities[index].country = code
        return index
    }
}

/// What the names resolved in pass 1 tell about the single names and acronyms left for pass 2.
struct NameIndexes {
    /// Surname → the multi-word person it belongs to; -1 when two people share it.
    var surnames: [String: Int]
    /// Surname → where each multi-word person with it is named.
    var namedBySurname: [String: [(start: Int, entity: Int)]]
    /// Surname → an unknown two-to-four-word name ending with it; -1 when ambiguous.
    var unknownNames: [String: Int]
    /// Acronym → the organisation or thing it abbreviates.
    var acronyms: [String: Int]
    /// Single unknown word → the kind its clearest occurrence shows.
    var votes: [String: EntityKind]
}

extension EntityRecognizer {
    /// Pass 1: resolves the names that stand on their own; returns the indexes of the phrases left for pass 2
    /// (unclassified words, one-word person names, acronyms).
    static func resolveStandalone(
        _ classified: [ClassifiedPhrase], _ doc: Document, _ builder: inout EntityTableBuilder,
        _ resolved: inout [ResolvedPhrase]
    ) -> [Int] {
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
            case .country: entity = builder.country(phrase.countryCode ?? "")
            case .organization where phrase.isMedia:
                entity = builder.draft(kind: .organization, name: phrase.canonical ?? phrase.coreText, words: 9)
                builder.table.entities[entity].isMedia = true
            default:
                entity = builder.draft(kind: kind, name: phrase.canonical ?? phrase.coreText, words: coreCount)
            }
            resolved.append((phrase, entity))
        }
        return deferred
    }

    /// Surnames of multi-word person names; a surname shared by two people is ambiguous (-1).
    static func surnameOwners(_ resolved: [ResolvedPhrase], _ doc: Document) -> [String: Int] {
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
        return surnames
    }

    /// Where each multi-word person is named, by surname: a surname two people share goes to the one
    /// named last before it ("Maria Santos said … Santos said … Her husband, Jorge Santos").
    static func personsBySurname(
        _ resolved: [ResolvedPhrase], _ doc: Document
    ) -> [String: [(start: Int, entity: Int)]] {
        var namedBySurname: [String: [(start: Int, entity: Int)]] = [:]
        for (phrase, entity) in resolved where phrase.kind == .person && phrase.core.count >= 2 {
            namedBySurname[surnameKey(phrase.core, doc), default: []].append((phrase.words.lowerBound, entity))
        }
        return namedBySurname
    }

    /// Unknown two-to-four-word names ("Sofia Albright-Nunez", whose first word is also a city) keyed by
    /// surname: a lone surname used as a person later ("Albright-Nunez said") shows they are a person.
    static func unknownNamesBySurname(_ resolved: [ResolvedPhrase], _ doc: Document) -> [String: Int] {
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
        return unknownNames
    }

    /// Acronyms: "(BRF)" after a name defines it; otherwise initials of a multi-word name.
    static func acronymOwners(_ resolved: [ResolvedPhrase], _ doc: Document) -> [String: Int] {
        let n = doc.words.count
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
        return acronyms
    }

    /// Single unknown words take the kind their clearest occurrence shows: a place cue anywhere ("in
    /// Kestra") beats a person cue ("Kestra said" is a capital speaking for its government).
    static func singleWordVotes(
        _ resolved: [ResolvedPhrase], _ deferred: [Int], _ classified: [ClassifiedPhrase], _ table: EntityTable,
        _ doc: Document
    ) -> [String: EntityKind] {
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
        return votes
    }

    /// Pass 2: resolves single names (to a person by surname, else to an unknown name they show is a person)
    /// and acronyms; the rest become entities of their own if a cue gives them a kind.
    static func resolveDeferred(
        _ deferred: [Int], _ classified: inout [ClassifiedPhrase], _ names: NameIndexes, _ doc: Document,
        _ builder: inout EntityTableBuilder, _ resolved: inout [ResolvedPhrase]
    ) {
        for index in deferred {
            var phrase = classified[index]
            let folded = doc.words[phrase.core.lowerBound].folded
            if isOneName(phrase.core, doc), let person = names.surnames[surnameKey(phrase.core, doc)], person >= 0,
                phrase.kind == nil || phrase.kind == .person
            {
                resolved.append((phrase, person))
                continue
            }
            if isOneName(phrase.core, doc), names.surnames[surnameKey(phrase.core, doc)] == -1,
                phrase.kind == nil || phrase.kind == .person,
                let named = names.namedBySurname[surnameKey(phrase.core, doc)]?.filter({
                    $0.start < phrase.words.lowerBound
                }).max(by: { $0.start < $1.start })
            {
                resolved.append((phrase, named.entity))
                continue
            }
            if isOneName(phrase.core, doc), names.surnames[surnameKey(phrase.core, doc)] == nil,
                let named = names.unknownNames[surnameKey(phrase.core, doc)], named >= 0,
                phrase.kind == .person || phrase.kind == nil && names.votes[surnameKey(phrase.core, doc)] == .person
            {
                builder.table.entities[named].kind = .person
                resolved.append((phrase, named))
                continue
            }
            if phrase.isAcronym, let entity = names.acronyms[folded] {
                resolved.append((phrase, entity))
                continue
            }
            if phrase.kind == nil {
                guard
                    let cued = isOneName(phrase.core, doc)
                        ? names.votes[surnameKey(phrase.core, doc)] : NameClassifier.contextKind(for: phrase, in: doc)
                else { continue }
                phrase.kind = cued
                classified[index] = phrase
            }
            let entity = builder.draft(kind: phrase.kind!, name: phrase.coreText, words: phrase.core.count)
            resolved.append((phrase, entity))
        }
    }

    /// Adds the mentions of one resolved phrase (its demonym's country, then the name) and what the phrase
    /// tells about its entity: roles from the title, role noun and appositive, and the country.
    static func addMentions(of item: ResolvedPhrase, _ doc: Document, _ builder: inout EntityTableBuilder) {
        let (phrase, entity) = item
        if let demonym = phrase.demonym {
            let c = builder.country(demonym.code)
            addMention(
                &builder.table, MentionRef(entity: c, words: demonym.words, core: demonym.words, isDemonym: true), doc)
            if builder.table.entities[entity].country == nil && builder.table.entities[entity].kind != .country
                && !demonym.code.hasPrefix("name:")
            {
                builder.table.entities[entity].country = demonym.code
            }
        }
        let words = (phrase.title?.lowerBound ?? phrase.core.lowerBound)..<phrase.core.upperBound
        addMention(
            &builder.table, MentionRef(entity: entity, words: words, core: phrase.core, isDemonym: phrase.isDemonym),
            doc)
        if let title = phrase.title, !honorifics.contains(doc.words[title.lowerBound].folded) {
            appendUnique(
                &builder.table.entities[entity].roles,
                doc.string(words: title.lowerBound, through: title.upperBound - 1))
        }
        if let role = phrase.roleNoun { appendUnique(&builder.table.entities[entity].roles, role) }
        if let code = phrase.countryCode, !code.hasPrefix("name:"), builder.table.entities[entity].country == nil {
            builder.table.entities[entity].country = code
        }
        if builder.table.entities[entity].kind == .person,
            let appositive = NameClassifier.appositive(after: phrase.words.upperBound - 1, in: doc)
        {
            builder.table.appositives[words.lowerBound] = appositive
            var role = doc.string(words: appositive.lowerBound, through: appositive.upperBound - 1)
            for article in ["an ", "a "] where role.hasPrefix(article) { role.removeFirst(article.count) }
            appendUnique(&builder.table.entities[entity].roles, role)
        }
    }

    /// Sorts the mentions by position and fills the per-word lookup tables.
    static func indexMentions(_ table: inout EntityTable) {
        table.mentions.sort { $0.words.lowerBound < $1.words.lowerBound }
        for (index, mention) in table.mentions.enumerated() {
            table.mentionStartingAt[mention.words.lowerBound] = Int32(index)
            table.mentionEndingAt[mention.words.upperBound - 1] = Int32(index)
            for k in mention.words { table.mentionCovering[k] = Int32(index) }
        }
    }

    /// Gives every entity an id from its kind and name, numbered from 2 where two would be the same.
    static func assignIDs(_ table: inout EntityTable) {
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
    }

    /// Counts each entity's mentions and keeps every other spelling they use as an alias.
    static func countMentionsAndAliases(_ table: inout EntityTable, _ doc: Document) {
        for mention in table.mentions {
            let text = doc.string(words: mention.words.lowerBound, through: mention.words.upperBound - 1)
            if text != table.entities[mention.entity].name {
                appendUnique(&table.entities[mention.entity].aliases, text)
            }
            table.entities[mention.entity].mentionCount += 1
        }
    }

    /// Gives places without a country the one the place gazetteer knows for the name or its first word.
    static func assignPlaceCountries(_ table: inout EntityTable) {
        for index in table.entities.indices
        where table.entities[index].kind == .place && table.entities[index].country == nil {
            let folded = Countries.foldName(table.entities[index].name)
            let first = String(folded.split(separator: " ").first ?? "")
            let code = Places.countryByPlace[folded] ?? Places.countryByPlace[first]
            table.entities[index].country = code.flatMap { $0.isEmpty ? nil : $0 }
        }
    }
}
