/// Recognises the text of a cookie or consent notice ("We and our partners store and access information on
/// your device, such as cookies…") in any of the languages the extractor reads.
///
/// A notice names cookies *and* speaks to the reader about them ("we use cookies", "your consent", "Ihre
/// Einwilligung", "vos données"): two signals, so a news report on cookie rules ("the regulator said sites
/// need users' consent before setting cookies") is not a notice. Byte searches over UTF-8, ASCII letters folded.
enum ConsentNotice {
    /// Words for cookies: the English loan word is used in most languages.
    static let cookieWords: [[UInt8]] = ["cookie", "куки", "クッキー", "تعريف الارتباط"].map { Array($0.utf8) }

    /// A site addressing its reader about cookies and data, by language.
    static let addressPhrases: [[UInt8]] = [
        // English
        "we use cookies", "this site uses", "this website uses", "we and our partners", "our partners",
        "your consent", "your device", "your browser", "your preferences", "your privacy", "you consent",
        "you agree", "you accept", "accept all",
        // German
        "wir verwenden", "wir nutzen", "ihre einwilligung", "ihre zustimmung", "ihrem gerät", "ihrer nutzung",
        "sie stimmen", "diese website", "unsere partner", "alle akzeptieren",
        // French
        "nous utilisons", "votre consentement", "vos données", "votre appareil", "vous acceptez",
        "nos partenaires", "ce site utilise", "tout accepter",
        // Spanish
        "utilizamos cookies", "usamos cookies", "su consentimiento", "tu consentimiento", "sus datos",
        "tu dispositivo", "su dispositivo", "nuestros socios", "este sitio", "aceptar todo",
        // Italian
        "utilizziamo", "usiamo i cookie", "il tuo consenso", "tuo dispositivo", "i nostri partner",
        "questo sito", "accetta tutto",
        // Portuguese
        "utilizamos", "seu consentimento", "seu dispositivo", "nossos parceiros", "este site",
        // Russian
        "мы используем", "ваше согласие", "вашем устройстве", "наши партнеры", "наши партнёры", "сайт использует",
        // Chinese, Japanese, Arabic
        "我们使用", "您同意", "您的同意", "本网站使用", "当サイト", "同意する", "نستخدم", "موافقتك",
    ].map { Array($0.utf8) }

    /// Whether a block's UTF-8 text names cookies: the cheap first test, run on every block.
    static func namesCookies(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 40, text.count <= 4096 else { return false }
        return cookieWords.contains { contains(text, $0) }
    }

    /// Whether a block's UTF-8 text addresses the reader about cookies, data or partners.
    static func addressesReader(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 40, text.count <= 4096 else { return false }
        return addressPhrases.contains { contains(text, $0) }
    }

    /// Whether `needle` (lowercase) occurs in `haystack`, ASCII letters of the haystack folded on the way.
    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var start = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while start <= last {
            if fold(haystack[start]) == first {
                var k = 1
                while k < needle.count && fold(haystack[start + k]) == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    @inline(__always) static func fold(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}

extension MainContent {
    /// Removes consent notices: the highest element below `<body>` whose unlinked text is at least 60% notice
    /// text (an overlay's heading and "Manage options" links around the notice's paragraphs), when it is a
    /// container rather than a paragraph of the article. Overlays are often longer than a short article and
    /// full of commas, so without this the scoring takes them for the text.
    mutating func markConsentNotices() {
        // Blocks that name cookies and address the reader are notices; only when there is one are the
        // others read for the notice's other paragraphs (partners, data, "your consent").
        let named = tree.blocks.indices.filter { b in
            let block = tree.blocks[b]
            let text = tree.text[Int(block.start)..<Int(block.end)]
            return ConsentNotice.namesCookies(text) && ConsentNotice.addressesReader(text)
        }
        guard !named.isEmpty else { return }
        var notice = [Int32](repeating: 0, count: tree.elements.count)
        var holdsNotice = [Bool](repeating: false, count: tree.elements.count)
        for b in named { add(tree.blocks[b], to: &notice, marking: &holdsNotice) }
        for block in tree.blocks where block.characters >= 40 {
            let text = tree.text[Int(block.start)..<Int(block.end)]
            if !ConsentNotice.namesCookies(text), ConsentNotice.addressesReader(text) {
                var ignored = [Bool]()
                add(block, to: &notice, marking: &ignored)
            }
        }
        markNoticeContainers(notice: notice, holdsNotice: holdsNotice)
    }

    private func add(_ block: HTMLTree.Block, to notice: inout [Int32], marking holds: inout [Bool]) {
        var e = block.element
        while e >= 0 {
            notice[Int(e)] += block.characters
            if !holds.isEmpty { holds[Int(e)] = true }
            e = tree.elements[Int(e)].parent
        }
    }

    private mutating func markNoticeContainers(notice: [Int32], holdsNotice named: [Bool]) {
        for i in tree.elements.indices where named[i] && !removed[i] {
            let element = tree.elements[i]
            if element.tag == .body || element.tag == .html || element.tag.isParagraphLike { continue }
            if element.parent >= 0 && removed[Int(element.parent)] { continue }
            guard notice[i] * 10 >= (characters[i] - links[i]) * 6 else { continue }
            removed[i] = true
        }
    }
}
