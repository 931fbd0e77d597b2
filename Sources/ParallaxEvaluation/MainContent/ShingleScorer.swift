/// The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark), exactly:
///
/// Both texts are tokenised into `\w+` tokens (Python's Unicode `\w`: letters, digits — any Unicode
/// numeric — and `_`; case kept), all 4-token shingles are formed (a text of fewer than 4 tokens is one
/// shingle; an empty text none), and counted as multisets. tp = Σ min(true, pred), fp = Σ max(0, pred − true),
/// fn = Σ max(0, true − pred), normalised by their sum so each page weighs the same. Page precision is
/// tp/(tp+fp) and recall tp/(tp+fn), both 1 when fp = fn = 0 and both 0 when tp = 0; each is averaged over
/// the pages and F1 = 2PR/(P+R) of the averages. Accuracy: the share of pages whose token sequences are equal.
public enum ShingleScorer {
    /// One page's normalised counts.
    public struct PageScore: Sendable, Codable, Hashable {
        public var truePositive: Double
        public var falsePositive: Double
        public var falseNegative: Double
        /// Whether the token sequences are identical.
        public var exact: Bool

        public var precision: Double {
            if falsePositive == 0 && falseNegative == 0 { return 1 }
            if truePositive == 0 { return 0 }
            return truePositive / (truePositive + falsePositive)
        }

        public var recall: Double {
            if falsePositive == 0 && falseNegative == 0 { return 1 }
            if truePositive == 0 { return 0 }
            return truePositive / (truePositive + falseNegative)
        }
    }

    /// Averages over pages.
    public struct Summary: Sendable, Codable, Hashable {
        public var pages: Int
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var accuracy: Double
    }

    /// The `\w+` tokens of `text`.
    public static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start: String.UnicodeScalarView.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWord(scalars[index]) {
                if start == nil { start = index }
            } else if let s = start {
                tokens.append(Substring(scalars[s..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let s = start { tokens.append(Substring(scalars[s..<scalars.endIndex])) }
        return tokens
    }

    /// Python's `str.isalnum() or '_'`: letters (L*) and numerics (Numeric_Type set).
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar.properties.numericType != nil
        }
    }

    private static func shingles(_ text: String) -> [[Substring]: Int] {
        let tokens = tokens(text)
        var counts: [[Substring]: Int] = [:]
        let n = 4
        for i in 0..<max(1, tokens.count - n + 1) {
            let shingle = Array(tokens[i..<min(tokens.count, i + n)])
            if shingle.isEmpty { continue }
            counts[shingle, default: 0] += 1
        }
        return counts
    }

    /// Scores one page.
    public static func score(truth: String, prediction: String) -> PageScore {
        let truthShingles = shingles(truth)
        let predictedShingles = shingles(prediction)
        var tp = 0.0
        var fp = 0.0
        var fn = 0.0
        for (key, trueCount) in truthShingles {
            let predicted = predictedShingles[key] ?? 0
            tp += Double(min(trueCount, predicted))
            fn += Double(max(0, trueCount - predicted))
            fp += Double(max(0, predicted - trueCount))
        }
        for (key, predicted) in predictedShingles where truthShingles[key] == nil { fp += Double(predicted) }
        let sum = tp + fp + fn
        if sum > 0 {
            tp /= sum
            fp /= sum
            fn /= sum
        }
        return PageScore(
            truePositive: tp, falsePositive: fp, falseNegative: fn, exact: tokens(truth) == tokens(prediction))
    }

    /// Averages page scores.
    public static func summarize(_ scores: [PageScore]) -> Summary {
        guard !scores.isEmpty else { return Summary(pages: 0, precision: 0, recall: 0, f1: 0, accuracy: 0) }
        let precision = scores.reduce(0) { $0 + $1.precision } / Double(scores.count)
        let recall = scores.reduce(0) { $0 + $1.recall } / Double(scores.count)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        let accuracy = Double(scores.filter(\.exact).count) / Double(scores.count)
        return Summary(pages: scores.count, precision: precision, recall: recall, f1: f1, accuracy: accuracy)
    }
}
