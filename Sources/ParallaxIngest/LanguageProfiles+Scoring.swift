extension LanguageProfiles {
    /// How well a text fits each language of the table.
    struct Scores {
        /// The log-likelihood of the text under each language (column order of ``LanguageProfiles/languages``).
        var logLikelihood: ContiguousArray<Float>
        /// Per language, how many of the text's trigrams are in that language's top list.
        var listedTrigrams: ContiguousArray<Int>
        /// The text's trigrams (no space in the middle), listed anywhere or not.
        var trigrams = 0

        /// The share of the text's trigrams that `language` lists: news prose in a table language runs
        /// 0.52–0.80 (the team's fixture), Polish, Turkish, Indonesian or Vietnamese 0.09–0.34 against their
        /// closest table language, so a low share means "a language Parallax does not rank".
        func coverage(_ language: Int) -> Double {
            trigrams == 0 ? 0 : Double(listedTrigrams[language]) / Double(trigrams)
        }
    }

    /// Scores `scalars` (a ``LetterSample``) under each language, summing the 1–3-grams found in the table;
    /// grams no language lists say nothing and are skipped.
    func score(_ scalars: ContiguousArray<UInt32>) -> Scores {
        let width = languages.count
        var result = Scores(
            logLikelihood: ContiguousArray(repeating: 0, count: width),
            listedTrigrams: ContiguousArray(repeating: 0, count: width))
        guard width > 0 else { return result }
        var window: UInt64 = 0
        var seen = 0
        rows.withUnsafeBufferPointer { rows in
            floors.withUnsafeBufferPointer { floors in
                for scalar in scalars {
                    window = (window << 21 | UInt64(scalar)) & (1 << 63 - 1)
                    seen += 1
                    for length in 1...min(seen, 3) {
                        if length == 1 && scalar == 0x20 { continue }
                        let isTrigram = length == 3 && (window >> 21) & 0x1F_FFFF != 0x20
                        if isTrigram { result.trigrams += 1 }
                        guard let row = index[window & ((1 << (21 * UInt64(length))) - 1)] else { continue }
                        for language in 0..<width {
                            let value = rows[row * width + language]
                            result.logLikelihood[language] += value
                            if isTrigram && value > floors[language * 3 + 2] { result.listedTrigrams[language] += 1 }
                        }
                    }
                }
            }
        }
        return result
    }
}
