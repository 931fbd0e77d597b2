import ParallaxModel

/// A speaker after resolution: a name, and the entity when there is one.
struct ResolvedSpeaker {
    var name: String
    var entity: Int?
    var kind: Attribution.Kind
    var span: Span
}

/// Resolves pronouns and definite role descriptions ("he", "the Russian business representative") to
/// the most recent person named as a sentence subject or speaker before them.
///
/// Gender is not modelled: news paragraphs that say "he" almost always continue the last named person
/// subject, and tracking subjects only (not every mention) skips names in possessives and prepositional
/// phrases ("Putin’s visit", "talks with Putin") that pronouns rarely refer to.
struct SpeakerResolver {
    /// (word index, entity) of person subjects, in text order.
    private var subjects: [(word: Int, entity: Int)] = []
    let doc: Document
    private let table: EntityTable

    init(doc: Document, table: EntityTable, clauses: [[ReportingClause]]) {
        self.doc = doc
        self.table = table
        var list: [(word: Int, entity: Int)] = []
        for sentence in 0..<doc.sentences.count {
            let range = doc.wordRange(ofSentence: sentence)
            var found: [(Int, Int)] = []
            if let subject = ReportingClauseFinder.sentenceSubject(
                range, before: range.upperBound, doc: doc, table: table)
            {
                found.append((subject.words.lowerBound, subject.entity))
            }
            for clause in clauses[sentence] {
                if case .entity(let e) = clause.speaker, table.entities[e].kind == .person {
                    found.append((clause.speakerWords.lowerBound, e))
                }
            }
            found.sort { $0.0 < $1.0 }
            for item in found { list.append((word: item.0, entity: item.1)) }
        }
        subjects = list
    }

    /// The person a pronoun at `word` refers to.
    func antecedent(before word: Int) -> Int? {
        var low = 0
        var high = subjects.count
        while low < high {
            let mid = (low + high) / 2
            if subjects[mid].word < word { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? subjects[low - 1].entity : nil
    }

    /// Resolves a clause's speaker reference.
    func resolve(_ reference: SpeakerReference, words: Range<Int>) -> ResolvedSpeaker? {
        let span = Span(start: doc.words[words.lowerBound].span.start, end: doc.words[words.upperBound - 1].span.end)
        switch reference {
        case .entity(let e):
            let entity = table.entities[e]
            let kind: Attribution.Kind =
                entity.kind == .person ? .person : entity.isMedia ? .media : entity.kind == .other ? .data : .official
            return ResolvedSpeaker(name: entity.name, entity: e, kind: kind, span: span)
        case .anaphor(let text):
            if text == "they" || text == "we" || text == "it" || text == "i" { return nil }
            guard let e = antecedent(before: words.lowerBound) else { return nil }
            return ResolvedSpeaker(name: table.entities[e].name, entity: e, kind: .person, span: span)
        case .nominal(let text, let kind, let entity):
            return ResolvedSpeaker(name: text, entity: entity, kind: kind, span: span)
        }
    }
}
