import ParallaxModel
import ParallaxText

/// Splits a sentence into clauses, each one proposition to align.
///
/// Kept simple on purpose: a sentence splits at `"; "` and before `", and "`, `", while "`, `", but "`,
/// `", saying "` and `", adding "` when the text on both sides has a verb (``VerbLexicon``). The connective
/// (and a following "that") is left out of the right-hand clause, so ", saying that China is willing …"
/// yields "China is willing …". Lists ("Xinjiang, Hong Kong and Taiwan") do not split: no verb on one side.
enum ClauseSplitter {
    /// Connectives after a comma (or the semicolon itself), each with whether it is dropped from the clause.
    private static let connectives: [[UInt8]] = [
        Array(", and ".utf8), Array(", while ".utf8), Array(", but ".utf8), Array(", saying ".utf8),
        Array(", adding ".utf8), Array("; ".utf8),
    ]

    /// The clause spans of one sentence span of `text`, trimmed, in order.
    static func clauses(of sentence: Span, in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        // Candidate cut points: (left end, right start).
        var cuts: [(leftEnd: Int, rightStart: Int)] = []
        var i = sentence.start
        while i < sentence.end {
            let b = bytes[i]
            if b == 0x2C || b == 0x3B {
                for connective in connectives where i + connective.count <= sentence.end {
                    var match = true
                    for (k, c) in connective.enumerated() where bytes[i + k] | (k > 1 ? 0x20 : 0) != c {
                        match = false
                        break
                    }
                    if match {
                        var rightStart = i + connective.count
                        let that = Array("that ".utf8)
                        if connective.count > 2, rightStart + that.count <= sentence.end,
                            Array(UnsafeBufferPointer(rebasing: bytes[rightStart..<(rightStart + that.count)])) == that
                        {
                            rightStart += that.count
                        }
                        cuts.append((i, rightStart))
                        break
                    }
                }
            }
            i += 1
        }
        guard !cuts.isEmpty else { return [sentence] }
        var result: [Span] = []
        var start = sentence.start
        for (index, cut) in cuts.enumerated() {
            let nextEnd = index + 1 < cuts.count ? cuts[index + 1].leftEnd : sentence.end
            guard cut.leftEnd > start, nextEnd > cut.rightStart else { continue }
            if hasVerb(Span(start: start, end: cut.leftEnd), bytes)
                && hasVerb(Span(start: cut.rightStart, end: nextEnd), bytes)
            {
                result.append(Span(start: start, end: cut.leftEnd))
                start = cut.rightStart
            }
        }
        result.append(Span(start: start, end: sentence.end))
        return result.filter { $0.length > 0 }
    }

    /// Whether the bytes of `span` contain a verb-like word.
    static func hasVerb(_ span: Span, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        let slice = UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
        Tokenizer.forEachToken(in: slice) { token in
            guard !found, token.kind == .word else { return }
            let word = String(
                decoding: UnsafeBufferPointer(rebasing: slice[token.span.start..<token.span.end]), as: UTF8.self)
            if VerbLexicon.isVerb(Folding.fold(word)) { found = true }
        }
        return found
    }
}
