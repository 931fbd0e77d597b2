import ParallaxText

/// Guesses the charset of bytes that are not UTF-8 and declare none, among the legacy charsets news sites
/// still serve: windows-1251, KOI8-R, GB18030, Big5, Shift_JIS, EUC-KR, ISO-8859-2 and windows-1252.
///
/// How: the text of the first 16 KiB (markup between `<` and `>` left out, as it is ASCII and says nothing)
/// is decoded with every candidate, and each decoding is scored by the share of its non-ASCII characters
/// that are among the most frequent letters or characters of the candidate's language (Russian, simplified
/// and traditional Chinese, Japanese, Korean, Central and Western European). A wrong charset gives valid but
/// random characters, which rarely hit a language's top letters; the right one hits them for a fifth to
/// two-thirds of its characters. Undecodable bytes, C1 controls and non-letter symbols inside words cost a
/// hit each many times over, and so do signs of a wrong guess: a capital Cyrillic letter right after a small
/// one (which is what windows-1251 read as KOI8-R, or the reverse, looks like), Cyrillic or CJK characters
/// glued to ASCII letters (German "ü" read as Cyrillic "ь" inside "Bьrger"), runs of accented letters in a
/// Latin candidate (Cyrillic read as windows-1252 is "Ãîðîäñêîé"), and a Latin candidate where most letters
/// are not ASCII (Western and Central European text is mostly ASCII; CJK read as Latin-1 is not).
/// Ties go to the earlier candidate, windows-1252 last but for ISO-8859-2's overlap with it.
///
/// A few sentences suffice for the tests' fixtures (Tests/ParallaxIngestTests/CharsetTests.swift); a single
/// word may be misjudged, which is why the choice is always reported with its evidence.
enum CharsetDetector {
    /// A guess and what it rests on.
    struct Guess: Sendable {
        var charset: Charset
        /// The share (0–1) of the decoded non-ASCII characters in the guessed language's script.
        var scriptShare: Double
        /// The script's name for messages: "Cyrillic letters", "Chinese characters".
        var scriptName: String
        /// The candidate that scored next best.
        var runnerUp: Charset?
        /// Whether no candidate fitted and windows-1252, the web's default, was taken for want of better.
        var isDefault = false
    }

    /// The candidates, in the order ties are broken.
    static let candidates: [Charset] = [
        .windows1251, .koi8R, .gb18030, .big5, .shiftJIS, .eucKR, .windows1252, .iso8859_2,
    ]

    /// The best candidate for `bytes`.
    static func guess(_ bytes: ArraySlice<UInt8>) -> Guess {
        var sample = textSample(bytes)
        if !sample.contains(where: { $0 >= 0x80 }) {
            // The only non-ASCII bytes are in tags or scripts (an `alt` text, a comment): judge by those.
            sample = Array(bytes.prefix(16 << 10))
        }
        let letterBytes = sample.reduce(0) { $0 + (ByteClass.isASCIILetter($1) || $1 >= 0x80 ? 1 : 0) }
        let highBytes = sample.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
        let mostlyNonASCII = letterBytes > 0 && Double(highBytes) / Double(letterBytes) > 0.4
        var scored: [(charset: Charset, score: Double, share: Double)] = []
        for charset in candidates {
            let profile = Profile.of(charset)
            if profile.isLatin && mostlyNonASCII { continue }
            let output: Transcoder.Output?
            if profile.isLatin {
                // Decoded by Parallax's own tables, which define every byte.
                output = Transcoder.Output(text: charset.decode(sample[...]), invalidCount: 0)
            } else {
                output = Transcoder(iconvName: charset.iconvName).decode(sample[...])
            }
            guard let output else { continue }
            let (score, share) = profile.score(output.text, invalid: output.invalidCount)
            scored.append((charset, score, share))
        }
        // Stable: equal scores keep the candidates' order.
        let ranked = scored.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element)
        guard let best = ranked.first, best.score > 0 else {
            // Nothing reads as any language: windows-1252 at least defines every byte.
            return Guess(
                charset: .windows1252, scriptShare: 0, scriptName: "Latin letters", runnerUp: nil, isDefault: true)
        }
        return Guess(
            charset: best.charset, scriptShare: best.share, scriptName: Profile.of(best.charset).scriptName,
            runnerUp: ranked.dropFirst().first?.charset)
    }

    /// Up to 16 KiB of the bytes outside `<…>` markup, each tag replaced by a space; `<script>` and `<style>`
    /// contents are left out too (code and CSS are ASCII and would drown a short article's letters).
    static func textSample(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        let limit = 16 << 10
        var sample: [UInt8] = []
        sample.reserveCapacity(min(bytes.count, limit))
        var index = bytes.startIndex
        while index < bytes.endIndex, sample.count < limit {
            let byte = bytes[index]
            guard byte == 0x3C else {
                sample.append(byte)
                index += 1
                continue
            }
            sample.append(0x20)
            let rawText = ["script", "style"].first { startsTag(bytes, at: index + 1, $0) }
            guard let tagEnd = bytes[index...].firstIndex(of: 0x3E) else { break }
            index = tagEnd + 1
            if let rawText {
                // Skip to the closing tag (or the end).
                while index < bytes.endIndex,
                    !(bytes[index] == 0x3C && bytes.index(after: index) < bytes.endIndex
                        && bytes[index + 1] == 0x2F && startsTag(bytes, at: index + 2, rawText))
                {
                    index += 1
                }
            }
        }
        // A sample cut inside a multi-byte character would count one undecodable byte against the right
        // charset: end it at the last ASCII byte when it was cut.
        if sample.count >= limit, let lastASCII = sample.lastIndex(where: { $0 < 0x80 }) {
            sample.removeSubrange((lastASCII + 1)...)
        }
        return sample
    }

    /// Whether the bytes at `index` spell `name` (ASCII, any case) followed by a byte that ends a tag name.
    private static func startsTag(_ bytes: ArraySlice<UInt8>, at index: Int, _ name: String) -> Bool {
        var position = index
        for expected in name.utf8 {
            guard position < bytes.endIndex, bytes[position] | 0x20 == expected else { return false }
            position += 1
        }
        guard position < bytes.endIndex else { return true }
        let next = bytes[position]
        return next == 0x3E || next == 0x2F || ByteClass.isSpace(next)
    }
}

extension CharsetDetector {
    /// What a candidate's language looks like.
    struct Profile {
        /// The language's most frequent non-ASCII letters or characters.
        var common: Set<Unicode.Scalar>
        /// Whether a scalar belongs to the language's script.
        var inScript: @Sendable (Unicode.Scalar) -> Bool
        var scriptName: String
        /// Western and Central European: mostly ASCII letters.
        var isLatin = false
        /// Russian: a capital after a small letter is a sign of the wrong Cyrillic charset.
        var isCyrillic = false

        static func of(_ charset: Charset) -> Profile {
            switch charset {
            case .windows1251, .koi8R: russian
            case .gb18030: simplifiedChinese
            case .big5: traditionalChinese
            case .shiftJIS: japanese
            case .eucKR: korean
            case .iso8859_2: centralEuropean
            default: western
            }
        }

        /// The score of a decoding (hits less penalties, per non-ASCII character) and its script share.
        func score(_ text: String, invalid: Int) -> (score: Double, share: Double) {
            var nonASCII = 0
            var hits = 0
            var inScriptCount = 0
            var penalties = 4 * invalid
            var previousSmallCyrillic = false
            var previousASCIILetter = false
            var previousNonASCII = false
            for scalar in text.unicodeScalars {
                let value = scalar.value
                let asciiLetter = value < 0x80 && (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
                defer {
                    previousSmallCyrillic = value >= 0x430 && value <= 0x44F
                    previousASCIILetter = asciiLetter
                    previousNonASCII = value >= 0x80
                }
                // Cyrillic or CJK glued to Latin letters ("Bьrgermeister"): Latin text read in the wrong script.
                if !isLatin && asciiLetter && previousNonASCII { penalties += 2 }
                guard value >= 0x80 else { continue }
                if !isLatin && previousASCIILetter { penalties += 2 }
                // Western and Central European words hold one accented letter between ASCII ones, rarely two in
                // a row; Cyrillic or CJK bytes read as Latin-1 are nothing but runs of them.
                if isLatin && previousNonASCII { penalties += 1 }
                nonASCII += 1
                if common.contains(scalar) { hits += 1 }
                if inScript(scalar) { inScriptCount += 1 }
                if value < 0xA0 || value == 0xFFFD {
                    penalties += 4  // C1 controls (undefined in every candidate but windows-1252) and bad bytes
                } else if isLatin && value < 0xC0 && value != 0xA0 {
                    penalties += 2  // ±, ¹, ¾: Central European letters read as Latin-1 symbols
                }
                if isCyrillic && previousSmallCyrillic && value >= 0x410 && value <= 0x42F { penalties += 2 }
            }
            guard nonASCII > 0 else { return (0, 0) }
            return (Double(hits - penalties) / Double(nonASCII), Double(inScriptCount) / Double(nonASCII))
        }

        private static func set(_ characters: String) -> Set<Unicode.Scalar> {
            Set(characters.unicodeScalars.filter { $0 != " " })
        }

        static let russian = Profile(
            common: set("оеаинтсрвлкмдпуяызь"), inScript: { $0.value >= 0x400 && $0.value <= 0x4FF },
            scriptName: "Cyrillic letters", isCyrillic: true)

        private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
            (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
        }

        /// The 100 most frequent characters of simplified Chinese (news and web text), punctuation included.
        static let simplifiedChinese = Profile(
            common: set(
                "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里"
                    + "用道行所然家种事成方多经去法学如都同现当没动面起看定天分还进好小部其些主样理心本前开但因只从想实日"
                    + "，。、“”：；"),
            inScript: { isHan($0) }, scriptName: "Chinese characters")

        /// The same for traditional Chinese.
        static let traditionalChinese = Profile(
            common: set(
                "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡"
                    + "用道行所然家種事成方多經去法學如都同現當沒動面起看定天分還進好小部其些主樣理心本前開但因只從想實日"
                    + "，。、「」：；"),
            inScript: { isHan($0) }, scriptName: "Chinese characters")

        static let japanese = Profile(
            common: set(
                "のにはをたがでてとしれさあるいかなこうもまっらりすくきだ日本人年月大中国会時市者出事行政東京"
                    + "、。「」・ー"),
            inScript: { (0x3040...0x30FF).contains($0.value) || isHan($0) },
            scriptName: "Japanese kana and kanji")

        static let korean = Profile(
            common: set(
                "이다는의에하고을가한로서지기도를으자사대리나수해있인정어일것년시부전들과원주국보장적상경했며"
                    + "라요까게우동위문제회발"),
            inScript: { (0xAC00...0xD7A3).contains($0.value) }, scriptName: "Hangul syllables")

        static let centralEuropean = Profile(
            common: set("ąćęłńóśźżčďěňřšťůžőűáéíúýôäĄĆĘŁŃÓŚŹŻČĎĚŇŘŠŤŮŽÁÉÍÚÝ"),
            inScript: { $0.properties.isAlphabetic }, scriptName: "Latin letters", isLatin: true)

        static let western = Profile(
            common: set("éèàùâêîôûëïüçäößñáíóúãõåæøœÉÈÀÇÄÖÜÑÁÍÓÚ’“”–—…"),
            inScript: { $0.properties.isAlphabetic }, scriptName: "Latin letters", isLatin: true)
    }
}
