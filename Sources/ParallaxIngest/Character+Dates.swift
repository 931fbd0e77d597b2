import ParallaxText

extension Character {
    /// A CJK ideograph or kana: a character of the scripts whose datelines carry no capitals.
    var isIdeograph: Bool {
        guard let value = unicodeScalars.first?.value else { return false }
        return (0x3040...0x30FF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x4E00...0x9FFF).contains(value)
    }

    /// An ASCII or full-width digit.
    var isDateDigit: Bool {
        guard let value = unicodeScalars.first?.value, unicodeScalars.count == 1 else { return false }
        return (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value)
    }

    /// A Chinese numeral or a date unit (年, 月, 日, 号): what a date written in characters is made of.
    var isChineseDateCharacter: Bool {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return ChineseNumerals.isNumeral(scalar) || "年月日号".contains(self)
    }
}
