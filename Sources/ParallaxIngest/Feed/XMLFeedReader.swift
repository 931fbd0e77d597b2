import CLibXML2
import ParallaxModel

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds: each item or entry becomes an ``Article`` with the path
/// `file#N` (N counts items from 1).
///
/// The XML is parsed by libxml2 with `XML_PARSE_NONET` and without `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`
/// or `XML_PARSE_HUGE`: no network, no external entities, entity references left unexpanded (and never
/// followed when reading text, so a "billion laughs" feed costs nothing), libxml2's default depth limit.
/// Content in `content:encoded` or Atom `content` goes through the HTML extractor; `description` and
/// `summary` are used only when an item has no content.
public struct XMLFeedReader: Sendable {
    public var registry: OutletRegistry
    public var maxItems: Int

    public init(registry: OutletRegistry = .bundled, maxItems: Int = 100_000) {
        self.registry = registry
        self.maxItems = maxItems
    }

    /// The articles of a decoded feed, and one diagnostic per item that could not be read.
    /// - Throws: ``ParallaxError`` (`invalidInput`) when the text is not well-formed XML or not a feed.
    public func read(xml: String, path: String) throws -> (articles: [Article], diagnostics: [Diagnostic]) {
        try withRoot(ofXML: xml, path: path) { root in try articles(of: try feed(root, path: path), path: path) }
    }

    /// What a feed's root holds: its items (up to `maxItems`) and the channel's title and language.
    private struct Feed {
        var items: [FeedItem] = []
        var channelTitle: String?
        var channelLanguage: String?
    }

    /// Parses `xml` (no network, no entities from outside) and hands its root element to `body`.
    /// - Throws: ``ParallaxError`` (`invalidInput`) when the text is not well-formed XML.
    private func withRoot<T>(ofXML xml: String, path: String, _ body: (xmlNodePtr) throws -> T) throws -> T {
        var source = xml
        // The text is UTF-8 now, whatever the declaration said.
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
        LibXML.ready
        guard let context = xmlNewParserCtxt() else {
            throw ParallaxError(.invalidInput, "\(path): the XML parser could not start.")
        }
        defer { xmlFreeParserCtxt(context) }
        let document: xmlDocPtr? = source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            let error = context.pointee.lastError
            let detail = error.message.map { String(cString: $0).trimmingWhitespace() } ?? "unknown error"
            throw ParallaxError(
                .invalidInput, "\(path): the feed is not well-formed XML (line \(error.line): \(detail)).")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw ParallaxError(.invalidInput, "\(path): the feed has no root element.")
        }
        return try body(root)
    }

    /// The items of an RSS, RDF or Atom root, with the channel's title and language.
    /// - Throws: ``ParallaxError`` (`invalidInput`) when the root is no feed, or an RSS feed has no channel.
    private func feed(_ root: xmlNodePtr, path: String) throws -> Feed {
        let rootName = XMLNode.localName(root)
        var feed = Feed()
        switch rootName {
        case "rss":
            guard let channel = XMLNode.children(root).first(where: { XMLNode.localName($0) == "channel" }) else {
                throw ParallaxError(.invalidInput, "\(path): the RSS feed has no channel.")
            }
            feed.channelTitle = XMLNode.child(channel, "title").map(XMLNode.text)
            feed.channelLanguage = XMLNode.child(channel, "language").map(XMLNode.text)
            for item in XMLNode.children(channel) where XMLNode.localName(item) == "item" {
                feed.items.append(rssItem(item))
                if feed.items.count >= maxItems { break }
            }
        case "RDF":
            if let channel = XMLNode.child(root, "channel") {
                feed.channelTitle = XMLNode.child(channel, "title").map(XMLNode.text)
                feed.channelLanguage = XMLNode.child(channel, "language").map(XMLNode.text)
            }
            for item in XMLNode.children(root) where XMLNode.localName(item) == "item" {
                feed.items.append(rssItem(item))
                if feed.items.count >= maxItems { break }
            }
        case "feed":
            feed.channelTitle = XMLNode.child(root, "title").map(XMLNode.text)
            feed.channelLanguage = XMLNode.attribute(root, "lang")
            for entry in XMLNode.children(root) where XMLNode.localName(entry) == "entry" {
                feed.items.append(atomEntry(entry, feedLanguage: feed.channelLanguage))
                if feed.items.count >= maxItems { break }
            }
        default:
            throw ParallaxError(
                .invalidInput, "\(path): the XML is not an RSS, RDF or Atom feed (its root is <\(rootName)>).")
        }
        return feed
    }

    /// The feed's items as articles (`path#N`), one diagnostic per item that could not be read, and a warning
    /// when the item limit cut the feed.
    private func articles(of feed: Feed, path: String) throws -> (articles: [Article], diagnostics: [Diagnostic]) {
        var articles: [Article] = []
        var diagnostics: [Diagnostic] = []
        for (index, var item) in feed.items.enumerated() {
            item.channelTitle = feed.channelTitle
            item.language = item.language ?? feed.channelLanguage
            let itemPath = "\(path)#\(index + 1)"
            do {
                articles.append(try item.article(path: itemPath, registry: registry))
            } catch let error as ParallaxError {
                diagnostics.append(
                    Diagnostic(path: itemPath, message: ArticleFileReader.stripPath(error.message, itemPath)))
            }
        }
        if feed.items.count >= maxItems {
            diagnostics.append(
                Diagnostic(
                    severity: .warning, path: path,
                    message: "only the first \(maxItems) items were read (the item limit)."))
        }
        return (articles, diagnostics)
    }

    private func rssItem(_ node: xmlNodePtr) -> FeedItem {
        var item = FeedItem()
        for child in XMLNode.children(node) {
            let name = XMLNode.localName(child)
            switch name {
            case "title": item.title = XMLNode.text(child)
            case "link": if item.url == nil { item.url = XMLNode.text(child) }
            case "guid":
                if item.url == nil, XMLNode.attribute(child, "isPermaLink") != "false" {
                    let guid = XMLNode.text(child)
                    if guid.hasPrefix("http") { item.url = guid }
                }
            case "description": item.summary = XMLNode.text(child)
            case "encoded": item.contentHTML = XMLNode.text(child)
            case "pubDate", "date", "issued", "published":
                if item.published == nil { item.published = XMLNode.text(child) }
            case "author", "creator": item.authors.append(Self.rssAuthor(XMLNode.text(child)))
            case "category", "subject": item.categories.append(XMLNode.text(child))
            case "source": item.outlet = XMLNode.text(child)
            case "language": item.language = XMLNode.text(child)
            default: break
            }
        }
        return item
    }

    /// RSS `author` is an e-mail address, often with the name in parentheses: "desk@x.example (Ana Ruiz)".
    private static func rssAuthor(_ value: String) -> String {
        if let open = value.firstIndex(of: "("), let close = value.lastIndex(of: ")"), open < close {
            return String(value[value.index(after: open)..<close])
        }
        return value.contains("@") && !value.contains(" ") ? "" : value
    }

    private func atomEntry(_ node: xmlNodePtr, feedLanguage: String?) -> FeedItem {
        var item = FeedItem()
        item.language = XMLNode.attribute(node, "lang")
        for child in XMLNode.children(node) {
            switch XMLNode.localName(child) {
            case "title": item.title = XMLNode.text(child)
            case "link":
                let rel = XMLNode.attribute(child, "rel") ?? "alternate"
                if rel == "alternate", item.url == nil { item.url = XMLNode.attribute(child, "href") }
            case "content":
                let type = XMLNode.attribute(child, "type") ?? "text"
                if type == "xhtml" {
                    item.contentHTML = XMLNode.markup(child)
                } else if type.contains("html") {
                    item.contentHTML = XMLNode.text(child)
                } else {
                    item.contentText = XMLNode.text(child)
                }
            case "summary":
                let type = XMLNode.attribute(child, "type") ?? "text"
                item.summary = type == "xhtml" ? XMLNode.markup(child) : XMLNode.text(child)
            case "published": item.published = XMLNode.text(child)
            case "updated": if item.published == nil { item.published = XMLNode.text(child) }
            case "author":
                if let name = XMLNode.child(child, "name") { item.authors.append(XMLNode.text(name)) }
            case "category":
                if let term = XMLNode.attribute(child, "label") ?? XMLNode.attribute(child, "term") {
                    item.categories.append(term)
                }
            case "source":
                if let title = XMLNode.child(child, "title") { item.outlet = XMLNode.text(title) }
            default: break
            }
        }
        return item
    }
}

/// Small read-only helpers over libxml2's XML tree.
enum XMLNode {
    static func localName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { result.append(c) }
            child = c.pointee.next
        }
        return result
    }

    static func child(_ node: xmlNodePtr, _ name: String) -> xmlNodePtr? {
        children(node).first { localName($0) == name }
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attribute = node.pointee.properties
        while let attr = attribute {
            if let attrName = attr.pointee.name, String(cString: attrName) == name {
                return attr.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
            }
            attribute = attr.pointee.next
        }
        return nil
    }

    /// The text under `node`: text and CDATA only; entity references are not followed. At most 4 MiB.
    static func text(_ node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        collect(node, into: &bytes, depth: 0, markup: false)
        return String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
    }

    /// The child elements of `node` written back as markup (Atom `type="xhtml"` content), text escaped.
    static func markup(_ node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        collect(node, into: &bytes, depth: 0, markup: true)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let limit = 4 << 20

    private static func collect(_ node: xmlNodePtr, into bytes: inout [UInt8], depth: Int, markup: Bool) {
        var child = node.pointee.children
        while let c = child, bytes.count < limit {
            switch c.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if var p = c.pointee.content {
                    while p.pointee != 0 && bytes.count < limit {
                        let b = p.pointee
                        if markup && b == 0x3C {
                            bytes += Array("&lt;".utf8)
                        } else if markup && b == 0x26 {
                            bytes += Array("&amp;".utf8)
                        } else {
                            bytes.append(b)
                        }
                        p += 1
                    }
                }
            case XML_ELEMENT_NODE where depth < 64:
                if markup {
                    let name = Array(localName(c).utf8)
                    bytes.append(0x3C)
                    bytes += name
                    bytes.append(0x3E)
                    collect(c, into: &bytes, depth: depth + 1, markup: markup)
                    bytes += [0x3C, 0x2F] + name + [0x3E]
                } else {
                    collect(c, into: &bytes, depth: depth + 1, markup: markup)
                }
            default: break
            }
            child = c.pointee.next
        }
    }
}
