import ParallaxModel
import ParallaxText

/// Finds amounts written the Chinese way: a number in Chinese numerals (七, 十二, 两千五百) or Arabic digits with a
/// multiplier (1.2万, 3亿), then what it counts or measures.
///
/// What follows the number decides the quantity, as a measure word does in Chinese:
/// - a currency (3亿元, 5000万美元, 3亿元人民币) → money, unit the ISO code;
/// - a unit of measure (12公里, 5吨, 3小时, 两倍) → a measure in SI as ``UnitLexicon`` gives it;
/// - 百分之五, 5%, 3个百分点, 七成 (seven tenths) → a percentage ("%", or "pp" for points);
/// - a specific measure word (七项协议, 十二架飞机, 三起事故) → a count whose unit is the measure word ("项", "架"),
///   so that 七项协议 and 六项 count one thing: the measure word names the kind of thing counted, and Chinese
///   reports often drop the noun after it the second time;
/// - a general measure word (个, 名, 位, 种) → a count of the noun after it (三名记者 → "记者"), or of "人" for
///   名 and 位 without a noun; 人 right after the number (三人死亡, 两千五百人) → a count of "人".
///
/// Hedges before the number (约, 近, 超过, 至少, 多达…) or after it (多, 余, 左右; 30余万人) are the qualifier, in
/// the English words the comparison knows ("about", "more than"); 达 alone ("reached") is no hedge. Left out: numbers after 第 (ordinals), before 年, 月, 日, 时, 分
/// (dates and times), after 周 or 星期 (weekdays), a lone 一 with no unit (一起, 一些, 一个: words, not amounts),
/// runs of bare digits (三四人, "three or four"), and runs that open with 百, 千, 万 or 亿 (数百人, 上万人: vague).
enum ChineseQuantityScanner {
    /// Whether `text` may hold Han characters: a UTF-8 lead byte of U+4000–U+9FFF. A cheap gate that keeps the
    /// scanner off text in other scripts.
    static func mayHold(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0xE4 && $0 <= 0xE9 }
    }

    /// The Chinese quantities of `text`, in order, with UTF-8 spans.
    static func quantities(in text: String) -> [Quantity] {
        let run = ScalarRun(text)
        var result: [Quantity] = []
        var i = 0
        while i < run.count {
            if let found = quantity(run, at: i, text: text) {
                result.append(found.quantity)
                i = found.next
            } else {
                i += 1
            }
        }
        return result
    }

    // MARK: - One quantity

    /// A number read at some index: its value, where it ends, and whether it was a lone 一.
    struct Number {
        var value: Double
        var next: Int
        var loneOne: Bool
    }

    static func quantity(_ run: ScalarRun, at i: Int, text: String) -> (quantity: Quantity, next: Int)? {
        var start = i
        var qualifier: String? = nil
        // 百分之五: a percentage written before its number.
        if run.has("百分之", at: i), let number = number(run, at: i + 3) {
            if let hedge = hedgeBefore(run, i) {
                qualifier = hedge.qualifier
                start = hedge.start
            }
            return make(
                run, text, start: start, next: number.next, kind: .percent, value: number.value, unit: "%",
                qualifier: qualifier)
        }
        guard run.isASCIIDigit(i) || ChineseNumerals.isNumeral(run.scalars[i]) else { return nil }
        guard let number = number(run, at: i) else { return nil }
        if excludedBefore(run, i) { return nil }
        if let hedge = hedgeBefore(run, i) {
            qualifier = hedge.qualifier
            start = hedge.start
        }
        var k = number.next
        var value = number.value
        // 三十多人, 2000余人; 30余万人 and 两千多万元 put the hedge before the multiplier.
        if k < run.count, run.scalars[k] == "多" || run.scalars[k] == "余" {
            qualifier = qualifier ?? "more than"
            k += 1
            while k < run.count, let m = ChineseNumerals.multiplier(run.scalars[k]) {
                value *= m
                k += 1
            }
        }
        guard let what = measure(run, at: k, number: number) else { return nil }
        var end = what.next
        if run.has("左右", at: end) {
            qualifier = qualifier ?? "about"
            end += 2
        }
        return make(
            run, text, start: start, next: end, kind: what.kind, value: value * what.scale, unit: what.unit,
            qualifier: qualifier, toSI: what.toSI)
    }

    private static func make(
        _ run: ScalarRun, _ text: String, start: Int, next: Int, kind: Quantity.Kind, value: Double, unit: String,
        qualifier: String?, toSI: Double? = nil
    ) -> (quantity: Quantity, next: Int) {
        let span = Span(start: run.offsets[start], end: run.offsets[next])
        let quantity = Quantity(
            kind: kind, text: text.slice(span), span: span, value: value, unit: unit, qualifier: qualifier,
            normalizedValue: toSI.map { value * $0 })
        return (quantity, next)
    }

    /// The number at `i`: Arabic digits with any multipliers after them (1.2万, 3亿, 2,500), or a run of Chinese
    /// numerals (十二, 两千五百, 三点五) that holds a multiplier or a decimal point or is one digit.
    static func number(_ run: ScalarRun, at i: Int) -> Number? {
        guard i < run.count else { return nil }
        if run.isASCIIDigit(i) {
            // Not inside a code or a longer number ("G20", "3.14").
            if run.isASCIILetter(i - 1) || run.isASCIIDigit(i - 1) { return nil }
            if i > 0, run.scalars[i - 1] == "." || run.scalars[i - 1] == ",", run.isASCIIDigit(i - 2) { return nil }
            var k = i
            while k < run.count {
                if run.isASCIIDigit(k) {
                    k += 1
                } else if run.scalars[k] == "." || run.scalars[k] == ",", run.isASCIIDigit(k + 1) {
                    k += 1
                } else {
                    break
                }
            }
            if run.isASCIILetter(k) { return nil }  // "5G", "3D"
            let digits = String(String.UnicodeScalarView(run.scalars[i..<k]))
            var m = k
            while m < run.count, ChineseNumerals.multiplier(run.scalars[m]) != nil { m += 1 }
            guard let value = ChineseNumerals.value(digits: digits, multipliers: run.scalars[k..<m]) else { return nil }
            return Number(value: value, next: m, loneOne: false)
        }
        // Chinese numerals: no run inside another, none opening with 百, 千, 万 or 亿.
        if i > 0, ChineseNumerals.isNumeral(run.scalars[i - 1]) || run.isASCIIDigit(i - 1) { return nil }
        let first = run.scalars[i]
        guard ChineseNumerals.digit(first) != nil || first == "十" || first == "拾" else { return nil }
        var k = i
        var hasMultiplier = false
        var hasPoint = false
        while k < run.count {
            let s = run.scalars[k]
            if ChineseNumerals.digit(s) != nil {
                k += 1
            } else if ChineseNumerals.multiplier(s) != nil {
                hasMultiplier = true
                k += 1
            } else if s == "点", !hasPoint, k + 1 < run.count, ChineseNumerals.digit(run.scalars[k + 1]) != nil {
                hasPoint = true
                k += 1
            } else {
                break
            }
        }
        let scalars = run.scalars[i..<k]
        // 三四人 is "three or four", 二〇二二 a year: bare digit runs are no amounts.
        guard scalars.count == 1 || hasMultiplier || hasPoint, let value = ChineseNumerals.value(scalars) else {
            return nil
        }
        return Number(value: value, next: k, loneOne: scalars.count == 1 && value == 1)
    }

    /// Numbers that are ordinals (第三), weekdays (周三, 星期三) or parts of a code ("G20").
    static func excludedBefore(_ run: ScalarRun, _ i: Int) -> Bool {
        guard i > 0 else { return false }
        let before = run.scalars[i - 1]
        if before == "第" || before == "周" || before == "初" { return true }
        return run.has("星期", at: i - 2) || run.has("礼拜", at: i - 2)
    }

    /// The hedge written right before the number at `i`, longest first, with where it starts.
    static func hedgeBefore(_ run: ScalarRun, _ i: Int) -> (qualifier: String, start: Int)? {
        for (word, qualifier) in hedges {
            let n = word.unicodeScalars.count
            if i - n >= 0, run.has(word, at: i - n) { return (qualifier, i - n) }
        }
        return nil
    }

    /// Hedges before a number, longest first, with the English qualifier the comparison reads.
    static let hedges: [(String, String)] = [
        ("大约", "about"), ("将近", "nearly"), ("接近", "nearly"), ("超过", "more than"), ("至少", "at least"),
        ("多达", "up to"), ("最多", "at most"), ("不到", "less than"), ("不足", "less than"), ("大概", "about"),
        ("约", "about"), ("近", "nearly"), ("逾", "more than"),
    ]

    // MARK: - What follows the number

    /// What a number counts or measures.
    /// Characters after 成 that make it a word of its own, not "tenths" (成员, 成为, 成功, 成立, 成长, 成本, 成果, 成交,
    /// 成就, 成熟, 成绩, 成分, 成型, 成品, 成都, 成效, 成了, 成不变).
    static let tenthsExclusions: Set<Unicode.Scalar> = [
        "员", "为", "功", "立", "长", "本", "果", "交", "就", "熟", "绩", "分", "型", "品", "都", "效", "了", "不",
    ]

    struct Measure {
        var kind: Quantity.Kind
        var unit: String
        var scale: Double = 1
        var toSI: Double? = nil
        var next: Int
    }

    /// The currency, unit, percent sign or measure word at `k`, after a number.
    static func measure(_ run: ScalarRun, at k: Int, number: Number) -> Measure? {
        guard k < run.count else { return nil }
        if let currency = run.match(currencies, at: k) {
            var next = k + currency.word.unicodeScalars.count
            if currency.value == "CNY", run.has("人民币", at: next) { next += 3 }  // 3亿元人民币
            return Measure(kind: .money, unit: currency.value, next: next)
        }
        let s = run.scalars[k]
        if s == "%" || s == "％" {
            return Measure(kind: .percent, unit: "%", next: k + 1)
        }
        // 七成: seven tenths, 70% (三成以上, 近八成). Not 成 opening a word (成员, 成为, 成功, 成本, 一成不变).
        if s == "成", number.value >= 1, number.value <= 10, number.value == number.value.rounded(),
            k + 1 >= run.count || !tenthsExclusions.contains(run.scalars[k + 1])
        {
            return Measure(kind: .percent, unit: "%", scale: 10, next: k + 1)
        }
        if run.has("个百分点", at: k) { return Measure(kind: .percent, unit: "pp", next: k + 4) }
        if run.has("百分点", at: k) { return Measure(kind: .percent, unit: "pp", next: k + 3) }
        if let unit = run.match(units, at: k) {
            let next = k + unit.word.unicodeScalars.count
            // 三天前, 两小时后, 五天以来: a point in time, which the time extractor reads, not an amount.
            if unit.value.kind == .duration, next < run.count, durationEnds.contains(run.scalars[next]) { return nil }
            return Measure(kind: unit.value.kind, unit: unit.value.symbol, toSI: unit.value.toSI, next: next)
        }
        // Counts: a lone 一 before a measure word is an article or part of a word (一起, 一个, 一名).
        if number.loneOne { return nil }
        if s == "人" { return Measure(kind: .count, unit: "人", next: k + 1) }
        if specificMeasureWords.contains(s) { return Measure(kind: .count, unit: String(s), next: k + 1) }
        if generalMeasureWords.contains(s) {
            if let noun = noun(run, at: k + 1) {
                return Measure(kind: .count, unit: noun.noun, next: noun.next)
            }
            guard s == "名" || s == "位" else { return nil }
            return Measure(kind: .count, unit: "人", next: k + 1)
        }
        return nil
    }

    /// The noun after a general measure word: up to two Han characters, stopping at a function word; one when it
    /// is a one-character place noun (三个县, 两个国 are a county and a country, whatever follows).
    static func noun(_ run: ScalarRun, at k: Int) -> (noun: String, next: Int)? {
        if k < run.count, singleNouns.contains(run.scalars[k]) { return (String(run.scalars[k]), k + 1) }
        var end = k
        while end < run.count, end - k < 2, run.isHan(end), !functionCharacters.contains(run.scalars[end]) {
            end += 1
        }
        guard end > k else { return nil }
        return (String(String.UnicodeScalarView(run.scalars[k..<end])), end)
    }

    /// Nouns of one character often counted with 个: places and bodies.
    static let singleNouns: Set<Unicode.Scalar> = ["国", "省", "市", "县", "区", "村", "镇", "州", "岛", "港", "队", "组"]

    /// Currencies after a number, longest first.
    static let currencies: [(String, String)] = [
        ("人民币", "CNY"), ("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"), ("港元", "HKD"), ("港币", "HKD"),
        ("英镑", "GBP"), ("卢布", "RUB"), ("韩元", "KRW"), ("元", "CNY"),
    ]

    /// Units of measure after a number, longest first; `symbol` and `toSI` as ``UnitLexicon`` writes them.
    static let units: [(String, (kind: Quantity.Kind, symbol: String, toSI: Double?))] = [
        ("平方公里", (.area, "km2", 1e6)), ("平方千米", (.area, "km2", 1e6)), ("平方米", (.area, "m2", 1)),
        ("立方米", (.volume, "m3", 1)), ("公里", (.length, "km", 1_000)), ("千米", (.length, "km", 1_000)),
        ("厘米", (.length, "cm", 0.01)), ("毫米", (.length, "mm", 0.001)), ("米", (.length, "m", 1)),
        ("公斤", (.mass, "kg", 1)), ("千克", (.mass, "kg", 1)), ("吨", (.mass, "t", 1_000)),
        ("个小时", (.duration, "h", 3_600)), ("小时", (.duration, "h", 3_600)), ("分钟", (.duration, "min", 60)),
        ("天", (.duration, "d", 86_400)), ("倍", (.multiplier, "times", nil)),
    ]

    /// What makes a duration a point in time: 前 (ago), 后 (later), 以来 and 来 (since), 以 and 之 (以后, 之前).
    static let durationEnds: Set<Unicode.Scalar> = ["前", "后", "以", "之", "来"]

    /// Measure words that name the kind of thing counted (项 items, 架 aircraft, 艘 ships, 起 incidents…).
    static let specificMeasureWords: Set<Unicode.Scalar> = [
        "项", "架", "艘", "辆", "座", "枚", "起", "次", "家", "所", "条", "份", "栋", "处", "支", "批", "件", "场",
        "例", "户", "台", "部", "颗", "头", "只", "张", "篇", "封", "棵", "匹",
    ]

    /// Measure words that say nothing of the thing counted: the noun after them is the unit.
    static let generalMeasureWords: Set<Unicode.Scalar> = ["个", "名", "位", "种", "类"]

    /// Characters that end a noun after a measure word: particles, prepositions and verbs of the sentence, and
    /// 年 and 月 (三个月 is a duration, not a count).
    static let functionCharacters: Set<Unicode.Scalar> = [
        "的", "在", "和", "与", "及", "被", "于", "是", "了", "将", "已", "均", "都", "也", "等", "中", "从", "向",
        "对", "为", "由", "以", "把", "就", "还", "又", "并", "而", "或", "至", "到", "年", "月",
    ]
}
