/// Identifies the language of an article's text, and reconciles it with the language a page declares.
///
/// Korean, Japanese, Chinese and Arabic (told from Persian and Urdu by their extra letters) are decided by
/// script; Latin- and Cyrillic-script text is scored with a naive Bayes model over character 1–3-grams
/// (``LanguageProfiles``: en, fr, de, es, it, pt, ru, uk).
/// Only the first ``letterLimit`` letters are read: a news lede settles the language, and the cost stays
/// flat for long articles.
enum Language {
    /// Letters read per text; 1,000 is several sentences, far more than the margin needs.
    static let letterLimit = 1_000
    /// Fewer letters than this and no language is claimed (a dateline or a name is not a language sample).
    static let minimumLetters = 12
    /// The least log-likelihood lead (in nats, over the whole text) of the best language over the runner-up.
    /// Whole fixture texts (Tests/ParallaxIngestTests/Fixtures/languages.tsv) lead by 15 nats or more; cut to
    /// their first 15 characters, a 3-nat bar keeps 76 of 97 Latin-script texts with 3 wrong (5 nats: 66,
    /// 1 wrong; 8 nats: 47, none wrong). 3 favours an answer on headline-length text.
    static let minimumMargin: Float = 3
    /// The least share of a text's trigrams the winning language must list (see
    /// ``LanguageProfiles/Scores/coverage(_:)``): below it the text is in a language the table lacks.
    static let minimumCoverage = 0.4

    /// The language of `text` as a BCP-47 primary subtag ("en", "ru", "zh"…), or nil when the text is too
    /// short, in no script Parallax ranks, or too close between two languages to call.
    static func identify(_ text: String) -> String? {
        analyse(text).language
    }

    /// The language to record for an article: the `declared` one (from `<html lang>`, a feed's
    /// `<language>`, a JSON Lines field) when it fits the script the text is written in, else the identified
    /// one. A page declaring `en` whose text is all Cyrillic is Russian or Ukrainian, not English.
    ///
    /// The declared tag is reduced to its lowercased primary subtag ("en-GB" → "en") so that languages group.
    static func resolve(declared: String?, text: String) -> String? {
        let analysis = analyse(text)
        guard let declared = primarySubtag(declared) else { return analysis.language }
        guard let expected = WritingScript.usual(forLanguage: declared), let script = analysis.script else {
            return declared
        }
        let fits = expected == script || (expected == .kana && script == .han)
        return fits ? declared : analysis.language
    }

    /// "en-GB" → "en"; nil for an empty or non-alphabetic tag.
    static func primarySubtag(_ tag: String?) -> String? {
        guard let tag else { return nil }
        let primary = tag.unicodeScalars.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
            .prefix { ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") }
        guard (2...3).contains(primary.count) else { return nil }
        return String(String.UnicodeScalarView(primary)).lowercased()
    }

    /// The dominant script of `text` and, when it can be called, its language.
    static func analyse(_ text: String) -> (script: WritingScript?, language: String?) {
        let sample = LetterSample(text, limit: letterLimit)
        guard let script = sample.dominantScript, sample.letterCount >= minimumLetters || script.isIdeographic
        else { return (nil, nil) }
        switch script {
        case .hangul: return (script, "ko")
        case .kana: return (script, "ja")
        case .han: return (script, sample.letterCount >= 4 ? "zh" : nil)
        case .arabic: return (script, sample.arabicScriptLanguage)
        case .cyrillic: return (script, russianOrUkrainian(sample) ?? best(in: sample, script: script))
        case .latin: return (script, best(in: sample, script: script))
        }
    }

    /// Russian or Ukrainian by the letters only one of them uses (ы э ъ ё; і ї є ґ), when the text has
    /// letters of one set and none of the other; nil when it has neither or both (a Russian text quoting
    /// "Київ"), leaving the call to the n-grams. The letter test settles short texts the n-grams find close:
    /// on the fixture one Ukrainian sentence with a single "і" led Russian by 3 nats.
    static func russianOrUkrainian(_ sample: LetterSample) -> String? {
        var russian = 0
        var ukrainian = 0
        for scalar in sample.scalars {
            switch scalar {
            case 0x44B, 0x44D, 0x44A, 0x451: russian += 1
            case 0x456, 0x457, 0x454, 0x491: ukrainian += 1
            default: break
            }
        }
        if russian > 0, ukrainian == 0 { return "ru" }
        if ukrainian > 0, russian == 0 { return "uk" }
        return nil
    }

    private static func best(in sample: LetterSample, script: WritingScript) -> String? {
        let profiles = LanguageProfiles.bundled
        let fit = profiles.score(sample.scalars)
        let scores = fit.logLikelihood
        var first: (language: Int, score: Float)?
        var second: Float = -.infinity
        for language in profiles.languages.indices where profiles.scripts[language] == script {
            let score = scores[language]
            if let current = first, score <= current.score {
                second = max(second, score)
            } else {
                if let current = first { second = current.score }
                first = (language, score)
            }
        }
        guard let first, first.score - second >= minimumMargin, fit.coverage(first.language) >= minimumCoverage
        else { return nil }
        return profiles.languages[first.language]
    }
}

extension WritingScript {
    /// Han and kana: one character is a word or more, so a few suffice.
    var isIdeographic: Bool { self == .han || self == .kana || self == .hangul }
}
