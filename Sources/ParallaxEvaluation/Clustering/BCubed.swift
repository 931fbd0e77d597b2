/// BCubed precision, recall and F1 of a clustering against gold labels (Amigó, Gonzalo, Artiles and Verdejo
/// 2009), averaged over items.
///
/// For each item: precision is the share of items in its predicted cluster that share its gold label,
/// recall the share of items with its gold label that are in its predicted cluster. F1 is the harmonic
/// mean of the two averages.
public struct BCubed: Sendable, Hashable, Codable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    /// Scores `predicted` against `gold`, both one label per item in the same order.
    public init<P: Hashable, G: Hashable>(predicted: [P], gold: [G]) {
        precondition(predicted.count == gold.count, "one predicted and one gold label per item")
        guard !predicted.isEmpty else {
            precision = 0
            recall = 0
            f1 = 0
            return
        }
        var predictedSize: [P: Int] = [:]
        var goldSize: [G: Int] = [:]
        var pairSize: [PairKey<P, G>: Int] = [:]
        for (p, g) in zip(predicted, gold) {
            predictedSize[p, default: 0] += 1
            goldSize[g, default: 0] += 1
            pairSize[PairKey(p: p, g: g), default: 0] += 1
        }
        var p = 0.0
        var r = 0.0
        for (pr, go) in zip(predicted, gold) {
            let both = Double(pairSize[PairKey(p: pr, g: go)]!)
            p += both / Double(predictedSize[pr]!)
            r += both / Double(goldSize[go]!)
        }
        precision = p / Double(predicted.count)
        recall = r / Double(predicted.count)
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}

private struct PairKey<P: Hashable, G: Hashable>: Hashable {
    var p: P
    var g: G
}
