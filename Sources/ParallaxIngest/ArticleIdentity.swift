import Foundation
import ParallaxModel
import ParallaxText

/// Names articles by what they are: a text published by an outlet at an address.
///
/// The same text read twice from one source (a file ingested again, a feed item seen in two polls) is one
/// article; the same text from another outlet or address (a wire story a second paper ran, a mirror site) is a
/// second article, which copy detection puts in one syndication group with the first, so every outlet that
/// ran it is kept. An article with neither address nor known outlet is named by its text alone. A changed text
/// at a stored article's address gets an id of its own here, but a store keeps it as a revision of the stored
/// article, under that article's id (`UpsertPlan`, ``ArticleAddress``, ``ArticleRevision``).
public enum ArticleIdentity {
    /// The id of `article`: its text's id (``id(forBody:)``), mixed with its source, the address when it has
    /// one (scheme, `www.`, fragment and a trailing slash ignored; case folded), else its known outlet.
    public static func id(for article: Article) -> String {
        let body = id(forBody: article.text)
        guard let source = source(of: article) else { return body }
        return StableHash.hex(StableHash.hash((body + "|" + source).utf8))
    }

    /// What tells one publication of a text from another: the address, else the outlet, else nothing.
    static func source(of article: Article) -> String? {
        if let url = article.url?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty {
            var key = Substring(url.lowercased())
            if let scheme = key.range(of: "://") { key = key[scheme.upperBound...] }
            if key.hasPrefix("www.") { key = key.dropFirst(4) }
            if let hash = key.firstIndex(of: "#") { key = key[..<hash] }
            while key.hasSuffix("/") { key = key.dropLast() }
            if !key.isEmpty { return "url:" + key }
        }
        // An outlet nothing identifies is named by its file ("Unknown outlet (a.txt)"): that names no source.
        if let outlet = article.outlet?.trimmingCharacters(in: .whitespacesAndNewlines), !outlet.isEmpty,
            outlet != Article.unknownOutletName(path: article.path), !outlet.hasPrefix("Unknown outlet")
        {
            return "outlet:" + outlet.lowercased()
        }
        return nil
    }

    /// 16 hex digits of a stable hash of the body with case folded and white space collapsed (``BodyDigest``).
    public static func id(forBody text: String) -> String { BodyDigest.of(text) }
}
