import Foundation
import ParallaxModel

/// What one document says about who published it, and the one order in which every reader turns that into
/// the outlet's name.
///
/// The registry is the authority. Page furniture is written for browsers, not readers: an RSS channel title
/// carries a tagline ("Al Jazeera – Breaking News, World News and Video from Al Jazeera"), `og:site_name` is
/// often a shouted domain ("DW.COM") while the JSON-LD publisher says "Deutsche Welle", and a JSON export's
/// `source_domain` is "www.scmp.com". So the order is: the registry by URL domain; a name the registry knows;
/// what the document declares (a "Source:" field, a record's `source`, an item's `<source>`), the JSON-LD
/// publisher, `og:site_name`, the channel title trimmed of its tagline; a prettified bare domain; and last
/// "Unknown outlet (file.txt)", never a hash.
struct OutletEvidence {
    /// Addresses of the document or its outlet, strongest first (canonical URL, `og:url`, the fetched URL, a
    /// record's `url`, its `source_domain`).
    var urls: [String] = []
    /// Names the document declares for its source, strongest first.
    var declared: [String] = []
    /// The JSON-LD `publisher` (or `sourceOrganization`) name.
    var publisher: String?
    /// The page's `og:site_name`.
    var siteName: String?
    /// The feed's channel title, tagline and all.
    var channelTitle: String?

    /// The outlet's display name.
    /// - Parameters:
    ///   - registry: the outlets Parallax knows.
    ///   - path: where the document was read (`dir/file.html`, `crawl.warc#3`), for the last-resort name.
    func name(registry: OutletRegistry, path: String?) -> String {
        if let known = urls.lazy.compactMap({ registry.outlet(forURL: $0) }).first { return known.name }
        let names = candidateNames(registry: registry)
        for name in names {
            if let known = registry.outlet(named: name) { return known.name }
            if OutletRegistry.isBareDomain(name), let known = registry.outlet(forURL: name) { return known.name }
            if let known = Self.parts(of: name).lazy.compactMap({ registry.outlet(named: $0) }).first {
                return known.name  // "Xinhua - China's state news agency", "DW | Made for minds"
            }
        }
        if let spoken = names.first(where: { !OutletRegistry.isBareDomain($0) }) { return spoken }
        if let domain = (urls + names).lazy.compactMap(OutletRegistry.displayDomain(of:)).first { return domain }
        return Article.unknownOutletName(path: path)
    }

    /// The names in evidence order, trimmed, without empty values; the channel title without its tagline.
    /// Callers strip markup where the format has markup (HTML, feeds): in plain text "<b>" is text.
    private func candidateNames(registry: OutletRegistry) -> [String] {
        var names = declared + [publisher, siteName].compactMap { $0 }
        if let channelTitle { names.append(Self.outletPart(ofChannelTitle: channelTitle, registry: registry)) }
        return names.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty && $0.utf8.count <= 200 }
    }

    /// Separators between a channel's name and its tagline.
    static let taglineSeparators = [" – ", " — ", " - ", " | ", " :: ", ": ", " > ", " · ", " » "]

    /// Words a tagline is made of and an outlet's name rarely is only of.
    static let taglineWords: Set<String> = [
        "news", "latest", "breaking", "world", "top", "stories", "story", "headlines", "home", "homepage", "video",
        "videos", "and", "the", "from", "of", "for", "on", "in", "all", "business", "politics", "sport", "sports",
        "international", "national", "local", "today", "updates", "update", "live", "analysis", "opinion", "rss",
        "feed", "english", "edition", "section", "front", "page", "articles", "global", "asia", "europe",
        "africa", "americas", "china", "us", "uk", "&",
    ]

    /// The part of a channel title that names the outlet: "Al Jazeera – Breaking News, World News and Video
    /// from Al Jazeera" → "Al Jazeera"; "World News | The Harbour Post" → "The Harbour Post".
    ///
    /// A part the registry knows wins; otherwise the parts made only of tagline words go, and of the rest the
    /// shortest (taglines are the long half) is kept, the first on a tie.
    static func outletPart(ofChannelTitle title: String, registry: OutletRegistry) -> String {
        let parts = parts(of: MarkupStripping.plainText(title))
        guard parts.count > 1 else { return parts.first ?? title }
        if let known = parts.first(where: { registry.outlet(named: $0) != nil }) { return known }
        let named = parts.filter { !isTagline($0) }
        let pool = named.isEmpty ? parts : named
        return pool.min { wordCount($0) < wordCount($1) } ?? parts[0]
    }

    /// A name split at the tagline separators, trimmed, without empty parts.
    static func parts(of name: String) -> [String] {
        var parts = [name.trimmingWhitespace()]
        for separator in taglineSeparators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    private static func isTagline(_ part: String) -> Bool {
        let words = part.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
        return !words.isEmpty && words.allSatisfy { taglineWords.contains(String($0)) }
    }

    private static func wordCount(_ part: String) -> Int {
        part.split(separator: " ").count
    }
}
