import ParallaxModel
import ParallaxText

/// A fallback reader of calendar dates for articles where extraction found no time expression at all.
///
/// Reads "March 3", "3 March", "Feb 24", "June 15, 2022" and "15 June 2022"; the year is the one written, else
/// the publication year. Weekdays and relative expressions are not resolved (that is extraction's job), and
/// without a publication date a date with no year is skipped.
enum DateReader {
    static var months: [String: Int] { CalendarWords.months }

    /// Full dates found in `text`, in order.
    static func times(in text: String, published: Timestamp?) -> [TimeExpression] {
        let tokens = Tokenizer.tokens(in: text)
        var result: [TimeExpression] = []
        func day(_ i: Int) -> Int? {
            guard tokens.indices.contains(i), tokens[i].kind == .number, tokens[i].span.length <= 2,
                let d = Int(text.slice(tokens[i].span)), (1...31).contains(d)
            else { return nil }
            return d
        }
        func year(_ i: Int) -> Int? {
            guard tokens.indices.contains(i), tokens[i].kind == .number, tokens[i].span.length == 4,
                let y = Int(text.slice(tokens[i].span)), (1900...2100).contains(y)
            else { return nil }
            return y
        }
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            // "May" needs a capital to be a month.
            guard token.kind == .word, token.isCapitalized, let month = months[Folding.fold(text.substring(token.span))]
            else {
                i += 1
                continue
            }
            var first = i
            var last = i
            var d: Int?
            if let after = day(i + 1) {
                d = after
                last = i + 1
            } else if let before = day(i - 1) {
                d = before
                first = i - 1
            }
            guard let d else {
                i += 1
                continue
            }
            var y = published?.date.year
            if let written = year(last + 1) {
                y = written
                last += 1
            }
            if let y, let date = CivilDate(year: y, month: month, day: d) {
                let span = Span(start: tokens[first].span.start, end: tokens[last].span.end)
                result.append(TimeExpression(kind: .date, text: text.slice(span), span: span, value: date.description))
            }
            i = last + 1
        }
        return result
    }
}
