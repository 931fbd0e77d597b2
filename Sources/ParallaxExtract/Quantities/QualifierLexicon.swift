/// Hedges written before a number ("about 500", "more than 30 per cent", "up to 80 percent").
enum QualifierLexicon {
    /// Phrases of one to three folded words, longest first when matched.
    static let phrases: [[String]] = [
        ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["in", "excess", "of"],
        ["no", "more", "than"], ["no", "less", "than"], ["no", "fewer", "than"], ["a", "little", "over"],
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"],
        ["close", "to"], ["just", "over"], ["just", "under"], ["well", "over"], ["upwards", "of"],
        ["an", "estimated"], ["about"], ["around"], ["nearly"], ["almost"], ["approximately"], ["roughly"],
        ["some"], ["over"], ["under"], ["approx"], ["circa"], ["estimated"],
    ]

    /// The qualifier that ends right before lexeme `i` (words only, no punctuation between), and its first index.
    static func match(_ lex: [Lexeme], before i: Int) -> (phrase: String, start: Int)? {
        for phrase in phrases {
            let n = phrase.count
            guard i - n >= 0 else { continue }
            var ok = true
            for (k, word) in phrase.enumerated() where !lex[i - n + k].isWord(word) {
                ok = false
                break
            }
            if ok {
                let text = phrase == ["an", "estimated"] ? "estimated" : phrase.joined(separator: " ")
                return (text, i - n)
            }
        }
        return nil
    }
}
