import ParallaxModel

/// A definite description standing for a person the article introduced with it: "the 29-year-old" after
/// "Kayla Brandt, 29,", "the Democrat" after "Sen. Wallace Grier, D-Ohio,", "the Louisiana Democrat" after
/// "Rep. Basil Fontaine, D-La.", "the nurse" after "Marisol Ekwueme, a 34-year-old nurse,".
///
/// News introduces a person once with an age, a party-state tag or an appositive, then refers back with
/// "the" and that very description instead of the name; the description picks out its holder where recency
/// would pick whoever was named last. The most recent person so introduced wins.
struct PersonDescription {
    enum Head: Equatable {
        /// "the 29-year-old".
        case age(String)
        /// "the Democrat", "the Republican", "the independent": the party letter of the tag ("D-Ohio").
        case party(String)
        /// Any other noun ("the nurse", "the retiree"), matched against an appositive.
        case noun(String)
    }

    var head: Head
    /// A state named before the head ("the Louisiana Democrat", "the Indiana senator"), lowercased.
    var state: String?
    /// Other words before the head ("retired" in "the retired welder"), folded.
    var modifiers: [String] = []

    /// Party nouns and the letter of their tag.
    static let parties: [String: String] = [
        "democrat": "d", "republican": "r", "independent": "i", "democratic": "d",
    ]

    /// The years of an age word ("29-year-old" → "29"), one token as the tokenizer keeps it.
    static func age(_ folded: String) -> String? {
        guard folded.hasSuffix("-year-old") else { return nil }
        let years = folded.dropLast("-year-old".utf8.count)
        return !years.isEmpty && years.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } ? String(years) : nil
    }

    /// The description read from the words after "the" (`words` starts right after it), or nil when they
    /// are not one: a head word, optionally after a state.
    init?(words: Range<Int>, doc: Document) {
        let w = doc.words
        guard !words.isEmpty, words.count <= 4 else { return nil }
        let last = words.upperBound - 1
        if let years = Self.age(w[last].folded) {
            head = .age(years)
        } else if let letter = Self.parties[w[last].folded] {
            head = .party(letter)
        } else if !w[last].isCapitalized, w[last].folded.utf8.count > 2 {
            head = .noun(w[last].folded)
        } else {
            return nil
        }
        let before = words.lowerBound..<last
        if before.isEmpty {
            state = nil
        } else {
            let text = doc.string(words: before.lowerBound, through: before.upperBound - 1).lowercased()
            guard USStates.names.contains(text) else {
                // Other modifiers ("the first-term Democrat") leave an age or a party alone; a noun's ("the
                // retired welder") must be in the appositive too.
                state = nil
                modifiers = before.map { doc.words[$0].folded }
                return
            }
            state = text
        }
    }
}

/// What the words around a person's first mention say of them.
struct Introduction {
    var age: String?
    /// "d", "r" or "i".
    var party: String?
    /// Lowercased state name.
    var state: String?
    /// Head nouns of the descriptive segments ("nurse" of "a 34-year-old nurse at the hospital").
    var nouns: Set<String> = []
    /// Every word of the descriptive segments, folded.
    var descriptors: Set<String> = []
}

extension SpeakerResolver {
    private func isAge(_ description: PersonDescription) -> Bool {
        if case .age = description.head { return true }
        return false
    }

    /// The person a description at `words` ("the 29-year-old", "Democrat" right after "the") stands for:
    /// the most recent person before it introduced with that age, party and state, or appositive noun.
    func describedPerson(_ words: Range<Int>) -> Int? {
        var start = words.lowerBound
        if doc.words[start].folded != "the", start > 0, doc.words[start - 1].folded == "the",
            doc.words[start].gapBefore.isPlain
        {
            start -= 1
        }
        guard doc.words[start].folded == "the",
            let description = PersonDescription(words: (start + 1)..<words.upperBound, doc: doc)
        else { return nil }
        var m = table.mentions.count - 1
        while m >= 0 {
            let mention = table.mentions[m]
            m -= 1
            // A name the recogniser could not type is a person when introduced with an age ("Tamsin
            // Ruiz-Oakes, 42,").
            let kind = table.entities[mention.entity].kind
            guard mention.words.upperBound <= start, kind == .person || kind == .other && isAge(description),
                !Self.isDescriptionOnly(table.entities[mention.entity].name)
            else { continue }
            if introduces(mention, as: description) { return mention.entity }
        }
        return nil
    }

    /// Whether a "person" the recogniser found is only a description ("Democrat", "Louisiana Democrat").
    static func isDescriptionOnly(_ name: String) -> Bool {
        let parts = name.lowercased().split(separator: " ")
        guard let last = parts.last, PersonDescription.parties[String(last)] != nil else { return false }
        let rest = parts.dropLast().joined(separator: " ")
        return rest.isEmpty || USStates.names.contains(rest)
    }

    /// Whether `mention` is introduced with the description: the words right after it (an age, a party-state
    /// tag, an appositive, "of Oregon") or the word before it ("Democratic Sen. …").
    func introduces(_ mention: MentionRef, as description: PersonDescription) -> Bool {
        let tag = introduction(after: mention)
        if let state = description.state, tag.state != state { return false }
        switch description.head {
        case .age(let years): return tag.age == years
        case .party(let letter): return tag.party == letter
        case .noun(let noun):
            return tag.nouns.contains(noun) && description.modifiers.allSatisfy { tag.descriptors.contains($0) }
        }
    }

    /// What the words around a mention say of the person: age, party letter, state and the nouns of an
    /// appositive, read up to the end of the sentence or twelve words.
    func introduction(after mention: MentionRef) -> Introduction {
        let w = doc.words
        var intro = Introduction()
        let before = mention.words.lowerBound - 1
        if before >= 0, w[before].gapBefore.isPlain || w[mention.words.lowerBound].gapBefore.isPlain,
            let letter = PersonDescription.parties[w[before].folded]
        {
            intro.party = letter
        }
        let sentenceEnd = doc.wordRange(ofSentence: w[mention.words.lowerBound].sentence).upperBound
        var k = mention.words.upperBound
        let limit = min(sentenceEnd, k + 12)
        guard k < limit, !w[k - 1].isPossessive else {
            return intro
        }
        let opens = w[k].gapBefore.contains(.comma) || w[k].gapBefore.contains(.openParen)
        if opens, w[k].isNumber { intro.age = w[k].folded }
        if opens, k + 1 < limit, let letter = ["d": "d", "r": "r", "i": "i"][w[k].folded],
            w[k + 1].gapBefore == .hyphen
        {
            intro.party = letter
            intro.state = USStates.state(ofTag: tagText(from: k + 1, limit: limit))
        }
        if w[k].folded == "of", k + 1 < limit, w[k].gapBefore.isPlain {
            intro.state = USStates.state(named: doc, from: k + 1, limit: limit)
        }
        guard opens else {
            return intro
        }
        // The descriptive segments set off by commas ("…, 34, a nurse at the county hospital, said"): nouns
        // only from those opening with an article, a possessive or an age, up to the first that does not.
        // Each segment's head is its last lowercase word before a preposition ("a nurse at the hospital").
        var segmentStart = k
        var descriptive = false
        var inHead = false
        while k < limit, !w[k].gapBefore.contains(.terminator), w[k].quote == nil {
            if k == segmentStart {
                descriptive = ["a", "an", "the", "his", "her"].contains(w[k].folded) || w[k].isNumber
                inHead = descriptive
                if !descriptive && k > mention.words.upperBound { break }
            }
            if ReportingClauseFinder.prepositions.contains(w[k].folded) || w[k].folded == "who" { inHead = false }
            let endsHead =
                k + 1 >= limit || !w[k + 1].gapBefore.isPlain && w[k + 1].gapBefore != .hyphen
                || ReportingClauseFinder.prepositions.contains(w[k + 1].folded)
            if inHead, endsHead, !w[k].isCapitalized { intro.nouns.insert(w[k].folded) }
            if descriptive { intro.descriptors.insert(w[k].folded) }
            if let years = PersonDescription.age(w[k].folded) { intro.age = years }
            if let letter = PersonDescription.parties[w[k].folded], k > mention.words.upperBound,
                ["a", "an"].contains(w[k - 1].folded)
            {
                intro.party = letter
            }
            k += 1
            if k < limit, w[k].gapBefore.contains(.comma) || w[k].gapBefore.contains(.closeParen) { segmentStart = k }
        }
        return intro
    }

    /// The state part of a party-state tag from `start` ("Ohio", "N.M.", "Calif."), letters only.
    private func tagText(from start: Int, limit: Int) -> String {
        var text = ""
        var k = start
        while k < limit, k == start || !w(k).gapBefore.contains(.comma) && !w(k).gapBefore.contains(.closeParen),
            w(k).isCapitalized, k < start + 3
        {
            text += w(k).folded.filter { $0 != "." }
            k += 1
        }
        return text
    }

    private func w(_ k: Int) -> Word { doc.words[k] }
}
