/// The letters of a text, lowercased, with every run of non-letters turned into one space, plus a count of
/// letters per script: the input both the script shortcuts and the n-gram scoring need, in one pass.
struct LetterSample {
    /// Lowercased Latin and Cyrillic letters, words separated (and surrounded) by single spaces.
    private(set) var scalars = ContiguousArray<UInt32>()
    /// Letters counted per ``WritingScript`` (indexed by raw value).
    private(set) var counts = [Int](repeating: 0, count: WritingScript.allCases.count)
    /// Letters of any ranked script.
    private(set) var letterCount = 0
    /// Arabic-script letters Arabic does not use but Persian and Urdu do (پ چ ژ گ ک ی).
    private(set) var persianLetters = 0
    /// Arabic-script letters only Urdu uses (ٹ ڈ ڑ ں ہ ے).
    private(set) var urduLetters = 0

    /// Reads `text` until `limit` letters have been seen.
    init(_ text: String, limit: Int) {
        scalars.reserveCapacity(min(text.utf8.count, limit * 2) + 2)
        scalars.append(0x20)
        for scalar in text.unicodeScalars {
            guard letterCount < limit else { break }
            let value = scalar.value
            guard let script = WritingScript.of(value) else {
                if scalars.last != 0x20 { scalars.append(0x20) }
                continue
            }
            counts[script.rawValue] += 1
            letterCount += 1
            if script == .latin || script == .cyrillic {
                scalars.append(Self.lowercased(value))
                continue
            }
            if script == .arabic { countNonArabic(value) }
            if scalars.last != 0x20 {
                scalars.append(0x20)
            }
        }
        if scalars.last != 0x20 { scalars.append(0x20) }
    }

    private mutating func countNonArabic(_ value: UInt32) {
        switch value {
        case 0x67E, 0x686, 0x698, 0x6AF, 0x6A9, 0x6CC: persianLetters += 1
        case 0x679, 0x688, 0x691, 0x6BA, 0x6C1, 0x6D2: urduLetters += 1
        default: break
        }
    }

    /// The language of Arabic-script text: Persian or Urdu when their own letters make up at least 3% of
    /// it (ی and ک alone run near 10% of Persian prose; Arabic has none of them), else Arabic.
    var arabicScriptLanguage: String {
        let arabic = counts[WritingScript.arabic.rawValue]
        if urduLetters * 100 >= arabic * 3 { return "ur" }
        if (persianLetters + urduLetters) * 100 >= arabic * 3 { return "fa" }
        return "ar"
    }

    /// The script with the most letters, Han and kana counted together as Japanese when kana make up at
    /// least 5% of them (Japanese prose runs 40–70% kana; Chinese has none bar the odd quoted name).
    var dominantScript: WritingScript? {
        let kana = counts[WritingScript.kana.rawValue]
        let han = counts[WritingScript.han.rawValue]
        var best: (script: WritingScript, count: Int)?
        for script in WritingScript.allCases where script != .kana && script != .han {
            let count = counts[script.rawValue]
            if count > 0, count > best?.count ?? 0 { best = (script, count) }
        }
        let cjk = kana + han
        if cjk > 0, cjk > best?.count ?? 0 { return kana * 20 >= cjk ? .kana : .han }
        return best?.script
    }

    /// Lowercase for the Latin and Cyrillic letters the profiles hold; other scalars are returned as is.
    static func lowercased(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A,
            0xC0...0xDE where value != 0xD7:
            return value + 0x20
        case 0x100...0x137, 0x14A...0x177, 0x460...0x4FF: return value | 1
        case 0x139...0x148: return value & 1 == 1 ? value + 1 : value
        case 0x410...0x42F: return value + 0x20
        case 0x400...0x40F: return value + 0x50
        default: return value
        }
    }
}
