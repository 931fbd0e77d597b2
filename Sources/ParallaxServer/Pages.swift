import Hummingbird
import ParallaxModel
import ParallaxStore

/// The server-rendered pages: each builds its view (plain values) and renders its swift-mustache template
/// (``PageTemplates``), which escapes every value.
enum Pages {
    typealias Frame = PageViews.Frame
    typealias Link = PageViews.Link

    /// A page for an error, with its sentence escaped.
    static func errorPage(status: HTTPResponse.Status, message: String) -> String {
        struct View {
            var frame: Frame
            var heading: String
            var message: String
        }
        let heading = "\(status.code) \(status.reasonPhrase)"
        return PageTemplates.render("error", View(frame: Frame(title: heading), heading: heading, message: message))
    }

    // MARK: Event list

    /// `/`: the events, newest first, with the filter form and paging.
    static func eventList(page: [Event], total: Int, query: EventQuery, outlets: [String]) -> String {
        struct View {
            var frame = Frame(title: "Events")
            var text: String
            var filters: PageViews.Filters
            var count: String
            var events: PageViews.EventItems
            var pager: PageViews.Pager
        }
        return PageTemplates.render(
            "event-list",
            View(
                text: query.text ?? "", filters: PageViews.Filters(query: query, outlets: outlets),
                count: PageViews.plural(total, "event"), events: PageViews.EventItems(page),
                pager: pager(query: query, total: total)))
    }

    /// `path?…` with the query's filters and the given offset (values percent-encoded).
    static func href(_ path: String, query: EventQuery, offset: Int? = nil) -> String {
        var parts: [String] = []
        if let q = query.text { parts.append("q=" + HTML.percentEncode(q)) }
        if let outlet = query.outlet { parts.append("outlet=" + HTML.percentEncode(outlet)) }
        if let entity = query.entity { parts.append("entity=" + HTML.percentEncode(entity)) }
        if let from = query.from { parts.append("from=\(from)") }
        if let to = query.to { parts.append("to=\(to)") }
        if let offset {
            parts.append("limit=\(query.limit)")
            parts.append("offset=\(offset)")
        }
        return parts.isEmpty ? path : path + "?" + parts.joined(separator: "&")
    }

    /// Newer and older pages of an event listing.
    static func pager(query: EventQuery, total: Int, path: String = "/") -> PageViews.Pager {
        var links: [Link] = []
        if query.offset > 0 {
            links.append(
                Link(href: href(path, query: query, offset: max(0, query.offset - query.limit)), label: "← Newer"))
        }
        if query.offset + query.limit < total {
            links.append(Link(href: href(path, query: query, offset: query.offset + query.limit), label: "Older →"))
        }
        return PageViews.Pager(links: links)
    }

    // MARK: Article

    /// `/articles/{id}`: one article's text, with links to the event it belongs to and to where it was
    /// published, and its revisions (``RevisionView``: dates, what each changed, the earlier texts folded away).
    static func article(_ article: Article, event: Event? = nil, revisions: [ArticleRevision] = []) -> String {
        struct EventLink {
            var path: String
            var title: String
        }
        struct View {
            var frame: Frame
            var heading: String
            var meta: String
            var path: String
            var event: EventLink?
            /// The original address, only when it is http(s): a stored `javascript:` URL must never be a link.
            var original: String?
            var paragraphs: [String]
            var hasRevisions: Bool
            var revisions: [RevisionView]
        }
        var meta = article.outletName
        if let published = article.published { meta += " · \(published)" }
        if !article.authors.isEmpty { meta += " · " + article.authors.joined(separator: ", ") }
        return PageTemplates.render(
            "article",
            View(
                frame: Frame(title: article.title ?? "Article"), heading: article.title ?? "Untitled article",
                meta: meta, path: HTML.percentEncode(article.id),
                event: event.map { EventLink(path: HTML.percentEncode($0.id), title: $0.title) },
                original: article.url.flatMap(Self.webAddress),
                paragraphs: article.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init),
                hasRevisions: !revisions.isEmpty,
                revisions: RevisionView.views(revisions)))
    }

    /// `url` when it is an absolute http or https address without spaces, else nil.
    static func webAddress(_ url: String) -> String? {
        let trimmed = String(url.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), trimmed.count > 8,
            !trimmed.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true })
        else { return nil }
        return trimmed
    }

    // MARK: Search

    /// `/search?q=`: ranked full-text hits with their snippets, filtered by outlet and date, paged.
    static func search(query: SearchQuery, hits: [SearchHit], outlets: [String]) -> String {
        struct Hit {
            var path: String
            var title: String
            /// nil when the hit has neither outlet nor date.
            var meta: String?
            var snippetMarkup: String
        }
        struct View {
            var frame: Frame
            var heading: String
            var text: String
            var filters: PageViews.Filters
            var asked: Bool
            var hits: [Hit]
            var start: Int
            var emptyMessage: String
            var pager: PageViews.Pager
        }
        let q = query.text
        let title = q.isEmpty ? "Search" : "Search: \(q)"
        let filters = EventQuery(text: q, outlet: query.outlet, from: query.from, to: query.to, limit: query.limit)
        var links: [Link] = []
        if query.offset > 0 {
            links.append(
                Link(
                    href: href("/search", query: filters, offset: max(0, query.offset - query.limit)),
                    label: "← Better matches"))
        }
        if hits.count == query.limit && query.offset + query.limit <= 1_000 {
            links.append(
                Link(href: href("/search", query: filters, offset: query.offset + query.limit), label: "More →"))
        }
        let view = View(
            frame: Frame(title: title, searchText: q), heading: title, text: q,
            filters: PageViews.Filters(query: filters, outlets: outlets, entity: false), asked: !q.isEmpty,
            hits: hits.map { hit in
                Hit(
                    path: HTML.percentEncode(hit.articleId), title: hit.title ?? hit.articleId,
                    meta: Optional([hit.outlet, hit.published?.description].compactMap { $0 }.joined(separator: " · "))
                        .flatMap { $0.isEmpty ? nil : $0 },
                    snippetMarkup: snippetMarkup(hit.snippet, highlights: hit.highlights))
            }, start: query.offset + 1, emptyMessage: query.offset > 0 ? "No more hits." : "Nothing matches.",
            pager: PageViews.Pager(links: links))
        return PageTemplates.render("search", view)
    }

    /// The snippet escaped, with each highlighted word in `<mark>` and the brackets around it dropped. Brackets
    /// of the article's own text stay as they are: only the highlight ranges mark matches.
    static func snippetMarkup(_ snippet: String, highlights: [SearchHit.Highlight]) -> String {
        var html = HTML()
        let scalars = Array(snippet.unicodeScalars)
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        var cursor = 0
        for highlight in highlights.sorted(by: { $0.start < $1.start }) {
            let start = min(max(highlight.start, cursor), scalars.count)
            let end = min(max(highlight.end, start), scalars.count)
            // The store's `[` before and `]` after a match are markers, not text.
            let before = start > cursor && scalars[start - 1] == "[" ? start - 1 : start
            html.text(text(cursor..<before))
            html.raw("<mark>")
            html.text(text(start..<end))
            html.raw("</mark>")
            cursor = end < scalars.count && scalars[end] == "]" ? end + 1 : end
        }
        html.text(text(cursor..<scalars.count))
        return html.output
    }
}
