import Foundation

/// The article fields of a page's JSON-LD (`<script type="application/ld+json">`), schema.org vocabulary.
///
/// A small reader over `JSONSerialization`: arrays and `@graph` are flattened, and the first node typed as
/// an article (`NewsArticle`, `ReportageNewsArticle`, `BlogPosting`, anything ending in `Article`), or else
/// the first with a `headline`, is read.
struct JSONLD {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
    var articleBody: String?
    var language: String?
    var sections: [String] = []

    /// Reads the scripts' text; nil when none holds an article node.
    init?(scripts: [String]) {
        var nodes: [[String: Any]] = []
        for script in scripts {
            var text = script.trimmingWhitespace()
            for wrapper in ["<!--", "//<![CDATA[", "<![CDATA["] where text.hasPrefix(wrapper) {
                text.removeFirst(wrapper.count)
            }
            for wrapper in ["-->", "//]]>", "]]>"] where text.hasSuffix(wrapper) { text.removeLast(wrapper.count) }
            // Many sites write raw line breaks inside strings (invalid JSON): escape them and retry.
            guard let object = Self.parse(Array(text.utf8)) ?? Self.parse(Self.escapingControlCharactersInStrings(text))
            else { continue }
            Self.flatten(object, into: &nodes, depth: 0)
        }
        guard let node = nodes.first(where: Self.isArticle) ?? nodes.first(where: { $0["headline"] is String }) else {
            return nil
        }
        headline = Self.string(node["headline"]) ?? Self.string(node["name"])
        datePublished = Self.string(node["datePublished"]) ?? Self.string(node["dateCreated"])
        authors = Self.names(node["author"]) + Self.names(node["creator"])
        publisher = Self.names(node["publisher"]).first ?? Self.names(node["sourceOrganization"]).first
        url = Self.string(node["url"]) ?? Self.id(node["mainEntityOfPage"])
        articleBody = Self.string(node["articleBody"]) ?? Self.string(node["text"])
        language = Self.string(node["inLanguage"])
        if let section = node["articleSection"] as? String {
            sections = [section]
        } else if let list = node["articleSection"] as? [Any] {
            sections = list.compactMap { $0 as? String }
        }
    }

    private static func parse(_ bytes: [UInt8]) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    }

    /// `text` with line breaks and tabs inside JSON strings escaped (`\n`), and other control bytes dropped.
    static func escapingControlCharactersInStrings(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 64)
        var inString = false
        var escaped = false
        for b in text.utf8 {
            if inString {
                if escaped {
                    escaped = false
                } else if b == 0x5C {
                    escaped = true
                } else if b == 0x22 {
                    inString = false
                } else if b < 0x20 {
                    switch b {
                    case 0x0A: out += [0x5C, 0x6E]
                    case 0x09: out += [0x5C, 0x74]
                    default: break
                    }
                    continue
                }
            } else if b == 0x22 {
                inString = true
            }
            out.append(b)
        }
        return out
    }

    private static func flatten(_ object: Any, into nodes: inout [[String: Any]], depth: Int) {
        guard depth < 8, nodes.count < 200 else { return }
        if let array = object as? [Any] {
            for item in array { flatten(item, into: &nodes, depth: depth + 1) }
        } else if let dictionary = object as? [String: Any] {
            nodes.append(dictionary)
            if let graph = dictionary["@graph"] { flatten(graph, into: &nodes, depth: depth + 1) }
        }
    }

    private static func isArticle(_ node: [String: Any]) -> Bool {
        let types: [String]
        if let type = node["@type"] as? String {
            types = [type]
        } else if let list = node["@type"] as? [Any] {
            types = list.compactMap { $0 as? String }
        } else {
            return false
        }
        return types.contains {
            $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "LiveBlogPosting" || $0 == "Report"
        }
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String, !text.trimmingWhitespace().isEmpty { return text }
        if let list = value as? [Any], let first = list.first as? String { return first }
        return nil
    }

    private static func id(_ value: Any?) -> String? {
        if let text = value as? String { return text }
        if let dictionary = value as? [String: Any] { return string(dictionary["@id"]) ?? string(dictionary["url"]) }
        return nil
    }

    /// Names in a person or organisation value: a string, an object with `name`, or a list of those.
    private static func names(_ value: Any?) -> [String] {
        if let text = value as? String { return text.hasPrefix("http") ? [] : [text] }
        if let dictionary = value as? [String: Any] { return string(dictionary["name"]).map { [$0] } ?? [] }
        if let list = value as? [Any] { return list.prefix(20).flatMap { names($0) } }
        return []
    }
}
