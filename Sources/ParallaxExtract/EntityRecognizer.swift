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
        var builder = EntityTableBuilder(wordCount: doc.words.count)
        var resolved: [ResolvedPhrase] = []
        let deferred = resolveStandalone(classified, doc, &builder, &resolved)
        let names = NameIndexes(
            surnames: surnameOwners(resolved, doc),
            namedBySurname: personsBySurname(resolved, doc),
            unknownNames: unknownNamesBySurname(resolved, doc),
            acronyms: acronymOwners(resolved, doc),
            votes: singleWordVotes(resolved, deferred, classified, builder.table, doc))
        resolveDeferred(deferred, &classified, names, doc, &builder, &resolved)
        for item in resolved { addMentions(of: item, doc, &builder) }
        var table = builder.table
        indexMentions(&table)
        assignIDs(&table)
        countMentionsAndAliases(&table, doc)
        assignPlaceCountries(&table)
        return table
    }

    static func addMention(_ table: inout EntityTable, _ mention: MentionRef, _ doc: Document) {
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
