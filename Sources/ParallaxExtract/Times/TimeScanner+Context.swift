import ParallaxModel
import ParallaxText

/// What the sentence around an expression says: the event a clause anchors to, and its tense.
extension TimeScanner {
    /// The date of the event that the clause at `k` names, found as the latest earlier date whose sentence
    /// shares at least two content words with the clause. Two, because one shared word is usually a name that
    /// every sentence of the story repeats ("Russia"); two (a name and a verb, "launched invasion") pick out a
    /// specific event.
    func eventAnchor(clauseFrom k: Int, before limit: Int) -> CivilDate? {
        var clause = Set<String>()
        var c = k
        while c < lex.count, c < k + 10 {
            let l = lex[c]
            if l.kind == .symbol && (l.text == "," || l.text == "." || l.text == ";") { break }
            if l.kind == .word, l.text.utf8.count > 2, !StopWords.contains(l.text) { clause.insert(Self.stem(l.text)) }
            c += 1
        }
        guard clause.count >= 2 else { return nil }
        for candidate in days.reversed() where candidate.index < limit {
            let sentence = sentenceRange(around: candidate.index)
            var shared = 0
            var seen = Set<String>()
            for q in sentence where q < limit && lex[q].kind == .word {
                let s = Self.stem(lex[q].text)
                if clause.contains(s), seen.insert(s).inserted { shared += 1 }
            }
            if shared >= 2 { return candidate.date }
        }
        return nil
    }

    /// A crude stem for overlap: drops a possessive and a plural "s".
    static func stem(_ word: String) -> String {
        var w = Substring(word)
        if w.hasSuffix("'s") { w = w.dropLast(2) }
        if w.utf8.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss") { w = w.dropLast() }
        return String(w)
    }

    // MARK: - Tense

    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep", "gov", "prof", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "cu", "sq", "vs", "approx", "inc", "ltd", "co",
    ]

    /// Whether a sentence ends right after lexeme `k`: a line break, or ".", "!", "?" (and any closing quote)
    /// before white space and a capital, a digit or a quotation mark, not after an abbreviation or an initial.
    /// Cheaper than full sentence splitting, and enough to bound a clause.
    func endsSentence(after k: Int) -> Bool {
        guard k + 1 < lex.count else { return true }
        let next = lex[k + 1]
        if next.newlineBefore { return true }
        var t = k
        if lex[t].kind == .symbol, ["\"", "”", "’", "'", ")"].contains(lex[t].text), t > 0 { t -= 1 }
        let l = lex[t]
        guard l.kind == .symbol, l.text == "." || l.text == "!" || l.text == "?", next.spaceBefore else { return false }
        if l.text == ".", t > 0, lex[t - 1].kind == .word {
            let previous = lex[t - 1].text
            if previous.utf8.count == 1 || Self.abbreviations.contains(previous) { return false }
        }
        return next.isCapitalized || next.kind == .number || next.kind == .symbol
    }

    /// The lexeme range of the sentence around lexeme `j`, at most 80 lexemes either way.
    func sentenceRange(around j: Int) -> Range<Int> {
        var start = j
        while start > 0, j - start < 80, !endsSentence(after: start - 1) { start -= 1 }
        var end = j
        while end < lex.count - 1, end - j < 80, !endsSentence(after: end) { end += 1 }
        return start..<(end + 1)
    }

    /// Words that mark a clause as about the future. "would" and "could" count: in reported speech they put the
    /// event after the report ("said the stoppage would continue until Thursday", "said an agreement could be
    /// ready by the summer"), and reports are written close to publication.
    static let futureWords: Set<String> = [
        "will", "shall", "would", "could", "upcoming", "scheduled", "forthcoming", "expected", "forecast", "plans",
    ]
    /// Words that, followed by "to", mark the future ("is to visit", "is set to", "going to").
    static let futureBeforeTo: Set<String> = ["is", "are", "set", "going", "slated", "planning", "aims"]
    /// Copulas that make "due" a schedule ("is due to visit", "was due in Kestra") rather than a cause ("closed
    /// due to rain").
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been"]
    /// Past-tense forms that mark a clause as a report of the past; with regular "-ed" verbs.
    static let pastWords: Set<String> = [
        "said", "was", "were", "had", "did", "met", "held", "told", "took", "came", "went", "made", "gave", "saw",
        "spoke", "began", "left", "fell", "rose", "won", "lost", "sent", "got", "flew", "ran", "brought",
        "thought", "found", "kept", "led", "paid", "struck", "stood", "sought", "wrote", "chose", "drew", "grew",
        "knew", "shot", "became", "felt", "heard", "meant", "sat", "spent", "swept", "taught", "threw", "wore",
        "ago", "yesterday", "last",
    ]
    /// Regular-looking words that are no past tense.
    static let notPast: Set<String> = [
        "need", "speed", "feed", "seed", "indeed", "red", "bed", "shed", "bleed", "breed", "greed", "proceed",
        "succeed", "exceed", "hundred", "united", "based", "expected", "scheduled", "planned",
    ]

    /// The tense of a clause.
    enum Tense { case past, future, unmarked }

    /// Whether the clause around lexeme `j` speaks of the future.
    func isFuture(at j: Int) -> Bool { tense(at: j) == .future }

    /// The tense of the clause around lexeme `j`: future when a future cue is in it, past when a past-tense verb
    /// is, unmarked otherwise. The clause is the sentence cut at "that", ";", ":" and quotation marks.
    func tense(at j: Int) -> Tense {
        let sentence = sentenceRange(around: j)
        func cue(_ k: Int) -> Bool {
            guard lex[k].kind == .word else { return false }
            if lex[k].tags.contains(.futureCue) { return true }
            guard k + 1 < lex.count, lex[k + 1].kind == .word else { return false }
            let l = lex[k]
            if Self.futureBeforeTo.contains(l.text), isWord(k + 1, "to") {
                // "is to visit", not "is to blame"
                return k + 2 < lex.count && lex[k + 2].kind == .word && !StopWords.contains(lex[k + 2].text)
            }
            if l.text == "due", k > 0, let before = word(k - 1), Self.copulas.contains(before) { return true }
            return false
        }
        func past(_ k: Int) -> Bool {
            lex[k].kind == .word && !lex[k].isCapitalized && lex[k].tags.contains(.pastCue)
        }
        func boundary(_ k: Int) -> Bool {
            let l = lex[k]
            return l.isWord("that") || l.isSymbol(";") || l.isSymbol(":") || l.isSymbol("“") || l.isSymbol("”")
                || l.isSymbol("\"")
        }
        var sawPast = false
        var k = j - 1
        var steps = 0
        while k >= sentence.lowerBound, steps < 30, !boundary(k) {
            if cue(k) { return .future }
            if past(k) { sawPast = true }
            k -= 1
            steps += 1
        }
        k = j + 1
        steps = 0
        while k < sentence.upperBound, steps < 30, !boundary(k) {
            if cue(k) { return .future }
            if past(k) { sawPast = true }
            k += 1
            steps += 1
        }
        return sawPast ? .past : .unmarked
    }
}
