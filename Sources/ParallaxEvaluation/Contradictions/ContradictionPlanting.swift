import Foundation
import ParallaxModel
import ParallaxText

/// Changes one figure in one article's copy, for ``ContradictionEvaluation``.
///
/// Only a figure another article of the event also reports is changed (same kind, same unit or counted noun,
/// values within 2%, in a sentence sharing a word or name with the changed one, ``sentenceWords(around:in:of:)``):
/// then the change makes a disagreement a fact-checker could verify against the other article. Every mention of
/// the figure in the chosen article is changed. Counts are doubled (a count of people or children doubled in one copy); measures and amounts lose
/// a sixth, as a 1,284-metre bridge reported as 1,080 metres. The choice among candidates is a hash of the seed
/// and the event's label, so a run is reproducible.
enum ContradictionPlanting {
    /// The changed copy, its position in the event, and what was changed (not yet scored).
    struct Result {
        var index: Int
        var article: Article
        var planted: ContradictionEvaluation.Planted
        /// UTF-8 spans of every changed mention in the changed copy (the planted span among them).
        var mentions: [Span]
    }

    /// Kinds worth planting: a count needs its counted noun (a bare number says nothing checkable).
    static let kinds: Set<Quantity.Kind> = [.count, .length, .area, .volume, .mass, .money, .percent]

    static func plant(in articles: [Article], extractions: [ArticleExtraction], seed: UInt64, eventId: String)
        -> Result?
    {
        var candidates: [(index: Int, quantity: Quantity, number: Span, witness: String)] = []
        for (i, extraction) in extractions.enumerated() {
            for quantity in extraction.quantities where plantable(quantity) {
                guard let number = numberSpan(of: quantity, in: articles[i].text),
                    changesValue(articles[i].text.slice(number), kind: quantity.kind)
                else { continue }
                let about = sentenceWords(around: number, in: articles[i].text, of: quantity)
                let witness = extractions.indices.first { j in
                    j != i && articles[j].text != articles[i].text
                        && extractions[j].quantities.contains { other in
                            guard same(quantity, other), let span = numberSpan(of: other, in: articles[j].text)
                            else { return false }
                            return !about.isDisjoint(
                                with: sentenceWords(around: span, in: articles[j].text, of: other))
                        }
                }
                if let witness { candidates.append((i, quantity, number, articles[witness].id)) }
            }
        }
        guard !candidates.isEmpty else { return nil }
        let pick = Int(StableHash.mix(StableHash.hash(eventId, seed: seed)) % UInt64(candidates.count))
        let chosen = candidates[pick]
        var article = articles[chosen.index]
        let original = article.text
        let written = original.slice(chosen.number)
        let replacement = changed(written, kind: chosen.quantity.kind)
        // Every mention of the figure changes, as in an outlet that reports another figure: a copy that still
        // states the original elsewhere contradicts itself, and the finder rightly reads a voice stating both
        // values as two figures.
        let mentions = extractions[chosen.index].quantities.compactMap { quantity -> Span? in
            guard same(quantity, chosen.quantity), let number = numberSpan(of: quantity, in: original),
                original.slice(number) == written
            else { return nil }
            return number
        }
        let spans = Set(mentions + [chosen.number]).sorted { $0.start < $1.start }
        var text = ""
        var cursor = 0
        var shift = 0
        var span = chosen.number
        var changedSpans: [Span] = []
        for number in spans where number.start >= cursor {
            text += original.slice(Span(start: cursor, end: number.start)) + replacement
            changedSpans.append(
                Span(start: number.start + shift, end: number.start + shift + replacement.utf8.count))
            if number == chosen.number {
                span = Span(start: number.start + shift, end: number.start + shift + replacement.utf8.count)
            }
            shift += replacement.utf8.count - number.length
            cursor = number.end
        }
        text += original.slice(Span(start: cursor, end: original.utf8.count))
        article.text = text
        let quantityText = chosen.quantity.text
        let changedText = article.text.slice(
            Span(
                start: span.start - (chosen.number.start - chosen.quantity.span.start),
                end: span.end + (chosen.quantity.span.end - chosen.number.end)))
        return Result(
            index: chosen.index, article: article,
            planted: ContradictionEvaluation.Planted(
                articleId: article.id, witnessArticleId: chosen.witness, original: quantityText,
                replacement: changedText, span: span, found: false),
            mentions: changedSpans)
    }

    /// A figure with a unit or counted noun worth checking.
    static func plantable(_ quantity: Quantity) -> Bool {
        guard kinds.contains(quantity.kind), quantity.value > 0 else { return false }
        // One line, and a lowercase noun or unit after the number: "8 Block" and "two Washington Post" are
        // names, not counts.
        guard !quantity.text.contains("\n"), !quantity.text.contains("\r") else { return false }
        let last = quantity.text.split(separator: " ").last ?? ""
        if last.unicodeScalars.first?.properties.isUppercase == true { return false }
        if quantity.kind == .count {
            guard let unit = quantity.unit, !unit.isEmpty else { return false }
            // Years and ages read as counts say when, not how many.
            if ["year", "years", "yr"].contains(Folding.fold(unit)) { return false }
        }
        return true
    }

    /// The same figure: same kind and unit, values within 2%.
    static func same(_ a: Quantity, _ b: Quantity) -> Bool {
        guard a.kind == b.kind, a.unit.map(Folding.fold) == b.unit.map(Folding.fold) else { return false }
        let x = a.normalizedValue ?? a.value
        let y = b.normalizedValue ?? b.value
        return abs(x - y) <= 0.02 * max(abs(x), abs(y))
    }

    static let numberWords: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    ]

    /// The number inside the quantity: its first token that is digits (with `,` and `.` between digits) or a
    /// number word.
    static func numberSpan(of quantity: Quantity, in text: String) -> Span? {
        guard quantity.span.end <= text.utf8.count else { return nil }
        let inner = text.slice(quantity.span)
        for token in Tokenizer.tokens(in: inner) {
            let word = Folding.fold(inner.substring(token.span))
            if token.kind == .number || numberWords[word] != nil {
                guard Double(word.filter { $0 != "," }) != nil || numberWords[word] != nil else { return nil }
                return Span(start: quantity.span.start + token.span.start, end: quantity.span.start + token.span.end)
            }
        }
        return nil
    }

    /// The words of the sentence holding `number` that say what a figure is about: names and content words of
    /// four letters or more, folded, with common endings cut ("killed"/"kills" → "kill"), not stop words, not
    /// reporting verbs, not the figure's own words (its unit, noun and hedge).
    ///
    /// A witness must share one with the changed figure's sentence, as a fact-checker asks that two figures be
    /// about the same thing before calling them one fact: "ran for 10 yards" and "a 10-yard scoring pass",
    /// "will miss the final two games" and "two touchdowns in his last two games" share a unit and a value but
    /// not a fact, and changing one of them plants a disagreement no other article could reveal.
    static func sentenceWords(around number: Span, in text: String, of quantity: Quantity) -> Set<String> {
        guard
            let sentence = SentenceSplitter.sentences(in: text).first(where: {
                $0.start <= number.start && number.end <= $0.end
            })
        else { return [] }
        let inner = text.slice(sentence)
        // The figure's own words ("10 yards", unit "yd") are what the two figures share by construction.
        let own = [quantity.unit ?? "", quantity.text].joined(separator: " ")
        let unitWords = Set(
            own.split(whereSeparator: { $0 == " " || $0 == "-" }).map { stemmed(Folding.fold(String($0))) })
        var words = Set<String>()
        for token in Tokenizer.tokens(in: inner) where token.kind == .word {
            let word = Folding.fold(inner.substring(token.span))
            guard word.utf8.count >= 4, !StopWords.contains(word), !reportingWords.contains(word),
                numberWords[word] == nil
            else { continue }
            let stem = stemmed(word)
            if !unitWords.contains(stem) { words.insert(stem) }
        }
        return words
    }

    /// Verbs and words that say who reported a figure, not what it is.
    static let reportingWords: Set<String> = [
        "said", "says", "told", "according", "reported", "reports", "added", "officials", "police",
    ]

    /// A word without its plural or tense ending: enough to match "kills" with "killed", "seats" with "seat".
    static func stemmed(_ word: String) -> String {
        for suffix in ["ing", "ed", "es", "s"] where word.hasSuffix(suffix) && word.utf8.count > suffix.count + 2 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    /// Whether ``changed(_:kind:)`` gives another value: a sixth off "two million euros" rounds back to 2, a
    /// copy that states the same figure and cannot be found.
    static func changesValue(_ written: String, kind: Quantity.Kind) -> Bool {
        func value(_ text: String) -> Double? {
            if let word = numberWords[Folding.fold(text)] { return Double(word) }
            return Double(text.filter { $0 != "," })
        }
        guard let before = value(written), let after = value(changed(written, kind: kind)) else { return false }
        return before != after
    }

    /// The changed number, written like the original: grouping commas and decimals kept.
    static func changed(_ written: String, kind: Quantity.Kind) -> String {
        let value: Double
        if let word = numberWords[Folding.fold(written)] {
            value = Double(word)
        } else {
            value = Double(written.filter { $0 != "," }) ?? 1
        }
        let decimals = written.split(separator: ".").count == 2 ? written.split(separator: ".")[1].count : 0
        let newValue = kind == .count ? value * 2 : value * 5 / 6
        if decimals > 0 {
            let factor = pow10(decimals)
            let rounded = (newValue * factor).rounded() / factor
            return String(format: "%.\(decimals)f", rounded)
        }
        let integer = Int(newValue.rounded())
        let digits = String(max(integer, 1))
        guard written.contains(","), digits.count > 3 else { return digits }
        var grouped = ""
        for (n, character) in digits.enumerated() {
            if n > 0 && (digits.count - n) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return grouped
    }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { value, _ in value * 10 } }
}
