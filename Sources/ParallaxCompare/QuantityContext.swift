import ParallaxModel
import ParallaxText

/// What a number in a claim measures and when: the content words right around it (its head) and the time
/// written next to it.
///
/// Two quantities of one kind are one slot only when they measure the same thing at the same time. The kind
/// alone is not enough: "42 percent of Valdoria's grain exports" and "cut tariffs on farm machinery by 30
/// percent" are two percentages of one event, "the first meeting in more than three years" and "five hours of
/// talks" two durations, and "5.8 metres … early on Monday" and "6.2 metres … on Monday afternoon" one river
/// level read at two times (all from the Examples corpus, `summit-1` and `floods`).
///
/// Both are read from the stretch of the claim around the number that ends at punctuation (`,` `;` `(` `)`,
/// dashes, quote marks) or at a word that starts another clause ("and", "when", "after", "which"…): "Twelve
/// people were killed and 41 injured" gives "killed" to 12 and "injured" to 41, and "the river, which reached
/// 5.8 metres at the gauge early on Monday, had not yet peaked" dates 5.8 to early Monday.
struct QuantityContext: Hashable, Sendable {
    /// Stems of up to ``window`` content words on each side of the number within its stretch: not names
    /// (capitalised), numbers, number words, units, hedges or time words.
    var head: Set<String>
    /// The time written in the stretch after the number, else in the stretch before it.
    var time: MeasurementTime
    /// Folded capitalised words (names) in the stretch and inside the figure, and the name an appositive figure stands beside
    /// ("Scott Russell, 46," is Russell's age): what or whom the figure is about. Two figures naming disjoint
    /// names are about different things: two people's ages, two laptop models, a region and a town.
    var names: Set<String> = []
    /// Whether the figure is a part of a larger set or a further one (``FigureScope/isPart(_:_:in:tokens:)``):
    /// "the other three men", "his first 17 passes", "two extra life sentences".
    var part = false
    /// Whether the figure counts a ranked subset (``FigureScope/isRanked(_:_:in:tokens:)``): "the four hardest-hit
    /// villages" and "the 12 worst-hit villages" draw the line in different places; neither is the size of a set.
    var ranked = false
    /// The stem of the noun a hyphenated figure describes: "corridor" for "a 480-nautical-mile corridor", "run"
    /// for "an 86-yard run". A figure that qualifies a noun measures that noun, and no other.
    var compoundNoun: String? = nil
    /// Whether the figure is a goal, an expectation or a possibility, not an outcome: "needed nine points to
    /// pass Ford" against "posting 20 points", "expected 300 guests" against "300 guests came".
    var hypothetical = false
    /// Whether the figure is what the claim's figure is compared with, not the claim's figure: "it is less than
    /// the $184 million reported by Lynch", "more than the 12 seats it won in 2019" (``benchmark(before:word:)``).
    var benchmark = false
    /// Whether a span of time is spent in a role: "four seasons as the team's director of personnel", "six
    /// years as mayor" (``capacity(at:figureEnd:tokens:word:)``). It counts part of a career, not the career: "19 seasons with
    /// the club" is another figure.
    var capacity = false
    /// Whether the figure is limited to a stage of a contest named beside it (``stagePeriods``): "during the
    /// round", "in the first half". The whole contest's figure is another figure.
    var stage = false
    /// Whether the figure is time elapsed so far (``elapsed(_:)``): "after four days of rioting", "the past eight
    /// days", "eight days of clashes". It grows with the moment of writing, so two outlets writing on different
    /// days (or on days not known) give different figures without disagreeing.
    var elapsed = false
    /// Whether the figure is a position, not a measure: "the 27-yard line" marks a place on a field.
    var position = false
    /// The stem of the noun a distance locates (``located(_:)``): "building" for "the building, about 24km north of
    /// Detroit", "motorist" for "a motorist 50 miles north of Detroit". Two distances from one place locate
    /// two things when these differ.
    var located: String? = nil

    /// Words before a figure (in its stretch) that make it a goal or a possibility (``hypothetical``).
    static let hypotheticalWords: Set<String> = [
        "need", "needs", "needed", "would", "could", "might", "expected", "expects", "expect", "hopes", "hoped",
        "aims", "aimed", "plans", "planned", "wants", "wanted", "proposed", "seeks", "sought", "targets",
        "demanding", "demands", "demanded",
    ]

    /// Content words looked at on each side. Four reaches "lower its tariffs on Valdorian farm machinery by 30
    /// percent" back to "tariffs" and stays inside one noun phrase and its verb in the Examples and seeds.
    static let window = 4

    /// Words that start another clause or a coordinated phrase: the number's stretch ends there.
    static let boundaryWords: Set<String> = [
        "and", "but", "or", "when", "after", "before", "while", "which", "that", "who", "whose", "as", "because",
        "since", "although", "though", "whereas", "where", "until", "then", "than",
    ]
    /// Words that say nothing about what is measured: hedges, units, time words.
    static let ignoredWords: Set<String> = [
        "about", "around", "nearly", "almost", "roughly", "approximately", "estimated", "more", "less", "fewer",
        "least", "most", "over", "under", "above", "below", "some", "just", "up", "per", "cent", "percent", "than",
        "percentage", "pct", "metre", "metres", "meter", "meters", "km", "kilometres", "kilometers", "mile",
        "miles", "centimetres", "centimeters", "millimetres", "millimeters", "cm", "mm", "tonnes", "tons", "kg",
        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "minute", "minutes",
        "am", "pm", "early", "late", "now", "yet", "still", "time", "times", "first", "second", "third",
    ]

    /// Capitalised words that are not names of a referent: titles and sentence openers.
    static let nonNames: Set<String> = [
        "mr", "mrs", "ms", "dr", "the", "a", "an", "in", "on", "at", "of", "by", "police", "officials", "it",
        "he", "she", "they", "we", "i", "his", "her", "their", "its", "this", "that", "those", "these", "there",
    ]

    /// Whether the bytes between two offsets hold punctuation that closes a stretch.
    static func breaks(_ bytes: [UInt8], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        var i = max(0, from)
        while i < min(to, bytes.count) {
            let b = bytes[i]
            if b == 0x2C || b == 0x3B || b == 0x28 || b == 0x29 || b == 0x22 || b == 0x2E { return true }
            // U+2013/U+2014 dashes and U+201C/U+201D quote marks: E2 80 93/94/9C/9D.
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, [0x93, 0x94, 0x9C, 0x9D].contains(bytes[i + 2]) {
                return true
            }
            i += 1
        }
        return false
    }

    /// The folded names among the tokens at `indices`: capitalised words that are not stop words, titles,
    /// weekdays or months, nor the name of a figure's source (``FigureScope/sourceNameIndices(_:in:)``); the
    /// sentence's first word only when it is one of the claim's entities (`knownNames`).
    static func names(
        at indices: [Int], tokens: [Token], text: String, knownNames: Set<String>, word: (Int) -> String
    ) -> Set<String> {
        let sources = FigureScope.sourceNameIndices(tokens, in: text)
        return Set(
            indices.filter { !sources.contains($0) }.compactMap { index -> String? in
                let token = tokens[index]
                let w = word(index)
                guard token.kind == .word, token.isCapitalized, token.span.start > 0 || knownNames.contains(w),
                    !StopWords.contains(w), MeasurementTime.weekdays[w] == nil, DateReader.months[w] == nil,
                    !nonNames.contains(w)
                else { return nil }
                return w
            })
    }

    /// The context of the quantity at `span` (article offsets) in `claim`. `knownNames` are the folded words of
    /// the entities the claim names: a name that opens the sentence ("Hansbrough finished with 20 points") is
    /// told from an opening common word ("Firefighters") by them.
    static func read(_ span: Span, in claim: Claim, knownNames: Set<String> = []) -> QuantityContext {
        let around = Surroundings(span: span, in: claim)
        let (tokens, text, start, end) = (around.tokens, around.text, around.start, around.end)
        let (left, right) = (around.left, around.right)
        let word = around.word
        var head = Set(around.contentStems(left).prefix(window) + around.contentStems(right).prefix(window))
        if yearly((left.reversed() + right).map(word)) { head.insert(yearlyRate) }
        // Names inside the figure too: "11 Yemeni pirates" against "23 Somali pirates"; not the source's name.
        let inside = tokens.indices.filter { tokens[$0].span.start >= start && tokens[$0].span.end <= end }
        var names = Self.names(
            at: left + inside + right, tokens: tokens, text: text, knownNames: knownNames, word: word)
        // An appositive: "Russell, 46," or "Klitschko (52-3, 46 KOs)": the name just before the break.
        if let last = around.before.last, left.isEmpty, tokens[last].kind == .word, tokens[last].isCapitalized {
            let w = word(last)
            if !StopWords.contains(w) && !nonNames.contains(w) { names.insert(w) }
        }
        var time = MeasurementTime.read(
            right, tokens: tokens, text: text, stretch: around.offsets(right, in: claim), times: claim.times)
        if time.isEmpty {
            time = MeasurementTime.read(
                left.reversed(), tokens: tokens, text: text, stretch: around.offsets(left, in: claim),
                times: claim.times)
        }
        // "and since has received nearly 300,000 comments", "300 arrests since Friday": a running total.
        // "Since the shooting, more than 50 arrests have been made": a clause opening with "since" counts up to
        // the moment of writing, whatever stands between.
        if [around.leftStop, around.stop].contains(where: { $0.map(word) == "since" })
            || tokens.first.map({ _ in word(0) }) == "since"
        {
            time.running = true
        }
        var compoundNoun: String?
        if ContradictionConfidence.compound(String(text.slice(Span(start: start, end: end)))), let next = right.first,
            tokens[next].kind == .word
        {
            compoundNoun = Stemmer.stem(word(next))
        }
        let hypothetical = left.contains { !tokens[$0].isCapitalized && hypotheticalWords.contains(word($0)) }
        var context = QuantityContext(
            head: head, time: time, names: names, part: FigureScope.isPart(start, end, in: text, tokens: tokens),
            ranked: FigureScope.isRanked(start, end, in: text, tokens: tokens),
            compoundNoun: compoundNoun, hypothetical: hypothetical,
            benchmark: benchmark(before: around.before, word: word),
            capacity: right.isEmpty && capacity(at: around.stop, figureEnd: end, tokens: tokens, word: word),
            stage: (left + right).contains { isStage($0, tokens: tokens, word: word) })
        context.elapsed = elapsed(around)
        context.position = compoundNoun == Stemmer.stem("line")
        context.located = located(around)
        return context
    }

    /// The noun a distance locates, when a compass direction follows the figure ("24km north of Detroit"): the
    /// word before the figure, past a hedge ("the building, about 24km north") and up to two verbs ("the building
    /// is about 15 miles north", "the quake struck 10 km east"), when it is not a function word. A word in "-ing"
    /// there is a noun ("the building"): a verb would take the distance as its object, which a distance with a
    /// direction is not.
    static func located(_ around: Surroundings) -> String? {
        guard let next = around.tokens.firstIndex(where: { $0.span.start >= around.end }),
            compassWords.contains(around.word(next))
        else { return nil }
        var candidates = around.before.reversed().drop { QuantityAgreement.approximate.contains(around.word($0)) }
        for _ in 0..<2 {
            guard let i = candidates.first else { return nil }
            let w = around.word(i)
            guard VerbLexicon.isVerb(w) && !w.hasSuffix("ing") else { break }
            candidates = candidates.dropFirst()
        }
        guard let i = candidates.first, around.tokens[i].kind == .word, !around.tokens[i].isCapitalized else {
            return nil
        }
        let w = around.word(i)
        guard !StopWords.contains(w), !VerbLexicon.isVerb(w) || w.hasSuffix("ing"), !nonNames.contains(w) else {
            return nil
        }
        return Stemmer.stem(w)
    }

    /// Directions after a distance that make it a position relative to a place.
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
        "north-west", "south-east", "south-west",
    ]

    /// Whether the stretch makes a span of time the time elapsed so far: "after" before it ("after four days of
    /// the worst riots"), "past" right before it ("the past eight days"), or "of" and an ongoing unrest after it
    /// ("eight days of clashes").
    static func elapsed(_ around: Surroundings) -> Bool {
        if let stop = around.leftStop, around.word(stop) == "after",
            around.left.allSatisfy({ QuantityAgreement.approximate.contains(around.word($0)) })
        {
            return true
        }
        if let nearest = around.left.first, around.word(nearest) == "past" { return true }
        let after = around.right.map(around.word)
        guard let of = after.firstIndex(of: "of"), of <= 1, of + 1 < after.count else { return false }
        return after[(of + 1)...].prefix(3).contains { ongoingUnrest.contains($0) }
    }

    /// Happenings that go on and are counted in days while they last.
    static let ongoingUnrest: Set<String> = [
        "riots", "rioting", "protests", "protest", "clashes", "fighting", "violence", "unrest", "demonstrations",
        "strikes", "strike", "shelling", "bombing", "siege", "looting",
    ]

    /// The head word every figure stated per year shares (``yearly(_:)``).
    static let yearlyRate = "per-year"

    /// Whether the words around a figure make it a yearly rate: "annual", "annually", "yearly", or "per", "a",
    /// "an", "each" or "every" before "year" or "season". A rate is written all these ways ("$23 million per
    /// season", "a $23 million average annual value", "$23 million a year"), and the words say what the figure
    /// is, a yearly amount, whatever else surrounds it.
    static func yearly(_ words: [String]) -> Bool {
        for (n, w) in words.enumerated() {
            if ["annual", "annually", "yearly", "annualized", "annualised"].contains(w) { return true }
            // Not a compound: "a season-high 30 points", "a year-long inquiry".
            let next = n + 1 < words.count ? words[n + 1] : ""
            if n > 0, ["year", "season"].contains(w), ["per", "a", "an", "each", "every"].contains(words[n - 1]),
                !["-", "–", "high", "low", "best", "long", "old", "end", "ending", "opening"].contains(next)
            {
                return true
            }
        }
        return false
    }

    /// Whether the token at `index` names a stage of a contest: a ``stagePeriods`` word after "the" or an ordinal
    /// ("during the round", "in the first half"), not a fraction ("more than half of the candidates").
    static func isStage(_ index: Int, tokens: [Token], word: (Int) -> String) -> Bool {
        guard stagePeriods.contains(word(index)), index > 0, stageDeterminers.contains(word(index - 1)) else {
            return false
        }
        return index + 1 >= tokens.count || word(index + 1) != "of"
    }

    /// Words before a stage: "the round", "the first half", "each quarter".
    static let stageDeterminers: Set<String> = [
        "the", "this", "that", "each", "every", "first", "second", "third", "fourth", "fifth", "final", "opening",
        "last",
    ]

    /// Parts of a game or a contest a figure may be limited to: "28 of his 68 punches thrown during the round",
    /// "12 points in the first half" count a stage, not the whole.
    static let stagePeriods: Set<String> = [
        "round", "half", "quarter", "period", "inning", "innings", "lap", "halftime",
    ]

    /// Nouns of a span of time one can spend in a role.
    static let timeSpans: Set<String> = [
        "season", "seasons", "year", "years", "month", "months", "week", "weeks", "term", "terms", "decade",
        "decades",
    ]

    /// Whether the figure ending at `figureEnd` is a span of time followed right away by "as" and a role
    /// ("as the team's director", "as mayor"), not by "as" opening a clause or an idiom ("as he left", "as
    /// well"): the word after "as" is a determiner, or a word that is not a pronoun, an idiom's or a past form.
    static func capacity(at stop: Int?, figureEnd: Int, tokens: [Token], word: (Int) -> String) -> Bool {
        guard let stop, word(stop) == "as", stop + 1 < tokens.count, stop > 0,
            timeSpans.contains(word(stop - 1)), tokens[stop - 1].span.end <= figureEnd
        else { return false }
        let next = word(stop + 1)
        if comparedDeterminers.contains(next) { return true }
        return tokens[stop + 1].kind == .word && !clauseOpeners.contains(next) && !next.hasSuffix("ed")
    }

    /// Words after "as" that open a clause or an idiom, not a role: "as well", "as it", "as many".
    static let clauseOpeners: Set<String> = [
        "well", "many", "much", "soon", "long", "far", "if", "though", "it", "he", "she", "they", "we", "i", "you",
        "part", "of", "to", "for", "such", "usual", "expected", "planned",
    ]

    /// Words between "than" and a figure that make the figure the standard of a comparison: "less than the $184
    /// million", "fewer than its 40 stores". Right after "than" the number is a hedge ("more than 300") and
    /// stays the claim's figure.
    static let comparedDeterminers: Set<String> = [
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
    ]

    /// Whether the tokens before a figure end in "than" and a determiner (``benchmark``).
    static func benchmark(before: [Int], word: (Int) -> String) -> Bool {
        guard before.count >= 2, comparedDeterminers.contains(word(before[before.count - 1])) else { return false }
        return word(before[before.count - 2]) == "than"
    }

    /// Whether two quantities may measure the same thing: their heads share a stem, or either has no head to
    /// tell ("the 340-metre bridge" against a bare "340 metres"), so that a missing context never hides a
    /// conflict that the kind and unit alone would show.
    func sameHead(as other: QuantityContext) -> Bool {
        head.isEmpty || other.head.isEmpty || !head.isDisjoint(with: other.head)
    }

    /// Whether the nouns the two figures qualify (``compoundNoun``) allow them to be one measure
    /// (``measures(_:)``), both or neither are a part of a set (``part``), neither is a ranked subset (``ranked``)
    /// or a position (``position``), they do not locate two different things (``located``), both or neither are a goal or a
    /// possibility (``hypothetical``), both or neither are time spent in a role (``capacity``) or limited to a
    /// stage of a contest (``stage``), and neither is the standard of a comparison (``benchmark``).
    func sameScope(as other: QuantityContext) -> Bool {
        guard part == other.part, !ranked, !other.ranked, !position, !other.position,
            hypothetical == other.hypothetical,
            capacity == other.capacity,
            stage == other.stage, !benchmark, !other.benchmark
        else {
            return false
        }
        if let x = located, let y = other.located, x != y { return false }
        if let noun = compoundNoun, !other.measures(noun) { return false }
        if let noun = other.compoundNoun, !measures(noun) { return false }
        return true
    }

    /// Whether this figure may measure the noun `stem` another figure qualifies: it qualifies the same noun, or
    /// it qualifies none and the noun is among its words (or it has no words to tell). "About 150 nautical
    /// miles off Aden" does not measure "a 480-nautical-mile corridor"; "the bridge is 1,284 metres long" does
    /// measure "a 1,080-metre bridge".
    func measures(_ stem: String) -> Bool {
        if let compoundNoun { return compoundNoun == stem }
        return head.isEmpty || head.contains(stem)
    }

    /// Whether both figures name what they are about and each names something the other does not: "Teixeira,
    /// 28," against "Sabathia, 28,", "the MacBook Air's 13-inch screen" against "the MacBook Pro's 15-inch
    /// screen", "40 dead across Sichuan" against "12 in Beichuan". A name one side leaves out ("Reid" and
    /// "Tara Reid") is the same referent said shorter.
    func differentReferent(from other: QuantityContext) -> Bool {
        !names.isEmpty && !other.names.isEmpty && !names.isSubset(of: other.names) && !other.names.isSubset(of: names)
    }
}
