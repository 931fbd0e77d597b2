import Foundation
import ParallaxModel
import ParallaxText

/// Terms distinctive of each voice by the log-odds ratio with an informative Dirichlet prior (Monroe,
/// Colaresi & Quinn 2008, §3.5).
///
/// For voice i against all other voices j, with counts y and totals n, and prior α_w = α₀·(y_w / N) from the
/// event's whole text:
///
///     δ_w = ln((y_iw + α_w) / (n_i + α₀ − y_iw − α_w)) − ln((y_jw + α_w) / (n_j + α₀ − y_jw − α_w))
///     σ²_w ≈ 1/(y_iw + α_w) + 1/(y_jw + α_w),   z_w = δ_w / σ_w
///
/// Words are folded content words (stop words and numbers out, not stemmed so the reported term reads as
/// written); phrases are two adjacent content words in one sentence. Each vocabulary is scored on its own
/// totals, then the two lists merge by z. A syndication group's copies count once (its first article).
///
/// α₀ = ``ComparisonOptions/framingPriorScale`` × N, 0.2 by default. With few voices the z-score of a term used
/// k times by one voice and never by the others peaks near α₀ ≈ 0.2·N whatever the scale (measured on the
/// seeds' phone-call event: "invasion", 4 uses in The Straits Times and none elsewhere, scores 1.88 at 0.1·N,
/// 1.99 at 0.2·N, 1.57 at N). So in a three-article event a term needs about four uses against none to pass
/// z > 1.96; larger events give larger counts and clearer scores.
struct FramingAnalyzer {
    var options: ComparisonOptions

    func framing(articles: [Article], voices: VoiceMap) -> [OutletFraming] {
        guard voices.voices.count >= 2 else {
            return voices.voices.map { OutletFraming(voiceId: $0.id, outlets: $0.outlets, terms: []) }
        }
        let byId = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var unigrams: [[String: Int]] = []
        var bigrams: [[String: Int]] = []
        for voice in voices.voices {
            var words: [String: Int] = [:]
            var pairs: [String: Int] = [:]
            let members = voice.syndicated ? Array(voice.articleIds.prefix(1)) : voice.articleIds
            for id in members {
                guard let article = byId[id] else { continue }
                Self.count(article.text, words: &words, pairs: &pairs)
            }
            unigrams.append(words)
            bigrams.append(pairs)
        }
        let wordScores = scores(unigrams)
        let pairScores = scores(bigrams)
        return voices.voices.indices.map { v in
            // An outlet naming itself ("told Meridian") is not framing.
            let own = Set(
                voices.voices[v].outlets.flatMap { name in
                    Tokenizer.tokens(in: name).map { Folding.fold(name.substring($0.span)) }
                })
            let merged = (wordScores[v] + pairScores[v])
                .filter {
                    $0.zScore > options.framingMinimumZ
                        && !$0.term.split(separator: " ").contains { word in own.contains(String(word)) }
                }
                .sorted { $0.zScore != $1.zScore ? $0.zScore > $1.zScore : $0.term < $1.term }
            return OutletFraming(
                voiceId: voices.voices[v].id, outlets: voices.voices[v].outlets,
                terms: Array(merged.prefix(options.framingTermsPerVoice)))
        }
    }

    /// Adds the content words and adjacent content-word pairs of `text`.
    static func count(_ text: String, words: inout [String: Int], pairs: inout [String: Int]) {
        var copy = text
        copy.withUTF8 { bytes in
            for sentence in SentenceSplitter.sentences(in: bytes) {
                var previous: (String, Int)?  // folded word, end offset
                Tokenizer.forEachToken(in: UnsafeBufferPointer(rebasing: bytes[sentence.start..<sentence.end])) {
                    token in
                    let start = sentence.start + token.span.start
                    let end = sentence.start + token.span.end
                    guard token.kind == .word, token.span.length >= 2 else {
                        previous = nil
                        return
                    }
                    let folded = Folding.fold(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                    guard !StopWords.contains(folded), !ClaimBuilder.extraStopWords.contains(folded) else {
                        previous = nil
                        return
                    }
                    words[folded, default: 0] += 1
                    if let (word, previousEnd) = previous {
                        // Adjacent: only spaces between.
                        var adjacent = true
                        for k in previousEnd..<start where bytes[k] != 0x20 { adjacent = false }
                        if adjacent { pairs[word + " " + folded, default: 0] += 1 }
                    }
                    previous = (folded, end)
                }
            }
        }
    }

    /// Per voice, every term it uses with its z-score against the other voices.
    private func scores(_ counts: [[String: Int]]) -> [[FramingTerm]] {
        var totals: [String: Int] = [:]
        for voice in counts { for (term, c) in voice { totals[term, default: 0] += c } }
        let n = Double(totals.values.reduce(0, +))
        guard n > 0 else { return counts.map { _ in [] } }
        let alpha0 = options.framingPriorScale * n
        return counts.map { voice in
            let ni = Double(voice.values.reduce(0, +))
            let nj = n - ni
            return voice.map { term, c in
                let yi = Double(c)
                let yj = Double(totals[term]!) - yi
                let alpha = alpha0 * Double(totals[term]!) / n
                let delta =
                    log((yi + alpha) / (ni + alpha0 - yi - alpha)) - log((yj + alpha) / (nj + alpha0 - yj - alpha))
                let variance = 1 / (yi + alpha) + 1 / (yj + alpha)
                return FramingTerm(term: term, count: c, countElsewhere: Int(yj), zScore: delta / variance.squareRoot())
            }
        }
    }
}
