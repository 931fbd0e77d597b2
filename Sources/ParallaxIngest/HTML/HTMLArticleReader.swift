import ParallaxModel

/// Reads one HTML page into an ``Article``: the main content (see ``MainContent``) and the page's metadata.
///
/// No network is ever used: libxml2 runs with `HTML_PARSE_NONET`, and nothing the page references is
/// fetched. Every field is plain text (tags and entities removed), whatever the page holds.
public struct HTMLArticleReader: Sendable {
    public var registry: OutletRegistry
    /// Elements nested deeper than this are flattened into their ancestor at this depth, their text kept
    /// (hostile pages nest 100,000 levels; real ones < 100).
    public var maxDepth: Int

    public init(registry: OutletRegistry = .bundled, maxDepth: Int = 256) {
        self.registry = registry
        self.maxDepth = maxDepth
    }

    /// The article in a page's bytes, decoded by BOM, valid UTF-8, `charset` (from HTTP) or `<meta charset>`.
    /// - Parameters:
    ///   - path: where it was read (`file.html`, `crawl.warc#3`), for messages and ``Article/path``.
    ///   - charset: the charset the transport declared, if any.
    ///   - url: the address it was fetched from, when the page does not name its own.
    ///   - fallbackDate: the date to use when the page gives none (a WARC record's date).
    /// - Returns: the article and warnings about its decoding.
    /// - Throws: ``ParallaxError`` (`invalidInput`) when the bytes are not text or hold no article text.
    public func read(
        bytes: [UInt8], path: String, charset: Charset? = nil, url: String? = nil, fallbackDate: Timestamp? = nil
    ) throws -> (article: Article, warnings: [String]) {
        let decoded = try TextDecoding.decodeMarkup(bytes, declared: charset, path: path)
        let (article, truncated) = try read(
            html: decoded.text, path: path, url: url, fallbackDate: fallbackDate, reportDepth: true)
        var warnings = decoded.warning.map { [$0] } ?? []
        if truncated { warnings.append("elements nested deeper than \(maxDepth) levels were flattened.") }
        return (article, warnings)
    }

    /// The article in a decoded page.
    /// - Throws: ``ParallaxError`` (`invalidInput`) when no article text is found.
    public func read(html: String, path: String, url: String? = nil, fallbackDate: Timestamp? = nil) throws -> Article {
        try read(html: html, path: path, url: url, fallbackDate: fallbackDate, reportDepth: false).article
    }

    private func read(
        html: String, path: String, url: String?, fallbackDate: Timestamp?, reportDepth: Bool
    ) throws -> (article: Article, truncatedByDepth: Bool) {
        let tree = HTMLTree(html: html, maxDepth: maxDepth)
        var paragraphs = MainContent.paragraphs(in: tree)
        let h1 = tree.blocks.first { tree.elements[Int($0.element)].tag == .h1 }.map { tree.string($0) }
        let metadata = PageMetadata(
            raw: tree.metadata, headings: h1, blocks: paragraphs, url: url, path: path, registry: registry)
        if let title = metadata.title, let first = paragraphs.first, Self.sameText(first, title) {
            paragraphs.removeFirst()
        }
        var body = Self.clean(paragraphs)
        if let structured = metadata.structuredBody,
            let better = Self.structuredBody(structured, over: body, maxDepth: maxDepth)
        {
            body = better
        }
        guard ArticleText.isEnough(body) else {
            var reason =
                tree.elements.isEmpty ? "the page holds no HTML elements" : "no article text was found in the page"
            if tree.truncatedByDepth { reason += " (elements nested deeper than \(maxDepth) levels were flattened)" }
            throw ParallaxError(.invalidInput, "\(path): \(reason).")
        }
        let title = metadata.title.map { Self.mayHoldMojibake($0) ? MojibakeRepair.repair($0) : $0 }
        let opening = Dateline.opening(body, registry: registry)
        let article = Article(
            id: ArticleIdentity.id(forBody: body), path: path, title: title,
            published: metadata.published ?? fallbackDate,
            authors: metadata.authors, outlet: metadata.outlet, url: metadata.url, dateline: opening?.place,
            agency: opening?.agency,
            categories: metadata.categories, language: Language.resolve(declared: metadata.language, text: body),
            text: body
        )
        return (article, tree.truncatedByDepth)
    }

    /// The main text of a page only (paragraphs joined by a blank line), as the extraction benchmark scores it.
    public static func mainText(html: String, maxDepth: Int = 256) -> String {
        let tree = HTMLTree(html: html, maxDepth: maxDepth)
        let body = clean(MainContent.paragraphs(in: tree))
        if !tree.metadata.jsonLD.isEmpty, let structured = JSONLD(scripts: tree.metadata.jsonLD)?.articleBody,
            let better = structuredBody(structured, over: body, maxDepth: maxDepth)
        {
            return better
        }
        return body
    }

    /// The JSON-LD `articleBody` when it is the better body: the page shows only part of the article (a
    /// "read more" page, paragraphs loaded by script) or no text at all. It must be at least 30% longer than
    /// what the page shows and hold the extracted text's first words, so a teaser or another article's body
    /// never replaces a good extraction.
    static func structuredBody(_ structured: String, over body: String, maxDepth: Int) -> String? {
        guard structured.utf8.count > body.utf8.count * 13 / 10 else { return nil }
        let candidate = FeedItem.paragraphs(structured, maxDepth: maxDepth)
        guard candidate.utf8.count > body.utf8.count * 13 / 10 else { return nil }
        if body.utf8.count < 200 { return candidate }
        let lead = body.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(8).joined(separator: " ")
        let flattened = MarkupStripping.collapseWhitespace(candidate)
        return flattened.contains(lead) ? candidate : nil
    }

    /// The text of an HTML fragment that is all article (feed content, a JSON field): every paragraph kept
    /// except furniture, joined by a blank line.
    public static func fragmentText(html: String, maxDepth: Int = 256) -> String {
        let tree = HTMLTree(html: html, maxDepth: maxDepth)
        return clean(MainContent.allParagraphs(in: tree))
    }

    static func clean(_ paragraphs: [String]) -> String {
        let joined = paragraphs.joined(separator: "\n\n")
        let stripped = joined.utf8.contains(0x3C) ? MarkupStripping.removingTags(joined) : joined
        return mayHoldMojibake(stripped) ? MojibakeRepair.repair(stripped) : stripped
    }

    /// Whether `text` holds the UTF-8-read-as-Windows-1252 signatures ("Ã" or "Â" followed by a Latin-1
    /// byte, "â€"): a cheap byte scan, so the scalar-level repair runs only on the few pages that need it.
    static func mayHoldMojibake(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in text.utf8 {
            // "Ã" / "Â" (C3 83 / C3 82) followed by a C2/C3 lead byte; "â€" is C3 A2 E2 82 AC.
            if beforePrevious == 0xC3, previous == 0x83 || previous == 0x82, b == 0xC2 || b == 0xC3 { return true }
            if beforePrevious == 0xC3, previous == 0xA2, b == 0xE2 { return true }
            if beforePrevious == 0xC3, previous == 0x82, b == 0x20 { return true }
            beforePrevious = previous
            previous = b
        }
        return false
    }
}

extension HTMLArticleReader {
    /// Whether two short texts are the same once case and white space are folded.
    static func sameText(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count < 400, b.utf8.count < 400 else { return false }
        return MarkupStripping.collapseWhitespace(a).lowercased() == MarkupStripping.collapseWhitespace(b).lowercased()
    }
}
