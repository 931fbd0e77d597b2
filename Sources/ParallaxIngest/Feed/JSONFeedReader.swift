import Foundation
import ParallaxModel

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org): each item becomes an ``Article`` with the path
/// `file#N` (N counts items from 1). `content_html` goes through the HTML extractor, `content_text` is
/// taken as is, `summary` only when an item has neither; `authors` (1.1) and `author` (1.0) are both read.
public struct JSONFeedReader: Sendable {
    public var registry: OutletRegistry
    public var maxItems: Int

    public init(registry: OutletRegistry = .bundled, maxItems: Int = 100_000) {
        self.registry = registry
        self.maxItems = maxItems
    }

    /// The articles of a JSON Feed document, and one diagnostic per item that could not be read.
    /// - Throws: ``ParallaxError`` (`invalidInput`) when the bytes are not a JSON Feed.
    public func read(bytes: [UInt8], path: String) throws -> (articles: [Article], diagnostics: [Diagnostic]) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw ParallaxError(.invalidInput, "\(path): the JSON Feed is not valid JSON.")
        }
        guard let feed = object as? [String: Any], let items = feed["items"] as? [Any] else {
            throw ParallaxError(.invalidInput, "\(path): the JSON Feed has no \"items\" array.")
        }
        let feedTitle = feed["title"] as? String
        let feedLanguage = feed["language"] as? String
        let feedAuthors = JSONFields.names(feed["authors"]) + JSONFields.names(feed["author"])
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        for (index, value) in items.prefix(maxItems).enumerated() {
            let itemPath = "\(path)#\(index + 1)"
            guard let entry = value as? [String: Any] else {
                diagnostics.append(Diagnostic(path: itemPath, message: "the item is not a JSON object."))
                continue
            }
            var item = FeedItem()
            item.title = entry["title"] as? String
            item.contentHTML = entry["content_html"] as? String
            item.contentText = entry["content_text"] as? String
            item.summary = entry["summary"] as? String
            item.published = (entry["date_published"] as? String) ?? (entry["date_modified"] as? String)
            item.url = (entry["url"] as? String) ?? (entry["external_url"] as? String)
            let authors = JSONFields.names(entry["authors"]) + JSONFields.names(entry["author"])
            item.authors = authors.isEmpty ? feedAuthors : authors
            item.categories = (entry["tags"] as? [Any])?.compactMap { $0 as? String } ?? []
            item.language = (entry["language"] as? String) ?? feedLanguage
            item.channelTitle = feedTitle
            do {
                articles.append(try item.article(path: itemPath, registry: registry))
            } catch let error as ParallaxError {
                diagnostics.append(
                    Diagnostic(path: itemPath, message: ArticleFileReader.stripPath(error.message, itemPath)))
            }
        }
        if items.count > maxItems {
            diagnostics.append(
                Diagnostic(
                    severity: .warning, path: path,
                    message: "only the first \(maxItems) items were read (the item limit)."))
        }
        return (articles, diagnostics)
    }
}
