import Foundation
import ParallaxModel

/// An HTML page's metadata, from the strongest source to the weakest for each field.
struct PageMetadata {
    /// What the tree walk collected, unresolved.
    struct Raw {
        var title: String?
        var language: String?
        var meta: [String: String] = [:]
        var metaAuthors: [String] = []
        var metaCharset: String?
        var canonical: String?
        var jsonLD: [String] = []
        var times: [String] = []
        var itempropDates: [String] = []
        var itempropAuthors: [String] = []
        var bylines: [String] = []
    }

    var title: String?
    var published: Timestamp?
    var authors: [String] = []
    var outlet: String?
    var url: String?
    var language: String?
    var categories: [String] = []
    /// JSON-LD `articleBody`, a fallback when the page's markup defeats extraction.
    var structuredBody: String?

    /// Metadata keys that hold the publication date, strongest first.
    static let dateKeys = [
        "article:published_time", "og:article:published_time", "article:published", "datepublished",
        "publishdate", "publish-date", "pubdate", "publication_date", "dc.date.issued", "dcterms.issued",
        "dc.date", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "date", "og:pubdate",
        "article.published", "cxenseparse:recs:publishtime", "og:updated_time",
    ]

    /// Resolves the fields.
    /// - Parameters:
    ///   - paragraphs: the extracted body, for the visible byline and dateline.
    ///   - headings: the page's first `<h1>` text, if any.
    ///   - url: the address the page was fetched from (a WARC record's target URI), if known.
    ///   - path: where the page was read, naming an outlet nothing else identifies.
    init(
        raw: Raw, headings h1: String?, blocks: [String], url fetchedURL: String?, path: String?,
        registry: OutletRegistry
    ) {
        let jsonLD = raw.jsonLD.isEmpty ? nil : JSONLD(scripts: raw.jsonLD)
        // Some sites put their address in og:site_name ("https://www.example.com"): keep the host.
        let siteName = raw.meta["og:site_name"].map(MarkupStripping.plainText)
            .flatMap { $0.hasPrefix("http") ? OutletRegistry.displayDomain(of: $0) : $0 }
            .flatMap { $0.isEmpty ? nil : $0 }

        // URL: canonical, og:url, then where it was fetched from.
        let candidates = [raw.canonical, raw.meta["og:url"], jsonLD?.url, fetchedURL]
        url =
            candidates.compactMap { $0 }.map { $0.trimmingWhitespace() }.first {
                $0.hasPrefix("http://") || $0.hasPrefix("https://")
            }
            ?? fetchedURL

        // Outlet: the registry by domain first, then what the page says (see OutletEvidence).
        let evidence = OutletEvidence(
            urls: [url, fetchedURL].compactMap { $0 }, publisher: jsonLD?.publisher.map(MarkupStripping.plainText),
            siteName: siteName)
        outlet = evidence.name(registry: registry, path: path)

        // Title.
        let titleCandidates = [raw.meta["og:title"], jsonLD?.headline, raw.meta["twitter:title"], h1, raw.title]
        if let found = titleCandidates.compactMap({ $0.map(MarkupStripping.plainText) }).first(where: { !$0.isEmpty }) {
            title = Self.removingSiteSuffix(found, siteName: siteName ?? outlet)
        }

        // Publication date.
        var dateTexts: [String] = []
        if let published = jsonLD?.datePublished { dateTexts.append(published) }
        for key in Self.dateKeys { if let value = raw.meta[key] { dateTexts.append(value) } }
        dateTexts += raw.itempropDates + raw.times
        published = dateTexts.lazy.compactMap { PublicationDateParser.parse($0) }.first
        if published == nil, let url { published = Self.date(inURL: url) }
        if published == nil {
            published = blocks.prefix(30).lazy.filter { $0.utf8.count < 100 }.compactMap(Self.visibleDate).first
        }

        // Authors.
        var names: [String] = jsonLD?.authors.map(MarkupStripping.plainText) ?? []
        if names.isEmpty {
            names = raw.metaAuthors.filter { !$0.hasPrefix("http") }.flatMap {
                Bylines.names(in: MarkupStripping.plainText($0))
            }
        }
        if names.isEmpty { names = raw.itempropAuthors.flatMap { Bylines.names(in: MarkupStripping.plainText($0)) } }
        if names.isEmpty { names = raw.bylines.flatMap { Bylines.names(in: MarkupStripping.plainText($0)) } }
        if names.isEmpty, let byline = blocks.prefix(30).first(where: Bylines.isByline) {
            names = Bylines.names(in: byline)
        }
        var seen: Set<String> = []
        authors = names.map { $0.trimmingWhitespace() }
            .filter {
                !$0.isEmpty && $0.count <= 80 && registry.outlet(named: $0) == nil
                    && seen.insert($0.lowercased()).inserted
            }

        // Language: `<html lang>`, JSON-LD, Content-Language.
        let languageTag = raw.language ?? jsonLD?.language ?? raw.meta["content-language"] ?? raw.meta["og:locale"]
        if let tag = languageTag {
            let primary = tag.trimmingWhitespace().lowercased().prefix { $0.isLetter }
            language = primary.count >= 2 && primary.count <= 3 ? String(primary) : nil
        }
        categories = (jsonLD?.sections ?? []) + [raw.meta["article:section"]].compactMap { $0 }
        categories = Array(Set(categories.map(MarkupStripping.plainText).filter { !$0.isEmpty })).sorted()
        structuredBody = jsonLD?.articleBody
    }

    /// "Headline | Site", "Headline - Site", "Headline — Site" → "Headline": the last part goes when it is the
    /// site's name or short (four words or fewer) while the headline keeps at least two words.
    static func removingSiteSuffix(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]).trimmingWhitespace()
            let tail = String(title[range.upperBound...]).trimmingWhitespace()
            let isSite = siteName.map { OutletRegistry.key($0) == OutletRegistry.key(tail) } ?? false
            if isSite || (tail.split(separator: " ").count <= 4 && head.split(separator: " ").count >= 2) {
                return head
            }
        }
        return title
    }

    /// A date in the URL's path: `/2022/06/15/`, `/2022-06-15/`, `/20220615/`.
    static func date(inURL url: String) -> Timestamp? {
        let parts = url.split(separator: "/").map(String.init)
        for (i, part) in parts.enumerated() {
            if part.count == 4, let year = Int(part), (1990...2099).contains(year), i + 2 < parts.count,
                let month = Int(parts[i + 1].prefix(2)), parts[i + 1].count <= 2,
                let day = Int(parts[i + 2].prefix(2)), parts[i + 2].count == 2 || parts[i + 2].count == 1,
                let date = CivilDate(year: year, month: month, day: day)
            {
                return Timestamp(date: date)
            }
            let prefix = String(part.prefix(10))
            if prefix.count == 10, prefix.hasPrefix("19") || prefix.hasPrefix("20"), let date = CivilDate(iso: prefix) {
                return Timestamp(date: date)
            }
            if part.count == 8, part.allSatisfy(\.isNumber), part.hasPrefix("20"), let date = CivilDate(iso: part) {
                return Timestamp(date: date)
            }
        }
        return nil
    }

    /// A short visible line that holds a full date ("Published June 15, 2022", "发布时间：2022年6月15日").
    static func visibleDate(_ line: String) -> Timestamp? {
        let lower = line.lowercased()
        guard
            PublicationDateParser.months.keys.contains(where: { lower.contains($0) }) || lower.contains("/")
                || lower.contains("月")
        else {
            return nil
        }
        return PublicationDateParser.parse(line)
    }
}
