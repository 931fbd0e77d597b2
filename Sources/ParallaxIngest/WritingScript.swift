/// The writing system of a letter, as far as language identification needs it.
///
/// Four of the supported languages are settled by script alone (Hangul is Korean, kana is Japanese,
/// Han without kana is Chinese, Arabic script is Arabic), which is both faster and more reliable than
/// n-gram statistics on short texts.
enum WritingScript: Int, CaseIterable {
    case latin, cyrillic, arabic, hangul, kana, han

    /// The script of `scalar`, or nil for digits, punctuation, spaces and scripts Parallax does not rank.
    static func of(_ scalar: UInt32) -> WritingScript? {
        switch scalar {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return scalar == 0xD7 || scalar == 0xF7 ? nil : .latin
        case 0x400...0x52F: return .cyrillic
        case 0x600...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x3041...0x309F, 0x30A0...0x30FF, 0xFF66...0xFF9F: return .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: return .han
        default: return nil
        }
    }

    /// The script a language's text is normally written in, for checking a declared language against
    /// the text; nil for languages Parallax does not know the script of (they are then trusted).
    static func usual(forLanguage code: String) -> WritingScript? {
        switch code {
        case "ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg": return .cyrillic
        case "ar", "fa", "ur", "ps": return .arabic
        case "ko": return .hangul
        case "ja": return .kana
        case "zh": return .han
        case "en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk", "sv", "da", "no", "nb", "nn", "fi", "et",
            "lv", "lt", "ro", "hu", "hr", "sl", "tr", "id", "ms", "vi", "ca", "eu", "gl", "ga", "cy", "sq", "af",
            "sw", "tl", "is":
            return .latin
        default: return nil
        }
    }
}
