import ParallaxModel
import ParallaxText

/// A fallback reader of numbers for articles where extraction found no quantity at all (extraction not run,
/// or it failed on that article).
///
/// It reads a number token with a scale word ("147 billion"), a currency prefix ("US$", "S$", "$", "€", "£"),
/// a unit ("km", "metres", "per cent", "%") or else the counted noun after it ("12 dead", "500 civilians"),
/// number words from "two" to "ninety-nine" ("Twelve people were killed"), and a hedge before it ("about", "nearly", "more than", "up to"). Years (1900–2100 without a unit), days next
/// to a month name, and numbers glued to letters ("14th") are skipped: dates are extraction's business.
/// Good enough to compare counts; it is not the extractor.
enum NumberReader {
    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6, "tn": 1e12,
    ]
    /// Units with their kind, normalised unit and factor to it.
    static let units: [String: (Quantity.Kind, String, Double)] = [
        "m": (.length, "m", 1), "metre": (.length, "m", 1), "metres": (.length, "m", 1), "meter": (.length, "m", 1),
        "meters": (.length, "m", 1), "km": (.length, "m", 1000), "kilometre": (.length, "m", 1000),
        "kilometres": (.length, "m", 1000), "kilometer": (.length, "m", 1000), "kilometers": (.length, "m", 1000),
        "mile": (.length, "m", 1609.344), "miles": (.length, "m", 1609.344), "ft": (.length, "m", 0.3048),
        "feet": (.length, "m", 0.3048), "kg": (.mass, "kg", 1), "kilograms": (.mass, "kg", 1),
        "tonnes": (.mass, "kg", 1000), "tons": (.mass, "kg", 1000), "percent": (.percent, "%", 1),
        "hours": (.duration, "s", 3600), "days": (.duration, "s", 86400), "minutes": (.duration, "s", 60),
    ]
    static let hedges: [String] = [
        "about", "around", "nearly", "almost", "roughly", "approximately", "some", "estimated", "more than",
        "over", "at least", "up to", "fewer than", "less than", "under", "at most", "close to", "below", "above",
    ]

    /// Quantities read from `text`, in order.
    static func quantities(in text: String) -> [Quantity] {
        let reader = Reader(text: text)
        return reader.tokens.indices.compactMap(reader.quantity(at:))
    }

    /// One text's tokens and the steps of reading a quantity at one of them.
    struct Reader {
        let text: String
        let tokens: [Token]
        let utf8: [UInt8]

        init(text: String) {
            self.text = text
            self.tokens = Tokenizer.tokens(in: text)
            self.utf8 = Array(text.utf8)
        }

        func folded(_ index: Int) -> String? {
            guard tokens.indices.contains(index) else { return nil }
            return Folding.fold(text.substring(tokens[index].span))
        }

        /// The quantity whose number is the token at `index`, if it is one worth comparing.
        func quantity(at index: Int) -> Quantity? {
            let token = tokens[index]
            guard let value = value(at: index) else { return nil }
            let previous = folded(index - 1)
            var nextIndex = index + 1
            if let previous, CalendarWords.months[previous] != nil { return nil }
            if let next = folded(nextIndex), CalendarWords.months[next] != nil { return nil }
            var scaled = value
            if let next = folded(nextIndex), let scale = scales[next] {
                scaled *= scale
                nextIndex += 1
            }
            let currency = currency(before: token.span.start)
            var measure = Measure(end: tokens[min(nextIndex, tokens.count) - 1].span.end)
            if let currency {
                measure.kind = .money
                measure.unit = currency
            } else if token.span.end < utf8.count, utf8[token.span.end] == UInt8(ascii: "%") {
                measure = Measure(kind: .percent, unit: "%", end: token.span.end + 1)
            } else if let after = self.measure(after: nextIndex, scaled: scaled) {
                measure = after
            }
            if token.kind == .word && measure.unit == nil { return nil }
            if measure.unit == nil && currency == nil && value >= 1900 && value <= 2100 && value == value.rounded() {
                return nil
            }
            // A year that qualifies a noun after a determiner ("the 1967 slayings", "his 2008 campaign"): news writes
            // a count of that size with a comma ("1,967 people").
            if measure.kind == .count, currency == nil, let previous, yearDeterminers.contains(previous),
                isYear(text.slice(token.span), value)
            {
                return nil
            }
            let span = Span(start: token.span.start, end: measure.end)
            return Quantity(
                kind: measure.kind, text: text.slice(span), span: span, value: scaled, unit: measure.unit,
                qualifier: hedge(before: index), normalizedValue: measure.normalized)
        }

        /// The number at `index`: digits (not glued to a letter: "5m" is read by extraction, not here) or a
        /// number word.
        func value(at index: Int) -> Double? {
            let token = tokens[index]
            if token.kind == .number {
                if token.span.end < utf8.count, isASCIILetter(utf8[token.span.end]) { return nil }
                return Double(text.slice(token.span).filter { $0 != "," })
            }
            return folded(index).flatMap(numberWord)
        }

        /// The currency of a prefix right before the number.
        func currency(before start: Int) -> String? {
            let before = text.slice(Span(start: max(0, start - 3), end: start))
            if before.hasSuffix("US$") { return "USD" }
            if before.hasSuffix("S$") { return "SGD" }
            if before.hasSuffix("$") { return "USD" }
            if before.hasSuffix("€") { return "EUR" }
            if before.hasSuffix("£") { return "GBP" }
            return nil
        }

        /// What a word right after the number, across spaces, makes it ("2023. Kestrian" is a year and a new
        /// sentence): a percentage ("per cent"), a known unit, or a count of that word.
        func measure(after nextIndex: Int, scaled: Double) -> Measure? {
            guard let next = folded(nextIndex),
                text.slice(Span(start: tokens[nextIndex - 1].span.end, end: tokens[nextIndex].span.start))
                    .allSatisfy(\.isWhitespace)
            else { return nil }
            if next == "per", folded(nextIndex + 1) == "cent" {
                return Measure(kind: .percent, unit: "%", end: tokens[nextIndex + 1].span.end)
            }
            if let known = units[next] {
                return Measure(
                    kind: known.0, unit: known.1, normalized: scaled * known.2, end: tokens[nextIndex].span.end)
            }
            if tokens[nextIndex].kind == .word, !StopWords.contains(next) {
                return Measure(unit: next, end: tokens[nextIndex].span.end)
            }
            return nil
        }

        /// A hedge up to two words before the number ("about", "more than").
        func hedge(before index: Int) -> String? {
            let previous = folded(index - 1)
            let two = [folded(index - 2), previous].compactMap { $0 }.joined(separator: " ")
            return hedges.first { two == $0 || two.hasSuffix(" " + $0) || previous == $0 }
        }
    }

    /// What a number measures: its kind, unit, value in the normalised unit, and where its text ends.
    struct Measure {
        var kind = Quantity.Kind.count
        var unit: String?
        var normalized: Double?
        var end: Int
    }

    static let units1: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// The value of a folded number word from "two" to "ninety-nine" ("forty-one" is one token). "One" is left
    /// out: it is a pronoun far more often than a count.
    static func numberWord(_ word: String) -> Double? {
        if word == "one" { return nil }
        if let value = units1[word] ?? tens[word] { return value }
        let parts = word.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = units1[String(parts[1])], u < 10 { return t + u }
        return nil
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Words after which a four-digit year qualifies the next noun: "the 1967 slayings", "her 2003 book".
    static let yearDeterminers: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "this", "that", "our"]

    /// Four digits, no separator, 1900–2100.
    static func isYear(_ written: String, _ value: Double) -> Bool {
        written.utf8.count == 4 && written.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && value >= 1900
            && value <= 2100
    }
}
