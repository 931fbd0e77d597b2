import Foundation

/// The formats ``ArticleFileReader`` reads.
public enum ArticleFormat: String, Sendable, CaseIterable {
    /// Plain text with optional `Key: value` headers (the fallback).
    case plainText
    /// One web page.
    case html
    /// RSS 2.0, RSS 1.0 (RDF) or Atom 1.0.
    case xmlFeed
    /// JSON Feed 1.0 / 1.1.
    case jsonFeed
    /// One JSON object per line, or a JSON array of objects.
    case jsonLines
    /// WARC 1.0 / 1.1 (the caller has already unwrapped gzip).
    case warc
    /// gzip-compressed data of any of the above.
    case gzip
}

/// Tells a file's format from its first bytes, not its name: a saved page called `.txt`, a feed called
/// `.html` or a crawl without an extension are read for what they are.
public enum FormatSniffer {
    /// The format of a file that starts with `head` (the first KiB or more). `name` only settles a
    /// fragment that starts with a tag but is neither a feed nor a full page (`.html`/`.htm` → HTML).
    public static func sniff<C: Collection>(_ head: C, name: String = "") -> ArticleFormat where C.Element == UInt8 {
        let bytes = Array(head.prefix(4096))
        if bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B { return .gzip }
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        // UTF-16 (with a BOM or a NUL after "<"): decode the head as ASCII by dropping NULs.
        var ascii = bytes[start...].filter { $0 != 0 }
        if bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF) {
            ascii = Array(bytes[2...].filter { $0 != 0 })
        }
        var i = 0
        while i < ascii.count, ascii[i] == 0x20 || ascii[i] == 0x0A || ascii[i] == 0x0D || ascii[i] == 0x09 { i += 1 }
        let text = String(decoding: ascii[i...], as: UTF8.self)
        let lower = text.lowercased()
        if text.hasPrefix("WARC/1.") || text.hasPrefix("WARC/0.") { return .warc }
        if lower.hasPrefix("<") {
            let feedMarkers = ["<rss", "<feed", "<rdf:rdf", "<rdf "]
            let pageMarkers = ["<!doctype html", "<html", "<head", "<body"]
            let firstFeed = feedMarkers.compactMap { lower.range(of: $0)?.lowerBound }.min()
            let firstPage = pageMarkers.compactMap { lower.range(of: $0)?.lowerBound }.min()
            switch (firstFeed, firstPage) {
            case (let feed?, let page?): return feed < page ? .xmlFeed : .html
            case (.some, nil): return .xmlFeed
            case (nil, .some): return .html
            default: break
            }
            let extensionIsHTML = ["html", "htm", "xhtml", "shtml"].contains(
                name.split(separator: ".").last.map { $0.lowercased() } ?? "")
            if extensionIsHTML
                || ["<p", "<div", "<article", "<section", "<h1", "<meta", "<title", "<!--"].contains(where: {
                    lower.contains($0)
                })
            {
                return .html
            }
            return .plainText
        }
        if lower.hasPrefix("{") {
            if lower.contains("jsonfeed.org/version") { return .jsonFeed }
            return .jsonLines
        }
        if lower.hasPrefix("[") {
            // A JSON array of objects; plain text rarely opens with "[{" or "[\n {".
            let afterBracket = lower.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
            if afterBracket.hasPrefix("{") || afterBracket.hasPrefix("]") { return .jsonLines }
        }
        return .plainText
    }
}
