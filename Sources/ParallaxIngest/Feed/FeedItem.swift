import Foundation
import ParallaxModel

/// One item of a feed or one record of a JSON export, before it becomes an ``Article``.
struct FeedItem {
    var title: String?
    /// Full content as HTML (`content:encoded`, Atom `content`, `content_html`, an HTML body field).
    var contentHTML: String?
    /// Full content as plain text (`content_text`, a text field).
    var contentText: String?
    /// A summary (`description`, `summary`): used only when there is no content.
    var summary: String?
    var published: String?
    var authors: [String] = []
    /// The source the item or record names (RSS `<source>`, Atom `<source><title>`, a JSON `source` field).
    var outlet: String?
    /// A record's `source_domain` ("www.scmp.com").
    var sourceDomain: String?
    /// The title of the feed the item came from; a tagline often rides along.
    var channelTitle: String?
    var url: String?
    var language: String?
    var categories: [String] = []
    /// Where the story was filed, when the record says so (a JSON `dateline` field).
    var dateline: String?

    /// The article, or a reason why there is none.
    /// - Throws: ``ParallaxError`` (`invalidInput`) naming `path` when the item has no text.
    func article(path: String, registry: OutletRegistry, maxDepth: Int = 256) throws -> Article {
        var body = ""
        if let html = contentHTML, !html.trimmingWhitespace().isEmpty {
            body = HTMLArticleReader.fragmentText(html: html, maxDepth: maxDepth)
        }
        if body.isEmpty, let text = contentText { body = Self.paragraphs(text, maxDepth: maxDepth) }
        if body.isEmpty, let summary { body = Self.paragraphs(summary, maxDepth: maxDepth) }
        // ArticleText.isEnough, not "has a space": Chinese and Japanese text has none.
        guard ArticleText.isEnough(body) else {
            throw ParallaxError(.invalidInput, "\(path): the item has no article text.")
        }
        let cleanURL = url.map { $0.trimmingWhitespace() }.flatMap { $0.hasPrefix("http") ? $0 : nil }
        let evidence = OutletEvidence(
            urls: [cleanURL, sourceDomain].compactMap { $0 },
            declared: [outlet].compactMap { $0 }.map(MarkupStripping.plainText),
            channelTitle: channelTitle)
        let outletName = evidence.name(registry: registry, path: path)
        var seen: Set<String> = []
        let names = authors.map(MarkupStripping.plainText).flatMap {
            $0.contains(",") || $0.contains(" and ") || $0.hasPrefix("By ") ? Bylines.names(in: $0) : [$0]
        }
        .filter { !$0.isEmpty && registry.outlet(named: $0) == nil && seen.insert($0.lowercased()).inserted }
        // The record's dateline field, else the dateline opening the text ("ZARAGOZA, Spain, June 2 (CPS) -").
        let opening = Dateline.opening(body, registry: registry)
        let place = dateline.map(MarkupStripping.plainText).flatMap { $0.isEmpty ? nil : $0 } ?? opening?.place
        return Article(
            id: ArticleIdentity.id(forBody: body), path: path,
            title: title.map(MarkupStripping.plainText).flatMap { $0.isEmpty ? nil : $0 },
            published: published.flatMap { PublicationDateParser.parse($0) }, authors: names, outlet: outletName,
            url: cleanURL, dateline: place, agency: opening?.agency,
            categories: categories.map(MarkupStripping.plainText).filter { !$0.isEmpty },
            language: Language.resolve(declared: language, text: body), text: body
        )
    }

    /// Text that may hold HTML: parsed as a fragment when it has tags; otherwise its blank-line-separated
    /// blocks (or, without any, its lines) become paragraphs.
    static func paragraphs(_ text: String, maxDepth: Int) -> String {
        if text.utf8.contains(0x3C), text.contains("</") || text.contains("<br") || text.contains("<p") {
            return HTMLArticleReader.fragmentText(html: text, maxDepth: maxDepth)
        }
        let normalized = text.normalizingLineBreaks()
        let separator = normalized.contains("\n\n") ? "\n\n" : "\n"
        let parts = normalized.components(separatedBy: separator)
            .map { MarkupStripping.collapseWhitespace($0) }
            .filter { !$0.isEmpty }
        let joined = parts.joined(separator: "\n\n")
        return HTMLArticleReader.mayHoldMojibake(joined) ? MojibakeRepair.repair(joined) : joined
    }
}
