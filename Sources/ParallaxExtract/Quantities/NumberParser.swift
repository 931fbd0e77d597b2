/// Reads numbers written in digits or in words.
enum NumberParser {
    /// The value of digits with `,` thousands separators and a `.` decimal point ("1,284", "14.5", "2.4").
    ///
    /// A single comma followed by other than three digits is a decimal comma ("14,5"), as continental
    /// outlets write it; anything else that is not a number returns nil.
    static func value(ofDigits text: String) -> Double? {
        var integer: Double = 0
        var fraction: Double = 0
        var scale: Double = 1
        var inFraction = false
        var commas = 0
        var digitsAfterComma = 0
        var sawDigit = false
        for b in text.utf8 {
            switch b {
            case 0x30...0x39:
                sawDigit = true
                let d = Double(b - 0x30)
                if inFraction {
                    scale /= 10
                    fraction += d * scale
                } else {
                    integer = integer * 10 + d
                    if commas > 0 { digitsAfterComma += 1 }
                }
            case 0x2C:
                if inFraction { return nil }
                if commas > 0 && digitsAfterComma != 3 { return nil }
                commas += 1
                digitsAfterComma = 0
            case 0x2E:
                if inFraction { return nil }
                inFraction = true
            default:
                return nil
            }
        }
        guard sawDigit else { return nil }
        if commas == 1 && digitsAfterComma != 3 && !inFraction {
            // "14,5": a decimal comma.
            let divisor = pow10(digitsAfterComma)
            let whole = (integer / divisor).rounded(.down)
            return whole + (integer - whole * divisor) / divisor
        }
        return integer + fraction
    }

    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { acc, _ in acc * 10 } }

    /// Cardinal number words. "one" is here but the extractor accepts it only before a scale or a unit: alone it
    /// is far more often a pronoun or determiner ("one of", "one China") than a count.
    static let cardinals: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]

    /// Ordinal words.
    static let ordinals: [String: Double] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
        "ninetieth": 90, "hundredth": 100,
    ]

    /// Suffixes of digit ordinals ("69th", "1st", "22nd", "3rd").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Vague plurals: "dozens of", "hundreds of". The value is the smallest the phrase can mean (two of the
    /// unit), and the extractor sets the word itself as the qualifier so nobody mistakes it for a count.
    static let vaguePlurals: [String: Double] = [
        "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
        "billions": 2_000_000_000,
    ]

    /// Fractions after "a"/"an": the denominator ("a fifth" → 1/5).
    static let fractions: [String: Double] = [
        "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    ]

    /// Multiplier words: "twice", "thrice".
    static let multiplierWords: [String: Double] = ["twice": 2, "thrice": 3]

    /// Scale words and abbreviations that multiply the number before them.
    ///
    /// "m", "b" and "k" are scales only when glued to the digits ("£2.4m", "3bn"); the extractor checks that.
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "mln": 1e6, "mn": 1e6, "mio": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "lakh": 1e5,
        "crore": 1e7,
    ]

    /// Glued abbreviations that are scales ("2.4m", "300k", "3b").
    static let gluedScales: [String: Double] = ["m": 1e6, "k": 1e3, "b": 1e9]
}
