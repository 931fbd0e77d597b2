import ParallaxModel
import ParallaxText

/// Finds dates written the Chinese way, in digits or Chinese numerals: 2022年6月15日, 二〇二二年六月十五日 (a day),
/// 6月15日, 六月十五日 and 15日 (a day whose year, or month and year, come from the publication date), 2022年6月 (a
/// month); 号 stands for 日.
///
/// A month and day without a year take the year ``RelativeDateResolver/inferYear(month:day:published:future:)``
/// gives a past event. A bare day (9日, as agency copy dates what happened "on the 9th") is the publication month's
/// when it is not after the publication day, else the month before's: news reports what has happened. Left out:
/// years alone (2022年, also "the year 2022" in a count of years), times of day (10时30分), and numbers that are
/// part of a longer number or a code.
enum ChineseDateScanner {
    /// The Chinese dates of `text`, in order, with UTF-8 spans.
    static func dates(in text: String, published: CivilDate?) -> [TimeExpression] {
        let run = ScalarRun(text)
        var result: [TimeExpression] = []
        var i = 0
        while i < run.count {
            if let found = date(run, at: i, text: text, published: published) {
                result.append(found.expression)
                i = found.next
            } else {
                i += 1
            }
        }
        return result
    }

    /// A number at `i` in digits or Chinese numerals, up to `maxLength` scalars, not inside a longer number.
    static func number(_ run: ScalarRun, at i: Int, maxLength: Int) -> (value: Int, next: Int)? {
        guard i < run.count else { return nil }
        if i > 0, run.isASCIIDigit(i - 1) || ChineseNumerals.isNumeral(run.scalars[i - 1]) || run.isASCIILetter(i - 1) {
            return nil
        }
        var k = i
        if run.isASCIIDigit(i) {
            var value = 0
            while k < run.count, run.isASCIIDigit(k) {
                value = value * 10 + Int(run.scalars[k].value - 0x30)
                k += 1
            }
            guard k - i <= maxLength else { return nil }
            return (value, k)
        }
        while k < run.count, ChineseNumerals.digit(run.scalars[k]) != nil || run.scalars[k] == "十" { k += 1 }
        guard k > i, k - i <= maxLength, let value = ChineseNumerals.value(run.scalars[i..<k]) else { return nil }
        return (Int(value), k)
    }

    static func date(
        _ run: ScalarRun, at i: Int, text: String, published: CivilDate?
    ) -> (expression: TimeExpression, next: Int)? {
        guard let first = number(run, at: i, maxLength: 4) else { return nil }
        var k = first.next
        guard k < run.count else { return nil }
        var year: Int? = nil
        var month: Int? = nil
        var day: Int? = nil
        if run.scalars[k] == "年" {
            guard (1900...2099).contains(first.value), first.next - i == 4 else { return nil }
            year = first.value
            guard let m = number(run, at: k + 1, maxLength: 2), m.next < run.count, run.scalars[m.next] == "月",
                (1...12).contains(m.value)
            else { return nil }
            month = m.value
            k = m.next + 1
        } else if run.scalars[k] == "月" {
            guard (1...12).contains(first.value), first.next - i <= 3 else { return nil }
            month = first.value
            k += 1
        } else if run.scalars[k] == "日" || run.scalars[k] == "号" {
            // 一日 is as often "one day" (一日三餐) as "the 1st".
            guard (1...31).contains(first.value), first.next - i <= 3, run.scalars[i] != "一" || first.next > i + 1
            else { return nil }
            day = first.value
            k += 1
        } else {
            return nil
        }
        if month != nil, let d = number(run, at: k, maxLength: 3), d.next < run.count,
            run.scalars[d.next] == "日" || run.scalars[d.next] == "号", (1...31).contains(d.value)
        {
            day = d.value
            k = d.next + 1
        }
        // 6月 alone is no date: "in June" is written 6月份 or 六月 and is too often a count (三个月 is read apart).
        if year == nil && day == nil { return nil }
        let span = Span(start: run.offsets[i], end: run.offsets[k])
        let written = text.slice(span)
        var expression = TimeExpression(kind: .partial, text: written, span: span)
        switch (year, month, day) {
        case (let y?, let m?, let d?):
            guard let date = CivilDate(year: y, month: m, day: d) else { return nil }
            expression.kind = .date
            expression.value = date.description
        case (let y?, let m?, nil):
            expression.value = RelativeDateResolver.monthValue(year: y, month: m)
        case (nil, let m?, let d?):
            guard d <= CivilDate.daysIn(month: m, year: 2000) else { return nil }
            if let published {
                let y = RelativeDateResolver.inferYear(month: m, day: d, published: published, future: false)
                expression.value = CivilDate(year: y, month: m, day: d)?.description
            }
        case (nil, nil, let d?):
            if let published { expression.value = Self.bareDay(d, published: published)?.description }
        default:
            return nil
        }
        if expression.value == nil {
            expression.unresolvedReason = "no publication date to anchor '\(written)'"
        }
        return (expression, k)
    }

    /// The day `day` of the publication month, or of the month before when that is after publication.
    static func bareDay(_ day: Int, published: CivilDate) -> CivilDate? {
        if day <= published.day { return CivilDate(year: published.year, month: published.month, day: day) }
        let month = published.month == 1 ? 12 : published.month - 1
        let year = published.month == 1 ? published.year - 1 : published.year
        return CivilDate(year: year, month: month, day: day)
    }
}
