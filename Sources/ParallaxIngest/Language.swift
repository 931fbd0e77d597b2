import ParallaxText

/// A cheap language guess: English when English function words make up a news-typical share of the words.
enum Language {
    /// "en" when at least 20% of the first 400 words are English stop words (news English runs 35–50%);
    /// nil otherwise, as Parallax makes no claim about other languages yet.
    static func guess(_ text: String) -> String? {
        var total = 0
        var stop = 0
        var copy = text
        copy.withUTF8 { bytes in
            Tokenizer.forEachToken(in: bytes) { token in
                guard total < 400, token.kind == .word else { return }
                total += 1
                if StopWords.contains(Folding.fold(text.substring(token.span))) { stop += 1 }
            }
        }
        return total >= 10 && stop * 5 >= total ? "en" : nil
    }
}
