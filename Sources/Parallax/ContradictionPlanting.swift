import Foundation
import ParallaxModel
import ParallaxText

/// Changes one figure in one article's copy, for ``ContradictionEvaluation``.
///
/// Only a figure another article of the event also reports is changed (same kind, same unit or counted noun,
/// values within 2%): then the change makes a disagreement a fact-checker could verify against the other
/// article. Counts are doubled (a count of people or children doubled in one copy); measures and amounts lose
/// a sixth, as a 1,284-metre bridge reported as 1,080 metres. The choice among candidates is a hash of the seed
/// and the event's label, so a run is reproducible.
enum ContradictionPlanting {
    /// The changed copy, its position in the event, and what was changed (not yet scored).
    struct Result {
        var index: Int
        var article: Article
        var planted: ContradictionEvaluation.Planted
    }

    /// Kinds worth planting: a count needs its counted noun (a bare number says nothing checkable).
    static let kinds: Set<Quantity.Kind> = [.count, .length, .area, .volume, .mass, .money, .percent]

    static func plant(in articles: [Article], extractions: [ArticleExtraction], seed: UInt64, eventId: String)
        -> Result?
    {
        var candidates: [(index: Int, quantity: Quantity, number: Span, witness: String)] = []
        for (i, extraction) in extractions.enumerated() {
            for quantity in extraction.quantities where plantable(quantity) {
                guard let number = numberSpan(of: quantity, in: articles[i].text) else { continue }
                let witness = extractions.indices.first { j in
                    j != i && articles[j].text != articles[i].text
                        && extractions[j].quantities.contains { same(quantity, $0) }
                }
                if let witness { candidates.append((i, quantity, number, articles[witness].id)) }
            }
        }
        guard !candidates.isEmpty else { return nil }
        let pick = Int(StableHash.mix(StableHash.hash(eventId, seed: seed)) % UInt64(candidates.count))
        let chosen = candidates[pick]
        var article = articles[chosen.index]
        let written = article.text.slice(chosen.number)
        let replacement = changed(written, kind: chosen.quantity.kind)
        let prefix = article.text.slice(Span(start: 0, end: chosen.number.start))
        let suffix = article.text.slice(Span(start: chosen.number.end, end: article.text.utf8.count))
        article.text = prefix + replacement + suffix
        let span = Span(start: chosen.number.start, end: chosen.number.start + replacement.utf8.count)
        let quantityText = chosen.quantity.text
        let changedText = article.text.slice(
            Span(start: chosen.quantity.span.start, end: chosen.quantity.span.end + span.length - chosen.number.length))
        return Result(
            index: chosen.index, article: article,
            planted: ContradictionEvaluation.Planted(
                articleId: article.id, witnessArticleId: chosen.witness, original: quantityText,
                replacement: changedText, span: span, found: false))
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
