import ParallaxModel
import ParallaxText

/// Relative dates of Chinese news, resolved against the publication day: 今天 (that day), 昨天/昨日 (the day
/// before), 前天 (two days before), 明天 (the day after), 后天 (two days after), and weekdays written 周三, 星期三
/// or 礼拜三 (日 or 天 for Sunday), which resolve like "Wednesday": on or before the publication day, as news
/// reports what has happened; after 上, 下 or 本 ("last", "next", "this") the day of that Monday-first week.
///
/// Left out: 今日 and 明日, which are also names (今日美国, 明日之星); 周 after a numeral (两周, "two weeks").
enum ChineseRelativeDateScanner {
    static let dayWords: [(String, Int)] = [("今天", 0), ("昨天", -1), ("昨日", -1), ("前天", -2), ("明天", 1), ("后天", 2)]
    static let weekdayWords = ["星期", "礼拜", "周"]
    static let weekdayNumbers: [Unicode.Scalar: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7,
    ]

    /// The relative dates of `text`, in order, with UTF-8 spans; unresolved (with a reason) when there is no
    /// publication date.
    static func dates(in text: String, published: CivilDate?) -> [TimeExpression] {
        let run = ScalarRun(text)
        var result: [TimeExpression] = []
        var i = 0
        while i < run.count {
            if let (end, resolve) = dayWord(run, at: i) ?? weekday(run, at: i) {
                let span = Span(start: run.offsets[i], end: run.offsets[end])
                var expression = TimeExpression(kind: .relative, text: text.slice(span), span: span)
                if let published {
                    expression.value = resolve(published).description
                } else {
                    expression.unresolvedReason = "no publication date to anchor '\(expression.text)'"
                }
                result.append(expression)
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    private static func dayWord(_ run: ScalarRun, at i: Int) -> (Int, (CivilDate) -> CivilDate)? {
        guard let (word, offset) = run.match(dayWords, at: i) else { return nil }
        return (i + word.unicodeScalars.count, { $0.adding(days: offset) })
    }

    private static func weekday(_ run: ScalarRun, at i: Int) -> (Int, (CivilDate) -> CivilDate)? {
        guard let (word, _) = run.match(weekdayWords.map { ($0, ()) }, at: i) else { return nil }
        let numberAt = i + word.unicodeScalars.count
        guard numberAt < run.count, let weekday = weekdayNumbers[run.scalars[numberAt]] else { return nil }
        // 两周, 三周: a count of weeks, not a weekday.
        if word == "周", i > 0, ChineseNumerals.isNumeral(run.scalars[i - 1]) || run.scalars[i - 1] == "两" {
            return nil
        }
        // 上周三, 下周三, 本周三: the Wednesday of last, next or this (Monday-first) week.
        let before: Unicode.Scalar? = i > 0 ? run.scalars[i - 1] : nil
        let week: Int? = before == "上" ? -1 : before == "下" ? 1 : before == "本" || before == "这" ? 0 : nil
        return (
            numberAt + 1,
            { published in
                guard let week else {
                    return RelativeDateResolver.resolve(weekday: weekday, published: published, future: false)
                }
                return published.adding(days: weekday - published.weekday + 7 * week)
            }
        )
    }
}
