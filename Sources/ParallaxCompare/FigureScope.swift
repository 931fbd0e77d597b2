import ParallaxModel
import ParallaxText

/// What part of a set or of a number a written figure covers, read from the words right around it.
///
/// On ECB+ (`parallax evaluate contradictions`, development topics), most reported contradictions that were
/// false compared a figure with a part of it or with a piece of it: "the other three men" against "one of four
/// men", "his first 17 passes" against "29 of 34 passes", "two extra life sentences" against "three life
/// sentences", "another 90-yard run" against "an 86-yard run", and "500 kilometres" read out of a "1, 500
/// kilometres" that text extraction had split. None of these is one figure stated twice, in any news.
enum FigureScope {
    /// Words before a number that make it a part of a larger set or a further one: "the other three", "another
    /// 12", "the remaining 40", "his first 17", "the last two", "an additional 300", "a further 20".
    static let partBefore: Set<String> = [
        "other", "another", "remaining", "first", "last", "final", "additional", "extra", "further", "next",
        "previous", "latest", "new",
    ]
    /// Words right after a number that make it a further part: "three more", "two extra life sentences", "40
    /// additional officers", "two other rifles".
    static let partAfter: Set<String> = ["more", "extra", "additional", "further", "other", "new"]
    /// Superlatives that rank members of a set: "the four hardest-hit villages", "the 12 worst-hit", "the three
    /// largest banks", "the top 10". A ranked count names the members that lead by some measure, a subset whose
    /// size depends on where the writer draws the line, never the size of the set itself.
    static let ranking: Set<String> = [
        "top", "worst", "best", "hardest", "largest", "biggest", "highest", "lowest", "oldest",
        "youngest", "richest", "poorest", "busiest", "deadliest", "strongest", "closest", "heaviest", "fastest",
        "leading",
    ]

    /// Words that negate the clause they open, so that a verb after them is denied without a "not": "no
    /// suspects have been taken into custody", "nobody was hurt", "none of them were charged".
    static let negativeWords: Set<String> = ["no", "none", "nobody", "nothing", "never", "neither", "nor", "without"]

    /// Scale words a number can be read without: "two dozen" read as "dozen" (12).
    static let scaleWords: [String: Double] = ["dozen": 12, "score": 20, "hundred": 100, "thousand": 1e3]

    /// Whether the number at `start..<end` (offsets in `text`) is a part of a set: a ``partBefore`` word just
    /// before it (after a hedge such as "about"), or a ``partAfter`` word just after it.
    static func isPart(_ start: Int, _ end: Int, in text: String, tokens: [Token]) -> Bool {
        let before = tokens.filter { $0.span.end <= start }.suffix(3).map { Folding.fold(text.substring($0.span)) }
        if let last = before.last, partBefore.contains(last) { return true }
        // "another about 12" is not written, but "the first nearly 200" is.
        if before.count >= 2, QuantityAgreement.approximate.contains(before[before.count - 1]),
            partBefore.contains(before[before.count - 2])
        {
            return true
        }
        let quantity = tokens.filter { $0.span.start >= start && $0.span.end <= end }
        let after = tokens.filter { $0.span.start >= end }.prefix(1).map { Folding.fold(text.substring($0.span)) }
        // The number token itself may carry the noun ("three more" read as the count "three more").
        let words = quantity.dropFirst().map { Folding.fold(text.substring($0.span)) } + after
        return words.first.map(partAfter.contains) == true
    }

    /// Whether the number at `start..<end` counts a ranked subset: a ``ranking`` word just before it ("the top
    /// 10") or right after it ("the four hardest-hit villages", "the three largest banks").
    static func isRanked(_ start: Int, _ end: Int, in text: String, tokens: [Token]) -> Bool {
        let before = tokens.last { $0.span.end <= start }.map { Folding.fold(text.substring($0.span)) }
        if let before, ranking.contains(before) { return true }
        let quantity = tokens.filter { $0.span.start >= start && $0.span.end <= end }
        let after = tokens.first { $0.span.start >= end }.map { Folding.fold(text.substring($0.span)) }
        guard let first = quantity.dropFirst().map({ Folding.fold(text.substring($0.span)) }).first ?? after
        else { return false }
        // "hardest-hit" ranks as "hardest" does.
        return ranking.contains(first.split(separator: "-").first.map(String.init) ?? first)
    }

    /// Whether the number starting at `start` (an offset in `text`) is a piece of a longer number that text
    /// extraction split: three digits after "1, " ("1, 500 kilometres", "120, 000 people", a thousands
    /// separator followed by a space), or the denominator after "41 / " (a fraction "4½" flattened). A year
    /// before a comma ("In 2008, 500 people") is not a number split.
    static func isFragment(at start: Int, in text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard start > 0, start <= bytes.count else { return false }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        var i = start - 1
        while i >= 0 && bytes[i] == 0x20 { i -= 1 }
        guard i >= 1, bytes[i] == 0x2C || bytes[i] == 0x2F else { return false }
        let separator = bytes[i]
        i -= 1
        while i >= 0 && bytes[i] == 0x20 { i -= 1 }
        var digits = 0
        while i >= 0 && isDigit(bytes[i]) {
            digits += 1
            i -= 1
        }
        guard digits > 0 else { return false }
        if separator == 0x2F { return true }
        // A thousands group: one to three digits before, exactly three after, and a space after the comma.
        var following = 0
        var j = start
        while j < bytes.count && isDigit(bytes[j]) {
            following += 1
            j += 1
        }
        return digits <= 3 && following == 3 && bytes[start - 1] == 0x20
    }

    /// The value of a number whose thousands groups text extraction cut off at a comma followed by a space
    /// ("$380, 600" read as $380, "more than $300, 000" as $300): the number with its groups put back, or nil
    /// when no group follows. Only a whole number of one to three digits takes groups, as a thousands separator
    /// allows.
    static func joinedThousands(_ value: Double, endingAt end: Int, in text: String) -> Double? {
        joinedGroups(value, endingAt: end, in: text)?.value
    }

    /// ``joinedThousands(_:endingAt:in:)`` with the offset where the last group ends.
    static func joinedGroups(_ value: Double, endingAt end: Int, in text: String) -> (value: Double, end: Int)? {
        guard value >= 1, value < 1000, value == value.rounded() else { return nil }
        let bytes = Array(text.utf8)
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        var joined = value
        var i = end
        var groups = 0
        while i + 4 < bytes.count, bytes[i] == 0x2C, bytes[i + 1] == 0x20, isDigit(i + 2), isDigit(i + 3),
            isDigit(i + 4), !isDigit(i + 5)
        {
            let group = bytes[(i + 2)...(i + 4)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            joined = joined * 1000 + Double(group)
            groups += 1
            i += 5
        }
        return groups > 0 ? (joined, i) : nil
    }

    /// Verbs of saying after a name that make it the source of a figure, not what the figure is about: "The
    /// Anchorage Daily News reports the value of the building at $380,600".
    static let sourceVerbs: Set<String> = [
        "said", "says", "reported", "reports", "told", "tells", "announced", "announces", "estimated", "estimates",
        "quoted", "cited",
    ]

    /// Indices of the tokens of `tokens` that name a source: a run of capitalised words followed by a verb of
    /// saying (``sourceVerbs``), or after "according to".
    static func sourceNameIndices(_ tokens: [Token], in text: String) -> Set<Int> {
        var result = Set<Int>()
        var n = 0
        while n < tokens.count {
            guard tokens[n].kind == .word, tokens[n].isCapitalized else {
                n += 1
                continue
            }
            var end = n
            while end + 1 < tokens.count, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized { end += 1 }
            let next = end + 1 < tokens.count ? Folding.fold(text.substring(tokens[end + 1].span)) : ""
            let before = tokens[max(0, n - 3)..<n].map { Folding.fold(text.substring($0.span)) }
            let according = before.suffix(2) == ["according", "to"] || before.suffix(3) == ["according", "to", "the"]
            if sourceVerbs.contains(next) || according { result.formUnion(n...end) }
            n = end + 1
        }
        return result
    }

    /// The names of the polls or surveys a claim cites: capitalised words within four words before or six after
    /// "poll" or "survey" ("an opinion poll for the Kathimerini newspaper", "a Gallup poll", "a survey by the
    /// Dunmore Institute"), not the sentence's first word, weekdays or months. Each poll has its own figures: two
    /// polls by different pollsters giving 68 and 83.3 per cent disagree about nothing.
    static func pollsters(in text: String) -> Set<String> {
        let tokens = Tokenizer.tokens(in: text)
        let words = tokens.map { Folding.fold(text.substring($0.span)) }
        var result = Set<String>()
        for (n, word) in words.enumerated() where pollWords.contains(word) {
            for k in max(1, n - 4)..<min(tokens.count, n + 7) where k != n {
                guard tokens[k].kind == .word, tokens[k].isCapitalized, !StopWords.contains(words[k]),
                    MeasurementTime.weekdays[words[k]] == nil, DateReader.months[words[k]] == nil
                else { continue }
                result.insert(words[k])
            }
        }
        return result
    }

    /// Words naming a poll.
    static let pollWords: Set<String> = ["poll", "polls", "survey", "surveys"]

    /// The numbers written in digits in `text`: "13" of "about 13 nautical miles".
    static func writtenNumbers(_ text: String) -> [Double] {
        Tokenizer.tokens(in: text).compactMap { token in
            token.kind == .number ? Double(text.substring(token.span).filter { $0 != "," }) : nil
        }
    }

    /// Ranges written with two numbers: "25 to 35 cents", "between $140 million and $150 million", "$140-150
    /// million". Between the numbers only "to", a dash, "and" after "between", currency signs and scale or unit
    /// words may stand.
    static func writtenRanges(in text: String) -> [ClosedRange<Double>] {
        let tokens = Tokenizer.tokens(in: text)
        func number(_ n: Int) -> Double? {
            guard tokens[n].kind == .number else { return nil }
            return Double(text.substring(tokens[n].span).filter { $0 != "," })
        }
        func word(_ n: Int) -> String { Folding.fold(text.substring(tokens[n].span)) }
        var result: [ClosedRange<Double>] = []
        for n in tokens.indices {
            guard let low = number(n) else { continue }
            let between = (max(0, n - 2)..<n).contains { word($0) == "between" }
            var m = n + 1
            var joined = false
            while m < tokens.count, m <= n + 4, number(m) == nil {
                let w = word(m)
                if w == "to" || w == "-" || w == "–" || between && w == "and" {
                    joined = true
                } else if !rangeFillers.contains(w) {
                    break
                }
                m += 1
            }
            guard joined, m < tokens.count, let high = number(m), high > low else { continue }
            result.append(low...high)
        }
        return result
    }

    /// Words that may stand between the two numbers of a range besides "to": signs, scales, units.
    static let rangeFillers: Set<String> = [
        "$", "€", "£", "us$", "million", "billion", "thousand", "percent", "%", "per", "cent", "cents",
    ]

    /// Counts written as a partitive, "three of his eight children", "28 of 41 passes": the first number counts
    /// the same noun as the second, so a claim that writes it states that figure too.
    static func partitiveNumbers(in text: String) -> [Double] {
        let tokens = Tokenizer.tokens(in: text)
        var result: [Double] = []
        for (n, token) in tokens.enumerated() where n + 1 < tokens.count {
            guard Folding.fold(text.substring(tokens[n + 1].span)) == "of" else { continue }
            let word = String(text.substring(token.span))
            if token.kind == .number, let value = Double(word.filter { $0 != "," }) {
                result.append(value)
            } else if let value = NumberReader.numberWord(Folding.fold(word)) {
                result.append(value)
            }
        }
        return result
    }

    /// Sums of counts joined by "and" ("12 Somali and 11 Yemeni pirates", "two women and one man"): the claim
    /// states the whole too, 23 pirates and three people, so an outlet counting the whole does not dispute a
    /// part. Each count may have up to two words of its own before the "and"; "and a man" adds one.
    static func coordinatedSums(in text: String) -> [Double] {
        let tokens = Tokenizer.tokens(in: text)
        func value(_ n: Int) -> Double? {
            let word = String(text.substring(tokens[n].span))
            if tokens[n].kind == .number { return Double(word.filter { $0 != "," }) }
            return NumberReader.numberWord(Folding.fold(word))
        }
        var result: [Double] = []
        for n in tokens.indices {
            guard let first = value(n) else { continue }
            for gap in 1...3 where n + gap + 1 < tokens.count {
                let joint = n + gap
                guard Folding.fold(text.substring(tokens[joint].span)) == "and" else {
                    if tokens[joint].kind != .word || value(joint) != nil { break }
                    continue
                }
                // "and one man", "and a man": one more of the whole.
                let next = Folding.fold(text.substring(tokens[joint + 1].span))
                if let second = value(joint + 1) ?? (["one", "a", "an"].contains(next) ? 1 : nil) {
                    result.append(first + second)
                }
                break
            }
        }
        return result
    }

    /// A count whose text starts with a scale word the number before it was left out of ("dozen pieces" in
    /// "more than two dozen pieces"): the value with the number multiplied in, and the hedge before it.
    static func restoredScale(_ quantity: Quantity, in claim: Claim) -> (value: Double, qualifier: String?)? {
        let first = Folding.fold(quantity.text.split(separator: " ").first.map(String.init) ?? "")
        guard let scale = scaleWords[first] ?? scaleWords[String(first.dropLast())], quantity.value == scale else {
            return nil
        }
        let start = quantity.span.start - claim.span.start
        guard start > 0 else { return nil }
        let text = claim.text
        let before = Tokenizer.tokens(in: text).filter { $0.span.end <= start }.suffix(3)
        guard let last = before.last else { return nil }
        let word = Folding.fold(text.substring(last.span))
        guard let multiplier = last.kind == .number ? Double(word) : NumberReader.numberWord(word) else {
            return nil
        }
        var qualifier = quantity.qualifier
        if qualifier == nil, before.count == 3 {
            let hedge = before.dropLast().map { Folding.fold(text.substring($0.span)) }.joined(separator: " ")
            if QuantityAgreement.lowerBounds.contains(hedge) || QuantityAgreement.upperBounds.contains(hedge)
                || QuantityAgreement.approximate.contains(hedge)
            {
                qualifier = hedge
            }
        }
        if qualifier == nil, before.count >= 2 {
            let hedge = Folding.fold(text.substring(before[before.index(before.endIndex, offsetBy: -2)].span))
            if QuantityAgreement.lowerBounds.contains(hedge) || QuantityAgreement.upperBounds.contains(hedge)
                || QuantityAgreement.approximate.contains(hedge)
            {
                qualifier = hedge
            }
        }
        return (multiplier * scale, qualifier)
    }
}
