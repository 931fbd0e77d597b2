import ParallaxModel
import ParallaxText
import Testing

/// Text in scripts without spaces between words (Chinese, Japanese) and in Cyrillic is split into sentences
/// and compared by overlapping character pairs.
struct ScriptTests {
    func sentences(_ text: String) -> [String] {
        SentenceSplitter.sentences(in: text).map { text.slice($0) }
    }

    @Test func chineseSentencesEndAtTheirOwnStops() {
        let text = "国家主席李文华周三同来访的总理会谈。双方签署了七项协议！会谈何时继续？“我们满意。”他说。"
        #expect(
            sentences(text) == [
                "国家主席李文华周三同来访的总理会谈。", "双方签署了七项协议！", "会谈何时继续？", "“我们满意。”", "他说。",
            ])
    }

    @Test func russianSentencesSplitAsLatinOnes() {
        let text = "Переговоры в Москве продлились три часа. Стороны подписали семь соглашений. Т. е. всё."
        #expect(
            sentences(text).prefix(2) == [
                "Переговоры в Москве продлились три часа.", "Стороны подписали семь соглашений.",
            ])
    }

    @Test func chineseIsComparedByCharacterPairs() {
        let words = ContentTerms.words(in: "李文华会见总理，签署协议。")
        // Each clause is a run of pairs; the fullwidth comma and the full stop end runs.
        #expect(words == ["李文", "文华", "华会", "会见", "见总", "总理", "签署", "署协", "协议"])
        // A name written inside a longer run still yields its own pairs, so two reports share them.
        let other = Set(ContentTerms.words(in: "总理同李文华通电话。"))
        #expect(other.isSuperset(of: ["李文", "文华"]))
    }

    @Test func latinInsideChineseStaysAWord() {
        #expect(ContentTerms.words(in: "华为Mate发布会") == ["华为", "mate", "发布", "布会"])
    }

    @Test func fullwidthPunctuationSeparatesTokens() {
        let tokens = Tokenizer.tokens(in: "甲乙，丙丁（戊）")
        #expect(tokens.count == 3)
    }
}
