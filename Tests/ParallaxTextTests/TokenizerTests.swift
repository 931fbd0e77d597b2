import ParallaxModel
import ParallaxText
import Testing

struct TokenizerTests {
    private func words(_ text: String) -> [String] { Tokenizer.tokens(in: text).map { text.slice($0.span) } }

    @Test func keepsApostrophesHyphensAndNumberSeparators() {
        #expect(
            words("Russia’s China-Russia ties: 1,284 metres, 14.5 wide (don't).") == [
                "Russia’s", "China-Russia", "ties", "1,284", "metres", "14.5", "wide", "don't",
            ])
    }

    @Test func nonASCIILettersAreWordCharacters() {
        #expect(words("Zürich’s café — «Ålesund»") == ["Zürich’s", "café", "Ålesund"])
    }

    @Test func marksCapitalsAndNumbers() {
        let tokens = Tokenizer.tokens(in: "Xi met 3 envoys")
        #expect(tokens.map(\.isCapitalized) == [true, false, false, false])
        #expect(tokens.map(\.kind) == [.word, .word, .number, .word])
    }

    @Test func foldingLowercasesAndNormalisesApostrophes() {
        #expect(Folding.fold("Russia’s BRICS") == "russia's brics")
        #expect(Folding.fold("ÉLAN") == "élan")
    }

    @Test func namePhrasesJoinConnectors() {
        let phrases = ContentTerms.namePhrases(
            in: "The Shanghai Cooperation Organization met. Vladimir Putin spoke of the Bank of China.")
        #expect(phrases == ["shanghai cooperation organization", "vladimir putin", "bank of china"])
    }

    @Test func spanConverterCountsCodePoints() {
        let text = "“Xi” said é"
        let converter = SpanConverter(text: text)
        let token = Tokenizer.tokens(in: text)[1]
        #expect(converter.scalarSpan(token.span) == Span(start: 5, end: 9))
    }

    @Test func sparseCosine() {
        let a = SparseVector([(1, 1), (2, 1)])
        let b = SparseVector([(2, 1), (3, 1)])
        #expect(abs(a.cosine(b) - 0.5) < 1e-6)
        #expect(SparseVector([(4, 2), (4, 1)]).weights == [3])
    }
}
