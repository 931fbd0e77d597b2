import ParallaxModel
import ParallaxText

extension QuantityContext {
    /// The words around one number of a claim: the stretch before it and the stretch after it, each up to a
    /// break (``breaks(_:from:to:)``) or a word that starts another clause (``boundaryWords``, kept as the stop).
    struct Surroundings {
        let text: String
        let bytes: [UInt8]
        let tokens: [Token]
        /// Where the number starts and ends in the claim's text; a number whose thousands groups follow a comma
        /// and a space ("$380, 600") ends after its groups.
        let start: Int
        let end: Int
        /// Tokens before and after the number.
        let before: [Int]
        /// The stretch before, nearest first, and the boundary word that ended it.
        private(set) var left: [Int] = []
        private(set) var leftStop: Int?
        /// The stretch after, in reading order, and the boundary word that ended it.
        private(set) var right: [Int] = []
        private(set) var stop: Int?

        init(span: Span, in claim: Claim) {
            text = claim.text
            bytes = Array(claim.text.utf8)
            tokens = Tokenizer.tokens(in: claim.text)
            start = span.start - claim.span.start
            let written = span.end - claim.span.start
            let (tokens, text, start) = (self.tokens, self.text, self.start)
            let value = tokens.first { $0.span.start >= start && $0.kind == .number }.flatMap {
                Double(text.substring($0.span).filter { $0 != "," })
            }
            end = value.flatMap { FigureScope.joinedGroups($0, endingAt: written, in: text)?.end } ?? written
            before = tokens.indices.filter { tokens[$0].span.end <= start }
            readLeft()
            readRight()
        }

        /// The folded word at `index`, without a possessive "'s".
        func word(_ index: Int) -> String {
            var folded = Folding.fold(text.substring(tokens[index].span))
            if folded.hasSuffix("'s") || folded.hasSuffix("’s") { folded = String(folded.dropLast(2)) }
            return folded
        }

        private func breaks(_ from: Int, _ to: Int) -> Bool { QuantityContext.breaks(bytes, from: from, to: to) }

        private mutating func readLeft() {
            var edge = start
            for index in before.reversed() {
                // "than" right before the number is the hedge of "more than 300", not a clause of its own.
                let hedge = left.isEmpty && word(index) == "than"
                if breaks(tokens[index].span.end, edge) { break }
                if boundaryWords.contains(word(index)) && !hedge {
                    leftStop = index
                    break
                }
                left.append(index)
                edge = tokens[index].span.start
            }
        }

        private mutating func readRight() {
            var edge = end
            for index in tokens.indices where tokens[index].span.start >= end {
                if breaks(edge, tokens[index].span.start) { break }
                if boundaryWords.contains(word(index)) {
                    stop = index
                    break
                }
                right.append(index)
                edge = tokens[index].span.end
            }
        }

        /// Stems of the content words at `indices`: lowercase words of two letters or more that are not stop
        /// words, numbers, weekdays, parts of the day or months.
        func contentStems(_ indices: [Int]) -> [String] {
            indices.compactMap { index in
                let token = tokens[index]
                let w = word(index)
                guard token.kind == .word, !token.isCapitalized, w.utf8.count >= 2, !StopWords.contains(w),
                    !ClaimBuilder.extraStopWords.contains(w), !QuantityContext.ignoredWords.contains(w),
                    NumberReader.numberWord(w) == nil, MeasurementTime.weekdays[w] == nil,
                    MeasurementTime.parts[w] == nil, DateReader.months[w] == nil,
                    !w.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
                else { return nil }
                return Stemmer.stem(w)
            }
        }

        /// The article offsets the tokens at `indices` cover, or nil for none.
        func offsets(_ indices: [Int], in claim: Claim) -> Span? {
            guard let first = indices.min(), let last = indices.max() else { return nil }
            return Span(
                start: tokens[first].span.start + claim.span.start, end: tokens[last].span.end + claim.span.start)
        }
    }
}
