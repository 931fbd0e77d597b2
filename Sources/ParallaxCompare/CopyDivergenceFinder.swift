import ParallaxModel
import ParallaxText

/// Finds figures changed between copies of one story: the same sentence, word for word, with a different
/// number in one copy ("the 1,284-metre bridge" in the agency's text, "1,080" in one subscriber's).
///
/// Copies of one story are one voice, so ``ContradictionFinder`` never compares them, and ``ClaimBuilder``
/// keeps one claim per copied sentence: a figure changed in one outlet's copy was invisible. Here every
/// sentence of a syndicated voice's articles is read with its numbers masked; sentences that read the same in
/// two copies but carry different numbers at one place are a contradiction. Nothing else can explain the
/// difference (same words, same story), so its confidence is ``confidence``.
struct CopyDivergenceFinder {
    /// Same sentence, other number: an edit, not two facts that look alike.
    static let confidence = 0.95
    /// Shorter sentences ("He was 45.") are too common to be sure they are the same sentence.
    static let minimumTokens = 6

    /// One copy's sentence: where it is and the numbers it states, in order.
    private struct Reading {
        var article: Article
        var span: Span
        var numbers: [(text: String, value: Double)]
    }

    func find(articles: [Article], voices: VoiceMap) -> [Contradiction] {
        var result: [Contradiction] = []
        let byId = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for voice in voices.voices where voice.syndicated && voice.articleIds.count >= 2 {
            var readings: [String: [Reading]] = [:]
            var order: [String] = []
            for id in voice.articleIds {
                guard let article = byId[id] else { continue }
                var seen = Set<String>()
                for (key, reading) in Self.sentences(of: article) where seen.insert(key).inserted {
                    if readings[key] == nil { order.append(key) }
                    readings[key, default: []].append(reading)
                }
            }
            for key in order {
                guard let copies = readings[key], copies.count >= 2 else { continue }
                result += contradictions(copies)
            }
        }
        return result
    }

    /// One contradiction per place where the copies' numbers differ; each side gathers the copies that agree.
    private func contradictions(_ copies: [Reading]) -> [Contradiction] {
        var result: [Contradiction] = []
        let places = copies[0].numbers.count
        for place in 0..<places {
            var sides: [(value: Double, text: String, copies: [Reading])] = []
            for copy in copies where copy.numbers.count == places {
                let number = copy.numbers[place]
                if let at = sides.firstIndex(where: { $0.value == number.value }) {
                    sides[at].copies.append(copy)
                } else {
                    sides.append((number.value, number.text, [copy]))
                }
            }
            guard sides.count >= 2 else { continue }
            let sentence = copies[0].article.text.slice(copies[0].span)
            result.append(
                Contradiction(
                    id: "", kind: .quantity, slot: "figure in copies of one story",
                    subject: Tokenizer.tokens(in: sentence).prefix(6).map { String(sentence.substring($0.span)) }
                        .joined(separator: " "),
                    groupId: nil,
                    sides: sides.map { side in
                        Contradiction.Side(
                            value: side.text, normalizedValue: side.value,
                            outlets: Set(side.copies.map(\.article.outletName)).sorted(),
                            articleIds: side.copies.map(\.article.id), claimIds: [],
                            spans: side.copies.map {
                                ArticleSpan(
                                    articleId: $0.article.id, span: $0.span, text: $0.article.text.slice($0.span))
                            })
                    },
                    confidence: Self.confidence))
        }
        return result
    }

    /// Every sentence with at least one number, keyed by its words with numbers masked.
    private static func sentences(of article: Article) -> [(String, Reading)] {
        SentenceSplitter.sentences(in: article.text).compactMap { span in
            let text = article.text.slice(span)
            let tokens = Tokenizer.tokens(in: text)
            guard tokens.count >= minimumTokens else { return nil }
            var words: [String] = []
            var numbers: [(text: String, value: Double)] = []
            for token in tokens {
                let word = String(text.substring(token.span))
                let folded = Folding.fold(word)
                if token.kind == .number, let value = Double(word.filter { $0 != "," }) {
                    words.append("#")
                    numbers.append((word, value))
                } else if let value = NumberReader.numberWord(folded) {
                    words.append("#")
                    numbers.append((word, value))
                } else {
                    words.append(folded)
                }
            }
            guard !numbers.isEmpty else { return nil }
            return (words.joined(separator: " "), Reading(article: article, span: span, numbers: numbers))
        }
    }
}
