/// Numbers written in Chinese numerals: 七, 十二, 两千五百, 一亿五千万, 三点五, and the digit-by-digit years
/// 二〇二二; with Arabic digits before a multiplier (1.2万, 3亿) read by ``value(digits:multipliers:)``.
///
/// The vocabulary is the everyday one of news writing: the digits 零〇一二两三四五六七八九 (两 is "two" before a
/// measure word), the multipliers 十百千万亿, their formal forms (壹贰叁…拾佰仟) and the traditional 萬億兩.
public enum ChineseNumerals {
    /// The value of a digit scalar (零 and 〇 are 0, 两 is 2), or nil.
    public static func digit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "零", "〇": 0
        case "一", "壹": 1
        case "二", "两", "兩", "贰", "貳": 2
        case "三", "叁", "參": 3
        case "四", "肆": 4
        case "五", "伍": 5
        case "六", "陆", "陸": 6
        case "七", "柒": 7
        case "八", "捌": 8
        case "九", "玖": 9
        default: nil
        }
    }

    /// The value of a multiplier scalar (十 10, 百 100, 千 1000, 万 10⁴, 亿 10⁸), or nil.
    public static func multiplier(_ scalar: Unicode.Scalar) -> Double? {
        switch scalar {
        case "十", "拾": 10
        case "百", "佰": 100
        case "千", "仟": 1_000
        case "万", "萬": 10_000
        case "亿", "億": 100_000_000
        default: nil
        }
    }

    /// Whether `scalar` is a Chinese digit or multiplier.
    public static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digit(scalar) != nil || multiplier(scalar) != nil
    }

    /// The value of a run of numerals, with 点 as the decimal point: 十二 → 12, 两千五百 → 2500, 一百零五 → 105,
    /// 一亿五千万 → 150,000,000, 三点五 → 3.5. A last digit right after 百, 千, 万 or 亿 counts in the next lower
    /// place, as speech abbreviates (两千五 → 2500, 三万五 → 35,000). A run of digits without multipliers reads
    /// digit by digit (二〇二二 → 2022). Nil when the run holds anything else or is empty.
    public static func value(_ scalars: some Collection<Unicode.Scalar>) -> Double? {
        guard !scalars.isEmpty else { return nil }
        if let point = scalars.firstIndex(of: "点") {
            let fraction = scalars[scalars.index(after: point)...]
            guard let whole = value(scalars[..<point]), !fraction.isEmpty else { return nil }
            var scale = 0.1
            var result = whole
            for scalar in fraction {
                guard let d = digit(scalar) else { return nil }
                result += Double(d) * scale
                scale /= 10
            }
            return result
        }
        if !scalars.contains(where: { multiplier($0) != nil }) {
            var result = 0.0
            for scalar in scalars {
                guard let d = digit(scalar) else { return nil }
                result = result * 10 + Double(d)
            }
            return result
        }
        var total = 0.0  // whole 亿 and 万 groups
        var section = 0.0  // below 万
        var number: Double? = nil  // the pending digit
        var lastUnit = 0.0  // the multiplier just before the pending digit, when nothing came between
        for scalar in scalars {
            if let d = digit(scalar) {
                number = Double(d)
                if d == 0 { lastUnit = 0 }
                continue
            }
            guard let m = multiplier(scalar) else { return nil }
            if m >= 10_000 {
                section += number ?? 0
                if total + section == 0 { section = 1 }
                if m > 10_000 {
                    total = (total + section) * m
                } else {
                    total += section * m
                }
                section = 0
            } else {
                section += (number ?? 1) * m
            }
            number = nil
            lastUnit = m
        }
        if let number {
            section += lastUnit >= 100 ? number * lastUnit / 10 : number
        }
        return total + section
    }

    /// Arabic digits ("1.2", "2,500") with the Chinese multipliers after them (万, 亿, 千万): 1.2万 → 12,000.
    public static func value(digits: String, multipliers: some Collection<Unicode.Scalar>) -> Double? {
        guard var result = Double(digits.filter { $0 != "," }) else { return nil }
        for scalar in multipliers {
            guard let m = multiplier(scalar) else { return nil }
            result *= m
        }
        return result
    }
}
