import ParallaxModel

/// A speaker after resolution: a name, and the entity when there is one.
struct ResolvedSpeaker {
    var name: String
    var entity: Int?
    var kind: Attribution.Kind
    var span: Span
    /// A role with no one named who holds it ("the president" in an article naming no president): a speaker
    /// for a quotation, but no claim on a short quotation that may be a scare quote.
    var isBareRole = false
}

/// Resolves pronouns and definite role descriptions ("he", "the Russian business representative") to
/// the most recent person named as a sentence subject or speaker before them.
///
/// News paragraphs that say "he" almost always continue the last named person subject, and tracking
/// subjects only (not every mention) skips names in possessives and prepositional phrases ("Putin’s
/// visit", "talks with Putin") that pronouns rarely refer to. "he" and "she" must agree in gender with
/// the person when the article shows it (``NameGender``); when no recent subject agrees, the most recent
/// agreeing person named anywhere before the pronoun is taken (an object or an appositive).
struct SpeakerResolver {
    /// (word index, entity) of person subjects, in text order.
    private var subjects: [(word: Int, entity: Int)] = []
    /// Every clause's speaker, in text order: what "they" may refer back to.
    private var speakers: [(word: Int, sentence: Int, reference: SpeakerReference, words: Range<Int>)] = []
    let doc: Document
    let table: EntityTable
    /// Per entity, the gender the article shows for it (``NameGender``).
    private let genders: [NameGender?]

    init(doc: Document, table: EntityTable, clauses: [[ReportingClause]]) {
        self.doc = doc
        self.table = table
        genders = table.entities.map { $0.kind == .person ? NameGender.of($0) : nil }
        var list: [(word: Int, entity: Int)] = []
        for sentence in 0..<doc.sentences.count {
            let range = doc.wordRange(ofSentence: sentence)
            var found: [(Int, Int)] = []
            if let carried = carriedSubject(range, after: list) {
                found.append(carried)
            } else if let subject = ReportingClauseFinder.sentenceSubject(
                range, before: range.upperBound, doc: doc, table: table)
            {
                found.append((subject.words.lowerBound, subject.entity))
            }
            found += coordinateSubjects(range)
            for clause in clauses[sentence] {
                if case .entity(let e) = clause.speaker, table.entities[e].kind == .person {
                    found.append((clause.speakerWords.lowerBound, e))
                }
            }
            found.sort { $0.0 < $1.0 }
            for item in found { list.append((word: item.0, entity: item.1)) }
            for clause in clauses[sentence] where !clause.isParticiple && !clause.isAccordingTo {
                speakers.append((clause.speakerWords.lowerBound, sentence, clause.speaker, clause.speakerWords))
            }
            // Person subjects stop the search for "they"; an organisation opening a sentence as its subject
            // ("Big Machine have twice denied …") is what a following "they" most often stands for.
            for item in found { speakers.append((item.0, sentence, .entity(item.1), item.0..<(item.0 + 1))) }
            if let opener = Self.organizationSubject(range, doc: doc, table: table) {
                speakers.append((opener.words.lowerBound, sentence, .entity(opener.entity), opener.words))
            }
        }
        subjects = list
        speakers.sort { $0.word < $1.word }
    }

    /// "He spoke after meeting House Speaker Tom Kay.": a sentence opening with "he" or "she" keeps the
    /// person the pronoun stands for as its subject (the latest of the last four subjects whose gender
    /// agrees, as ``antecedent(before:gender:)`` finds it), so a name later in the sentence, an object, does
    /// not become what the next "he" refers to.
    private func carriedSubject(_ range: Range<Int>, after list: [(word: Int, entity: Int)]) -> (Int, Int)? {
        guard let first = range.first, doc.words[first].quote == nil, !doc.words[first].isQuoted,
            let gender = NameGender.of(pronoun: doc.words[first].folded)
        else { return nil }
        // Only when that person is shown to be of that gender: carrying one of unknown gender would let a
        // guess outrank the subjects named after it.
        guard let item = list.suffix(4).last(where: { agrees($0.entity, gender) }), genders[item.entity] == gender
        else { return nil }
        return (first, item.entity)
    }

    /// "Rep. Dana Whitfield criticized the plan, and Rep. Simon Achterberg defended it.": a person opening a
    /// coordinated clause (after ", and", ", but", ", while" or a semicolon) and followed by a lowercase word,
    /// its verb, is the subject of that clause and the latest subject of the sentence.
    private func coordinateSubjects(_ range: Range<Int>) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        for k in range where k > range.lowerBound + 1 {
            guard let mention = table.mention(startingAt: k), table.entities[mention.entity].kind == .person,
                !mention.isDemonym, mention.words.upperBound < range.upperBound,
                !doc.words[mention.words.upperBound - 1].isPossessive, doc.words[k].quote == nil
            else { continue }
            let previous = doc.words[k - 1]
            let opensClause =
                ["and", "but", "while", "whereas"].contains(previous.folded) && previous.gapBefore.contains(.comma)
                && doc.words[k].gapBefore.isPlain || doc.words[k].gapBefore.contains(.colon)
            let next = doc.words[mention.words.upperBound]
            if opensClause, next.gapBefore.isPlain, !next.isCapitalized, next.quote == nil {
                result.append((k, mention.entity))
            }
        }
        return result
    }

    /// The person a pronoun at `word` refers to: the most recent person subject whose gender agrees (the
    /// last four are tried), else the most recent person named anywhere before it whose gender agrees
    /// ("Thomas Reinholt introduced his deputy, Carla Mendes. … she said" → Carla Mendes). An unknown
    /// gender agrees with everything; `gender` nil takes the most recent subject as before.
    func antecedent(before word: Int, gender: NameGender? = nil) -> Int? {
        var low = 0
        var high = subjects.count
        while low < high {
            let mid = (low + high) / 2
            if subjects[mid].word < word { low = mid + 1 } else { high = mid }
        }
        guard let gender else { return low > 0 ? subjects[low - 1].entity : nil }
        var i = low - 1
        while i >= 0 && i >= low - 4 {
            if agrees(subjects[i].entity, gender) { return subjects[i].entity }
            i -= 1
        }
        var m = table.mentions.count - 1
        while m >= 0 {
            let mention = table.mentions[m]
            m -= 1
            guard mention.words.upperBound <= word, table.entities[mention.entity].kind == .person,
                !doc.words[mention.words.upperBound - 1].isPossessive, !doc.words[mention.words.lowerBound].isQuoted
            else { continue }
            if agrees(mention.entity, gender) { return mention.entity }
        }
        return nil
    }

    /// The most recent person before `word` whose role ends in a role description's head word ("the prime
    /// minister" → "Kestrian Prime Minister Tomas Oyelaran", even when President Varga spoke in between).
    /// A described role picks out its holder; recency only breaks ties.
    /// A state before the head ("the Indiana senator") keeps only holders introduced from that state
    /// ("Sen. Ruth Aldridge, R-Ind.").
    private func holder(ofRole text: String, before word: Int, words: Range<Int>) -> Int? {
        guard let head = roleHead(text) else { return nil }
        let state =
            words.count >= 3 ? USStates.state(named: doc, from: words.lowerBound + 1, limit: words.upperBound - 1) : nil
        var m = table.mentions.count - 1
        while m >= 0 {
            let mention = table.mentions[m]
            m -= 1
            guard mention.words.upperBound <= word, table.entities[mention.entity].kind == .person else { continue }
            if holds(mention.entity, head), state == nil || introduction(after: mention).state == state {
                return mention.entity
            }
        }
        return nil
    }

    private func roleHead(_ text: String) -> String? {
        guard let head = text.split(separator: " ").last.map({ $0.lowercased() }),
            !ReportingClauseFinder.pronouns.contains(head)
        else { return nil }
        return head
    }

    private func holds(_ entity: Int, _ head: String) -> Bool {
        let accepted = Self.roleForms[head] ?? [head]
        return table.entities[entity].roles.contains {
            $0.lowercased().split(separator: " ").last.map { accepted.contains(String($0)) } ?? false
        }
    }

    /// The titles that make a person the holder of a role description: "the senator" is "Sen. Ruth Aldana",
    /// "the lawmaker" any member of a legislature. Abbreviated titles are AP style before names.
    static let roleForms: [String: Set<String>] = [
        "senator": ["senator", "sen"], "governor": ["governor", "gov"], "general": ["general", "gen"],
        "congressman": ["congressman", "rep", "representative"],
        "congresswoman": ["congresswoman", "rep", "representative"],
        "representative": ["representative", "rep", "congressman", "congresswoman"],
        "lawmaker": [
            "senator", "sen", "rep", "representative", "congressman", "congresswoman", "mp", "assemblyman",
            "assemblywoman", "assemblymember", "councilman", "councilwoman", "councilmember", "del",
        ],
        "professor": ["professor", "prof"], "mayor": ["mayor"], "chair": ["chair", "chairman", "chairwoman"],
    ]

    /// A role description with no one before it ("The prime minister, speaking in Ottawa, said …" opening
    /// an article) names the first person after it who holds that role ("Prime Minister Martin Leclerc"):
    /// ledes often describe before they name. Pronouns never look ahead.
    private func namedLater(role text: String, after word: Int) -> Int? {
        guard let head = roleHead(text) else { return nil }
        for mention in table.mentions where mention.words.lowerBound >= word {
            if table.entities[mention.entity].kind == .person && holds(mention.entity, head) { return mention.entity }
        }
        return nil
    }

    /// "“We tried,” she said, … That was the view of Marta Kovacs": a feature lede may quote "he" or "she"
    /// before naming anyone. Only when nothing but quoted words comes before the pronoun's sentence (the lede
    /// opens with the quote) and no person at all is named before the pronoun, the first person named after it
    /// whose gender agrees is the speaker. After narration ("A spokeswoman for the ministry said … “…,” she
    /// said") the pronoun looks back, never ahead to someone the next paragraph names.
    private func cataphor(_ text: String, after word: Int) -> Int? {
        guard let gender = NameGender.of(pronoun: text), word > 0, word <= doc.words.count else { return nil }
        let sentence = doc.words[word - 1].sentence
        guard doc.words[..<(word - 1)].allSatisfy({ $0.isQuoted || $0.sentence == sentence }) else { return nil }
        var named: [Int] = []
        for mention in table.mentions where table.entities[mention.entity].kind == .person {
            if mention.words.lowerBound < word { return nil }
            named.append(mention.entity)
        }
        return named.first { agrees($0, gender) }
    }

    /// An organisation opening a sentence, right before a lowercase word (its verb): "Big Machine have …",
    /// "The Acme Group said …".
    static func organizationSubject(_ range: Range<Int>, doc: Document, table: EntityTable) -> MentionRef? {
        var k = range.lowerBound
        if k < range.upperBound, doc.words[k].folded == "the" { k += 1 }
        guard let mention = table.mention(startingAt: k), !mention.isDemonym,
            table.entities[mention.entity].kind == .organization, mention.words.upperBound < range.upperBound,
            !doc.words[mention.words.upperBound - 1].isPossessive
        else { return nil }
        let next = doc.words[mention.words.upperBound]
        return next.gapBefore.isPlain && !next.isCapitalized && next.quote == nil ? mention : nil
    }

    /// The group "they" reports for: the speaker of the latest reporting clause before it, within the two
    /// sentences before, when that speaker is an organisation or a group without a name ("Big Machine said
    /// in a statement … “…,” they said", "the physicians wrote … they said"). A person there, or nobody,
    /// leaves "they" unresolved: "they" is never one person, and a wrong speaker is worse than none. Earlier
    /// "they" clauses are passed over, so a chain of them keeps its group.
    ///
    /// "it" asks the same of one body: an organisation, or an official or media body named without a name
    /// ("the ministry said … “…,” it added"); a group in the plural ("the physicians") or a person is no "it".
    private func group(before word: Int, pronoun: String = "they") -> (SpeakerReference, Range<Int>)? {
        let sentence = doc.words[word].sentence
        for item in speakers.reversed() where item.word < word {
            guard item.sentence >= sentence - 2 else { return nil }
            switch item.reference {
            case .anaphor(let text) where text == pronoun:
                continue
            case .entity(let e) where table.entities[e].kind == .organization:
                return (item.reference, item.words)
            // "A statement from Waitrose said … “…,” it added": "it" is the statement, whoever issued it.
            case .entity
            where pronoun == "it"
                && item.words.contains { ReportingClauseFinder.issuedDocumentNouns.contains(doc.words[$0].folded) }:
                return (item.reference, item.words)
            // "it" is never a person: one named between passes, as does the issuer's name read as a subject.
            case .entity(let e) where pronoun == "it" && table.entities[e].kind == .person:
                continue
            case .nominal(let text, let kind, _) where kind != .data:
                if pronoun == "it" && (![.official, .media].contains(kind) || Self.isPlural(text)) { return nil }
                return (item.reference, item.words)
            default:
                return nil
            }
        }
        return nil
    }

    /// Whether a nominal speaker's head is plural ("officials", "the physicians"): its last word ends in "s"
    /// but not "ss" ("the press").
    private static func isPlural(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last?.lowercased() else { return false }
        return last.hasSuffix("s") && !last.hasSuffix("ss")
    }

    private func agrees(_ entity: Int, _ gender: NameGender) -> Bool {
        genders[entity] == nil || genders[entity] == gender
    }

    /// Resolves a clause's speaker reference.
    func resolve(_ reference: SpeakerReference, words: Range<Int>) -> ResolvedSpeaker? {
        let span = Span(start: doc.words[words.lowerBound].span.start, end: doc.words[words.upperBound - 1].span.end)
        switch reference {
        case .entity(let e):
            // "the Democrat" read as a name: the person introduced with that party speaks.
            // With no one introduced with that party, the latest person subject, as for "the senator".
            if Self.isDescriptionOnly(table.entities[e].name),
                let person = describedPerson(words) ?? antecedent(before: words.lowerBound)
            {
                return resolve(.entity(person), words: words)
            }
            let entity = table.entities[e]
            let kind: Attribution.Kind =
                entity.kind == .person ? .person : entity.isMedia ? .media : entity.kind == .other ? .data : .official
            return ResolvedSpeaker(name: entity.name, entity: e, kind: kind, span: span)
        case .anaphor(let text):
            if text == "they" || text == "it", let (group, groupWords) = group(before: words.lowerBound, pronoun: text)
            {
                return resolve(group, words: groupWords)
            }
            if text == "they" || text == "we" || text == "it" || text == "i" { return nil }
            // A title holding the role ("President Trump" for "the president") outranks an appositive that
            // uses the word ("John Williams, the president of the New York Fed,"), seen on real news.
            guard
                let e = holder(ofRole: text, before: words.lowerBound, words: words) ?? describedPerson(words)
                    ?? antecedent(before: words.lowerBound, gender: NameGender.of(pronoun: text))
                    ?? namedLater(role: text, after: words.upperBound)
                    ?? cataphor(text, after: words.upperBound)
            else {
                // "“…,” the president said." with no president named: the role itself is the speaker.
                guard text.lowercased().hasPrefix("the ") else { return nil }
                return ResolvedSpeaker(name: text, entity: nil, kind: .official, span: span, isBareRole: true)
            }
            return ResolvedSpeaker(name: table.entities[e].name, entity: e, kind: .person, span: span)
        case .nominal(_, _, nil) where describedPerson(words) != nil:
            return resolve(.entity(describedPerson(words)!), words: words)
        case .nominal(let text, let kind, let entity):
            return ResolvedSpeaker(name: text, entity: entity, kind: kind, span: span)
        }
    }
}
